"""SMAA-2: rank acceptability, central weights and confidence factors (Lahdelma & Salminen 2001).

Weights are drawn as arrays, never one sample at a time in Python:

- ``uniform``: uniform over the whole simplex of leaf weights: i.i.d. exponentials, normalised
  (a Dirichlet(1, .., 1) draw; exact);
- ``spread``: each leaf's global profile weight w drawn uniformly in [w(1-S), w(1+S)], the vector
  renormalised;
- ``between-profiles``: Dirichlet(1, .., 1) convex combinations of all profiles' global weights.

Scores with a range (``low``/``high``) are drawn uniformly between their mapped bounds in every
sample.  Ranking an option does not need a sort: its rank is 1 + the number of options strictly
better.  Values are computed in float32 for speed; a sample in which two options come within
float32 rounding of each other is recomputed in float64 and ranked with the ``1e-9`` tie
tolerance of :mod:`model.analysis`; tied options split the share of the tied ranks equally.

Confidence factor of an option: the share of a separate draw of score samples (same count) in
which it ranks first with the weights fixed at its central weight vector.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from model.analysis import TIE, compile_case, profile_weights
from model.case import Case
from model.errors import AnalysisError, issue

Mode = Literal["uniform", "spread", "between-profiles"]
MODES: tuple[str, ...] = ("uniform", "spread", "between-profiles")

#: samples per chunk: small enough for the cache, large enough to amortise the numpy calls
CHUNK = 8192
#: memory one block of samples may take (the arrays of one block; the total stays a small
#: multiple of this whatever the number of samples, options or uncertain scores)
BLOCK_BYTES = 24 << 20
#: the most samples one run takes (10^7 uniform samples of a 30 x 120 case take minutes;
#: the estimates stop improving long before: the standard error at 10^6 is below 0.05%)
MAX_SAMPLES = 10_000_000
#: float32 candidates for a tie (relative to the weight sum; well above float32 rounding)
_NEAR = 1e-3


@dataclass(frozen=True, eq=False)
class Robustness:
    """The result of one SMAA-2 run."""

    samples: int
    mode: str
    spread: float | None
    option_ids: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    #: options x ranks: share of samples in which the option has that rank (row = option)
    rank_acceptability: np.ndarray
    #: mean weight vector (aligned with ``leaf_ids``) of the samples where the option is first
    central_weights: dict[str, np.ndarray]
    confidence: dict[str, float]
    unit: str | None = None

    @property
    def first_rank(self) -> dict[str, float]:
        """Share of samples in which each option ranks first."""
        col = self.rank_acceptability[:, 0]
        return {o: float(col[i]) for i, o in enumerate(self.option_ids)}

    def to_json(self) -> dict[str, Any]:
        """The ``robustness --format json`` object of ``shared/spec/cli.md``."""
        out: dict[str, Any] = {} if self.unit is None else {"unit": self.unit}
        return out | {
            "samples": self.samples,
            "rank_acceptability": {
                o: [float(x) for x in self.rank_acceptability[i]]
                for i, o in enumerate(self.option_ids)
            },
            "central_weights": {
                o: dict(zip(self.leaf_ids, (float(x) for x in w), strict=True))
                for o, w in self.central_weights.items()
            },
            "confidence": {o: float(self.confidence[o]) for o in self.option_ids},
        }


def robustness(
    case: Case,
    profile_id: str | None = None,
    *,
    mode: str = "uniform",
    spread: float | None = None,
    samples: int = 10000,
    seed: int | None = None,
    unit: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Robustness:
    """Run SMAA-2 on ``case``; see the module docstring for the three weight modes.

    Memory is bounded: samples are drawn in chunks and worked in blocks of
    :data:`BLOCK_BYTES`, whatever the number of samples.  ``progress(done, total)`` is called
    after each chunk (in units of samples; the confidence factors count as a second pass when
    scores have ranges); an exception raised by it (e.g. a Cancel) stops the run.
    """
    if mode not in MODES:
        raise AnalysisError([issue("robustness_bad_mode", "mode", mode=mode, expected=MODES)])
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 1:
        raise AnalysisError([issue("robustness_bad_samples", "--samples", value=samples)])
    if samples > MAX_SAMPLES:
        raise AnalysisError(
            [issue("robustness_too_many_samples", "--samples", value=samples, limit=MAX_SAMPLES)]
        )
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise AnalysisError([issue("robustness_bad_seed", "--seed", value=seed)])
    if mode == "spread" and (spread is None or not 0.0 < spread <= 1.0):
        raise AnalysisError([issue("robustness_bad_spread", "--spread", value=spread)])
    compiled = compile_case(case, unit)
    chosen = profile_weights(case, profile_id).leaf_weights if profile_id is not None else None
    n_leaf = len(compiled.leaf_ids)
    if mode == "between-profiles":
        basis = np.array([profile_weights(case, p.id).leaf_weights for p in case.profiles])
    elif mode == "spread":
        w = chosen if chosen is not None else profile_weights(case, None).leaf_weights
        basis = np.asarray(w, dtype=float)[None, :]  # one row: the sample is w * factor
    else:
        basis = np.eye(n_leaf)
    sampler = _Sampler(compiled.values, compiled.low, compiled.high, basis, mode, spread)
    sampler.progress = progress
    sampler.units_total = samples * (2 if len(sampler.cell_leaf) else 1)
    seq = np.random.SeedSequence(seed)
    weight_seed, score_seed = seq.spawn(2)
    acc, central_sum = sampler.run(np.random.default_rng(weight_seed), samples)
    acceptability = acc / samples
    ids = compiled.option_ids
    central: dict[str, np.ndarray] = {}
    for i, o in enumerate(ids):
        if acc[i, 0] > 0:
            c = central_sum[i] / acc[i, 0]
            central[o] = c / c.sum()
    confidence = sampler.confidence(np.random.default_rng(score_seed), samples, central, ids)
    return Robustness(
        samples=samples,
        mode=mode,
        spread=spread if mode == "spread" else None,
        option_ids=ids,
        leaf_ids=compiled.leaf_ids,
        rank_acceptability=acceptability,
        central_weights=central,
        confidence=confidence,
        unit=unit,
    )


class _Sampler:
    """Draws weight and score samples in chunks and accumulates rank counts."""

    def __init__(
        self,
        values: np.ndarray,
        low: np.ndarray,
        high: np.ndarray,
        basis: np.ndarray,
        mode: str,
        spread: float | None,
    ) -> None:
        self.values = np.asarray(values, dtype=float)
        self.n = self.values.shape[0]
        self.basis = basis  # sample coordinates (rows) -> leaf weights
        self.identity = mode == "uniform"
        self.mode = mode
        self.spread = float(spread or 0.0)
        rows, cols = np.nonzero(low != high)
        self.cell_option = rows
        self.cell_leaf = cols
        self.cell_low = low[rows, cols]
        self.cell_width = high[rows, cols] - low[rows, cols]
        self.cell_base = self.values[rows, cols]
        k = len(rows)
        self.cell_to_option = np.zeros((k, self.n))
        self.cell_to_option[np.arange(k), rows] = 1.0
        # values of the options per unit of each sample coordinate, plus a row of ones that
        # yields the weight sum of every sample in the same matmul
        per_coord = self.values @ basis.T  # options x coordinates
        aug = np.vstack([per_coord, np.ones((1, basis.shape[0]))])
        self.aug32 = aug.astype(np.float32)
        self.basis_cells32 = basis[:, cols].astype(np.float32)  # coordinates -> uncertain cells
        self.to_option32 = self.cell_to_option.astype(np.float32)
        self.progress: Callable[[int, int], None] | None = None
        self.units_total = 0
        self.units_done = 0

    def _tick(self, m: int) -> None:
        self.units_done += m
        if self.progress is not None:
            self.progress(min(self.units_done, self.units_total), self.units_total)

    # -- drawing --------------------------------------------------------------------------
    def _coords(self, rng: np.random.Generator, m: int) -> np.ndarray:
        """Sample coordinates (m x coordinates), float32, not normalised, non-negative."""
        if self.mode == "spread":
            n_leaf = self.basis.shape[1]
            u = rng.random((m, n_leaf), dtype=np.float32)
            z = u * np.float32(2 * self.spread)
            z += np.float32(1 - self.spread)
            # a spread sample lives in leaf space: fold the profile weights into the basis
            return z
        u = rng.random((m, self.basis.shape[0]), dtype=np.float32)
        np.subtract(np.float32(1), u, out=u)  # (0, 1]: no log(0)
        np.log(u, out=u)
        np.negative(u, out=u)
        return u

    # -- SMAA -------------------------------------------------------------------------------
    def run(self, rng: np.random.Generator, samples: int) -> tuple[np.ndarray, np.ndarray]:
        n = self.n
        spread_mode = self.mode == "spread"
        aug32 = self.aug32
        if spread_mode:  # coordinates are factors per leaf: values per factor = values * w
            w = self.basis[0]
            aug32 = np.vstack([self.values * w[None, :], w[None, :]]).astype(np.float32)
            cells32 = np.zeros((len(w), len(self.cell_leaf)), dtype=np.float32)
            cells32[self.cell_leaf, np.arange(len(self.cell_leaf))] = w[self.cell_leaf]
            dim = len(w)
        else:
            cells32 = self.basis_cells32
            dim = self.basis.shape[0]
        acc = np.zeros((n, n))
        central = np.zeros((n, dim))
        full = n * (n - 1) // 2
        offsets = (np.arange(n) * (n + 1))[:, None]
        n_cells = len(self.cell_leaf)
        block = self._block_rows(4 * 6 * n_cells + n * n + 16 * n + 8 * dim)
        done = 0
        while done < samples:
            m = min(CHUNK, samples - done)
            z_all = self._coords(rng, m)
            # the chunk's score draws come block by block: the same stream as one (m x cells)
            # draw, so a seed gives the same samples whatever the block size
            for lo in range(0, m, block):
                z = z_all[lo : lo + block]
                b = len(z)
                v = aug32 @ z.T  # (n + 1) x b; last row = weight sum
                deltas = None
                if n_cells:
                    u = rng.random((b, n_cells), dtype=np.float32)
                    deltas = (self.cell_low + u * self.cell_width - self.cell_base).astype(
                        np.float32
                    )
                    del u
                    v[:n] += self.to_option32.T @ ((z @ cells32) * deltas).T
                total = v[n]
                thresh = v[:n] + total * np.float32(_NEAR)
                better = (v[None, :n, :] > thresh[:, None, :]).sum(axis=1, dtype=np.int32)
                near = better.sum(axis=0, dtype=np.int64) < full
                if near.any():
                    better[:, near] = n  # counted by the exact path below
                counts = np.bincount((better + offsets).ravel(), minlength=n * (n + 1))
                acc += counts.reshape(n, n + 1)[:, :n]
                if near.any():
                    total = np.where(near, np.float32(1), total)
                first = (better == 0).astype(np.float32)
                first /= total
                central += first @ z
                if near.any():
                    self._exact(z[near], None if deltas is None else deltas[near], acc, central)
            done += m
            self._tick(m)
        central = central * self.basis[0][None, :] if spread_mode else central @ self.basis
        return acc, central

    @staticmethod
    def _block_rows(bytes_per_sample: int) -> int:
        """Samples per block so that one block's arrays stay within :data:`BLOCK_BYTES`."""
        return int(max(16, min(CHUNK, BLOCK_BYTES // max(bytes_per_sample, 1))))

    def _values64(self, weights: np.ndarray, deltas: np.ndarray | None) -> np.ndarray:
        """Exact values (samples x options) for normalised leaf weights."""
        v = weights @ self.values.T
        if deltas is not None and len(self.cell_leaf):
            v += (weights[:, self.cell_leaf] * deltas) @ self.cell_to_option
        out: np.ndarray = v
        return out

    def _weight_sum(self, z: np.ndarray) -> np.ndarray:
        if self.mode == "spread":
            out: np.ndarray = z @ self.basis[0]
        else:
            out = z.sum(axis=1)
        return out

    def _leaf_weights(self, z: np.ndarray, s: np.ndarray) -> np.ndarray:
        """Normalised leaf weights (float64) of sample coordinates with weight sums ``s``."""
        if self.mode == "spread":
            w = z * self.basis[0][None, :]
        elif self.identity:
            w = z
        else:
            w = z @ self.basis
        out: np.ndarray = w / s[:, None]
        return out

    def _exact(
        self,
        z: np.ndarray,
        deltas: np.ndarray | None,
        acc: np.ndarray,
        central: np.ndarray,
    ) -> None:
        n = self.n
        z = z.astype(float)
        s = self._weight_sum(z)
        z[s <= 0] = 1.0  # every weight 0 (probability ~2^-24 per leaf): take the centre
        s = self._weight_sum(z)
        weights = self._leaf_weights(z, s)
        d64 = None if deltas is None else deltas.astype(float)
        v = self._values64(weights, d64)
        start, size = tie_groups(v)
        share = 1.0 / size
        opt = np.broadcast_to(np.arange(n), v.shape)
        diff = np.bincount(
            (opt * (n + 1) + start).ravel(), weights=share.ravel(), minlength=n * (n + 1)
        ) - np.bincount(
            (opt * (n + 1) + start + size).ravel(), weights=share.ravel(), minlength=n * (n + 1)
        )
        acc += np.cumsum(diff.reshape(n, n + 1), axis=1)[:, :n]
        first = np.where(start == 0, share, 0.0)  # samples x options
        # central sums are kept in sample coordinates divided by the weight sum
        central += first.T @ (z / s[:, None])

    # -- confidence factors -------------------------------------------------------------------
    def confidence(
        self,
        rng: np.random.Generator,
        samples: int,
        central: dict[str, np.ndarray],
        ids: tuple[str, ...],
    ) -> dict[str, float]:
        out = dict.fromkeys(ids, 0.0)
        if not central:
            return out
        index = [ids.index(o) for o in central]
        weights = np.array([central[o] for o in central])  # c x leaves
        if len(self.cell_leaf) == 0:
            samples_used = 1
            chunks = [1]
        else:
            samples_used = samples
            chunks = [min(CHUNK, samples - k) for k in range(0, samples, CHUNK)]
        totals = np.zeros(len(index))
        base = weights @ self.values.T  # central options x options
        n_cells = len(self.cell_leaf)
        # cells are grouped by option (np.nonzero order): a value is its option's cells summed
        owners, starts = np.unique(self.cell_option, return_index=True)
        block = self._block_rows(8 * 3 * n_cells + 24 * self.n)
        for m in chunks:
            for lo in range(0, m, block):
                b = min(block, m - lo)
                if n_cells:
                    u = rng.random((b, n_cells))  # the same stream as one (m x cells) draw
                    deltas = self.cell_low + u * self.cell_width - self.cell_base
                    del u
                for k, c in enumerate(index):
                    v = np.repeat(base[k][None, :], b, axis=0)
                    if n_cells:
                        spread = deltas * weights[k, self.cell_leaf]
                        v[:, owners] += np.add.reduceat(spread, starts, axis=1)
                    top = v.max(axis=1, keepdims=True)
                    at_top = v >= top - TIE
                    mine = at_top[:, c]
                    totals[k] += np.where(mine, 1.0 / at_top.sum(axis=1), 0.0).sum()
            if n_cells:
                self._tick(m)
        for k, o in enumerate(central):
            out[o] = float(totals[k] / samples_used)
        return out


def tie_groups(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For every sample (row) and option: the 0-based first rank of its tie group and its size.

    Options are sorted best first; a new group starts where the next value is more than
    ``TIE`` lower, so the groups of one sample cover ranks 0..n-1 exactly once.
    """
    v = np.asarray(values, dtype=float)
    m, n = v.shape
    order = np.argsort(-v, axis=1, kind="stable")
    sv = np.take_along_axis(v, order, axis=1)
    starts = np.ones((m, n), dtype=bool)
    starts[:, 1:] = (sv[:, :-1] - sv[:, 1:]) > TIE
    pos = np.broadcast_to(np.arange(n), (m, n))
    group_start = np.maximum.accumulate(np.where(starts, pos, 0), axis=1)
    ends = np.ones((m, n), dtype=bool)  # last position of each group
    ends[:, :-1] = starts[:, 1:]
    reversed_end = np.minimum.accumulate(np.where(ends, pos, n)[:, ::-1], axis=1)
    size_sorted = reversed_end[:, ::-1] - group_start + 1
    start = np.empty((m, n), dtype=np.int64)
    size = np.empty((m, n), dtype=np.int64)
    np.put_along_axis(start, order, group_start, axis=1)
    np.put_along_axis(size, order, size_sorted, axis=1)
    return start, size
