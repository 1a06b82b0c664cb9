"""The version of Vormkeuze: written here once (``pyproject.toml`` reads it at build time)."""

VERSION = "0.1.0"
