"""Adding or editing one service of the signposting directory.

Every field is checked as it is left (a message under it, in plain words) and again on
Save; only the name and at least one need are required. The dialog saves through the
function it is given (the vault repository) and closes only once that returned — the
save committed. A failure keeps the dialog open with everything typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop_app.core import directory as rules
from desktop_app.core.errors import UserFacingError
from desktop_app.core.hsds import language_code
from desktop_app.core.models import NeedCategory, Service, ServiceAccess
from desktop_app.gui.forms.ui_service_dialog import Ui_ServiceDialog
from desktop_app.gui.labels import label, language_name
from desktop_app.gui.validation import MESSAGE_STYLE, FieldCheck, FormChecks
from desktop_app.i18n import _
from desktop_app.i18n.locales import FAMILY_LANGUAGES

#: The text fields of the form, by :class:`Service` field name.
TEXT_FIELDS = (
    "name",
    "organization",
    "phone",
    "email",
    "website",
    "address",
    "opening_times",
    "what_to_bring",
    "notes",
)

_VALUE = Qt.ItemDataRole.UserRole


class ServiceDialog(QDialog):
    """The form of one service; ``saved`` carries the service as stored."""

    saved = Signal(object)

    def __init__(
        self,
        save: Callable[[Service], Service],
        service: Service | None = None,
        parent: QWidget | None = None,
        *,
        languages: Iterable[str] = (),
    ) -> None:
        """Build the form.

        Args:
            save: stores the service and returns it as stored (raises a
                :class:`UserFacingError` when it cannot).
            service: the service to edit; ``None`` adds a new one.
            parent: the window it belongs to.
            languages: languages to offer beyond the usual family languages (those
                other services of the directory offer).
        """
        super().__init__(parent)
        self.ui = Ui_ServiceDialog()
        self.ui.setupUi(self)
        self._save = save
        self._original = service
        self._extra_languages = list(languages)
        ui = self.ui
        self.checks = FormChecks(
            [
                FieldCheck(
                    getattr(ui, f"{name}_edit"),
                    getattr(ui, f"{name}_message"),
                    rules.FIELD_RULES[name],
                )
                for name in TEXT_FIELDS
            ]
        )
        for message in (ui.categories_message, ui.languages_message, ui.save_message_label):
            message.setStyleSheet(MESSAGE_STYLE)
            message.setVisible(False)
        self._access_radios = {
            ServiceAccess.WALK_IN: ui.walk_in_radio,
            ServiceAccess.REFERRAL: ui.referral_radio,
            ServiceAccess.EITHER: ui.either_radio,
        }
        save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save_button.clicked.connect(self.save)
        save_button.setDefault(True)
        ui.button_box.rejected.connect(self.reject)
        ui.categories_list.itemChanged.connect(self._recheck_categories)
        ui.add_language_button.clicked.connect(self.add_language)
        ui.other_language_edit.returnPressed.connect(self.add_language)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        ui.other_language_edit.setMinimumWidth(
            ui.other_language_edit.fontMetrics().averageCharWidth() * 14
        )
        self.retranslate()
        self._load(service or Service(name=""))

    # ------------------------------------------------------------------ filling
    def retranslate(self) -> None:
        """Texts that come from Python."""
        self.setWindowTitle(_("Edit a service") if self._original else _("Add a service"))
        for row in range(self.ui.categories_list.count()):
            item = self.ui.categories_list.item(row)
            item.setText(label(NeedCategory(item.data(_VALUE))))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate with the application."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def _load(self, service: Service) -> None:
        ui = self.ui
        for name in TEXT_FIELDS:
            edit = getattr(ui, f"{name}_edit")
            value = getattr(service, name)
            if hasattr(edit, "setPlainText"):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        ui.categories_list.clear()
        for category in NeedCategory:
            item = QListWidgetItem(label(category))
            item.setData(_VALUE, category.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = category in service.categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.categories_list.addItem(item)
        ui.languages_list.clear()
        codes = list(dict.fromkeys([*service.languages, *FAMILY_LANGUAGES, *self._extra_languages]))
        for code in codes:
            self._add_language_item(code, checked=code in service.languages)
        self._access_radios[ServiceAccess(service.access)].setChecked(True)
        self.checks.clear()

    def _add_language_item(self, code: str, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(language_name(code) or code)
        item.setData(_VALUE, code)
        item.setToolTip(code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.ui.languages_list.addItem(item)
        return item

    def add_language(self) -> bool:
        """Add (and tick) the language typed by its code or name ("tir", "Tigrinya")."""
        ui = self.ui
        text = ui.other_language_edit.text().strip()
        if not text:
            return False
        code = language_code(text) or language_code("", text)
        if code is None:
            self._say(
                ui.languages_message,
                _("Hearth does not know “{value}”. Type a language code such as ti or fas.").format(
                    value=text
                ),
            )
            return False
        for row in range(ui.languages_list.count()):
            item = ui.languages_list.item(row)
            if item.data(_VALUE) == code:
                break
        else:
            item = self._add_language_item(code, checked=True)
        item.setCheckState(Qt.CheckState.Checked)
        ui.languages_list.scrollToItem(item)
        ui.other_language_edit.clear()
        self._say(ui.languages_message, "")
        return True

    # ------------------------------------------------------------------ reading
    def _checked(self, widget: object) -> list[str]:
        values = []
        for row in range(widget.count()):  # type: ignore[attr-defined]
            item = widget.item(row)  # type: ignore[attr-defined]
            if item.checkState() == Qt.CheckState.Checked:
                values.append(str(item.data(_VALUE)))
        return values

    def service(self) -> Service:
        """Return the service as the form shows it (not checked)."""
        ui = self.ui
        base = self._original or Service(name="")
        for name in TEXT_FIELDS:
            edit = getattr(ui, f"{name}_edit")
            text = edit.toPlainText() if hasattr(edit, "toPlainText") else edit.text()
            base = dataclasses.replace(base, **{name: text.strip()})
        access = next(a for a, radio in self._access_radios.items() if radio.isChecked())
        return dataclasses.replace(
            base,
            website=rules.normalise_website(base.website),
            categories=tuple(NeedCategory(c) for c in self._checked(ui.categories_list)),
            languages=tuple(self._checked(ui.languages_list)),
            access=access,
        )

    # ------------------------------------------------------------------ saving
    def _say(self, message_label: object, text: str) -> None:
        message_label.setText(text)  # type: ignore[attr-defined]
        message_label.setVisible(bool(text))  # type: ignore[attr-defined]

    def _recheck_categories(self) -> None:
        if self.ui.categories_message.isVisible():
            self._check_categories()

    def _check_categories(self) -> bool:
        message = rules.categories_given(len(self._checked(self.ui.categories_list)))
        self._say(self.ui.categories_message, message or "")
        return message is None

    def save(self) -> bool:
        """Check everything; save; close once the vault committed. Return whether saved."""
        fields_ok = self.checks.check_all()
        categories_ok = self._check_categories()
        if not categories_ok and fields_ok:
            self.ui.categories_list.setFocus()
        if not (fields_ok and categories_ok):
            self._say(
                self.ui.save_message_label, _("Not saved: please fix the fields marked above.")
            )
            return False
        try:
            stored = self._save(self.service())
        except UserFacingError as error:
            self._say(self.ui.save_message_label, _("Not saved. {problem}").format(problem=error))
            return False
        self._say(self.ui.save_message_label, "")
        self.saved.emit(stored)
        self.accept()
        return True
