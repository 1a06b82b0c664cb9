"""The words floor: Qt-free texts shared by the command line and the GUI.

``words.messages`` renders the model's typed problems, ``words.numbers`` writes numbers the way a
Dutch or English reader expects, and ``words.sentences`` holds the sentences both front ends say.
It imports ``model`` and nothing above it (import-linter keeps it so).
"""
