"""Vormkeuze's domain: the case, its validation and its analysis (no Qt here).

Public API (see docs/api.md)::

    case, warnings = load_case_file("case.json")
    result = evaluate(case, "raad-heemstede")
    sens = sensitivity(case, "financien", "raad-heemstede")
"""

from model.analysis import (
    Compiled,
    Evaluation,
    Sensitivity,
    competition_ranks,
    compile_case,
    dominance,
    evaluate,
    profile_weights,
    sensitivity,
)
from model.case import Case, Criterion, Elicitation, Level, Option, Profile, Scale, Score
from model.errors import AnalysisError, CaseInvalid, FileProblem, Issue, VormkeuzeError
from model.io import (
    dump_case,
    dumps_case,
    load_case_data,
    load_case_file,
    parse_case,
    write_case_file,
)
from model.scales import map_value
from model.validation import check_case, missing_pairs
from model.weights import ahp, resolve_profile, roc

__all__ = [
    "AnalysisError",
    "Case",
    "CaseInvalid",
    "Compiled",
    "Criterion",
    "Elicitation",
    "Evaluation",
    "FileProblem",
    "Issue",
    "Level",
    "Option",
    "Profile",
    "Scale",
    "Score",
    "Sensitivity",
    "VormkeuzeError",
    "ahp",
    "check_case",
    "competition_ranks",
    "compile_case",
    "dominance",
    "dump_case",
    "dumps_case",
    "evaluate",
    "load_case_data",
    "load_case_file",
    "map_value",
    "missing_pairs",
    "parse_case",
    "profile_weights",
    "resolve_profile",
    "roc",
    "sensitivity",
    "write_case_file",
]
