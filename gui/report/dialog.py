"""Bestand → "Rapport maken…": choose format, language, profiles, chapters and template; save.

The dialog lists the chapters the report will have and the profiles it covers (both checkable),
offers the municipality's Word template (remembered in the settings), and writes the file
through :func:`report.write.write_report` (atomic and verified; refusals shown as one clear
message).
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
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.host import ViewHost
from gui.i18n import translate
from gui.settings import Settings
from model import VormkeuzeError
from report.outline import SECTION_KEYS
from report.texts import CATALOGUE
from words.messages import render

#: the heading code of every chapter, in report order
SECTION_HEADINGS = {
    "summary": "h_summary",
    "options": "h_options",
    "weighing": "h_weighing",
    "sensitivity": "h_sensitivity",
    "units": "h_units",
    "accountability": "h_accountability",
    "epilogue": "h_epilogue",
    "matrix": "h_annex_matrix",
    "sources": "h_annex_sources",
    "details": "h_annex_details",
}
# the sheets of the workbook, in order
SHEETS = (
    "sheet_info",
    "sheet_results",
    "sheet_weights",
    "sheet_values",
    "sheet_functions",
    "sheet_options",
    "sheet_criteria",
    "sheet_scores",
)
FORMATS = (".docx", ".pdf", ".xlsx")


class ReportDialog(QDialog):
    """Preview of the report's contents and the choices that shape it."""

    def __init__(
        self, host: ViewHost, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.settings = settings
        case = host.session.case
        # the chapters this case can have (per team only with units, the epilogue when written)
        self.available = [
            k
            for k in SECTION_KEYS
            if (k != "units" or case.units) and (k != "epilogue" or case.epilogue)
        ]
        self._sections: dict[str, bool] = dict.fromkeys(self.available, True)
        self.case = case
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
        template_row = QHBoxLayout()
        self.template_label = QLabel()
        self.template_label.setTextFormat(Qt.TextFormat.PlainText)
        self.template_label.setWordWrap(True)
        self.template_button = QPushButton(translate("ReportDialog", "Choose…"))
        self.template_clear = QPushButton(translate("ReportDialog", "No template"))
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.template_button)
        template_row.addWidget(self.template_clear)
        form.addRow(translate("ReportDialog", "Word template:"), template_row)
        layout.addLayout(form)
        remembered = settings.report_template if settings is not None else None
        self.template: str | None = (
            remembered if remembered and Path(remembered).is_file() else None
        )
        self.template_button.clicked.connect(self._on_q_choose_template)
        self.template_clear.clicked.connect(lambda: self.set_template(None))

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
        self.section_list.itemChanged.connect(self._on_section_changed)
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

    def chosen_sections(self) -> list[str]:
        return [k for k in self.available if self._sections[k]]

    def set_template(self, path: str | None) -> None:
        self.template = path or None
        if self.settings is not None:
            self.settings.report_template = self.template
        self.synchronize()

    def _on_q_choose_template(self) -> None:
        start = self.template or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("ReportDialog", "Choose the Word template"),
            start,
            translate("ReportDialog", "Word template (*.dotx *.docx)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.set_template(path)

    def _on_section_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(key, str) and key in self._sections:
            self._sections[key] = item.checkState() == Qt.CheckState.Checked
            self.save_button.setEnabled(bool(self.chosen_profiles() and self.chosen_sections()))

    def synchronize(self, *_: object) -> None:
        words = CATALOGUE[self.lang]
        self.section_list.blockSignals(True)
        self.section_list.clear()
        if self.extension == ".xlsx":
            for k, code in enumerate(SHEETS, start=1):
                self.section_list.addItem(f"{k}. {words[code]}")
        else:
            for k, key in enumerate(self.available, start=1):
                item = QListWidgetItem(f"{k}. {words[SECTION_HEADINGS[key]]}")
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = self._sections[key]
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.section_list.addItem(item)
        self.section_list.blockSignals(False)
        is_word = self.extension == ".docx"
        self.template_button.setEnabled(is_word)
        self.template_clear.setEnabled(is_word and self.template is not None)
        self.template_label.setText(
            Path(self.template).name
            if self.template
            else translate("ReportDialog", "none (a clean default layout)")
        )
        notes = []
        if not self.chosen_profiles():
            notes.append(translate("ReportDialog", "Choose at least one profile."))
        if not self.chosen_sections() and self.extension != ".xlsx":
            notes.append(translate("ReportDialog", "Choose at least one chapter."))
        self.note.setText("\n".join(notes))
        enabled = bool(self.chosen_profiles())
        if self.extension != ".xlsx":
            enabled = enabled and bool(self.chosen_sections())
        self.save_button.setEnabled(enabled)

    # --- writing --------------------------------------------------------------------------
    def suggested_path(self) -> str:
        from gui.desk.files import clean_file_name, documents_folder

        stem = clean_file_name(self.case.title, fallback="rapport")
        return str(documents_folder() / f"{stem}{self.extension}")

    def write_to(self, path: str) -> Path | None:
        """Write the report; on a refusal show one clear message and return None."""
        from gui.report.render import chart_renderer
        from model.document import default_author
        from report.write import write_report

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
                sections=self.chosen_sections(),
                render_chart=chart_renderer(),
                template=self.template if self.extension == ".docx" else None,
                author=(self.settings.author if self.settings else None) or default_author(),
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


def open_dialog(
    host: ViewHost, parent: QWidget | None = None, settings: Settings | None = None
) -> ReportDialog:
    dialog = ReportDialog(host, parent, settings)
    dialog.open()
    return dialog
