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
from model.portfolio import portfolio
from model.robustness import robustness
from model.stability import stability
from model.unit_view import is_hindsight
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
    chart: str  # a chart name the front end's chart renderer knows
    profile_id: str
    caption: Inline
    #: what the figure shows, in words, for readers who cannot see it (alt text)
    alt: Inline = field(default_factory=lambda: Text("dash"))


@dataclass(frozen=True)
class Contents:
    """The table of contents (a TOC field in Word, a linked list with page numbers in PDF)."""


Block = Heading | Paragraph | Bullets | Table | Figure | Contents


@dataclass(frozen=True)
class Section:
    key: str  # stable name: "summary", "options", ...
    blocks: tuple[Block, ...]
    #: an annex (after the main document; "Bijlage A", "Bijlage B")
    annex: bool = False


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


#: the chapters in report order; the two annexes last
SECTION_KEYS = (
    "summary",
    "options",
    "weighing",
    "sensitivity",
    "units",
    "accountability",
    "epilogue",
    "matrix",
    "sources",
    "details",
)
ANNEX_KEYS = ("matrix", "sources", "details")

#: how many criteria are listed as arguments / kanttekeningen per option
ARGUMENTS = 2
MIDPOINT = 50.0


# --- helpers --------------------------------------------------------------------------------
def score_label(scale: Scale | None, value: Any) -> Inline:
    """A score as the user gave it: a level label, or a number with the scale's unit."""
    if isinstance(value, str):
        return User(value)
    unit = scale.unit if scale is not None else None
    return Num(float(value), "raw", unit)


def _score_cell(case: Case, s: Score, *, short: bool = False) -> tuple[Inline, ...]:
    """The score, and its range when it has one (short: "(low … high)")."""
    scale = case.node_by_id[s.criterion].scale
    parts: list[Inline] = [score_label(scale, s.value)]
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
    return Text("join_comma", {"a": parts[0], "b": parts[1]})


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
            lines = Text("join_semicolon", {"a": lines, "b": item})
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
    sources: dict[str, int]
    #: first-rank shares under the spread model, per profile (computed once, when asked)
    _first: dict[str, dict[str, float]] = field(default_factory=dict)

    def pname(self, pid: str) -> User:
        return User(self.case.profile(pid).name)

    def oname(self, oid: str) -> User:
        return User(self.case.option(oid).name)

    def first_shares(self, pid: str) -> dict[str, float]:
        if pid not in self._first:
            self._first[pid] = {o: v[0] for o, v in rank_acceptability(self.case, pid).items()}
        return self._first[pid]


def check_sections(keys: list[str] | tuple[str, ...] | None) -> list[str]:
    """The chosen chapters in report order (default: all); refuses an unknown name."""
    if not keys:
        return list(SECTION_KEYS)
    unknown = [k for k in keys if k not in SECTION_KEYS]
    if unknown:
        raise AnalysisError(
            [issue("unknown_section", "--sections", id=unknown[0], known=list(SECTION_KEYS))]
        )
    return [k for k in SECTION_KEYS if k in keys]


def source_numbers(case: Case) -> dict[str, int]:
    """Every distinct source of the case, numbered in the order of the score matrix."""
    out: dict[str, int] = {}
    for o in case.option_ids:
        for leaf in case.leaf_ids:
            s = case.score_by_pair.get((o, leaf))
            if s is not None and s.source and s.source not in out:
                out[s.source] = len(out) + 1
    for s in own_scores(case):  # then the teams' own scores (chapter Per onderdeel)
        if s.source and s.source not in out:
            out[s.source] = len(out) + 1
    return out


def own_scores(case: Case) -> list[Score]:
    """The teams' own scores (those that differ from the case-wide ones), in the order of the
    units, the options and the criteria."""
    units = {u: k for k, u in enumerate(case.unit_ids)}
    options = {o: k for k, o in enumerate(case.option_ids)}
    leaves = {leaf: k for k, leaf in enumerate(case.leaf_ids)}
    own = [s for s in case.scores if s.unit is not None and s.unit in units]
    return sorted(
        own,
        key=lambda s: (
            units[s.unit or ""],
            options.get(s.option, len(options)),
            leaves.get(s.criterion, len(leaves)),
        ),
    )


