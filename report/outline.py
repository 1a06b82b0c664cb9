"""The content of a council report, independent of its format (Word, PDF, Excel).

:func:`build_report` turns a case into an outline: headings, paragraphs, bullet lists, tables and
figures, and :func:`build_sheets` into spreadsheet tables.  It holds no prose: every sentence is
a :class:`Text` (a catalogue code with parameters) that the writers in ``report/`` render in
Dutch or English; user text (names, rationales, sources) is carried as
:class:`User` and numbers as :class:`Num`, so every format can escape and format them itself.

Every number comes from :func:`model.evaluate`, :func:`model.sensitivity`,
:func:`model.robustness.robustness` and :func:`model.stability.stability`, never recomputed here;
their refusals surface (no silent "missing" line).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from model.analysis import Evaluation, compile_case, evaluate, sensitivity
from model.case import Case, Criterion, Profile, Scale, Score
from model.errors import AnalysisError, VormkeuzeError, issue
from model.io import dumps_case
from model.robustness import robustness
from model.stability import stability
from model.weights import CR_LIMIT, SAATY_RI, resolve_profile

NumKind = Literal["value", "percent", "ratio", "int", "raw"]


# --- inline pieces --------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    """A sentence from the report catalogue (``report/texts.py``), with parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class User:
    """Text written by a user (a name, a rationale, a source): always plain, never markup."""

    text: str


@dataclass(frozen=True)
class Num:
    """A number; ``kind`` says how to format it (value 0..100, percent of 1, ratio, ...)."""

    value: float
    kind: NumKind = "value"
    unit: str | None = None


@dataclass(frozen=True)
class Date:
    value: _dt.date


Inline = Text | User | Num | Date


# --- blocks ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    level: int  # 1 or 2 (or 3)
    text: Inline
    #: start a new page (a profile's result: heading, chart and table on one page)
    new_page: bool = False


@dataclass(frozen=True)
class Paragraph:
    parts: tuple[Inline, ...]
    style: Literal["normal", "note", "formula", "label"] = "normal"


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline, ...], ...]
    caption: Inline
    #: indentation depth of every row's first cell (criteria trees), empty for none
    indent: tuple[int, ...] = ()
    #: rows shown in bold (group rows, totals)
    strong: frozenset[int] = frozenset()
    #: relative column widths (sum irrelevant); empty = writer decides
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class Figure:
    chart: str  # a chart name of ``gui.charts.export.render_chart_png``
    profile_id: str
    caption: Inline


Block = Heading | Paragraph | Bullets | Table | Figure


@dataclass(frozen=True)
class Section:
    key: str  # stable name: "intro", "options", ...
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Report:
    lang: str
    title: User
    subtitle: Text
    date: _dt.date
    profile_ids: tuple[str, ...]
    sections: tuple[Section, ...]

    @property
    def blocks(self) -> list[Block]:
        return [b for s in self.sections for b in s.blocks]

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]


@dataclass(frozen=True)
class Sheet:
    key: str  # "options", "criteria", "scores", "weights", "results", "contributions"
    name: Text
    header: tuple[Inline, ...]
    rows: tuple[tuple[Inline | None, ...], ...]
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    """What a ``.vormkeuze`` document says about its own past (filled in by the caller)."""

    history_count: int
    first: str | None = None
    last: str | None = None
    authors: tuple[str, ...] = ()
    snapshots: tuple[tuple[str, str], ...] = ()  # (name, time)


SECTION_KEYS = (
    "intro",
    "options",
    "criteria",
    "assessment",
    "weights",
    "results",
    "units",
    "sensitivity",
    "accountability",
    "annex",
    "epilogue",
)

#: how many criteria are listed as arguments / kanttekeningen per option
ARGUMENTS = 3
MIDPOINT = 50.0


# --- helpers --------------------------------------------------------------------------------
def score_label(scale: Scale | None, value: Any) -> Inline:
    """A score as the user gave it: a level label, or a number with the scale's unit."""
    if isinstance(value, str):
        return User(value)
    unit = scale.unit if scale is not None else None
    return Num(float(value), "raw", unit)


def _score_cell(case: Case, s: Score, *, short: bool = False) -> tuple[Inline, ...]:
    scale = case.node_by_id[s.criterion].scale
    parts: list[Inline] = [score_label(scale, s.value)]
    if s.estimate:
        parts[0] = Text("join_space", {"a": parts[0], "b": Text("estimate_mark")})
    if s.low is not None or s.high is not None:
        low = s.low if s.low is not None else s.value
        high = s.high if s.high is not None else s.value
        parts.append(
            Text(
                "range_short" if short else "range",
                {"low": score_label(scale, low), "high": score_label(scale, high)},
            )
        )
    return tuple(parts)


def _stacked(parts: tuple[Inline, ...]) -> Inline:
    """A score above its range (two lines in one table cell)."""
    if len(parts) == 1:
        return parts[0]
    return Text("join_line", {"a": parts[0], "b": parts[1]})


#: an option name with a word longer than this gets a letter in narrow table headers
LONG_WORD = 12


