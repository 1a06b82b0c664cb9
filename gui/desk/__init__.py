"""The secretary's desk: work in progress shown as it is (provisional results, the way to the
next missing score), refusals at the cell, search, readable history and the in-app help."""

from gui.desk.install import install

__all__ = ["install"]