def build_report(
    case: Case,
    profile_ids: list[str] | tuple[str, ...] | None = None,
    *,
    lang: str = "nl",
    date: _dt.date | None = None,
    document: DocumentInfo | None = None,
    version: str = "",
    with_robustness: bool = True,
    sections: list[str] | tuple[str, ...] | None = None,
) -> Report:
    """The outline of the council report for ``profile_ids`` (default: every profile).

    ``sections`` picks chapters by key (:data:`SECTION_KEYS`, default all).  Refuses
    (AnalysisError) an unknown profile or section, or a case that cannot be evaluated.
    """
    profiles = _check_profiles(case, profile_ids)
    chosen = check_sections(sections)
    compile_case(case)  # refuses incomplete cases with the list of missing scores
    evals = {p: evaluate(case, p) for p in profiles}
    ctx = _Ctx(case, profiles, evals, document, version, with_robustness, source_numbers(case))
    makers = {
        "summary": _summary,
        "options": _options,
        "weighing": _weighing,
        "sensitivity": _sensitivity,
        "units": _units,
        "accountability": _accountability,
        "epilogue": _epilogue,
        "matrix": _matrix,
        "sources": _sources,
        "details": _details,
    }
    out: list[Section] = []
    for key in chosen:
        blocks = makers[key](ctx)
        if key == "summary":
            if len(chosen) > 1:
                blocks.append(Contents())
            blocks += _background(ctx)  # after the outcome: the case as its author wrote it
        if blocks:
            out.append(Section(key, tuple(blocks), annex=key in ANNEX_KEYS))
    if out and chosen[0] != "summary" and len(out) > 1:
        first = out[0]
        out[0] = Section(first.key, (Contents(), *first.blocks), first.annex)
    return Report(
        lang=lang,
        title=User(case.title),
        subtitle=Text("subtitle"),
        date=date or _dt.date.today(),
        profile_ids=tuple(profiles),
        sections=tuple(out),
    )


