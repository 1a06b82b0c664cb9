"""The snapshot comparison in the names users know: no ids, no field keys, numbers localised."""

from __future__ import annotations

from dataclasses import dataclass

from gui.i18n import translate
from model.case import Case
from words.history import value_words


@dataclass(frozen=True)
class DiffNames:
    options: dict[str, str]
    nodes: dict[str, str]
    profiles: dict[str, str]

    def thing(self, kind: str, ident: str) -> str:
        """The name of the changed thing (a score is "Optie · Criterium")."""
        if kind == "option":
            return self.options.get(ident, ident) if ident else translate("DiffWords", "(all)")
        if kind == "criterion":
            return self.nodes.get(ident, ident) if ident else translate("DiffWords", "(top level)")
        if kind == "score":
            o, _, c = ident.partition("/")
            return f"{self.options.get(o, o)} · {self.nodes.get(c, c)}"
        if kind in ("profile", "weight"):
            return self.profiles.get(ident, ident) if ident else translate("DiffWords", "(all)")
        return ident

    def field(self, kind: str, field: str | None) -> str:
        if field is None:
            return ""
        if kind == "weight":
            return self.nodes.get(field, field)
        words = {
            "value": translate("DiffWords", "score"),
            "low": translate("DiffWords", "range from"),
            "high": translate("DiffWords", "range to"),
            "rationale": translate("DiffWords", "rationale"),
            "source": translate("DiffWords", "source"),
            "name": translate("DiffWords", "name"),
            "description": translate("DiffWords", "description"),
            "title": translate("DiffWords", "title"),
            "language": translate("DiffWords", "language"),
            "scale": translate("DiffWords", "scale"),
            "parent": translate("DiffWords", "group"),
            "order": translate("DiffWords", "order"),
            "color": translate("DiffWords", "colour"),
            "legal_basis": translate("DiffWords", "legal basis"),
            "elicitation": translate("DiffWords", "elicitation"),
        }
        return words.get(field, field)

    def value(self, kind: str, field: str | None, value: object) -> str:
        """A before/after value: ids in an order or a parent become names."""
        lookup = {"option": self.options, "criterion": self.nodes, "profile": self.profiles}
        names = lookup.get(kind, {})
        if field == "order" and isinstance(value, list):
            return value_words([names.get(v, v) for v in value], limit=120)
        if field == "parent" and isinstance(value, str):
            return self.nodes.get(value, translate("DiffWords", "(top level)"))
        if kind == "score" and field is None and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k not in ("option", "criterion")}
            return value_words(value.get("value"))
        return value_words(value)


def diff_names(after: Case, before: Case | None = None) -> DiffNames:
    """Names from both cases (a removed option keeps the name it had)."""
    cases = [c for c in (before, after) if c is not None]
    options: dict[str, str] = {}
    nodes: dict[str, str] = {}
    profiles: dict[str, str] = {}
    for c in cases:  # the later case wins: a renamed thing shows its current name
        options.update({o.id: o.name for o in c.options})
        nodes.update({n.id: n.name for n in c.nodes()})
        profiles.update({p.id: p.name for p in c.profiles})
    return DiffNames(options, nodes, profiles)
