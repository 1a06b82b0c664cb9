"""Value functions: map a score on a leaf's scale to 0..100 (higher is better)."""

from __future__ import annotations

import numpy as np

from model.case import Scale


class ScaleError(ValueError):
    """A score value does not fit its scale; ``code`` and ``params`` say how."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def scale_range(scale: Scale) -> tuple[float, float] | None:
    """The allowed raw range of a numeric or direct scale (``None`` for qualitative)."""
    if scale.kind == "direct":
        return (0.0, 100.0)
    if scale.kind == "numeric":
        if scale.points:
            return (float(scale.points[0][0]), float(scale.points[-1][0]))
        if scale.worst is not None and scale.best is not None:
            return (float(min(scale.worst, scale.best)), float(max(scale.worst, scale.best)))
    return None


def map_value(scale: Scale, raw: int | float | str) -> float:
    """Map a raw score to 0..100, or raise :class:`ScaleError`."""
    if scale.kind == "qualitative":
        if not isinstance(raw, str):
            raise ScaleError("score_needs_label", labels=[lv.label for lv in scale.levels or ()])
        for lv in scale.levels or ():
            if lv.label == raw:
                return float(lv.value)
        raise ScaleError(
            "score_unknown_label", value=raw, labels=[lv.label for lv in scale.levels or ()]
        )
    if isinstance(raw, str):
        raise ScaleError("score_needs_number", value=raw)
    x = float(raw)
    lo, hi = scale_range(scale) or (0.0, 100.0)
    if not lo <= x <= hi:
        raise ScaleError("score_out_of_range", value=raw, low=lo, high=hi)
    if scale.kind == "direct":
        return x
    if scale.points:
        xs = np.array([p[0] for p in scale.points], dtype=float)
        vs = np.array([p[1] for p in scale.points], dtype=float)
        return float(np.interp(x, xs, vs))
    assert scale.worst is not None and scale.best is not None
    return 100.0 * (x - scale.worst) / (scale.best - scale.worst)
