"""Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0).

``python -m tests.tools.cvd IMAGE.png ...`` writes ``IMAGE.deuteranopia.png`` and
``IMAGE.protanopia.png`` beside each picture, to look at; :func:`simulate_colors` and
:func:`delta_e` let tests check a palette stays distinguishable.  Pure numpy; images are read
and written with Qt's QImage (no extra dependency).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

#: Machado et al. (2009), Table 1, severity 1.0; applied to linear RGB.
MACHADO: dict[str, np.ndarray] = {
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}


def to_linear(srgb: np.ndarray) -> np.ndarray:
    s = np.asarray(srgb, dtype=float)
    return np.where(s <= 0.04045, s / 12.92, ((s + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    lin = np.clip(linear, 0.0, 1.0)
    return np.where(lin <= 0.0031308, 12.92 * lin, 1.055 * lin ** (1 / 2.4) - 0.055)


def simulate(rgb: np.ndarray, kind: str) -> np.ndarray:
    """sRGB values in 0..1 (any shape ending in 3) as seen with ``kind`` (or ``normal``)."""
    if kind == "normal":
        return np.asarray(rgb, dtype=float)
    lin = to_linear(rgb)
    return to_srgb(lin @ MACHADO[kind].T)


def hex_to_rgb(colors: Sequence[str]) -> np.ndarray:
    return np.array([[int(c[i : i + 2], 16) / 255.0 for i in (1, 3, 5)] for c in colors])


def to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB 0..1 -> CIE L*a*b* (D65)."""
    lin = to_linear(rgb)
    m = np.array(
        [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
         [0.0193339, 0.1191920, 0.9503041]]
    )  # fmt: skip
    xyz = lin @ m.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack(
        [116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])],
        axis=-1,
    )


def simulate_colors(colors: Sequence[str], kind: str) -> np.ndarray:
    """Lab values of ``#RRGGBB`` colours as seen with ``kind``."""
    return to_lab(simulate(hex_to_rgb(colors), kind))


def delta_e(colors: Sequence[str], kind: str = "normal") -> float:
    """The smallest CIE76 distance between any two of ``colors`` as seen with ``kind``."""
    lab = simulate_colors(colors, kind)
    best = float("inf")
    for i in range(len(lab)):
        for j in range(i + 1, len(lab)):
            best = min(best, float(np.linalg.norm(lab[i] - lab[j])))
    return best


def simulate_file(path: Path, kinds: Sequence[str] = ("deuteranopia", "protanopia")) -> list[Path]:
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    stride = image.bytesPerLine()
    raw = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)  # type: ignore[call-overload]
    pixels = raw.reshape(h, stride)[:, : w * 3].reshape(h, w, 3) / 255.0
    out = []
    for kind in kinds:
        seen = np.ascontiguousarray((simulate(pixels, kind) * 255 + 0.5).astype(np.uint8))
        result = QImage(seen.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        target = path.with_suffix(f".{kind}.png")
        result.save(str(target))
        out.append(target)
    return out


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for name in argv:
        for written in simulate_file(Path(name)):
            print(written)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