# --- Samenvatting ---------------------------------------------------------------------------
def _summary(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_summary"))]
    question = the_question(case.description)
    if question:
        out.append(Paragraph((Text("sum_question", {"question": User(question)}),)))
    out.append(
        Paragraph(
            (
                Text(
                    "sum_scope",
                    {
                        "options": Num(len(case.options), "int"),
                        "names": tuple(User(o.name) for o in case.options),
                        "leaves": Num(len(case.leaf_ids), "int"),
                        "groups": Num(len(case.criteria), "int"),
                        "profiles": Num(len(ctx.profiles), "int"),
                    },
                ),
            )
        )
    )
    out.append(Paragraph((Text("h_sum_first"),), "label"))
    items: list[tuple[Inline, ...]] = []
    for p in ctx.profiles:
        items.append((summary_first(ctx.case, ctx.evals[p]),))
    out.append(Bullets(tuple(items)))
    main = ctx.profiles[0]
    ev = ctx.evals[main]
    leader = ev.ranking[0]
    agree = sum(1 for p in ctx.profiles if ctx.evals[p].ranking[0] == leader)
    firm: list[Inline] = [
        Text(
            "sum_agree_all" if agree == len(ctx.profiles) else "sum_agree",
            {
                "option": ctx.oname(leader),
                "k": Num(agree, "int"),
                "n": Num(len(ctx.profiles), "int"),
            },
        )
    ]
    if ctx.with_robustness:
        firm.append(
            Text(
                "sum_firm",
                {
                    "option": ctx.oname(leader),
                    "profile": ctx.pname(main),
                    "spread": Num(ROBUSTNESS_SPREAD, "percent"),
                    "share": Num(ctx.first_shares(main).get(leader, 0.0), "percent"),
                },
            )
        )
    out.append(Paragraph((Text("h_sum_firm"),), "label"))
    out.append(Paragraph(tuple(firm)))
    if len(ev.ranking) > 1:
        out.append(Paragraph((Text("h_sum_runner"),), "label"))
        out.append(Paragraph((_runner_up(ctx, main),)))
    if case.units:
        out.append(Paragraph((Text("h_sum_units"),), "label"))
        out.append(Paragraph((_uniformity(ctx, main),)))
    return out


#: a question longer than this is no one-line question: the summary then leaves it to the
#: chapter on the case
QUESTION_CHARS = 300


def the_question(description: str | None) -> str | None:
    """The case's question for the summary's first line: the description's first sentence
    when it is a question ("Welke vorm past bij ...?"), else None."""
    text = " ".join((description or "").split())
    end = text.find("?")
    if end < 0:
        return None
    first = text[: end + 1]
    if any(stop in first for stop in (". ", "! ")) or len(first) > QUESTION_CHARS:
        return None  # the question is not the first sentence, or not a short one
    return first


def _background(ctx: _Ctx) -> list[Block]:
    """The case's own description, whole, as a chapter after the summary (a raadslid reads
    the outcome first; the description can run to a page)."""
    paragraphs = _paragraphs(ctx.case.description)
    if not paragraphs:
        return []
    return [Heading(1, Text("h_background")), *paragraphs]


def summary_first(case: Case, ev: Evaluation) -> Inline:
    """ "Under profile P, option X ranks first with v, d points ahead of Y (w)"."""
    order = ev.order
    top = order[0]
    values = ev.value_array
    pname = User(case.profile(ev.profile).name)
    if len(order) == 1:
        return Text(
            "sum_first_alone",
            {"profile": pname, "option": User(ev.option_names[top]), "value": _v(values[top])},
        )
    second = order[1]
    margin = float(values[top] - values[second])
    tied = [i for i in order if ev.rank_array[i] == 1]
    if len(tied) > 1:
        return Text(
            "sum_first_tied",
            {
                "profile": pname,
                "options": tuple(User(ev.option_names[i]) for i in tied),
                "value": _v(values[top]),
            },
        )
    return Text(
        "sum_first",
        {
            "profile": pname,
            "option": User(ev.option_names[top]),
            "value": _v(values[top]),
            "margin": Num(margin, "value"),
            "runner": User(ev.option_names[second]),
            "runner_value": _v(values[second]),
        },
    )


def _v(x: Any) -> Num:
    return Num(float(x), "value")


def _runner_up(ctx: _Ctx, pid: str) -> Inline:
    ev = ctx.evals[pid]
    runner = ev.ranking[1]
    s = stability(ctx.case, runner, pid)
    if not s.reachable or s.distance is None:
        return Text("sum_runner_never", {"runner": ctx.oname(runner), "profile": ctx.pname(pid)})
    if s.distance <= 1e-9:
        return Text("sum_runner_tied", {"runner": ctx.oname(runner), "profile": ctx.pname(pid)})
    _losers, gainers = s.shifts()
    names = tuple(User(ctx.case.node_by_id[g.leaf].name) for g in gainers[:2])
    return Text(
        "sum_runner",
        {
            "runner": ctx.oname(runner),
            "profile": ctx.pname(pid),
            "distance": Num(s.distance, "percent"),
            "towards": names or (Text("dash"),),
        },
    )


# --- options with arguments and kanttekeningen -----------------------------------------------
def weakest(values: Any, leaf_ids: tuple[str, ...], weight: dict[str, float]) -> list[int]:
    """Leaf positions from the option's lowest value up (ties: the heavier criterion first)."""
    return sorted(range(len(leaf_ids)), key=lambda j: (values[j], -weight[leaf_ids[j]]))


def _options(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    compiled = compile_case(case)
    out: list[Block] = [Heading(1, Text("h_options")), Paragraph((Text("options_lead"),))]
    weight = ctx.evals[ctx.profiles[0]].weights
    for i, o in enumerate(case.options):
        out.append(Heading(2, User(o.name)))
        if o.legal_basis:
            out.append(Paragraph((Text("legal_basis"), User(o.legal_basis)), "label"))
        out += _paragraphs(o.description)
        places = tuple(
            Text(
                "place_under",
                {"rank": Num(int(ctx.evals[p].rank_array[i]), "int"), "profile": ctx.pname(p)},
            )
            for p in ctx.profiles
        )
        out.append(Paragraph((Text("option_places", {"places": places}),), "note"))
        values = compiled.values[i]
        low_first = weakest(values, compiled.leaf_ids, weight)
        high_first = sorted(
            range(len(compiled.leaf_ids)), key=lambda j: (-values[j], -weight[compiled.leaf_ids[j]])
        )
        best = [j for j in high_first if values[j] > MIDPOINT][:ARGUMENTS]
        # always the weakest criteria, whatever the option's rank (a council reads the
        # counter-arguments of the option that ranks first too)
        worst = [j for j in low_first if j not in best][:ARGUMENTS]
        out.append(Paragraph((Text("h_arguments"),), "label"))
        if best:
            out.append(Bullets(tuple(_argument(ctx, o.id, compiled.leaf_ids[j]) for j in best)))
        else:
            out.append(Paragraph((Text("no_arguments"),), "note"))
        out.append(Paragraph((Text("h_caveats"),), "label"))
        out.append(Bullets(tuple(_argument(ctx, o.id, compiled.leaf_ids[j]) for j in worst)))
    return out


def _argument(ctx: _Ctx, option: str, leaf: str) -> tuple[Inline, ...]:
    case = ctx.case
    s = case.score_by_pair[(option, leaf)]
    head = Text(
        "argument_head",
        {"criterion": User(case.node_by_id[leaf].name), "score": _joined(_score_cell(case, s))},
    )
    return (head, *_evidence(ctx, s))


def _evidence(ctx: _Ctx, s: Score) -> list[Inline]:
    """What stands behind a score: its onderbouwing, its source's number, and the marks of an
    estimate and of hindsight."""
    parts: list[Inline] = [User(s.rationale) if s.rationale else Text("no_rationale")]
    if s.source:
        parts.append(Text("source_ref", {"n": Num(ctx.sources[s.source], "int")}))
    if is_estimate(s):
        parts.append(Text("estimate_mark"))
    if is_hindsight(ctx.case, s):
        parts.append(Text("hindsight_mark"))
    return parts


# --- weighing per profile -------------------------------------------------------------------
def _weighing(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_weighing")), Paragraph((Text("weighing_lead"),))]
    rows: list[tuple[Inline, ...]] = []
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
        )
    )
    if len(ctx.profiles) > 1:
        out.append(
            Figure(
                "stakeholders",
                ctx.profiles[0],
                Text("fig_stakeholders"),
                Text(
                    "alt_stakeholders",
                    {"firsts": tuple(summary_first(case, ctx.evals[p]) for p in ctx.profiles)},
                ),
            )
        )
    globals_ = {p: _global_weights(case, ctx.evals[p]) for p in ctx.profiles}
    out.append(Heading(2, Text("h_weights")))
    out.append(Paragraph((Text("weights_lead_groups"),)))
    out.append(
        Table(
            (Text("col_group"), *(ctx.pname(p) for p in ctx.profiles)),
            tuple(
                (User(g.name), *(Num(globals_[p][g.id], "percent") for p in ctx.profiles))
                for g in case.criteria
            ),
            Text("cap_weights_groups"),
        )
    )
    items: list[tuple[Inline, ...]] = []
    for p in ctx.profiles:
        ev = ctx.evals[p]
        heavy = sorted(ev.leaf_ids, key=lambda leaf: -ev.weights[leaf])[:2]
        items.append(
            (
                Text(
                    "weighing_profile",
                    {
                        "profile": ctx.pname(p),
                        "heavy": tuple(
                            Text(
                                "name_share",
                                {
                                    "name": User(case.node_by_id[h].name),
                                    "share": Num(ev.weights[h], "percent"),
                                },
                            )
                            for h in heavy
                        ),
                    },
                ),
            )
        )
    out.append(Bullets(tuple(items)))
    main = ctx.profiles[0]
    ev = ctx.evals[main]
    out.append(
        Figure(
            "ranking",
            main,
            Text("fig_ranking", {"profile": ctx.pname(main)}),
            Text(
                "alt_ranking",
                {
                    "profile": ctx.pname(main),
                    "order": tuple(
                        Text(
                            "name_value",
                            {
                                "name": User(ev.option_names[i]),
                                "value": Num(float(ev.value_array[i]), "value"),
                            },
                        )
                        for i in ev.order
                    ),
                },
            ),
        )
    )
    for loser, by in ev.dominated_pairs:
        out.append(
            Paragraph(
                (Text("dominated", {"option": ctx.oname(loser), "by": ctx.oname(by)}),), "note"
            )
        )
    return out


# --- sensitivity and robustness -------------------------------------------------------------
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
    items: list[tuple[Inline, ...]] = []
    for p in ctx.profiles:
        leader = ctx.evals[p].ranking[0]
        always: list[Inline] = []
        limits: list[Inline] = []
        for g in case.criteria:
            name = User(g.name)
            try:
                s = sensitivity(case, g.id, p)
            except AnalysisError:  # the group weighs 100%: nothing can move
                always.append(name)
                continue
            lo, hi, _top = best_interval(s.best, s.current_weight, leader)
            if lo <= 1e-12 and hi >= 1 - 1e-12:
                always.append(name)
            else:
                limits.append(
                    Text(
                        "sens_limit",
                        {
                            "group": name,
                            "low": Num(lo, "percent"),
                            "high": Num(hi, "percent"),
                            "now": Num(s.current_weight, "percent"),
                        },
                    )
                )
        params: dict[str, Any] = {
            "profile": ctx.pname(p),
            "option": ctx.oname(leader),
            "always": tuple(always),
            "limits": tuple(limits),
        }
        code = "sens_profile" if always and limits else "sens_profile_limits"
        if not limits:
            code = "sens_profile_always"
        items.append((Text(code, params),))
    out.append(Bullets(tuple(items)))
    out += _robustness(ctx)
    return out


def _robustness(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(2, Text("h_acceptability"))]
    if not ctx.with_robustness:
        return [*out, Paragraph((Text("robustness_skipped"),), "note")]
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
    shares = {p: ctx.first_shares(p) for p in ctx.profiles}
    out.append(
        Table(
            (Text("col_option"), *(ctx.pname(p) for p in ctx.profiles)),
            tuple(
                (User(o.name), *(Num(shares[p].get(o.id, 0.0), "percent") for p in ctx.profiles))
                for o in case.options
            ),
            Text("cap_acceptability"),
        )
    )
    out.append(Heading(2, Text("h_stability")))
    dist = {p: stability_distances(case, p) for p in ctx.profiles}
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
        )
    )
    return out


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


