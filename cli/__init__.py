"""The ``vormkeuze`` command line (shared/spec/cli.md); no Qt unless a window is asked for."""
