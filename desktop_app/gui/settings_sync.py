"""Settings, Sync and keys: this laptop's key, coordinator keys, and the targets.

Nothing here opens a connection. Targets are stored through
:func:`desktop_app.sync.targets.save_target` (which checks them again); a DHIS2 access
token is typed once into a password field and never shown again — editing a target
says only that a token is stored and how it ends, and an empty token field keeps it.
A coordinator's key is added only after the person confirmed its fingerprint.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QTableWidgetItem,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import ContactKind, NeedCategory
from desktop_app.gui.labels import label
from desktop_app.gui.settings_common import error_text, fit_list, set_row_visible, show_message
from desktop_app.i18n import N_, _, current_language, isolate, ngettext
from desktop_app.i18n.locales import language_name

_KIND_PAGES = {"folder": 0, "adx": 1, "dhis2": 2}
_NAME_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
#: A stored token is described by at most its last characters, never in full.
TOKEN_TAIL = 4
_MIN_TOKEN_FOR_TAIL = 16

_OPTION_WORDS = {
    ("event_kind", "coffee_morning"): N_("Coffee morning"),
    ("event_kind", "workshop"): N_("Workshop"),
    ("event_kind", "school_event"): N_("School event"),
    ("event_kind", "other"): N_("Other event"),
    ("interpreter", "qualified"): N_("Qualified interpreter"),
    ("interpreter", "family_member"): N_("A family member (adult)"),
    ("interpreter", "child"): N_("A child"),
    ("interpreter", "none"): N_("No interpreter"),
    ("met_within_90_days", "yes"): N_("Within 90 days"),
    ("met_within_90_days", "no"): N_("After more than 90 days"),
    ("school_place", "recorded"): N_("School year or class recorded"),
    ("school_place", "not_recorded"): N_("No school year or class recorded"),
    ("language_group", "other"): N_("Other languages"),
}


def option_words(dimension: str, option: str) -> str:
    """Return a published option in plain words (the code when there are none)."""
    if dimension == "need_category":
        try:
            return label(NeedCategory(option))
        except ValueError:
            return option
    if dimension == "contact_kind":
        try:
            return label(ContactKind(option))
        except ValueError:
            return option
    if dimension == "language_group" and option != "other":
        return language_name(option, current_language())
    words = _OPTION_WORDS.get((dimension, option))
    return _(words) if words else option


def figure_rows() -> list[tuple[str, str]]:
    """Every figure a payload can hold: ``(mapping key, description)``, in sending order."""
    from desktop_app.stats.indicators import INDICATORS
    from desktop_app.sync.formats import value_key

    rows = []
    for indicator in INDICATORS:
        for cell in indicator.cells():
            key = value_key(indicator.id, cell)
            title = _(indicator.title)
            if not cell:
                text = _("{figure}: all").format(figure=title) if indicator.dimensions else title
            else:
                parts = ", ".join(isolate(option_words(d, o)) for d, o in cell)
                text = _("{figure}: {breakdown}").format(figure=isolate(title), breakdown=parts)
            rows.append((key, text))
    return rows


def token_tail(token: str) -> str:
    """Return the last characters of a token to recognise it by (none of a short one)."""
    return token[-TOKEN_TAIL:] if len(token) >= _MIN_TOKEN_FOR_TAIL else ""


class SyncSection(QObject):
    """The Sync and keys section of the Settings page."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self._page = page
        self.ui = page.ui
        self._services: Any = None
        self._editing: str | None = None  # the name of the target being edited
        self._kind: str | None = None  # the kind being added or edited
        self._stored_tail = ""
        self._keep: dict[str, Any] = {}  # settings the form does not show (timeouts)
        self._style()
        self._connect()

    def _style(self) -> None:
        ui = self.ui
        ui.target_editor_group.setVisible(False)
        for widget in (ui.target_list, ui.receiver_list):
            # Long folder paths and addresses wrap instead of scrolling sideways.
            widget.setWordWrap(True)
            widget.setResizeMode(widget.ResizeMode.Adjust)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.org_units_table.setColumnCount(2)
        ui.mapping_table.setColumnCount(3)
        for table in (ui.org_units_table, ui.mapping_table):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        # Figures wrap onto more lines rather than hide behind an ellipsis.
        ui.mapping_table.setWordWrap(True)
        ui.mapping_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        ui.mapping_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self._size_uid_columns()

    def _connect(self) -> None:
        ui = self.ui
        ui.export_device_key_button.clicked.connect(self.export_device_key)
        ui.add_receiver_button.clicked.connect(self.add_receiver)
        ui.remove_receiver_button.clicked.connect(self.remove_receiver)
        ui.receiver_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.target_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        ui.target_list.itemActivated.connect(lambda _item: self.edit_target())
        # One button, a menu of kinds: three buttons side by side did not fit at 200 % text.
        menu = QMenu(ui.add_target_button)
        menu.setObjectName("add_target_menu")
        self.add_actions: dict[str, QAction] = {}
        for kind in ("folder", "adx", "dhis2"):
            action = QAction(menu)
            action.setObjectName(f"add_{kind}_action")
            action.triggered.connect(lambda _checked=False, kind=kind: self.new_target(kind))
            menu.addAction(action)
            self.add_actions[kind] = action
        ui.add_target_button.setMenu(menu)
        ui.edit_target_button.clicked.connect(self.edit_target)
        ui.remove_target_button.clicked.connect(self.remove_target)
        ui.save_target_button.clicked.connect(self.save_target)
        ui.cancel_target_button.clicked.connect(self.close_editor)
        ui.folder_browse_button.clicked.connect(lambda: self._browse_folder(ui.folder_edit))
        ui.adx_browse_button.clicked.connect(lambda: self._browse_folder(ui.adx_folder_edit))
        ui.ca_browse_button.clicked.connect(self._browse_ca_file)
        ui.add_org_unit_button.clicked.connect(lambda: self._add_org_unit_row("", ""))
        ui.remove_org_unit_button.clicked.connect(self._remove_org_unit_row)
        ui.load_mapping_button.clicked.connect(self.load_mapping_file)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show the vault's keys and targets; ``None`` (locked) clears everything."""
        self._services = services
        self.close_editor()
        for widget in (self.ui.device_group, self.ui.receivers_group, self.ui.targets_group):
            widget.setEnabled(services is not None)
        for message in (
            self.ui.device_message_label,
            self.ui.receiver_message_label,
            self.ui.target_message_label,
        ):
            self._say(message, "")
        self.refresh()

    def _say(self, widget: QLabel, text: str, *, error: bool = False) -> None:
        show_message(widget, text, error=error)

    def _still(self, services: Any) -> bool:
        """Whether the session that asked a question is still the unlocked one."""
        return services is not None and self._services is services

    def refresh(self) -> None:
        """Fill this laptop's id, the coordinator keys and the targets again."""
        ui = self.ui
        ui.receiver_list.clear()
        ui.target_list.clear()
        if self._services is None:
            ui.device_id_label.clear()
            self._update_buttons()
            return
        from desktop_app.vault.repositories.sync import OwnKeyPurpose

        repo = self._services.sync
        if repo.own_key(OwnKeyPurpose.DEVICE) is None:
            ui.device_id_label.setText(_("Not made yet: it is made when you first export it."))
        else:
            from desktop_app.sync.keys import DeviceIdentity

            ui.device_id_label.setText(DeviceIdentity.of_vault(repo).device_id)
        for key in repo.receivers():
            text = key.fingerprint if not key.label else f"{key.fingerprint}  {isolate(key.label)}"
            item = QListWidgetItem(text, ui.receiver_list)
            item.setData(_KEY_ROLE, key.fingerprint)
        for stored in repo.targets():
            item = QListWidgetItem(self._describe_target(stored), ui.target_list)
            item.setData(_NAME_ROLE, stored.name)
        fit_list(ui.receiver_list, 1, 5)
        fit_list(ui.target_list, 2, 6)
        self._update_buttons()

    def _describe_target(self, stored: Any) -> str:
        from desktop_app.sync.errors import TargetError
        from desktop_app.sync.targets import AdxTarget, FolderTarget, target_from_stored

        try:
            target = target_from_stored(stored)
        except TargetError:
            return _("{name}: damaged settings, configure it again").format(name=stored.name)
        if isinstance(target, FolderTarget):
            where = _("sealed files in {folder}").format(folder=isolate(str(target.folder)))
        elif isinstance(target, AdxTarget):
            where = _("ADX files in {folder}").format(folder=isolate(str(target.folder)))
        else:
            where = _("DHIS2 at {address}").format(address=isolate(target.server.base_url))
        return f"{isolate(stored.name)}: {where}"

    def _update_buttons(self) -> None:
        ui = self.ui
        unlocked = self._services is not None
        editing = self._kind is not None
        ui.remove_receiver_button.setEnabled(
            unlocked and ui.receiver_list.currentItem() is not None
        )
        chosen = ui.target_list.currentItem() is not None
        ui.edit_target_button.setEnabled(unlocked and chosen and not editing)
        ui.remove_target_button.setEnabled(unlocked and chosen and not editing)
        ui.add_target_button.setEnabled(unlocked and not editing)

    def target_names(self) -> list[str]:
        """The targets listed, by name."""
        widget = self.ui.target_list
        return [str(widget.item(i).data(_NAME_ROLE)) for i in range(widget.count())]

    def receiver_fingerprints(self) -> list[str]:
        """The coordinator keys listed, by fingerprint."""
        widget = self.ui.receiver_list
        return [str(widget.item(i).data(_KEY_ROLE)) for i in range(widget.count())]

    # ------------------------------------------------------------------ keys
    def export_device_key(self) -> Path | None:
        """Write this laptop's public key to a file the person chooses."""
        services = self._services
        if services is None:
            return None
        from desktop_app.sync.keys import DeviceIdentity

        identity = DeviceIdentity.of_vault(services.sync)
        suggested = f"hearth-device-{identity.device_id[:4]}.hearth-key"
        path = self._page.ask_save_file(
            _("Export this laptop's key"), suggested, _("Hearth key files (*.hearth-key)")
        )
        if path is None or not self._still(services):
            self.refresh()
            return None
        try:
            path.write_bytes(identity.public_key_file().to_bytes())
        except OSError:
            self._say(
                self.ui.device_message_label,
                _("The key file could not be written there. Choose another folder."),
                error=True,
            )
            return None
        self.refresh()
        self._say(
            self.ui.device_message_label,
            _("This laptop's key was written to {path}. Its fingerprint is {fingerprint}.").format(
                path=isolate(str(path)), fingerprint=identity.device_id
            ),
        )
        return path

    def add_receiver(self) -> bool:
        """Read a coordinator's key file; add it only once its fingerprint is confirmed."""
        services = self._services
        if services is None:
            return False
        from desktop_app.sync.keys import KeyKind, read_key_file, trust_receiver

        message = self.ui.receiver_message_label
        path = self._page.ask_open_file(
            _("Choose the coordinator's key file"),
            _("Hearth key files (*.hearth-key *.json);;All files (*)"),
        )
        if path is None or not self._still(services):
            return False
        try:
            key = read_key_file(path, KeyKind.RECEIVER)
        except UserFacingError as error:
            self._say(message, error_text(error), error=True)
            return False
        if services.sync.receiver(key.fingerprint) is not None:
            self._say(message, _("This coordinator key is already trusted."))
            return False
        confirmed = bool(self._page.ask_fingerprint(key.fingerprint, key.label))
        if not self._still(services):
            return False
        try:
            trust_receiver(services.sync, key, confirm=confirmed)
        except UserFacingError as error:
            self._say(message, error_text(error), error=True)
            return False
        self.refresh()
        self._say(
            message,
            _("The coordinator key {fingerprint} was added.").format(fingerprint=key.fingerprint),
        )
        return True

    def remove_receiver(self) -> bool:
        """Stop trusting the chosen coordinator key (never while a target uses it)."""
        services = self._services
        item = self.ui.receiver_list.currentItem()
        if services is None or item is None:
            return False
        from desktop_app.sync.errors import TargetError
        from desktop_app.sync.targets import FolderTarget, target_from_stored

        chosen = str(item.data(_KEY_ROLE))
        message = self.ui.receiver_message_label
        for stored in services.sync.targets():
            try:
                target = target_from_stored(stored)
            except TargetError:
                continue
            if isinstance(target, FolderTarget) and target.receiver == chosen:
                self._say(
                    message,
                    _(
                        "The target {name} seals its files for this key. Change or remove that "
                        "target first."
                    ).format(name=isolate(stored.name)),
                    error=True,
                )
                return False
        if not self._page.ask_confirm(
            _("Remove the coordinator key?"),
            _(
                "Figures will no longer be sealed for the key {fingerprint}. You can add it "
                "again from its key file."
            ).format(fingerprint=chosen),
            _("Remove the key"),
        ) or not self._still(services):
            return False
        services.sync.remove_receiver(chosen)
        self.refresh()
        self._say(message, _("The coordinator key was removed."))
        return True

    # ------------------------------------------------------------------ targets
    def new_target(self, kind: str) -> None:
        """Open the editor for a new target of ``kind`` (folder, adx, dhis2)."""
        if self._services is None:
            return
        self._open_editor(kind, None)
        ui = self.ui
        if kind == "adx":
            ui.adx_data_set_edit.setText("HEARTH")
        if kind == "dhis2":
            self._fill_org_units({self._own_area(): ""})
            self._fill_mapping({})
            # Lines left empty are meant to send nothing (the table says so).
            ui.skip_unmapped_check.setChecked(True)
        ui.target_name_edit.setFocus()

    def edit_target(self) -> None:
        """Open the editor on the chosen target (its token stays hidden)."""
        services = self._services
        item = self.ui.target_list.currentItem()
        if services is None or item is None:
            return
        from desktop_app.sync.targets import (
            AdxTarget,
            Dhis2Target,
            FolderTarget,
            load_target,
        )

        name = str(item.data(_NAME_ROLE))
        try:
            target = load_target(services.sync, name)
        except UserFacingError as error:
            self._say(self.ui.target_message_label, error_text(error), error=True)
            return
        ui = self.ui
        self._open_editor(target.kind.value, name)
        ui.target_name_edit.setText(name)
        if isinstance(target, FolderTarget):
            ui.folder_edit.setText(str(target.folder))
            index = ui.receiver_combo.findData(target.receiver)
            ui.receiver_combo.setCurrentIndex(index)
        elif isinstance(target, AdxTarget):
            ui.adx_folder_edit.setText(str(target.folder))
            ui.adx_data_set_edit.setText(target.data_set)
        elif isinstance(target, Dhis2Target):
            server, mapping = target.server, target.mapping
            ui.base_url_edit.setText(server.base_url)
            self._stored_tail = token_tail(server.token)
            self._keep = {"timeout": server.timeout, "retries": server.retries}
            ui.ca_file_edit.setText("" if server.ca_file is None else str(server.ca_file))
            self._fill_from_mapping(mapping)
        self._update_token_state()
        ui.save_target_button.setFocus()

    def _open_editor(self, kind: str, name: str | None) -> None:
        ui = self.ui
        self._clear_editor()
        self._kind = kind
        self._editing = name
        ui.target_kind_stack.setCurrentIndex(_KIND_PAGES[kind])
        ui.target_name_edit.setReadOnly(name is not None)
        ui.target_name_edit.setToolTip(
            _("The name of a target cannot be changed: remove it and add it again.")
            if name is not None
            else ""
        )
        self._fill_receivers()
        self._retitle_editor()
        # The editor takes the place of the lists until it is saved or cancelled.
        for group in (ui.device_group, ui.receivers_group, ui.targets_group):
            group.setVisible(False)
        ui.target_editor_group.setVisible(True)
        ui.sync_scroll.verticalScrollBar().setValue(0)
        self._update_buttons()
        self._update_token_state()

    def _retitle_editor(self) -> None:
        titles = {
            ("folder", False): _("New folder drop"),
            ("adx", False): _("New ADX export"),
            ("dhis2", False): _("New DHIS2 target"),
            ("folder", True): _("Folder drop"),
            ("adx", True): _("ADX export"),
            ("dhis2", True): _("DHIS2 target"),
        }
        if self._kind is not None:
            self.ui.target_editor_group.setTitle(titles[(self._kind, self._editing is not None)])

    def _fill_receivers(self) -> None:
        combo = self.ui.receiver_combo
        combo.clear()
        if self._services is None:
            return
        for key in self._services.sync.receivers():
            text = key.fingerprint if not key.label else f"{key.fingerprint}  {isolate(key.label)}"
            combo.addItem(text, key.fingerprint)

    def _own_area(self) -> str:
        from desktop_app.stats.release import ALL_AREAS
        from desktop_app.stats.settings import SETTING_AREA

        if self._services is None:
            return ALL_AREAS
        return (self._services.settings.get(SETTING_AREA) or "").strip() or ALL_AREAS

    def _update_token_state(self) -> None:
        ui = self.ui
        if self._kind != "dhis2" or self._editing is None:
            ui.token_state_label.clear()
            set_row_visible(ui.token_state_label, False)
            ui.token_edit.setPlaceholderText("")
            return
        if self._stored_tail:
            text = _(
                "A token is stored (it ends in …{tail}). Leave this empty to keep it, or "
                "paste a new one."
            ).format(tail=self._stored_tail)
        else:
            text = _("A token is stored. Leave this empty to keep it, or paste a new one.")
        ui.token_state_label.setText(text)
        set_row_visible(ui.token_state_label, True)
        ui.token_edit.setPlaceholderText(_("(stored, not shown)"))

    def _clear_editor(self) -> None:
        ui = self.ui
        for edit in (
            ui.target_name_edit,
            ui.folder_edit,
            ui.adx_folder_edit,
            ui.adx_data_set_edit,
            ui.base_url_edit,
            ui.data_set_edit,
            ui.aoc_edit,
            ui.ca_file_edit,
        ):
            edit.clear()
            edit.setAccessibleDescription("")
        self._forget_token()
        ui.org_units_table.setRowCount(0)
        ui.mapping_table.setRowCount(0)
        ui.skip_unmapped_check.setChecked(False)
        for message in self._field_messages().values():
            self._say(message, "")
        self._say(ui.target_editor_message_label, "")
        self._stored_tail = ""
        self._keep = {}

    def _forget_token(self) -> None:
        edit = self.ui.token_edit
        # Overwrite before clearing: the widget's own buffer then holds no token either.
        edit.setText("\u2022" * len(edit.text()))
        edit.clear()

    def close_editor(self) -> None:
        """Close the editor without saving; forget whatever was typed in it."""
        self._clear_editor()
        self._kind = None
        self._editing = None
        ui = self.ui
        ui.target_editor_group.setVisible(False)
        for group in (ui.device_group, ui.receivers_group, ui.targets_group):
            group.setVisible(True)
        self._update_buttons()

    def editor_open(self) -> bool:
        """Whether a target is being added or edited."""
        return self._kind is not None

    def _field_messages(self) -> dict[str, QLabel]:
        ui = self.ui
        return {
            "name": ui.target_name_message_label,
            "folder": ui.folder_message_label,
            "receiver": ui.receiver_combo_message_label,
            "adx_folder": ui.adx_folder_message_label,
            "adx_data_set": ui.adx_data_set_message_label,
            "base_url": ui.base_url_message_label,
            "token": ui.token_message_label,
            "data_set": ui.data_set_message_label,
            "aoc": ui.aoc_message_label,
            "org_units": ui.org_units_message_label,
            "mapping": ui.mapping_message_label,
            "ca_file": ui.ca_file_message_label,
        }

    def _field_widgets(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.target_name_edit,
            "folder": ui.folder_edit,
            "receiver": ui.receiver_combo,
            "adx_folder": ui.adx_folder_edit,
            "adx_data_set": ui.adx_data_set_edit,
            "base_url": ui.base_url_edit,
            "token": ui.token_edit,
            "data_set": ui.data_set_edit,
            "aoc": ui.aoc_edit,
            "org_units": ui.org_units_table,
            "mapping": ui.mapping_table,
            "ca_file": ui.ca_file_edit,
        }

    def problems(self) -> dict[str, str]:
        """Check every field of the editor; return the problems by field."""
        from desktop_app.sync import target_rules as rules

        ui = self.ui
        found: dict[str, str | None] = {}
        taken = [] if self._editing is not None else self._taken_names()
        found["name"] = rules.target_name_problem(ui.target_name_edit.text(), taken)
        if self._kind == "folder":
            found["folder"] = rules.folder_problem(ui.folder_edit.text())
            if ui.receiver_combo.count() == 0:
                found["receiver"] = _(
                    "Add your coordinator's key first, under Coordinator keys above."
                )
            elif ui.receiver_combo.currentData() is None:
                found["receiver"] = _("Choose the coordinator key the files are sealed for.")
        elif self._kind == "adx":
            found["adx_folder"] = rules.folder_problem(ui.adx_folder_edit.text())
            code = ui.adx_data_set_edit.text().strip()
            if not code or any(c.isspace() for c in code):
                found["adx_data_set"] = _(
                    "Fill in the data set code the receiving system expects, without spaces."
                )
        elif self._kind == "dhis2":
            found["base_url"] = rules.base_url_problem(ui.base_url_edit.text())
            found["token"] = rules.token_problem(
                ui.token_edit.text(), keeping=self._editing is not None
            )
            found["data_set"] = rules.uid_problem(ui.data_set_edit.text())
            found["aoc"] = rules.uid_problem(ui.aoc_edit.text(), required=False)
            found["org_units"] = self._org_units_problem()
            found["mapping"] = self._mapping_problem()
            found["ca_file"] = rules.ca_file_problem(ui.ca_file_edit.text())
        return {field: text for field, text in found.items() if text}

    def _taken_names(self) -> list[str]:
        if self._services is None:
            return []
        return [t.name for t in self._services.sync.targets()]

    def _cell(self, table: Any, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _org_units(self) -> dict[str, str]:
        table = self.ui.org_units_table
        return {
            self._cell(table, row, 0): self._cell(table, row, 1) for row in range(table.rowCount())
        }

    def _org_units_problem(self) -> str | None:
        from desktop_app.sync import target_rules as rules

        table = self.ui.org_units_table
        seen: list[str] = []
        for row in range(table.rowCount()):
            area, uid = self._cell(table, row, 0), self._cell(table, row, 1)
            problem = rules.area_key_problem(area, seen) or rules.uid_problem(uid)
            if problem:
                table.setCurrentCell(row, 1 if area and area not in seen else 0)
                return _("Line {row}: {problem}").format(row=row + 1, problem=problem)
            seen.append(area)
        own = self._own_area()
        if own not in seen:
            return _(
                "Add the organisation unit of this laptop's area, {area}: its figures are "
                "sent under that area."
            ).format(area=own)
        return None

    def _mapping(self) -> dict[str, tuple[str, str | None]]:
        table = self.ui.mapping_table
        found: dict[str, tuple[str, str | None]] = {}
        for row in range(table.rowCount()):
            key_item = table.item(row, 0)
            element, combo = self._cell(table, row, 1), self._cell(table, row, 2)
            if key_item is None or not element:
                continue
            found[str(key_item.data(_KEY_ROLE))] = (element, combo or None)
        return found

    def _mapping_problem(self) -> str | None:
        from desktop_app.sync import target_rules as rules

        table = self.ui.mapping_table
        mapped = 0
        for row in range(table.rowCount()):
            element, combo = self._cell(table, row, 1), self._cell(table, row, 2)
            if not element and not combo:
                continue
            if not element:
                table.setCurrentCell(row, 1)
                return _(
                    "Line {row}: fill in the data element as well as the category option combo."
                ).format(row=row + 1)
            problem = rules.uid_problem(element) or rules.uid_problem(combo, required=False)
            if problem:
                table.setCurrentCell(row, 2 if rules.uid_problem(element) is None else 1)
                return _("Line {row}: {problem}").format(row=row + 1, problem=problem)
            mapped += 1
        if not mapped:
            return _("Fill in the data element of at least one figure, or load a mapping file.")
        return None

    def _show_problems(self, problems: dict[str, str]) -> None:
        messages, widgets = self._field_messages(), self._field_widgets()
        for field, message in messages.items():
            text = problems.get(field, "")
            self._say(message, text, error=True)
            widgets[field].setAccessibleDescription(text)
        if problems:
            first = next(field for field in messages if field in problems)
            widgets[first].setFocus()
            self._say(
                self.ui.target_editor_message_label,
                _("Nothing was saved. Correct what is marked above, then save again."),
                error=True,
            )

    def save_target(self) -> bool:
        """Check the editor, then store the target; nothing is saved while a field is wrong."""
        services = self._services
        if services is None or self._kind is None:
            return False
        problems = self.problems()
        self._show_problems(problems)
        if problems:
            return False
        from desktop_app.sync.targets import save_target

        try:
            target = self._target_from_form(services)
            save_target(services.sync, target)
        except UserFacingError as error:
            self._say(self.ui.target_editor_message_label, error_text(error), error=True)
            return False
        name = target.name
        self.close_editor()
        self.refresh()
        names = self.target_names()
        if name in names:
            self.ui.target_list.setCurrentRow(names.index(name))
        self._say(
            self.ui.target_message_label,
            _("The target {name} was saved. Nothing was sent.").format(name=isolate(name)),
        )
        return True

    def _target_from_form(self, services: Any) -> Any:
        from desktop_app.sync.dhis2 import Dhis2Server
        from desktop_app.sync.formats import Dhis2Mapping
        from desktop_app.sync.targets import (
            AdxTarget,
            Dhis2Target,
            FolderTarget,
            load_target,
        )

        ui = self.ui
        name = ui.target_name_edit.text().strip()
        if self._kind == "folder":
            folder = Path(ui.folder_edit.text().strip()).expanduser()
            return FolderTarget(name, folder, str(ui.receiver_combo.currentData()))
        if self._kind == "adx":
            folder = Path(ui.adx_folder_edit.text().strip()).expanduser()
            return AdxTarget(name, folder, ui.adx_data_set_edit.text().strip())
        token = ui.token_edit.text().strip()
        if not token and self._editing is not None:
            stored = load_target(services.sync, self._editing)
            token = stored.server.token if isinstance(stored, Dhis2Target) else ""
        ca_text = ui.ca_file_edit.text().strip()
        server = Dhis2Server(
            base_url=ui.base_url_edit.text().strip().rstrip("/"),
            token=token,
            ca_file=Path(ca_text).expanduser() if ca_text else None,
            timeout=float(self._keep.get("timeout", 30.0)),
            retries=int(self._keep.get("retries", 2)),
        )
        aoc = ui.aoc_edit.text().strip()
        mapping = Dhis2Mapping(
            data_set=ui.data_set_edit.text().strip(),
            org_units=self._org_units(),
            data_elements=self._mapping(),
            attribute_option_combo=aoc or None,
            skip_unmapped=ui.skip_unmapped_check.isChecked(),
        )
        return Dhis2Target(name, server, mapping)

    def remove_target(self) -> bool:
        """Remove the chosen target (after asking; its waiting releases go with it)."""
        services = self._services
        item = self.ui.target_list.currentItem()
        if services is None or item is None:
            return False
        name = str(item.data(_NAME_ROLE))
        waiting = len(services.sync.outbox(name, pending_only=True))
        text = _("Hearth will no longer send figures to {name}.").format(name=isolate(name))
        if waiting:
            text += " " + ngettext(
                "{count} release waiting to be sent to it will be dropped (the figures stay "
                "frozen in the vault).",
                "{count} releases waiting to be sent to it will be dropped (the figures stay "
                "frozen in the vault).",
                waiting,
            ).format(count=waiting)
        if not self._page.ask_confirm(
            _("Remove the target?"), text, _("Remove the target")
        ) or not self._still(services):
            return False
        services.sync.delete_target(name)
        self.refresh()
        self._say(
            self.ui.target_message_label,
            _("The target {name} was removed.").format(name=isolate(name)),
        )
        return True

    # ------------------------------------------------------------------ DHIS2 tables
    def _add_org_unit_row(self, area: str, uid: str) -> None:
        table = self.ui.org_units_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(area))
        table.setItem(row, 1, QTableWidgetItem(uid))
        if not area:
            table.setCurrentCell(row, 0)
            table.setFocus()

    def _remove_org_unit_row(self) -> None:
        table = self.ui.org_units_table
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def _fill_org_units(self, org_units: dict[str, str]) -> None:
        self.ui.org_units_table.setRowCount(0)
        for area, uid in org_units.items():
            self._add_org_unit_row(area, uid)

    def _fill_mapping(self, elements: dict[str, tuple[str, str | None]]) -> None:
        table = self.ui.mapping_table
        rows = figure_rows()
        known = {key for key, _text in rows}
        extra = [
            (key, _("{key} (not a figure this version of Hearth sends)").format(key=key))
            for key in sorted(set(elements) - known)
        ]
        table.setRowCount(0)
        table.setRowCount(len(rows) + len(extra))
        for row, (key, text) in enumerate(rows + extra):
            figure = QTableWidgetItem(text)
            figure.setData(_KEY_ROLE, key)
            figure.setToolTip(key)
            figure.setFlags(figure.flags() & ~Qt.ItemFlag.ItemIsEditable)
            element, combo = elements.get(key, ("", None))
            table.setItem(row, 0, figure)
            table.setItem(row, 1, QTableWidgetItem(element))
            table.setItem(row, 2, QTableWidgetItem(combo or ""))
        self._label_tables()

    def _fill_from_mapping(self, mapping: Any) -> None:
        ui = self.ui
        ui.data_set_edit.setText(mapping.data_set)
        ui.aoc_edit.setText(mapping.attribute_option_combo or "")
        self._fill_org_units(dict(mapping.org_units))
        self._fill_mapping(dict(mapping.data_elements))
        ui.skip_unmapped_check.setChecked(mapping.skip_unmapped)

    def load_mapping_file(self) -> bool:
        """Fill the DHIS2 identifiers from a mapping file (the shape Hearth stores)."""
        if self._kind != "dhis2":
            return False
        from desktop_app.sync.errors import TargetError
        from desktop_app.sync.formats import Dhis2Mapping

        message = self.ui.mapping_message_label
        path = self._page.ask_open_file(
            _("Choose a DHIS2 mapping file"), _("Mapping files (*.json);;All files (*)")
        )
        if path is None:
            return False
        try:
            raw = json.loads(path.read_bytes()[: 4 * 1024 * 1024].decode("utf-8"))
            data = raw.get("mapping", raw) if isinstance(raw, dict) else None
            if not isinstance(data, dict):
                raise ValueError
            mapping = Dhis2Mapping.from_dict(data)
        except TargetError as error:
            self._say(message, error_text(error), error=True)
            return False
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self._say(
                message,
                _(
                    "This file is not a DHIS2 mapping. Ask your coordinator for the mapping "
                    "file Hearth uses."
                ),
                error=True,
            )
            return False
        self._fill_from_mapping(mapping)
        self._say(
            message,
            ngettext(
                "Loaded {count} data element. Check them, then save the target.",
                "Loaded {count} data elements. Check them, then save the target.",
                len(mapping.data_elements),
            ).format(count=len(mapping.data_elements)),
        )
        return True

    def _size_uid_columns(self) -> None:
        """UID columns as wide as an identifier (11 characters), whatever the text size."""
        table = self.ui.mapping_table
        width = table.fontMetrics().horizontalAdvance("pBOMPrpg1QXW") + 24
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

    def _label_tables(self) -> None:
        ui = self.ui
        ui.org_units_table.setHorizontalHeaderLabels([_("Area code"), _("Organisation unit UID")])
        ui.mapping_table.setHorizontalHeaderLabels(
            [_("Figure"), _("Data element"), _("Option combo")]
        )
        tips = [
            _("What Hearth counts"),
            _("The UID of the DHIS2 data element that receives the figure"),
            _("The UID of the category option combo (optional: the default one when empty)"),
        ]
        for column, tip in enumerate(tips):
            item = ui.mapping_table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)

    # ------------------------------------------------------------------ browsing
    def _browse_folder(self, edit: QLineEdit) -> None:
        folder = self._page.ask_folder(_("Choose the folder"))
        if folder is not None:
            edit.setText(str(folder))

    def _browse_ca_file(self) -> None:
        path = self._page.ask_open_file(
            _("Choose the certificate authority file"),
            _("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path is not None:
            self.ui.ca_file_edit.setText(str(path))

    def retranslate(self) -> None:
        """Set the texts that come from Python again."""
        words = {
            "folder": _("A &folder drop: sealed files on a USB stick or shared drive"),
            "adx": _("An AD&X export: XML files in a folder"),
            "dhis2": _("&DHIS2: figures imported over HTTPS"),
        }
        for kind, action in self.add_actions.items():
            action.setText(words[kind])
        self._label_tables()
        self._retitle_editor()
        self._update_token_state()
        if self._kind == "dhis2":
            table = self.ui.mapping_table
            texts = dict(figure_rows())
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                key = str(item.data(_KEY_ROLE)) if item is not None else ""
                if item is not None and key in texts:
                    item.setText(texts[key])
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """Describe the listed targets again (their words follow the language)."""
        if self._services is None:
            return
        current = self.ui.target_list.currentRow()
        self.refresh()
        if 0 <= current < self.ui.target_list.count():
            self.ui.target_list.setCurrentRow(current)