# --- per team -------------------------------------------------------------------------------
def _uniformity(ctx: _Ctx, pid: str) -> Inline:
    """ "Per team: ... one form for all: X (v), each team its best (w): uniformity costs d"."""
    case = ctx.case
    result = portfolio(case, pid)
    bests = tuple(
        Text(
            "unit_best",
            {"unit": User(case.unit(u.unit).name), "option": ctx.oname(u.best)},
        )
        for u in result.units
    )
    one = result.portfolios[0]
    if one.assignment is None or one.value is None or result.best_value is None:
        return Text("sum_units_no_one", {"profile": ctx.pname(pid), "bests": bests})
    cost = result.uniformity_cost or 0.0
    return Text(
        "sum_units_free" if cost <= 1e-9 else "sum_units",
        {
            "profile": ctx.pname(pid),
            "bests": bests,
            "one": ctx.oname(one.options[0]),
            "one_value": Num(one.value, "value"),
            "best_value": Num(result.best_value, "value"),
            "cost": Num(result.uniformity_cost or 0.0, "value"),
        },
    )


def _units(ctx: _Ctx) -> list[Block]:
    """Per team: the best form of each unit and what one form for all costs (cases with units)."""
    case = ctx.case
    if not case.units:
        return []
    out: list[Block] = [
        Heading(1, Text("h_units")),
        Paragraph((Text("units_lead", {"n": Num(len(case.units), "int")}),)),
    ]
    for pid in ctx.profiles[:1]:
        result = portfolio(case, pid)
        one = result.portfolios[0]
        rows: list[tuple[Inline, ...]] = []
        for u, values in zip(case.units, result.units, strict=True):
            shared = (one.assignment or {}).get(u.id)
            rows.append(
                (
                    User(u.name),
                    Num(float(u.size), "raw"),
                    ctx.oname(values.best),
                    Num(values.values[values.best], "value"),
                    Num(values.values[shared], "value")
                    if shared is not None and shared in values.values
                    else Text("dash"),
                )
            )
        out.append(Paragraph((ctx.pname(pid),), "label"))
        out.append(
            Table(
                (
                    Text("col_unit"),
                    Text("col_size"),
                    Text("col_best_form"),
                    Text("col_value"),
                    Text(
                        "col_one_form",
                        {"option": ctx.oname(one.options[0]) if one.options else Text("dash")},
                    ),
                ),
                tuple(rows),
                Text("cap_units", {"profile": ctx.pname(pid)}),
            )
        )
        out.append(Paragraph((_uniformity(ctx, pid),)))
        steps = tuple(
            Text(
                "units_forms",
                {
                    "k": Num(p.forms, "int"),
                    "options": tuple(ctx.oname(o) for o in p.options),
                    "value": Num(p.value, "value"),
                },
            )
            for p in result.portfolios
            if p.value is not None
        )
        if len(steps) > 1:
            out.append(Bullets(tuple((step,) for step in steps)))
    if len(ctx.profiles) > 1:
        out.append(Paragraph((Text("units_other_profiles"),), "label"))
        out.append(Bullets(tuple((_uniformity(ctx, pid),) for pid in ctx.profiles[1:])))
    # one line per exclusion with the teams it holds for (the same reason is not repeated)
    grouped: dict[tuple[str, str], list[str]] = {}
    for u in case.units:
        for x in u.exclude:
            grouped.setdefault((x.option, x.reason), []).append(u.name)
    excluded = [
        (
            Text(
                "units_excluded",
                {"option": ctx.oname(option), "units": tuple(User(n) for n in names)},
            ),
            User(reason),
        )
        for (option, reason), names in grouped.items()
    ]
    if excluded:
        out.append(Paragraph((Text("h_units_excluded"),), "label"))
        out.append(Bullets(tuple(excluded)))
    if own_scores(case):  # the scores themselves, with onderbouwing and bron: in annex A
        out.append(Paragraph((Text("units_own_where"),)))
    return out


