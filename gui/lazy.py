"""Widgets whose content is made on first use, so hidden views cost nothing at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING


class LazyBuild:
    """Mixin: ``self._built = False`` in ``__init__``; ``_materialize()`` makes the content.

    Asking for an attribute the content defines (``self.plot``, a table, a combo box) before
    the view was ever shown builds it then; :meth:`ensure_built` does it explicitly.
    """

    if not TYPE_CHECKING:
        # Hidden from mypy on purpose: a typed ``__getattr__`` would make every unknown attribute
        # of every pane type-check (as its return type).  mypy sees the attributes the content
        # defines where ``_materialize`` (or what it calls) assigns them; this only decides *when*
        # they come to exist.
        def __getattr__(self, name: str) -> object:
            if not name.startswith("__") and self.__dict__.get("_built") is False:
                self.ensure_built()
                return getattr(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def built(self) -> bool:
        """Whether the content exists yet (asking this never builds it)."""
        return self.__dict__.get("_built") is True

    def ensure_built(self) -> None:
        """Create the content now if not done yet."""
        if self.__dict__.get("_built") is not False:
            return
        self._built = True
        self._materialize()

    def _materialize(self) -> None:
        raise NotImplementedError
