"""Regenerate tests/data/invalid/*.json: one file per kind of invalid case.

Each file is the spec's worked example with one mutation; EXPECTED (in test_invalid_files.py)
names the code and place every file must be refused with.  Run from the project root:
``python tests/data/make_invalid.py``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
EXAMPLE = HERE / "example-case.json"


def crit(d: dict[str, Any], group: int, leaf: int) -> dict[str, Any]:
    return d["criteria"][group]["children"][leaf]  # type: ignore[no-any-return]


MUTATIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "unknown_top_key": lambda d: d.update(titel="typo"),
    "wrong_format": lambda d: d.update(format="something/else"),
    "future_version": lambda d: d.update(version=2),
    "missing_title": lambda d: d.pop("title"),
    "bad_option_id": lambda d: d["options"][0].update(id="Overeenkomst!"),
    "duplicate_option_id": lambda d: d["options"][1].update(id="overeenkomst"),
    "duplicate_criterion_id": lambda d: crit(d, 1, 0).update(id="ontvlechting"),
    "group_and_leaf": lambda d: d["criteria"][0].update(scale={"kind": "direct"}),
    "leaf_without_scale": lambda d: crit(d, 0, 1).pop("scale"),
    "empty_children": lambda d: d["criteria"][0].update(children=[]),
    "unknown_scale_kind": lambda d: crit(d, 0, 1).update(scale={"kind": "ordinal"}),
    "one_level": lambda d: crit(d, 0, 0)["scale"].update(levels=[{"label": "x", "value": 0}]),
    "duplicate_level": lambda d: crit(d, 0, 0)["scale"]["levels"][1].update(label="--"),
    "level_over_100": lambda d: crit(d, 0, 0)["scale"]["levels"][4].update(value=120),
    "worst_equals_best": lambda d: crit(d, 1, 0)["scale"].update(worst=0),
    "numeric_no_range": lambda d: crit(d, 1, 0)["scale"].pop("best"),
    "points_not_increasing": lambda d: crit(d, 1, 1)["scale"].update(
        points=[[0, 0], [60, 40], [50, 100]]
    ),
    "score_unknown_option": lambda d: d["scores"][0].update(option="fusie"),
    "score_on_group": lambda d: d["scores"][0].update(criterion="sturing"),
    "duplicate_score": lambda d: d["scores"][1].update(option="overeenkomst"),
    "score_unknown_label": lambda d: d["scores"][2].update(value="+++"),
    "score_out_of_range": lambda d: d["scores"][8].update(value=1200, high=1300),
    "score_direct_over_100": lambda d: d["scores"][3].update(value=101),
    "score_text_on_numeric": lambda d: d["scores"][6].update(value="nul"),
    "score_boolean": lambda d: d["scores"][3].update(value=True),
    "low_above_value": lambda d: d["scores"][1].update(low="+"),
    "no_profiles": lambda d: d.update(profiles=[]),
    "negative_weight": lambda d: d["profiles"][0]["weights"].update(geld=-5),
    "partial_weights": lambda d: d["profiles"][0]["weights"].pop("transparantie"),
    "all_zero_weights": lambda d: d["profiles"][0]["weights"].update(sturing=0, geld=0),
    "weight_unknown_criterion": lambda d: d["profiles"][0]["weights"].update(bestur=10),
    "weight_and_elicitation": lambda d: d["profiles"][0]["weights"].update(btw=1, transitie=1),
    "rank_order_incomplete": lambda d: d["profiles"][0]["elicitation"][0].update(order=["btw"]),
    "ahp_not_reciprocal": lambda d: d["profiles"][1]["elicitation"][0].update(
        matrix=[[1, 0.5], [3, 1]]
    ),
    "ahp_negative": lambda d: d["profiles"][1]["elicitation"][0].update(
        matrix=[[1, -2], [-0.5, 1]]
    ),
    "ahp_wrong_shape": lambda d: d["profiles"][1]["elicitation"][0].update(matrix=[[1, 2]]),
    "weight_as_text": lambda d: d["profiles"][0]["weights"].update(geld="40"),
    "reserved_root_id": lambda d: d["criteria"][0].update(id="root"),
    "scale_span_too_large": lambda d: crit(d, 1, 0)["scale"].update(worst=1e308, best=-1e308),
    "version_as_text": lambda d: d.update(version="1"),
}


def main() -> None:
    base = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    out = HERE / "invalid"
    out.mkdir(exist_ok=True)
    for name, mutate in MUTATIONS.items():
        d = copy.deepcopy(base)
        mutate(d)
        (out / f"{name}.json").write_text(
            json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    # not JSON / not a case at all
    (out / "not_json.json").write_text('{"format": "vormkeuze/case",', encoding="utf-8")
    (out / "empty.json").write_text("", encoding="utf-8")
    (out / "binary.json").write_bytes(bytes(range(256)) * 4)
    (out / "nan_number.json").write_text(
        EXAMPLE.read_text(encoding="utf-8").replace('"value": 30}', '"value": NaN}', 1),
        encoding="utf-8",
    )
    (out / "duplicate_key.json").write_text(
        '{"format": "vormkeuze/case", "version": 1, "version": 1, "title": "x"}',
        encoding="utf-8",
    )
    (out / "array_top.json").write_text("[1, 2, 3]\n", encoding="utf-8")
    text = EXAMPLE.read_text(encoding="utf-8")
    (out / "huge_integer.json").write_text(
        text.replace('"value": 30}', '"value": ' + "9" * 400 + "}", 1), encoding="utf-8"
    )
    (out / "too_many_digits.json").write_text(
        text.replace('"value": 30}', '"value": ' + "9" * 5000 + "}", 1), encoding="utf-8"
    )
    (out / "lone_surrogate.json").write_text(
        text.replace('"Centrumregeling"', '"Centrum\\ud800"', 1), encoding="utf-8"
    )
    (out / "deep_nesting.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")


if __name__ == "__main__":
    main()
