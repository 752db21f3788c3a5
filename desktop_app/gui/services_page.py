"""The Services page: the offline signposting directory, searched as you type.

Staff find a service by words (name, organisation, address, notes, the needs it helps
with, the languages spoken there — in the staff language or the language's own script),
by need and by language offered; add, edit, archive and bring back services; import a
council's Open Referral (HSDS) directory and export Hearth's. Every change goes to the
vault through the repository and is said to be saved only once it returned.
"""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.core.hsds import CATEGORY_TERM_NAMES
from desktop_app.core.intake import offers_language
from desktop_app.core.models import NeedCategory, Service
from desktop_app.gui.families_page import style_title
from desktop_app.gui.flow_layout import wrap_row
from desktop_app.gui.forms.ui_services_page import Ui_ServicesPage
from desktop_app.gui.labels import label, language_name
from desktop_app.gui.models.service_table_model import (
    Column,
    ServiceTableModel,
    languages_text,
    needs_text,
)
from desktop_app.gui.service_dialog import ServiceDialog
from desktop_app.gui.service_import_dialog import ServiceImportDialog
from desktop_app.gui.views import fit_combo, select_row
from desktop_app.gui.worker import run_in_background
from desktop_app.i18n import _, isolate, ngettext
from desktop_app.i18n.locales import FAMILY_LANGUAGES
from desktop_app.i18n.locales import language_name as name_in

SAVED_STYLE = "color: #1e6b34;"
ERROR_STYLE = "color: #a4262c; font-weight: bold;"
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_COLUMN_CHARS = {
    Column.NEEDS: 22,
    Column.LANGUAGES: 18,
    Column.ACCESS: 21,
    Column.PHONE: 14,
    Column.OPENING_TIMES: 20,
}


def folded(text: str) -> str:
    """Text for matching: case and accents ignored ("Café" ~ "cafe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_text(service: Service) -> str:
    """Everything a search can match in a service, folded."""
    parts = [
        service.name,
        service.organization,
        service.address,
        service.notes,
        service.what_to_bring,
        service.opening_times,
        needs_text(service),
        # Hearth's English words for the needs too: "food" finds food services in any UI.
        " ".join(CATEGORY_TERM_NAMES[c] for c in service.categories),
        languages_text(service),
        # English names and codes too, so "arabic" or "ar" finds a service in any UI.
        " ".join(name_in(code, "en") for code in service.languages),
        " ".join(service.languages),
    ]
    return folded(" ".join(parts))


def matches(
    service: Service,
    words: list[str],
    category: NeedCategory | None,
    language: str | None,
    include_archived: bool,
    haystack: str | None = None,
) -> bool:
    """Whether a service passes the page's search and filters."""
    if service.archived and not include_archived:
        return False
    if category is not None and category not in service.categories:
        return False
    if language and not offers_language(service, language):
        return False
    if words:
        text = search_text(service) if haystack is None else haystack
        return all(word in text for word in words)
    return True