def _own_argument(ctx: _Ctx, s: Score) -> tuple[Inline, ...]:
    """ "Informatisering · Centrumregeling · Continuïteit (score +): onderbouwing [n]"."""
    case = ctx.case
    head = Text(
        "units_own_head",
        {
            "unit": User(case.unit(s.unit or "").name),
            "option": ctx.oname(s.option),
            "criterion": User(case.node_by_id[s.criterion].name),
            "score": _joined(_score_cell(case, s)),
        },
    )
    return (head, *_evidence(ctx, s))


# --- the closing note ---------------------------------------------------------------------------
def _epilogue(ctx: _Ctx) -> list[Block]:
    """ "Hoe het afliep": printed last, so that it does not anchor the weighing before it."""
    if not ctx.case.epilogue or not ctx.case.epilogue.strip():
        return []
    return [Heading(1, Text("h_epilogue")), *_paragraphs(ctx.case.epilogue)]


# --- Verantwoording -------------------------------------------------------------------------
def _accountability(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_accountability"))]
    out.append(Heading(2, Text("h_method")))
    for code in ("method_1", "method_2", "method_3", "method_4"):
        out.append(Paragraph((Text(code),)))
    out.append(Paragraph((Text("method_annex"),), "note"))
    out.append(Heading(2, Text("h_provenance")))
    items = [
        (Text("software_version", {"version": User(ctx.version or "?")}),),
        (Text("case_hash", {"hash": User(case_sha256(case))}),),
        (Text("report_profiles", {"profiles": tuple(ctx.pname(p) for p in ctx.profiles)}),),
    ]
    out.append(Bullets(tuple(items)))
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
                )
            )
        else:
            out.append(Paragraph((Text("snapshots_none"),), "note"))
    return out


