"""A first main window: the default profile's ranking (replaced by the full app in issue 5)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
)

import resources
from cli.messages import render
from gui.i18n import translate
from model import Case, VormkeuzeError, evaluate, load_case_file


class MainWindow(QMainWindow):
    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case
        self.setWindowTitle(f"Vormkeuze — {case.title}")
        result = evaluate(case)
        table = QTableWidget(len(case.options), 3, self)
        table.setHorizontalHeaderLabels(
            [
                translate("MainWindow", "Rank"),
                translate("MainWindow", "Option"),
                translate("MainWindow", "Value"),
            ]
        )
        for row, i in enumerate(result.order):
            table.setItem(row, 0, QTableWidgetItem(str(result.rank_array[i])))
            table.setItem(row, 1, QTableWidgetItem(case.options[i].name))
            table.setItem(row, 2, QTableWidgetItem(f"{result.value_array[i]:.1f}"))
        table.resizeColumnsToContents()
        self.setCentralWidget(table)


def run(args: argparse.Namespace, size: tuple[int, int] | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = args.case or str(resources.default_case_path())
    try:
        case, _ = load_case_file(path)
    except VormkeuzeError as e:
        text = "\n".join(render(i, args.lang or "nl") for i in e.issues)
        if size is not None:
            print(text, file=sys.stderr)
            return 2
        QMessageBox.critical(None, "Vormkeuze", text)
        return 2
    window = MainWindow(case)
    if size is not None:
        window.resize(*size)
        window.show()
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        window.close()
        print(args.screenshot)
        return 0 if ok else 2
    window.show()
    return int(app.exec())
