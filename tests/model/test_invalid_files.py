"""One file per kind of invalid case: each is refused with its code at its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import CaseInvalid, FileProblem, VormkeuzeError, load_case_file

INVALID = Path(__file__).parent.parent / "data" / "invalid"

# file -> (expected error class, code, place) of the first problem reported
EXPECTED: dict[str, tuple[type[VormkeuzeError], str, str]] = {
    "unknown_top_key": (CaseInvalid, "unknown_key", "titel"),
    "wrong_format": (CaseInvalid, "not_a_case", "format"),
    "future_version": (CaseInvalid, "version_too_new", "version"),
    "missing_title": (CaseInvalid, "missing_field", "title"),
    "bad_option_id": (CaseInvalid, "bad_id", "options[0].id"),
    "duplicate_option_id": (CaseInvalid, "duplicate_id", "options[1].id"),
    "duplicate_criterion_id": (CaseInvalid, "duplicate_id", "criteria[1].children[0].id"),
    "group_and_leaf": (CaseInvalid, "group_and_leaf", "criteria[0]"),
    "leaf_without_scale": (CaseInvalid, "leaf_needs_scale", "criteria[0].children[1].scale"),
    "empty_children": (CaseInvalid, "leaf_needs_scale", "criteria[0].scale"),
    "unknown_scale_kind": (CaseInvalid, "invalid_choice", "criteria[0].children[1].scale.kind"),
    "one_level": (CaseInvalid, "levels_too_few", "criteria[0].children[0].scale.levels"),
    "duplicate_level": (
        CaseInvalid,
        "level_duplicate",
        "criteria[0].children[0].scale.levels[1].label",
    ),
    "level_over_100": (
        CaseInvalid,
        "value_not_0_100",
        "criteria[0].children[0].scale.levels[4].value",
    ),
    "worst_equals_best": (CaseInvalid, "worst_equals_best", "criteria[1].children[0].scale.best"),
    "numeric_no_range": (
        CaseInvalid,
        "numeric_needs_range",
        "criteria[1].children[0].scale.best",
    ),
    "points_not_increasing": (
        CaseInvalid,
        "points_not_increasing",
        "criteria[1].children[1].scale.points[2]",
    ),
    "score_unknown_option": (CaseInvalid, "unknown_option", "scores[0].option"),
    "score_on_group": (CaseInvalid, "score_on_group", "scores[0].criterion"),
    "duplicate_score": (CaseInvalid, "duplicate_score", "scores[1]"),
    "score_unknown_label": (CaseInvalid, "score_unknown_label", "scores[2].value"),
    "score_out_of_range": (CaseInvalid, "score_out_of_range", "scores[8].value"),
    "score_direct_over_100": (CaseInvalid, "score_out_of_range", "scores[3].value"),
    "score_text_on_numeric": (CaseInvalid, "score_needs_number", "scores[6].value"),
    "score_boolean": (CaseInvalid, "expected_number", "scores[3].value"),
    "low_above_value": (CaseInvalid, "value_outside_range", "scores[1].value"),
    "no_profiles": (CaseInvalid, "no_profiles", "profiles"),
    "negative_weight": (CaseInvalid, "weight_negative", "profiles[0].weights.geld"),
    "partial_weights": (CaseInvalid, "weights_missing", "profiles[0].weights"),
    "all_zero_weights": (CaseInvalid, "weights_all_zero", "profiles[0].weights"),
    "weight_unknown_criterion": (
        CaseInvalid,
        "weight_unknown_criterion",
        "profiles[0].weights.bestur",
    ),
    "weight_and_elicitation": (
        CaseInvalid,
        "weight_and_elicitation",
        "profiles[0].weights.transitie",
    ),
    "rank_order_incomplete": (
        CaseInvalid,
        "elicitation_order",
        "profiles[0].elicitation[0].order",
    ),
    "ahp_not_reciprocal": (
        CaseInvalid,
        "ahp_not_reciprocal",
        "profiles[1].elicitation[0].matrix[0][1]",
    ),
    "ahp_negative": (CaseInvalid, "ahp_not_positive", "profiles[1].elicitation[0].matrix[0][1]"),
    "ahp_wrong_shape": (CaseInvalid, "ahp_matrix_shape", "profiles[1].elicitation[0].matrix"),
    "weight_as_text": (CaseInvalid, "expected_number", "profiles[0].weights.geld"),
    "not_json": (FileProblem, "not_json", ""),
    "empty": (FileProblem, "file_empty", ""),
    "binary": (FileProblem, "not_utf8", ""),
    "nan_number": (FileProblem, "not_json_number", ""),
    "duplicate_key": (FileProblem, "duplicate_key", ""),
    "array_top": (CaseInvalid, "not_a_case", "(top level)"),
    "reserved_root_id": (CaseInvalid, "reserved_id", "criteria[0].id"),
    "scale_span_too_large": (
        CaseInvalid,
        "scale_span_too_large",
        "criteria[1].children[0].scale.best",
    ),
    "version_as_text": (CaseInvalid, "bad_version", "version"),
    "huge_integer": (CaseInvalid, "number_not_finite", "scores[3].value"),
    "too_many_digits": (FileProblem, "number_too_long", ""),
    "lone_surrogate": (FileProblem, "bad_text", "options[1].name"),
    "deep_nesting": (FileProblem, "too_deep", ""),
}


def test_every_file_has_an_expectation() -> None:
    on_disk = {p.stem for p in INVALID.glob("*.json")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_is_refused_at_its_place(name: str) -> None:
    cls, code, place = EXPECTED[name]
    path = INVALID / f"{name}.json"
    with pytest.raises(cls) as info:
        load_case_file(path)
    first = info.value.issues[0]
    assert first.code == code
    assert first.place == (place or str(path))
    assert first.severity == "error"