def _details(ctx: _Ctx) -> list[Block]:
    """Annex C: the reference material of the method (criteria and scales, every criterion's
    weight per profile, the formulas and Saaty's table)."""
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_annex_details"))]
    tree = _tree(case)
    out.append(Heading(2, Text("h_criteria")))
    out.append(Paragraph((Text("criteria_lead"),)))
    tree = _tree(case)
    out.append(
        Table(
            (Text("col_criterion"), Text("col_scale")),
            tuple(
                (User(n.name), _scale_text(n.scale) if n.is_leaf else Text("dash"))
                for n, _d in tree
            ),
            Text("cap_criteria"),
            tuple(d for _, d in tree),
            frozenset(i for i, (n, _) in enumerate(tree) if not n.is_leaf),
        )
    )
    globals_ = {p: _global_weights(case, ctx.evals[p]) for p in ctx.profiles}
    out.append(Heading(2, Text("h_weights")))
    out.append(Paragraph((Text("weights_lead"),)))
    out.append(
        Table(
            (Text("col_criterion"), *(ctx.pname(p) for p in ctx.profiles)),
            tuple(
                (User(n.name), *(Num(globals_[p][n.id], "percent") for p in ctx.profiles))
                for n, _d in tree
            ),
            Text("cap_weights_overview"),
            tuple(d for _, d in tree),
            frozenset(i for i, (n, _) in enumerate(tree) if not n.is_leaf),
        )
    )
    out.append(Heading(2, Text("h_elicitation")))
    groups = ["root", *(n.id for n, _ in tree if not n.is_leaf)]
    items = []
    for p in ctx.profiles:
        profile = case.profile(p)
        resolved = resolve_profile(case, [x.id for x in case.profiles].index(p))
        items.append(
            (
                Text(
                    "elic_profile",
                    {
                        "profile": User(profile.name),
                        "how": tuple(
                            _elicitation_text(case, profile, g, resolved.consistency)
                            for g in groups
                        ),
                    },
                ),
            )
        )
    out.append(Bullets(tuple(items)))
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
        )
    )
    return out