def option_letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else f"O{index + 1}"


def _joined(parts: tuple[Inline, ...]) -> Inline:
    if len(parts) == 1:
        return parts[0]
    return Text("join_space", {"a": parts[0], "b": parts[1]})


def case_sha256(case: Case) -> str:
    return hashlib.sha256(dumps_case(case).encode("utf-8")).hexdigest()


def _paragraphs(text: str | None) -> list[Paragraph]:
    if not text or not text.strip():
        return []
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph((User(c),)) for c in chunks if c]


def _scale_text(scale: Scale | None) -> Inline:
    if scale is None:
        return Text("dash")
    if scale.kind == "qualitative" and scale.levels:
        items: list[Inline] = [
            Text("level", {"label": User(lv.label), "value": Num(lv.value, "raw")})
            for lv in scale.levels
        ]
        lines = items[0]
        for item in items[1:]:
            lines = Text("join_line", {"a": lines, "b": item})
        return Text("scale_qualitative", {"levels": lines})
    if scale.kind == "numeric":
        if scale.points:
            return Text(
                "scale_points",
                {
                    "first": Num(scale.points[0][0], "raw", scale.unit),
                    "last": Num(scale.points[-1][0], "raw", scale.unit),
                },
            )
        assert scale.worst is not None and scale.best is not None
        return Text(
            "scale_linear",
            {
                "worst": Num(scale.worst, "raw", scale.unit),
                "best": Num(scale.best, "raw", scale.unit),
            },
        )
    return Text("scale_direct")


def _tree(case: Case) -> list[tuple[Criterion, int]]:
    out: list[tuple[Criterion, int]] = []

    def visit(nodes: tuple[Criterion, ...], depth: int) -> None:
        for n in nodes:
            out.append((n, depth))
            visit(n.children or (), depth + 1)

    visit(case.criteria, 0)
    return out


def _global_weights(case: Case, ev: Evaluation) -> dict[str, float]:
    """Global weight of every node: the sum of its leaves' weights (from ``evaluate``)."""
    leaf_w = ev.weights
    out: dict[str, float] = {}
    for n, _ in _tree(case):
        out[n.id] = sum(leaf_w[x.id] for x in n.walk() if x.is_leaf)
    return out


def _check_profiles(case: Case, profile_ids: list[str] | tuple[str, ...] | None) -> list[str]:
    known = [p.id for p in case.profiles]
    if not known:
        raise AnalysisError([issue("no_profiles", "profiles")])
    if not profile_ids:
        return known
    unknown = [p for p in profile_ids if p not in known]
    if unknown:
        raise AnalysisError([issue("unknown_profile", "--profile", id=unknown[0], known=known)])
    return list(dict.fromkeys(profile_ids))


ROBUSTNESS_SPREAD = 0.2
ROBUSTNESS_SAMPLES = 10000
ROBUSTNESS_SEED = 1


def rank_acceptability(case: Case, profile_id: str) -> dict[str, list[float]]:
    """Share of SMAA samples (weights spread around the profile's) at each rank, per option."""
    result = robustness(
        case,
        profile_id,
        mode="spread",
        spread=ROBUSTNESS_SPREAD,
        samples=ROBUSTNESS_SAMPLES,
        seed=ROBUSTNESS_SEED,
    )
    return {
        o: [float(x) for x in result.rank_acceptability[i]] for i, o in enumerate(result.option_ids)
    }


def stability_distances(case: Case, profile_id: str) -> dict[str, float | None]:
    """Per option, the least share of weight that must move to make it first (None: never)."""
    out: dict[str, float | None] = {}
    for o in case.option_ids:
        s = stability(case, o, profile_id)
        out[o] = s.distance if s.reachable else None
    return out


# --- the outline ----------------------------------------------------------------------------
@dataclass
class _Ctx:
    case: Case
    profiles: list[str]
    evals: dict[str, Evaluation]
    doc: DocumentInfo | None
    version: str
    with_robustness: bool

    def pname(self, pid: str) -> User:
        return User(self.case.profile(pid).name)


def build_report(
    case: Case,
    profile_ids: list[str] | tuple[str, ...] | None = None,
    *,
    lang: str = "nl",
    date: _dt.date | None = None,
    document: DocumentInfo | None = None,
    version: str = "",
    with_robustness: bool = True,
) -> Report:
    """The outline of the council report for ``profile_ids`` (default: every profile).

    Refuses (AnalysisError) an unknown profile or a case that cannot be evaluated.
    """
    profiles = _check_profiles(case, profile_ids)
    compile_case(case)  # refuses incomplete cases with the list of missing scores
    evals = {p: evaluate(case, p) for p in profiles}
    ctx = _Ctx(case, profiles, evals, document, version, with_robustness)
    sections = (
        Section("intro", tuple(_intro(ctx))),
        Section("options", tuple(_options(ctx))),
        Section("criteria", tuple(_criteria(ctx))),
        Section("assessment", tuple(_assessment(ctx))),
        Section("weights", tuple(_weights(ctx))),
        Section("results", tuple(_results(ctx))),
        Section("units", tuple(_units(ctx))),
        Section("sensitivity", tuple(_sensitivity(ctx))),
        Section("accountability", tuple(_accountability(ctx))),
        Section("annex", tuple(_annex(ctx))),
        # printed last and only when there is one, so that it does not anchor the reading
        Section("epilogue", tuple(_epilogue(ctx))),
    )
    return Report(
        lang=lang,
        title=User(case.title),
        subtitle=Text("subtitle"),
        date=date or _dt.date.today(),
        profile_ids=tuple(profiles),
        sections=sections,
    )


