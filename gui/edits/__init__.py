"""The names of edits: one vocabulary for the undo stack, the Edit menu and the history."""