# --- annexes --------------------------------------------------------------------------------
def _matrix(ctx: _Ctx) -> list[Block]:
    case = ctx.case
    out: list[Block] = [Heading(1, Text("h_annex_matrix")), Paragraph((Text("annex_lead"),))]
    letters = tuple(User(option_letter(i)) for i in range(len(case.options)))
    out.append(
        Bullets(
            tuple(
                (Text("option_letter", {"letter": letters[i], "name": User(o.name)}),)
                for i, o in enumerate(case.options)
            )
        )
    )
    rows: list[tuple[Inline, ...]] = []
    indent: list[int] = []
    strong: set[int] = set()
    for n, d in _tree(case):
        if n.is_leaf:
            rows.append(
                (
                    User(n.name),
                    *(_marked(ctx, case.score_by_pair[(o, n.id)]) for o in case.option_ids),
                )
            )
        else:
            strong.add(len(rows))
            rows.append((User(n.name), *(User("") for _ in case.options)))
        indent.append(d)
    out.append(
        Table(
            (Text("col_criterion"), *letters),
            tuple(rows),
            Text("cap_matrix"),
            tuple(indent),
            frozenset(strong),
        )
    )
    out.append(Paragraph((Text("matrix_note"),), "note"))
    for o in case.options:
        out.append(Heading(2, User(o.name)))
        # the scores with something to say; a score without rationale or source is in the
        # overview above already (a long case would otherwise fill pages with "none recorded")
        scores = [case.score_by_pair[(o.id, leaf)] for leaf in case.leaf_ids]
        said = [s for s in scores if s.rationale or s.source]
        if said:
            out.append(
                Table(
                    (Text("col_criterion"), Text("col_score"), Text("col_rationale")),
                    tuple(
                        (
                            User(case.node_by_id[s.criterion].name),
                            _marked(ctx, s),
                            _rationale(ctx, s),
                        )
                        for s in said
                    ),
                    Text("cap_annex", {"option": User(o.name)}),
                    widths=(2.4, 1.4, 6.2),
                )
            )
        if len(said) < len(scores):
            out.append(
                Paragraph(
                    (
                        Text(
                            "annex_unsaid",
                            {
                                "n": Num(len(scores) - len(said), "int"),
                                "criteria": tuple(
                                    User(case.node_by_id[s.criterion].name)
                                    for s in scores
                                    if not (s.rationale or s.source)
                                ),
                            },
                        ),
                    ),
                    "note",
                )
            )
    # the scores a team has of its own, with their onderbouwing and bron (else nowhere)
    own = own_scores(ctx.case)
    if own:
        out.append(Heading(2, Text("h_units_own")))
        out.append(Bullets(tuple(_own_argument(ctx, s) for s in own)))
    return out


