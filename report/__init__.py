"""The council report on its own Qt-free floor: outline, sentences, Word, Excel, files.

``report`` builds on ``model`` only (import-linter keeps it so).  What needs Qt (the dialog,
drawing charts, the PDF layout while it is on Qt) lives in ``gui.report`` and is handed in as
functions (:class:`report.common.ChartRenderer`).
"""
