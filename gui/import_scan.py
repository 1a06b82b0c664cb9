"""PySide6's look at every imported module, done with one read of the file.

Once PySide6 is imported, it replaces ``__import__`` and asks of every module imported after
it whether its source mentions "PySide6" (the modules that may switch on ``from __feature__
import snake_case``).  It finds out with ``inspect.getsource``, which goes through
``linecache`` and the tokenizer: for the ≈ 380 modules the app's start imports that is ≈ 45 ms
of the first paint, on the reference machine (docs/performance.md, "Session 5").  Reading the
file's bytes answers the same question — "PySide6" is ASCII, so it is the same bytes in every
encoding Python reads source in — for a fraction of the cost.

This replaces one function of PySide6's private support package (``shibokensupport.feature``
in 6.11, the release pinned here).  If a release renames or removes it, :func:`install`
leaves PySide6 as it is and the start is only slower; a module without a readable ``.py``
file is still asked of PySide6's own function.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_vormkeuze_quick"


def install() -> bool:
    """Make PySide6's per-import source check a plain read; True when it is in place.

    Call it before the first ``import PySide6`` that counts (the earlier, the more imports it
    serves); calling it again does nothing.
    """
    import shiboken6  # noqa: F401  (loads PySide6's support package, before any Qt module)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    setattr(feature, "_mod_uses_pyside", quick_check(original))  # noqa: B010 (untyped module)
    return True


def quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """A check that reads a module's ``.py`` file; other modules are asked of ``original``."""

    @functools.wraps(original)  # __wrapped__: PySide6's own
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # gone or unreadable: PySide6's own check decides, as before
        return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