def is_estimate(s: Score) -> bool:
    """A judgement rather than a sourced fact: marked so, or without a source."""
    return bool(s.estimate) or not s.source


def _marked(ctx: _Ctx, s: Score) -> Inline:
    """A score with its range; * marks an estimate, † evidence from hindsight."""
    cell = _stacked(_score_cell(ctx.case, s, short=True))
    if is_estimate(s):
        cell = Text("estimate_score", {"score": cell})
    if is_hindsight(ctx.case, s):
        cell = Text("hindsight_score", {"score": cell})
    return cell


def _rationale(ctx: _Ctx, s: Score) -> Inline:
    text: Inline = User(s.rationale) if s.rationale else Text("no_rationale")
    if s.source:
        text = Text("with_ref", {"text": text, "n": Num(ctx.sources[s.source], "int")})
    if is_estimate(s):
        text = Text("with_estimate", {"text": text})
    if is_hindsight(ctx.case, s):
        text = Text("with_hindsight", {"text": text, "date": User(s.source_date or "")})
    return text


def _sources(ctx: _Ctx) -> list[Block]:
    out: list[Block] = [Heading(1, Text("h_annex_sources")), Paragraph((Text("sources_lead"),))]
    if not ctx.sources:
        return [*out, Paragraph((Text("sources_none"),), "note")]
    out.append(
        Bullets(
            tuple(
                (Text("source_item", {"n": Num(n, "int"), "source": User(src)}),)
                for src, n in ctx.sources.items()
            )
        )
    )
    return out


# --- spreadsheet tables ---------------------------------------------------------------------
def build_sheets(case: Case, profile_ids: list[str] | tuple[str, ...] | None = None) -> list[Sheet]:
    """The case's own tables for a spreadsheet: options, criteria and scores.

    (The live sheets, weights, values and results as formulas, are made by the xlsx writer.)
    """
    profiles = _check_profiles(case, profile_ids)
    compiled = compile_case(case)
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
                    _parent_name(case, n.id),
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
    if case.units:
        sheets += _unit_sheets(case, profiles)
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


def _parent_name(case: Case, node: str) -> User | None:
    """The name of a criterion's group; empty for a top-level group (never "root")."""
    parent = case.parent_of[node]
    return None if parent == "root" else User(case.node_by_id[parent].name)


def _opt_user(text: str | None) -> User | None:
    return User(text) if text else None


def _raw(value: Any) -> Inline:
    return User(value) if isinstance(value, str) else Num(float(value), "raw")


def report_errors(exc: VormkeuzeError) -> list[str]:
    """Codes of a refusal (for tests and logs)."""
    return [i.code for i in exc.issues]
