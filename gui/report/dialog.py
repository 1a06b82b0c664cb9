"""Bestand → "Rapport maken…": choose format, language and profiles, see what is included, save.

The dialog lists the chapters the report will have and the profiles it covers (checkable), says
whether the charts can be included, and writes the file through
:func:`gui.report.write.write_report` (atomic; refusals shown as one clear message).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from gui.host import ViewHost
from gui.i18n import translate
from gui.report.common import chart_renderer
from gui.report.texts import CATALOGUE
from model import VormkeuzeError
from model.report import SECTION_KEYS
from words.messages import render

#: the heading code of every chapter, in report order
SECTION_HEADINGS = {
    "intro": "h_intro",
    "options": "h_options",
    "criteria": "h_criteria",
    "assessment": "h_assessment",
    "weights": "h_weights",
    "results": "h_results",
    "units": "h_units",
    "sensitivity": "h_sensitivity",
    "accountability": "h_accountability",
    "annex": "h_annex",
    "epilogue": "h_epilogue",
}
FORMATS = (".docx", ".pdf", ".xlsx")


class ReportDialog(QDialog):
    """Preview of the report's contents and the choices that shape it."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.case = host.session.case
        self.setWindowTitle(translate("ReportDialog", "Create report"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "ReportDialog",
                "A report for the council with every score's rationale and source, the weights"
                " of the chosen profiles, the ranking and how firm it is.",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format_box = QComboBox()
        self.format_box.addItem(translate("ReportDialog", "Word document (.docx)"), ".docx")
        self.format_box.addItem(translate("ReportDialog", "PDF (.pdf)"), ".pdf")
        self.format_box.addItem(translate("ReportDialog", "Excel workbook (.xlsx)"), ".xlsx")
        form.addRow(translate("ReportDialog", "Format:"), self.format_box)
        self.lang_box = QComboBox()
        self.lang_box.addItem("Nederlands", "nl")
        self.lang_box.addItem("English", "en")
        self.lang_box.setCurrentIndex(0 if host.language == "nl" else 1)
        form.addRow(translate("ReportDialog", "Language:"), self.lang_box)
        layout.addLayout(form)

        layout.addWidget(QLabel(translate("ReportDialog", "Profiles (weights) to include:")))
        self.profile_list = QListWidget()
        for p in self.case.profiles:
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.profile_list.addItem(item)
        self.profile_list.setMaximumHeight(24 * min(8, len(self.case.profiles)) + 8)
        layout.addWidget(self.profile_list)

        layout.addWidget(QLabel(translate("ReportDialog", "Chapters:")))
        self.section_list = QListWidget()
        self.section_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout.addWidget(self.section_list)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            translate("ReportDialog", "Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_q_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self.synchronize)
        self.lang_box.currentIndexChanged.connect(self.synchronize)
        self.profile_list.itemChanged.connect(self.synchronize)
        self.synchronize()
        self.resize(520, 560)

    # --- state ----------------------------------------------------------------------------
    @property
    def extension(self) -> str:
        return str(self.format_box.currentData())

    @property
    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def chosen_profiles(self) -> list[str]:
        out = []
        for k in range(self.profile_list.count()):
            item = self.profile_list.item(k)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def synchronize(self, *_: object) -> None:
        words = CATALOGUE[self.lang]
        self.section_list.clear()
        if self.extension == ".xlsx":
            sheets = ("sheet_options", "sheet_criteria", "sheet_scores", "sheet_weights",
                      "sheet_results", "sheet_contributions")  # fmt: skip
            titles = [words[k] for k in sheets]
        else:
            titles = [words[SECTION_HEADINGS[k]] for k in SECTION_KEYS]
        for k, title in enumerate(titles, start=1):
            self.section_list.addItem(f"{k}. {title}")
        notes = []
        if not self.chosen_profiles():
            notes.append(translate("ReportDialog", "Choose at least one profile."))
        if self.extension != ".xlsx" and chart_renderer() is None:
            notes.append(
                translate(
                    "ReportDialog",
                    "Charts are not available in this version; the report shows a line in"
                    " their place.",
                )
            )
        self.note.setText("\n".join(notes))
        self.save_button.setEnabled(bool(self.chosen_profiles()))

    # --- writing --------------------------------------------------------------------------
    def suggested_path(self) -> str:
        from gui.desk.files import clean_file_name, documents_folder

        stem = clean_file_name(self.case.title, fallback="rapport")
        return str(documents_folder() / f"{stem}{self.extension}")

    def write_to(self, path: str) -> Path | None:
        """Write the report; on a refusal show one clear message and return None."""
        from gui.report.write import write_report

        if not path.lower().endswith(FORMATS):
            path += self.extension
        document = self.host.document
        try:
            target = write_report(
                self.host.session.case,
                path,
                profiles=self.chosen_profiles(),
                lang=self.lang,
                source=document.path if document is not None else None,
            )
        except VormkeuzeError as e:
            text = "\n".join(render(i, self.host.language, self.case) for i in e.issues)
            QMessageBox.warning(self, translate("ReportDialog", "Create report"), text)
            return None
        self.host.status(translate("ReportDialog", "Report written: {path}").format(path=target))
        return target

    def _on_q_save(self) -> None:
        filters = {
            ".docx": translate("ReportDialog", "Word document (*.docx)"),
            ".pdf": translate("ReportDialog", "PDF (*.pdf)"),
            ".xlsx": translate("ReportDialog", "Excel workbook (*.xlsx)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportDialog", "Save report"),
            self.suggested_path(),
            filters[self.extension],
            "",
            QFileDialog.Option.DontUseNativeDialog,  # Qt's own dialog speaks the app's language
        )
        if path and self.write_to(path) is not None:
            self.accept()


def open_dialog(host: ViewHost, parent: QWidget | None = None) -> ReportDialog:
    dialog = ReportDialog(host, parent)
    dialog.open()
    return dialog