def _intro(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_intro"))]
    out += _paragraphs(case.description)
    out.append(
        Paragraph(
            (
                Text(
                    "intro_scope",
                    {
                        "options": Num(len(case.options), "int"),
                        "leaves": Num(len(case.leaf_ids), "int"),
                        "groups": Num(len(case.criteria), "int"),
                        "profiles": Num(len(ctx.profiles), "int"),
                    },
                ),
            )
        )
    )
    out.append(Paragraph((Text("intro_reading"),)))
    return out


def _options(ctx: _Ctx) -> list[Block]:
    out: list[Block] = [Heading(1, Text("h_options")), Paragraph((Text("options_lead"),))]
    for o in ctx.case.options:
        out.append(Heading(2, User(o.name)))
        if o.legal_basis:
            out.append(Paragraph((Text("legal_basis"), User(o.legal_basis)), "label"))
        out += _paragraphs(o.description)
        if not o.legal_basis and not o.description:
            out.append(Paragraph((Text("no_description"),), "note"))
    return out


def _criteria(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_criteria")), Paragraph((Text("criteria_lead"),))]
    for top in case.criteria:
        out.append(Heading(2, User(top.name)))
        out += _paragraphs(top.description)
        rows: list[tuple[Inline, ...]] = []
        indent: list[int] = []
        strong: set[int] = set()
        nodes = [(n, d) for n, d in _tree(case) if n is not top and _under(case, n.id, top.id)]
        if top.is_leaf:
            nodes = [(top, 1)]
        for n, d in nodes:
            if not n.is_leaf:
                strong.add(len(rows))
            rows.append(
                (
                    User(n.name),
                    User(n.description) if n.description else Text("dash"),
                    _scale_text(n.scale) if n.is_leaf else Text("dash"),
                )
            )
            indent.append(max(0, d - 1))
        out.append(
            Table(
                (Text("col_criterion"), Text("col_description"), Text("col_scale")),
                tuple(rows),
                Text("cap_criteria", {"group": User(top.name)}),
                tuple(indent),
                frozenset(strong),
                (3, 6, 2.2),
            )
        )
    return out


def _under(case: Case, node: str, ancestor: str) -> bool:
    while node != "root":
        node = case.parent_of[node]
        if node == ancestor:
            return True
    return False


def _leaf_rows(case: Case) -> list[tuple[Criterion, int]]:
    return [(n, d) for n, d in _tree(case)]


def _assessment(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    compiled = compile_case(case)
    out: list[Block] = [Heading(1, Text("h_assessment")), Paragraph((Text("assessment_lead"),))]
    # long option names do not fit a column: the header then uses letters, explained above it
    letters = any(len(w) > LONG_WORD for o in case.options for w in o.name.split())
    if letters:
        out.append(
            Bullets(
                tuple(
                    (
                        Text(
                            "option_letter",
                            {"letter": User(option_letter(i)), "name": User(o.name)},
                        ),
                    )
                    for i, o in enumerate(case.options)
                )
            )
        )
    header: tuple[Inline, ...] = (
        Text("col_criterion"),
        *(User(option_letter(i) if letters else o.name) for i, o in enumerate(case.options)),
    )
    rows: list[tuple[Inline, ...]] = []
    indent: list[int] = []
    strong: set[int] = set()
    for n, d in _tree(case):
        if n.is_leaf:
            cells = tuple(
                _stacked(_score_cell(case, case.score_by_pair[(o, n.id)], short=True))
                for o in case.option_ids
            )
            rows.append((User(n.name), *cells))
        else:
            strong.add(len(rows))
            rows.append((User(n.name), *(User("") for _ in case.options)))
        indent.append(d)
    out.append(
        Table(
            header,
            tuple(rows),
            Text("cap_matrix"),
            tuple(indent),
            frozenset(strong),
            (2.5, *(1.0 for _ in case.options)),
        )
    )
    out.append(Paragraph((Text("matrix_note"),), "note"))
    # argumenten and kanttekeningen per option
    first = ctx.evals[ctx.profiles[0]]
    weight = first.weights
    for i, o in enumerate(case.options):
        out.append(Heading(2, User(o.name)))
        values = compiled.values[i]
        order = sorted(
            range(len(compiled.leaf_ids)),
            key=lambda j: (-values[j], -weight[compiled.leaf_ids[j]]),
        )
        best = [j for j in order if values[j] > MIDPOINT][:ARGUMENTS]
        worst = [j for j in reversed(order) if values[j] < MIDPOINT]
        worst.sort(key=lambda j: (values[j], -weight[compiled.leaf_ids[j]]))
        worst = worst[:ARGUMENTS]
        for key, chosen in (("arguments", best), ("caveats", worst)):
            out.append(Paragraph((Text(f"h_{key}"),), "label"))
            if not chosen:
                out.append(Paragraph((Text(f"no_{key}"),), "note"))
                continue
            out.append(Bullets(tuple(_argument(case, o.id, compiled.leaf_ids[j]) for j in chosen)))
    return out


def _argument(case: Case, option: str, leaf: str) -> tuple[Inline, ...]:
    s = case.score_by_pair[(option, leaf)]
    parts: list[Inline] = [
        Text(
            "argument_head",
            {"criterion": User(case.node_by_id[leaf].name), "score": _joined(_score_cell(case, s))},
        ),
    ]
    parts.append(User(s.rationale) if s.rationale else Text("no_rationale"))
    if s.source:
        parts.append(Text("source_is", {"source": User(s.source)}))
    return tuple(parts)


def _elicitation_text(case: Case, profile: Profile, node: str, cr: dict[str, float]) -> Inline:
    label: Inline = Text("top_level") if node == "root" else User(case.node_by_id[node].name)
    e = profile.elicitation_for(node)
    if e is not None and e.method == "ahp":
        value = cr.get(node, 0.0)
        code = "elic_ahp_ok" if value <= CR_LIMIT else "elic_ahp_high"
        return Text(
            code,
            {
                "node": label,
                "cr": Num(value, "ratio"),
                "limit": Num(CR_LIMIT, "ratio"),
                "n": Num(len(e.order), "int"),
            },
        )
    if e is not None and e.method == "rank":
        names = tuple(User(case.node_by_id[c].name) for c in e.order)
        return Text("elic_rank", {"node": label, "order": names})
    weights = profile.weights or {}
    if any(c.id in weights for c in case.children_of(node)):
        return Text("elic_direct", {"node": label})
    return Text("elic_equal", {"node": label})


def _weights(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_weights")), Paragraph((Text("weights_lead"),))]
    tree = _tree(case)
    # overview: global weights of every node under every profile
    globals_ = {p: _global_weights(case, ctx.evals[p]) for p in ctx.profiles}
    rows: list[tuple[Inline, ...]] = []
    for n, _d in tree:
        rows.append((User(n.name), *(Num(globals_[p][n.id], "percent") for p in ctx.profiles)))
    out.append(
        Table(
            (Text("col_criterion"), *(ctx.pname(p) for p in ctx.profiles)),
            tuple(rows),
            Text("cap_weights_overview"),
            tuple(d for _, d in tree),
            frozenset(i for i, (n, _) in enumerate(tree) if not n.is_leaf),
            (3.2, *(1.0 for _ in ctx.profiles)),
        )
    )
    for p in ctx.profiles:
        profile = case.profile(p)
        index = [x.id for x in case.profiles].index(p)
        resolved = resolve_profile(case, index)
        out.append(Heading(2, User(profile.name)))
        out += _paragraphs(profile.description)
        groups = ["root", *(n.id for n, _ in tree if not n.is_leaf)]
        out.append(
            Bullets(
                tuple((_elicitation_text(case, profile, g, resolved.consistency),) for g in groups)
            )
        )
        rows = []
        for n, _d in tree:
            rows.append(
                (
                    User(n.name),
                    Num(resolved.local.get(n.id, 0.0), "percent"),
                    Num(globals_[p][n.id], "percent"),
                )
            )
        out.append(
            Table(
                (Text("col_criterion"), Text("col_local"), Text("col_global")),
                tuple(rows),
                Text("cap_weights_profile", {"profile": User(profile.name)}),
                tuple(d for _, d in tree),
                frozenset(i for i, (n, _) in enumerate(tree) if not n.is_leaf),
                (4, 1.2, 1.2),
            )
        )
    return out


def _results(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_results")), Paragraph((Text("results_lead"),))]
    rows = []
    for i, o in enumerate(case.options):
        cells: list[Inline] = [User(o.name)]
        for p in ctx.profiles:
            ev = ctx.evals[p]
            cells.append(
                Text(
                    "value_rank",
                    {
                        "value": Num(float(ev.value_array[i]), "value"),
                        "rank": Num(int(ev.rank_array[i]), "int"),
                    },
                )
            )
        rows.append(tuple(cells))
    out.append(
        Table(
            (Text("col_option"), *(ctx.pname(p) for p in ctx.profiles)),
            tuple(rows),
            Text("cap_results_overview"),
            widths=(3.2, *(1.0 for _ in ctx.profiles)),
        )
    )
    if len(ctx.profiles) > 1:
        out.append(Figure("stakeholders", ctx.profiles[0], Text("fig_stakeholders")))
    groups = [case.node_by_id[g] for g in compile_case(case).group_ids]
    for p in ctx.profiles:
        ev = ctx.evals[p]
        out.append(Heading(2, ctx.pname(p), new_page=True))
        top = ev.order[0]
        out.append(
            Paragraph(
                (
                    Text(
                        "results_winner",
                        {
                            "profile": ctx.pname(p),
                            "option": User(ev.option_names[top]),
                            "value": Num(float(ev.value_array[top]), "value"),
                        },
                    ),
                )
            )
        )
        out.append(Figure("ranking", p, Text("fig_ranking", {"profile": ctx.pname(p)})))
        rows = []
        for i in ev.order:
            rows.append(
                (
                    Num(int(ev.rank_array[i]), "int"),
                    User(ev.option_names[i]),
                    Num(float(ev.value_array[i]), "value"),
                    *(
                        Num(float(ev.group_contribution_array[i, g]), "value")
                        for g in range(len(groups))
                    ),
                )
            )
        out.append(
            Table(
                (
                    Text("col_rank"),
                    Text("col_option"),
                    Text("col_value"),
                    *(User(g.name) for g in groups),
                ),
                tuple(rows),
                Text("cap_ranking", {"profile": ctx.pname(p)}),
                widths=(1.0, 2.6, 1.3, *(1.4 for _ in groups)),
            )
        )
        for loser, by in ev.dominated_pairs:
            out.append(
                Paragraph(
                    (
                        Text(
                            "dominated",
                            {
                                "option": User(case.option(loser).name),
                                "by": User(case.option(by).name),
                            },
                        ),
                    ),
                    "note",
                )
            )
    return out


def _assignment_text(case: Case, assignment: dict[str, str]) -> User:
    """``Centrumregeling: Communicatie, P&O; BVO: Informatisering`` (names are user text)."""
    groups: dict[str, list[str]] = {}
    for unit, option in assignment.items():
        groups.setdefault(option, []).append(case.unit(unit).name)
    return User("; ".join(f"{case.option(o).name}: {', '.join(us)}" for o, us in groups.items()))


def _units(ctx: _Ctx) -> list[Block]:
    """Per unit (team): every option's value, each unit's best, and the portfolio of forms."""
    from model.portfolio import portfolio

    case = ctx.case
    if not case.units:
        return []
    out: list[Block] = [Heading(1, Text("h_units")), Paragraph((Text("units_lead"),))]
    excluded = [(u, e) for u in case.units for e in u.exclude]
    if excluded:
        out.append(
            Bullets(
                tuple(
                    (
                        Text(
                            "unit_excludes",
                            {"unit": User(u.name), "option": User(case.option(e.option).name)},
                        ),
                        User(e.reason),
                    )
                    for u, e in excluded
                )
            )
        )
    for p in ctx.profiles:
        result = portfolio(case, p)
        out.append(Heading(2, ctx.pname(p), new_page=True))
        out.append(Figure("onderdelen", p, Text("fig_units", {"profile": ctx.pname(p)})))
        rows = []
        for u, uv in zip(case.units, result.units, strict=True):
            cells: list[Inline] = [User(u.name), Num(float(u.size), "raw")]
            for o in case.option_ids:
                if o not in uv.values:
                    cells.append(Text("dash"))
                elif o == uv.best:
                    cells.append(Text("best_mark", {"value": Num(uv.values[o], "value")}))
                else:
                    cells.append(Num(uv.values[o], "value"))
            rows.append(tuple(cells))
        out.append(
            Table(
                (Text("col_unit"), Text("col_size"), *(User(o.name) for o in case.options)),
                tuple(rows),
                Text("cap_units", {"profile": ctx.pname(p)}),
                widths=(2.4, 0.9, *(1.0 for _ in case.options)),
            )
        )
        prow: list[tuple[Inline, ...]] = []
        for pf in result.portfolios:
            if pf.assignment is None or pf.value is None:
                prow.append((Num(pf.forms, "int"), Text("dash"), Text("portfolio_impossible")))
            else:
                prow.append(
                    (
                        Num(pf.forms, "int"),
                        Num(pf.value, "value"),
                        _assignment_text(case, pf.assignment),
                    )
                )
        out.append(
            Table(
                (Text("col_forms"), Text("col_value"), Text("col_assignment")),
                tuple(prow),
                Text("cap_portfolio", {"profile": ctx.pname(p)}),
                widths=(1.0, 1.0, 6.0),
            )
        )
        if result.uniformity_cost is not None:
            out.append(
                Paragraph(
                    (
                        Text(
                            "uniformity_cost",
                            {
                                "profile": ctx.pname(p),
                                "cost": Num(result.uniformity_cost, "value"),
                            },
                        ),
                    )
                )
            )
    return out


def _epilogue(ctx: _Ctx) -> list[Block]:
    if not ctx.case.epilogue:
        return []
    return [Heading(1, Text("h_epilogue"), new_page=True), *_paragraphs(ctx.case.epilogue)]


def order_interval(crossovers: list[float], w0: float) -> tuple[float, float]:
    """The weights around ``w0`` between which no two options swap places."""
    below = [c for c in crossovers if c < w0 - 1e-9]
    above = [c for c in crossovers if c > w0 + 1e-9]
    return (max(below) if below else 0.0, min(above) if above else 1.0)


def best_interval(
    best: tuple[tuple[float, float, str], ...], w0: float, leader: str
) -> tuple[float, float, str]:
    """The interval of ``sensitivity(...).best`` that holds the current weight ``w0``."""
    holding = [b for b in best if b[0] - 1e-9 <= w0 <= b[1] + 1e-9]
    for b in holding:
        if b[2] == leader:
            return b
    return holding[0] if holding else best[0]


def _sensitivity(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_sensitivity")), Paragraph((Text("sensitivity_lead"),))]
    for p in ctx.profiles:
        ev = ctx.evals[p]
        out.append(Heading(2, ctx.pname(p)))
        items: list[tuple[Inline, ...]] = []
        leader = ev.ranking[0]
        for g in case.criteria:
            name = User(g.name)
            try:
                s = sensitivity(case, g.id, p)
            except AnalysisError:
                items.append((Text("sens_full_weight", {"group": name}),))
                continue
            lo, hi, top = best_interval(s.best, s.current_weight, leader)
            now = Num(s.current_weight, "percent")
            if lo <= 1e-12 and hi >= 1 - 1e-12:
                first: Inline = Text(
                    "sens_top_always", {"option": User(case.option(top).name), "group": name}
                )
            else:
                first = Text(
                    "sens_top",
                    {
                        "option": User(case.option(top).name),
                        "group": name,
                        "low": Num(lo, "percent"),
                        "high": Num(hi, "percent"),
                        "now": now,
                    },
                )
            a, b = order_interval([c[0] for c in s.crossovers], s.current_weight)
            if a <= 1e-12 and b >= 1 - 1e-12:
                order: Inline = Text("sens_order_always", {"group": name})
            else:
                order = Text(
                    "sens_order",
                    {
                        "group": name,
                        "low": Num(a, "percent"),
                        "high": Num(b, "percent"),
                        "now": now,
                    },
                )
            items.append((order, first))
        out.append(Bullets(tuple(items)))
    out += _robustness(ctx)
    return out


def _robustness(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(2, Text("h_acceptability"))]
    if not ctx.with_robustness:
        return [*out, Paragraph((Text("robustness_skipped"),), "note")]
    tables: list[Block] = []
    for p in ctx.profiles:
        ra = rank_acceptability(case, p)
        n = len(case.options)
        arows: tuple[tuple[Inline, ...], ...] = tuple(
            (User(o.name), *(Num(x, "percent") for x in ra.get(o.id, [0.0] * n)))
            for o in case.options
        )
        tables.append(
            Table(
                (
                    Text("col_option"),
                    *(Text("col_place", {"rank": Num(r + 1, "int")}) for r in range(n)),
                ),
                arows,
                Text("cap_acceptability", {"profile": ctx.pname(p)}),
                widths=(3.2, *(1.0 for _ in range(n))),
            )
        )
    if tables and isinstance(tables[0], Table):
        out.append(
            Paragraph(
                (
                    Text(
                        "acceptability_lead",
                        {
                            "spread": Num(ROBUSTNESS_SPREAD, "percent"),
                            "samples": Num(ROBUSTNESS_SAMPLES, "int"),
                            "seed": Num(ROBUSTNESS_SEED, "int"),
                        },
                    ),
                )
            )
        )
    out += tables
    out.append(Heading(2, Text("h_stability")))
    dist: dict[str, dict[str, float | None]] = {}
    for p in ctx.profiles:
        dist[p] = stability_distances(case, p)
    out.append(Paragraph((Text("stability_lead"),)))
    rows: list[tuple[Inline, ...]] = []
    for o in case.options:
        cells: list[Inline] = [User(o.name)]
        for p in ctx.profiles:
            v = dist[p][o.id]
            if v is None:
                cells.append(Text("unreachable"))
            elif v <= 1e-9:
                cells.append(Text("already_first"))
            else:
                cells.append(Num(v, "percent"))
        rows.append(tuple(cells))
    out.append(
        Table(
            (Text("col_option"), *(ctx.pname(p) for p in ctx.profiles)),
            tuple(rows),
            Text("cap_stability"),
            widths=(3.2, *(1.0 for _ in ctx.profiles)),
        )
    )
    return out


def _accountability(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_accountability"))]
    out.append(Heading(2, Text("h_method")))
    for code in ("method_1", "method_2", "method_3", "method_4"):
        out.append(Paragraph((Text(code),)))
    out.append(Heading(2, Text("h_formulas")))
    for code in (
        "formula_global",
        "formula_value",
        "formula_roc",
        "formula_ahp",
        "formula_cr",
        "formula_rank",
        "formula_sensitivity",
    ):
        out.append(Paragraph((Text(code),), "formula"))
    out.append(Paragraph((Text("ri_lead"),)))
    out.append(
        Table(
            (Text("col_n"), *(Num(n, "int") for n in range(1, len(SAATY_RI) + 1))),
            ((Text("col_ri"), *(Num(ri, "ratio") for ri in SAATY_RI)),),
            Text("cap_ri"),
            widths=(1.6, *(1.0 for _ in SAATY_RI)),
        )
    )
    out.append(Heading(2, Text("h_provenance")))
    items: list[tuple[Inline, ...]] = [
        (Text("software_version", {"version": User(ctx.version or "?")}),),
        (Text("case_hash", {"hash": User(case_sha256(case))}),),
        (Text("report_profiles", {"profiles": tuple(ctx.pname(p) for p in ctx.profiles)}),),
    ]
    out.append(Bullets(tuple(items)))
    out.append(Heading(2, Text("h_history")))
    doc = ctx.doc
    if doc is None:
        out.append(Paragraph((Text("history_none"),), "note"))
    else:
        out.append(
            Paragraph(
                (
                    Text(
                        "history_summary_one" if doc.history_count == 1 else "history_summary",
                        {
                            "count": Num(doc.history_count, "int"),
                            "first": User(doc.first or "?"),
                            "last": User(doc.last or "?"),
                            "authors": tuple(User(a) for a in doc.authors) or (Text("dash"),),
                        },
                    ),
                )
            )
        )
        if doc.snapshots:
            out.append(
                Table(
                    (Text("col_snapshot"), Text("col_time")),
                    tuple((User(n), User(t)) for n, t in doc.snapshots),
                    Text("cap_snapshots"),
                    widths=(3, 2),
                )
            )
        else:
            out.append(Paragraph((Text("snapshots_none"),), "note"))
    return out


def _annex(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_annex")), Paragraph((Text("annex_lead"),))]
    for o in case.options:
        out.append(Heading(2, User(o.name)))
        rows = []
        for leaf in case.leaf_ids:
            s = case.score_by_pair[(o.id, leaf)]
            rows.append(
                (
                    User(case.node_by_id[leaf].name),
                    _stacked(_score_cell(case, s, short=True)),
                    User(s.rationale) if s.rationale else Text("no_rationale"),
                    User(s.source) if s.source else Text("estimate"),
                )
            )
        out.append(
            Table(
                (
                    Text("col_criterion"),
                    Text("col_score"),
                    Text("col_rationale"),
                    Text("col_source"),
                ),
                tuple(rows),
                Text("cap_annex", {"option": User(o.name)}),
                widths=(2.3, 1.3, 5, 3.2),
            )
        )
    return out


# --- spreadsheet tables ---------------------------------------------------------------------
def build_sheets(case: Case, profile_ids: list[str] | tuple[str, ...] | None = None) -> list[Sheet]:
    """Tables for a spreadsheet: options, criteria, scores, weights, results, contributions."""
    profiles = _check_profiles(case, profile_ids)
    compiled = compile_case(case)
    evals = {p: evaluate(case, p) for p in profiles}
    tree = _tree(case)
    sheets: list[Sheet] = []
    sheets.append(
        Sheet(
            "options",
            Text("sheet_options"),
            (Text("col_id"), Text("col_option"), Text("col_legal_basis"), Text("col_description")),
            tuple(
                (User(o.id), User(o.name), _opt_user(o.legal_basis), _opt_user(o.description))
                for o in case.options
            ),
            (14, 40, 50, 80),
        )
    )
    sheets.append(
        Sheet(
            "criteria",
            Text("sheet_criteria"),
            (
                Text("col_id"),
                Text("col_criterion"),
                Text("col_parent"),
                Text("col_level"),
                Text("col_description"),
                Text("col_scale"),
            ),
            tuple(
                (
                    User(n.id),
                    User(n.name),
                    User(case.parent_of[n.id]),
                    Num(d + 1, "int"),
                    _opt_user(n.description),
                    _scale_text(n.scale) if n.is_leaf else None,
                )
                for n, d in tree
            ),
            (18, 40, 14, 8, 80, 40),
        )
    )
    rows = []
    for i, o in enumerate(case.options):
        for j, leaf in enumerate(compiled.leaf_ids):
            s = case.score_by_pair[(o.id, leaf)]
            rows.append(
                (
                    User(o.id),
                    User(o.name),
                    User(leaf),
                    User(case.node_by_id[leaf].name),
                    _raw(s.value),
                    None if s.low is None else _raw(s.low),
                    None if s.high is None else _raw(s.high),
                    Num(float(compiled.values[i, j]), "value"),
                    _opt_user(s.rationale),
                    _opt_user(s.source),
                )
            )
    sheets.append(
        Sheet(
            "scores",
            Text("sheet_scores"),
            (
                Text("col_option_id"),
                Text("col_option"),
                Text("col_criterion_id"),
                Text("col_criterion"),
                Text("col_score"),
                Text("col_low"),
                Text("col_high"),
                Text("col_mapped"),
                Text("col_rationale"),
                Text("col_source"),
            ),
            tuple(rows),
            (12, 30, 16, 30, 8, 8, 8, 10, 80, 50),
        )
    )
    header: list[Inline] = [Text("col_id"), Text("col_criterion"), Text("col_level")]
    for p in profiles:
        header += [
            Text("col_local_of", {"profile": User(case.profile(p).name)}),
            Text("col_global_of", {"profile": User(case.profile(p).name)}),
        ]
    resolved = {p: resolve_profile(case, [x.id for x in case.profiles].index(p)) for p in profiles}
    globals_ = {p: _global_weights(case, evals[p]) for p in profiles}
    wrows = []
    for n, d in tree:
        cells: list[Inline | None] = [User(n.id), User(n.name), Num(d + 1, "int")]
        for p in profiles:
            cells += [
                Num(resolved[p].local.get(n.id, 0.0), "ratio"),
                Num(globals_[p][n.id], "ratio"),
            ]
        wrows.append(tuple(cells))
    sheets.append(
        Sheet(
            "weights",
            Text("sheet_weights"),
            tuple(header),
            tuple(wrows),
            (18, 40, 8, *(16 for _ in range(2 * len(profiles)))),
        ),
    )
    rheader: list[Inline] = [Text("col_id"), Text("col_option")]
    for p in profiles:
        rheader += [
            Text("col_value_of", {"profile": User(case.profile(p).name)}),
            Text("col_rank_of", {"profile": User(case.profile(p).name)}),
        ]
    rrows = []
    for i, o in enumerate(case.options):
        rcells: list[Inline | None] = [User(o.id), User(o.name)]
        for p in profiles:
            rcells += [
                Num(float(evals[p].value_array[i]), "value"),
                Num(int(evals[p].rank_array[i]), "int"),
            ]
        rrows.append(tuple(rcells))
    sheets.append(
        Sheet(
            "results",
            Text("sheet_results"),
            tuple(rheader),
            tuple(rrows),
            (12, 40, *(16 for _ in range(2 * len(profiles)))),
        ),
    )
    if case.units:
        sheets += _unit_sheets(case, profiles)
    crows = []
    for p in profiles:
        ev = evals[p]
        for i, o in enumerate(case.options):
            for j, leaf in enumerate(ev.leaf_ids):
                crows.append(
                    (
                        User(p),
                        User(o.id),
                        User(leaf),
                        Num(float(ev.weight_array[j]), "ratio"),
                        Num(float(compiled.values[i, j]), "value"),
                        Num(float(ev.contribution_array[i, j]), "value"),
                    )
                )
    sheets.append(
        Sheet(
            "contributions",
            Text("sheet_contributions"),
            (
                Text("col_profile_id"),
                Text("col_option_id"),
                Text("col_criterion_id"),
                Text("col_weight"),
                Text("col_mapped"),
                Text("col_contribution"),
            ),
            tuple(crows),
            (16, 12, 16, 10, 10, 10),
        )
    )
    return sheets


def _unit_sheets(case: Case, profiles: list[str]) -> list[Sheet]:
    """Per profile, unit and option its value (empty when excluded), and the portfolios."""
    from model.portfolio import portfolio

    vrows: list[tuple[Inline | None, ...]] = []
    prows: list[tuple[Inline | None, ...]] = []
    for p in profiles:
        result = portfolio(case, p)
        for u, uv in zip(case.units or (), result.units, strict=True):
            for o in case.option_ids:
                value = uv.values.get(o)
                vrows.append(
                    (
                        User(p),
                        User(u.id),
                        User(u.name),
                        Num(float(u.size), "raw"),
                        User(o),
                        None if value is None else Num(value, "value"),
                        Text("yes") if o == uv.best else None,
                        _opt_user(u.reason_for(o)),
                    )
                )
        for pf in result.portfolios:
            for unit, option in (pf.assignment or {}).items():
                prows.append(
                    (
                        User(p),
                        Num(pf.forms, "int"),
                        None if pf.value is None else Num(pf.value, "value"),
                        User(unit),
                        User(option),
                    )
                )
    return [
        Sheet(
            "units",
            Text("sheet_units"),
            (
                Text("col_profile_id"),
                Text("col_unit_id"),
                Text("col_unit"),
                Text("col_size"),
                Text("col_option_id"),
                Text("col_value"),
                Text("col_best"),
                Text("col_excluded_reason"),
            ),
            tuple(vrows),
            (16, 16, 30, 8, 14, 10, 8, 50),
        ),
        Sheet(
            "portfolio",
            Text("sheet_portfolio"),
            (
                Text("col_profile_id"),
                Text("col_forms"),
                Text("col_value"),
                Text("col_unit_id"),
                Text("col_option_id"),
            ),
            tuple(prows),
            (16, 8, 10, 16, 14),
        ),
    ]


def _opt_user(text: str | None) -> User | None:
    return User(text) if text else None


def _raw(value: Any) -> Inline:
    return User(value) if isinstance(value, str) else Num(float(value), "raw")


def report_errors(exc: VormkeuzeError) -> list[str]:
    """Codes of a refusal (for tests and logs)."""
    return [i.code for i in exc.issues]