class ServicesPage(QWidget):
    """The directory; emits ``changed`` after anything in it was saved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServicesPage()
        self.ui.setupUi(self)
        wrap_row(self, self.ui.filters_layout)  # the filters wrap at large text
        self._services: Any = None
        self._all: list[Service] = []
        self._haystacks: dict[int | None, str] = {}
        self.dialog: ServiceDialog | None = None
        self.import_dialog: ServiceImportDialog | None = None
        self.model = ServiceTableModel(self)
        ui = self.ui
        table = ui.services_table
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        # The name takes the spare width; the others start at a width in characters of
        # the user's font (so 150% fonts scale) and can be dragged wider.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        char = max(table.fontMetrics().averageCharWidth(), 5)
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        style_title(ui.title_label)
        self._export_menu = QMenu(ui.export_button)
        self.export_csv_action = self._export_menu.addAction("")
        self.export_json_action = self._export_menu.addAction("")
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_json_action.triggered.connect(lambda: self.export("json"))
        ui.export_button.setMenu(self._export_menu)
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(lambda: self.open_dialog(None))
        self.addAction(self.add_action)
        self._connect()
        self.retranslate()
        self.set_services(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self.apply_filters)
        ui.need_combo.activated.connect(self.apply_filters)
        ui.language_combo.activated.connect(self.apply_filters)
        ui.archived_check.toggled.connect(self.apply_filters)
        ui.services_table.selectionModel().currentRowChanged.connect(self._show_current)
        ui.services_table.doubleClicked.connect(self._edit_index)
        ui.services_table.installEventFilter(self)
        ui.search_edit.installEventFilter(self)
        ui.add_button.clicked.connect(lambda: self.open_dialog(None))
        ui.edit_button.clicked.connect(lambda: self.open_dialog(self.current_service()))
        ui.archive_button.clicked.connect(self.toggle_archived)
        ui.import_button.clicked.connect(self.open_import)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show the vault's directory; ``None`` (locked) empties the page and its dialogs."""
        self._services = services
        ui = self.ui
        for name in ("dialog", "import_dialog"):
            dialog = getattr(self, name)
            if dialog is not None and services is None:
                dialog.hide()
                dialog.deleteLater()
                setattr(self, name, None)
        enabled = services is not None
        for widget in (
            ui.search_edit,
            ui.need_combo,
            ui.language_combo,
            ui.archived_check,
            ui.services_table,
            ui.add_button,
            ui.import_button,
            ui.export_button,
        ):
            widget.setEnabled(enabled)
        if services is None:
            self._all = []
            self._haystacks = {}
            self.model.clear()
            ui.search_edit.clear()
            self._say("", error=False)
            self._show_current()
            self._update_count()
            return
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        """Read the directory again (keeping the search and filters)."""
        if self._services is None:
            return
        if select is None:
            current = self.current_service()
            select = current.id if current is not None else None
        self._all = self._services.services.list(include_archived=True)
        # Searched on every keystroke: fold each service's words once per reload.
        self._haystacks = {s.id: search_text(s) for s in self._all}
        self._fill_languages()
        self.apply_filters(select=select)

    # ------------------------------------------------------------------ filters
    def _fill_needs(self) -> None:
        combo = self.ui.need_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(_("Any need"), None)
        for category in NeedCategory:
            combo.addItem(label(category), category.value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        fit_combo(combo, at_least=combo.itemText(0))

    def _fill_languages(self) -> None:
        combo = self.ui.language_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(_("Any language"), None)
        offered = list(dict.fromkeys(code for s in self._all for code in s.languages))
        ordered = [c for c in FAMILY_LANGUAGES if c in offered]
        ordered += sorted((c for c in offered if c not in ordered), key=language_name)
        for code in ordered:
            combo.addItem(language_name(code) or code, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        fit_combo(combo, at_least=combo.itemText(0))

    def apply_filters(self, *_args: object, select: int | None = None) -> None:
        """Show the services matching the search box and filters (as you type)."""
        ui = self.ui
        words = folded(ui.search_edit.text()).split()
        need = ui.need_combo.currentData()
        category = None if need is None else NeedCategory(need)
        language = ui.language_combo.currentData()
        rows = [
            s
            for s in self._all
            if matches(
                s,
                words,
                category,
                language,
                ui.archived_check.isChecked(),
                self._haystacks.get(s.id),
            )
        ]
        if language:
            rows.sort(key=lambda s: (s.name.casefold(), s.id or 0))
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self._select_row(row)
        self._show_current()
        self._update_count()

    def _update_count(self) -> None:
        if self._services is None:
            self.ui.count_label.setText("")
            return
        shown, total = self.model.rowCount(), len(self._all)
        self.ui.count_label.setText(
            ngettext("{shown} of {total} service", "{shown} of {total} services", total).format(
                shown=shown, total=total
            )
        )

    # ------------------------------------------------------------------ the chosen service
    def current_service(self) -> Service | None:
        """Return the service selected in the list."""
        index = self.ui.services_table.currentIndex()
        return self.model.service(index.row()) if index.isValid() else None

    def select_service(self, service_id: int) -> bool:
        """Select a service in the list; return whether it is shown."""
        row = self.model.row_of(service_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        select_row(self.ui.services_table, row)

    def _show_current(self, *_args: object) -> None:
        ui = self.ui
        service = self.current_service()
        ui.edit_button.setEnabled(service is not None)
        ui.archive_button.setEnabled(service is not None)
        ui.details_label.setText("" if service is None else details_html(service))
        if service is not None:
            ui.archive_button.setText(_("Bring &back") if service.archived else _("Ar&chive"))
            ui.archive_button.setToolTip(
                _("Show it again and suggest it for needs")
                if service.archived
                else _("Stop suggesting it; its referrals are kept")
            )
        if service is None and self._services is not None and not self._all:
            ui.details_label.setText(
                html.escape(
                    _(
                        "The directory is empty. Add the services you know, or import your "
                        "council's directory."
                    )
                )
            )

    def _edit_index(self, index: QModelIndex) -> None:
        service = self.model.service(index.row())
        if service is not None:
            self.open_dialog(service)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list edits; Down in the search box moves into the list."""
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            table = self.ui.services_table
            if watched is table and event.key() in _OPEN_KEYS and self.current_service():
                self.open_dialog(self.current_service())
                return True
            if watched is self.ui.search_edit and event.key() == Qt.Key.Key_Down:
                if self.model.rowCount():
                    table.setFocus()
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ changes
    def _say(self, text: str, *, error: bool) -> None:
        self.ui.feedback_label.setStyleSheet(ERROR_STYLE if error else SAVED_STYLE)
        self.ui.feedback_label.setText(text)
        self.ui.feedback_label.setVisible(bool(text))

    def feedback(self) -> str:
        """Return the save status on screen."""
        return self.ui.feedback_label.text()

    def open_dialog(self, service: Service | None) -> ServiceDialog | None:
        """Open the form to add a service (``None``) or edit one."""
        if self._services is None:
            return None
        repository = self._services.services

        def save(edited: Service) -> Service:
            stored: Service = (
                repository.update(edited) if edited.id is not None else repository.add(edited)
            )
            return stored

        offered = [code for s in self._all for code in s.languages]
        dialog = ServiceDialog(save, service, self, languages=offered)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result, d=dialog: self._forget_dialog(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: ServiceDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _saved(self, service: Service) -> None:
        self.refresh(select=service.id)
        if self.model.row_of(service.id) is None:
            # Saved, but the search or filters hide it: show it anyway.
            self.ui.search_edit.blockSignals(True)
            self.ui.search_edit.clear()
            self.ui.search_edit.blockSignals(False)
            self.ui.need_combo.setCurrentIndex(0)
            self.ui.language_combo.setCurrentIndex(0)
            self.apply_filters(select=service.id)
        self._say(_("Saved. “{name}” is in the directory.").format(name=service.name), error=False)
        self.changed.emit()

    def toggle_archived(self) -> bool:
        """Archive the chosen service, or bring an archived one back."""
        service = self.current_service()
        if service is None or service.id is None or self._services is None:
            return False
        archive = not service.archived
        try:
            self._services.services.archive(service.id, archive)
        except UserFacingError as error:
            self._say(_("Not saved. {problem}").format(problem=error), error=True)
            return False
        if archive and not self.ui.archived_check.isChecked():
            self.refresh(select=None)
        else:
            self.refresh(select=service.id)
        self._say(
            _(
                "Archived. “{name}” is no longer suggested for needs; its referrals are kept. "
                "Tick “Show archived” to find it."
            ).format(name=service.name)
            if archive
            else _("“{name}” is back in the directory.").format(name=service.name),
            error=False,
        )
        self.changed.emit()
        return True

    # ------------------------------------------------------------------ import / export
    def open_import(self) -> ServiceImportDialog | None:
        """Open the import dialog."""
        if self._services is None:
            return None
        dialog = ServiceImportDialog(self._services, self)
        dialog.imported.connect(lambda _result: self._after_import())
        dialog.finished.connect(lambda _result, d=dialog: self._forget_import(d))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _forget_import(self, dialog: ServiceImportDialog) -> None:
        if self.import_dialog is dialog and not dialog.is_busy():
            self.import_dialog = None
            dialog.deleteLater()

    def _after_import(self) -> None:
        self.refresh()
        self._say(_("Imported. The directory below includes the new services."), error=False)
        self.changed.emit()

    def ask_export_path(self, shape: str) -> Path | None:
        """Ask where to export (tests replace this)."""
        if shape == "json":
            suggested, kinds = _("services-directory.json"), _("JSON files (*.json)")
        else:
            suggested, kinds = _("services-directory.zip"), _("Zip files (*.zip)")
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export the services directory"), str(Path.home() / suggested), kinds
        )
        return Path(path) if path else None

    def export(self, shape: str) -> Any:
        """Write the whole directory (archived too) as HSDS, off the GUI thread."""
        if self._services is None:
            return None
        path = self.ask_export_path(shape)
        if path is None:
            return None
        if shape != "json" and path.suffix.lower() != ".zip":
            path = path.with_suffix(".zip")
        from desktop_app.core.hsds import write_csv_package, write_json

        directory = self._services.services.list(include_archived=True)
        writer = write_json if shape == "json" else write_csv_package

        def done(_result: object) -> None:
            self._say(
                ngettext(
                    "Exported {count} service to {name}.",
                    "Exported {count} services to {name}.",
                    len(directory),
                ).format(count=len(directory), name=path.name),
                error=False,
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            message = (
                _("A file called {name} is there already. Choose another name.")
                if isinstance(error, FileExistsError)
                else _("The directory could not be saved as {name}. Choose another folder.")
            )
            self._say(message.format(name=path.name), error=True)

        self._say(_("Exporting…"), error=False)
        return run_in_background(lambda: writer(directory, path), done, failed, self)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Texts that come from Python."""
        self._fill_needs()
        if self._services is not None:
            self._fill_languages()
        self.export_csv_action.setText(_("As an HSDS data package (.zip)…"))
        self.export_json_action.setText(_("As HSDS JSON (.json)…"))
        self.ui.add_button.setToolTip(_("Add a service to the directory (Ctrl+Shift+A)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        self._update_count()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def details_html(service: Service) -> str:
    """The chosen service, every field, as rich text (values escaped)."""

    def line(title: str, value: str) -> str:
        if not value:
            return ""
        text = "<br>".join(html.escape(isolate(part)) for part in value.split("\n"))
        return f"<b>{html.escape(title)}</b> {text}<br>"

    name = html.escape(isolate(service.name))
    heading = f"<big><b>{name}</b></big>"
    if service.organization:
        heading += " — " + html.escape(
            _("run by {organization}").format(organization=isolate(service.organization))
        )
    if service.archived:
        heading += " — " + html.escape(_("archived"))
    reach = " · ".join(
        html.escape(isolate(v)) for v in (service.phone, service.email, service.website) if v
    )
    contact = _("Contact:")  # not inside the f-string: extraction would not see it
    return (
        heading
        + "<br>"
        + line(_("Helps with:"), needs_text(service) or _("no need chosen yet: edit it to add one"))
        + line(_("Languages:"), languages_text(service))
        + line(_("How to get there:"), label(service.access))
        + (f"<b>{html.escape(contact)}</b> {reach}<br>" if reach else "")
        + line(_("Address:"), service.address)
        + line(_("Opening times:"), service.opening_times)
        + line(_("What to bring:"), service.what_to_bring)
        + line(_("Notes:"), service.notes)
    )
