"""Importing a council's services directory (Open Referral HSDS), with its report.

Two steps, both off the GUI thread with a progress bar: *check* reads the file and
checks every row (:func:`desktop_app.core.hsds.read_directory`); the report lists every
problem by file, row and field, the services that match none of Hearth's needs, and
what would be added or updated. *Import* is offered only when nothing is wrong and
stores the whole directory in one transaction on a connection of its own
(:mod:`desktop_app.vault.directory_import`), so a save elsewhere in the window cannot
slip into it. The report can be saved as a CSV file (it holds directory data only,
never anything about a family).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import sqlcipher3
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.core.hsds import DirectoryRead, Problem, read_directory
from desktop_app.gui.forms.ui_service_import_dialog import Ui_ServiceImportDialog
from desktop_app.gui.validation import MESSAGE_STYLE
from desktop_app.gui.worker import BackgroundTask, run_with_progress
from desktop_app.i18n import N_, _, ngettext

Index = QModelIndex | QPersistentModelIndex

_DONE_STYLE = "color: #1e6b34; font-weight: bold;"
_PROBLEM_HEADERS = (N_("File"), N_("Row"), N_("Field"), N_("Problem"))


class ProblemsModel(QAbstractTableModel):
    """Every problem of a directory file: file, row, field, what to do."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        """Show these problems."""
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def problems(self) -> tuple[Problem, ...]:
        """Return the problems shown."""
        return self._problems

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per problem."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """File, row, field, problem."""
        return 0 if parent.isValid() else len(_PROBLEM_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(_PROBLEM_HEADERS[section]) if 0 <= section < len(_PROBLEM_HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        problem = self._problems[index.row()]
        return (
            problem.file,
            "" if problem.row is None else str(problem.row),
            problem.field,
            problem.message,
        )[index.column()]


def report_csv(read: DirectoryRead) -> bytes:
    """The report as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read it)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_(h) for h in _PROBLEM_HEADERS])
    for problem in read.problems:
        writer.writerow(
            [problem.file, "" if problem.row is None else problem.row, problem.field,
             problem.message]
        )  # fmt: skip
    for unmapped in read.unmapped:
        writer.writerow(
            ["", "", "", _("“{name}” matches none of Hearth's needs.").format(name=unmapped.name)]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


class ServiceImportDialog(QDialog):
    """Check a directory file, show everything found, import it when nothing is wrong."""

    #: A file was checked (a :class:`DirectoryRead`).
    checked = Signal(object)
    #: The directory was imported and committed (a ``DirectoryImport``).
    imported = Signal(object)
    #: Checking or importing failed (the exception).
    failed = Signal(object)

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServiceImportDialog()
        self.ui.setupUi(self)
        self._services = services
        self._read: DirectoryRead | None = None
        self._task: BackgroundTask | None = None
        self.problems_model = ProblemsModel(self)
        ui = self.ui
        table = ui.problems_table
        table.setModel(self.problems_model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.choose_file_button.clicked.connect(self._choose_file)
        ui.choose_folder_button.clicked.connect(self._choose_folder)
        ui.import_button.clicked.connect(self.import_now)
        ui.save_report_button.clicked.connect(self.save_report)
        ui.close_button.clicked.connect(self.reject)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        ui.progress_bar.setVisible(False)
        self._show(None)

    # ------------------------------------------------------------------ asking
    def ask_file(self) -> Path | None:
        """Ask for a directory file: a .zip data package or .json (tests replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose the directory file"),
            str(Path.home()),
            _("Open Referral directories (*.zip *.json *.csv);;All files (*)"),
        )
        return Path(path) if path else None

    def ask_folder(self) -> Path | None:
        """Ask for a data package folder (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(
            self, _("Choose the directory folder"), str(Path.home())
        )
        return Path(folder) if folder else None

    def ask_report_path(self) -> Path | None:
        """Ask where to save the report (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save the report"), _("import-report.csv"), _("CSV files (*.csv)")
        )
        return Path(path) if path else None

    def _choose_file(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.check(path)

    def _choose_folder(self) -> None:
        path = self.ask_folder()
        if path is not None:
            self.check(path)

    # ------------------------------------------------------------------ checking
    def is_busy(self) -> bool:
        """Whether a check or an import is running."""
        return self._task is not None

    def check(self, path: Path) -> BackgroundTask | None:
        """Read and check ``path`` off the GUI thread; ``checked`` says when it is done."""
        if self._task is not None:
            return None
        ui = self.ui
        ui.source_edit.setText(str(path))
        self._show(None)
        self._say(_("Checking every row…"), "")
        self._busy(True)
        self._task = run_with_progress(
            lambda report: read_directory(path, progress=report),
            self._checked,
            self._failed,
            self._progress,
            self,
        )
        return self._task

    def _progress(self, done: int, total: int) -> None:
        bar = self.ui.progress_bar
        bar.setMaximum(max(total, 1))
        bar.setValue(min(done, max(total, 1)))

    def _checked(self, read: DirectoryRead) -> None:
        self._task = None
        self.ui.progress_bar.setValue(self.ui.progress_bar.maximum())
        self._busy(False)
        self._show(read)
        self.checked.emit(read)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._busy(False)
        self.failed.emit(error)
        if isinstance(error, UserFacingError):
            self._say(str(error), MESSAGE_STYLE)
        elif isinstance(error, sqlcipher3.Error):
            # The type only: a database message might quote a value.
            self._say(
                _(
                    "Nothing was imported: the vault could not be written just now. Close "
                    "other windows of Hearth and try again."
                ),
                MESSAGE_STYLE,
            )
        elif isinstance(error, OSError):
            self._say(
                _("The file could not be read. Check that it is not open elsewhere."),
                MESSAGE_STYLE,
            )
        else:
            raise error

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        for button in (ui.choose_file_button, ui.choose_folder_button, ui.save_report_button):
            button.setEnabled(not busy)
        ui.import_button.setEnabled(not busy and self._can_import())
        ui.progress_bar.setVisible(busy or ui.progress_bar.value() > 0)
        if busy:
            ui.progress_bar.setValue(0)

    # ------------------------------------------------------------------ the report
    def read(self) -> DirectoryRead | None:
        """Return the last check's result."""
        return self._read

    def _can_import(self) -> bool:
        return self._read is not None and self._read.ok and self._services is not None

    def _counts(self, read: DirectoryRead) -> tuple[int, int]:
        repository = self._services.services
        updated = sum(repository.by_hsds_id(s.hsds_id) is not None for s in read.services)
        return len(read.services) - updated, updated

    def _show(self, read: DirectoryRead | None) -> None:
        ui = self.ui
        self._read = read
        self.problems_model.set_problems(() if read is None else read.problems)
        ui.unmapped_list.clear()
        has_problems = read is not None and bool(read.problems)
        ui.problems_label.setVisible(has_problems)
        ui.problems_table.setVisible(has_problems)
        unmapped = () if read is None else read.unmapped
        for entry in unmapped:
            terms = ", ".join(entry.terms) if entry.terms else _("no taxonomy terms")
            ui.unmapped_list.addItem(
                _("{name} (its terms: {terms})").format(name=entry.name, terms=terms)
            )
        ui.unmapped_label.setVisible(bool(unmapped))
        ui.unmapped_list.setVisible(bool(unmapped))
        notes = list(() if read is None else read.notes)
        if read is not None and read.unknown_terms:
            notes.append(
                _("Taxonomy terms that matched no need: {terms}.").format(
                    terms=", ".join(f"{term} ({count})" for term, count in read.unknown_terms)
                )
            )
        ui.notes_label.setText("\n".join(notes))
        ui.notes_label.setVisible(bool(notes))
        ui.save_report_button.setVisible(read is not None and not read.ok)
        ui.import_button.setEnabled(self._can_import())
        if read is None:
            ui.import_button.setText(_("&Import"))
            self._say("", "")
            return
        if not read.ok:
            count = len(read.problems)
            self._say(
                ngettext(
                    "Nothing can be imported yet: {count} problem was found. Each is listed "
                    "below with where it is; fix them in the file and check it again.",
                    "Nothing can be imported yet: {count} problems were found. Each is listed "
                    "below with where it is; fix them in the file and check it again.",
                    count,
                ).format(count=count),
                MESSAGE_STYLE,
            )
            ui.import_button.setText(_("&Import"))
            return
        added, updated = self._counts(read)
        total = added + updated
        self._say(
            ngettext(
                "Every row is fine: {count} service is ready to import ({added} new, "
                "{updated} updated).",
                "Every row is fine: {count} services are ready to import ({added} new, "
                "{updated} updated).",
                total,
            ).format(count=total, added=added, updated=updated),
            _DONE_STYLE,
        )
        ui.import_button.setText(
            ngettext("&Import {count} service", "&Import {count} services", total).format(
                count=total
            )
        )

    def _say(self, text: str, style: str) -> None:
        self.ui.summary_label.setStyleSheet(style)
        self.ui.summary_label.setText(text)
        self.ui.summary_label.setVisible(bool(text))

    def summary(self) -> str:
        """Return the summary line on screen."""
        return self.ui.summary_label.text()

    def save_report(self) -> Path | None:
        """Save the problems (and unmapped services) as a CSV file."""
        if self._read is None:
            return None
        path = self.ask_report_path()
        if path is None:
            return None
        try:
            path.write_bytes(report_csv(self._read))
        except OSError:
            self.ui.notes_label.setText(
                _("The report could not be saved there. Choose another folder.")
            )
            self.ui.notes_label.setVisible(True)
            return None
        self.ui.notes_label.setText(_("The report was saved as {name}.").format(name=path.name))
        self.ui.notes_label.setVisible(True)
        return path

    # ------------------------------------------------------------------ importing
    def import_now(self) -> BackgroundTask | None:
        """Store the checked directory (all of it, in one transaction), off the GUI thread."""
        read = self._read
        if self._task is not None or read is None or not self._can_import():
            return None
        from desktop_app.vault.directory_import import import_on_own_connection
        from desktop_app.vault.vault import db_path

        vault = self._services.vault
        database, key, actor = db_path(vault.folder), vault.data_key(), vault.actor
        services = read.services
        self._say(_("Importing…"), "")
        self._busy(True)
        self.ui.import_button.setEnabled(False)
        self._task = run_with_progress(
            lambda report: import_on_own_connection(
                database, key, actor, services, progress=report
            ),
            self._imported,
            self._failed,
            self._progress,
            self,
        )
        return self._task

    def _imported(self, result: Any) -> None:
        self._task = None
        self.ui.progress_bar.setValue(self.ui.progress_bar.maximum())
        self._read = None
        self._busy(False)
        ui = self.ui
        ui.import_button.setEnabled(False)
        total = result.added + result.updated
        self._say(
            ngettext(
                "Imported {count} service ({added} new, {updated} updated). It is in the "
                "directory now.",
                "Imported {count} services ({added} new, {updated} updated). They are in the "
                "directory now.",
                total,
            ).format(count=total, added=result.added, updated=result.updated),
            _DONE_STYLE,
        )
        self.imported.emit(result)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate with the application."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show(self._read)
        super().changeEvent(event)
