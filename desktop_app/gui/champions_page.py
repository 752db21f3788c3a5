"""The Champions page: parent champions, finding one for a new family, and introductions.

Three tabs:

* **Champions** — every champion with their school, languages, children's year groups,
  availability and *load* (introductions under way against how many families they can
  take; full and over-capacity champions are flagged, and no longer suggested).
  Register, edit, pause or resume, retire.
* **Find a champion** — pick the new family by searching; their consent to be
  introduced is checked first; then the champions who could welcome them, ranked by
  :mod:`desktop_app.core.champions` with the reasons in words ("same school and
  class", "speaks Arabic", "children of similar age"); record the introduction.
  :meth:`ChampionsPage.suggest_for` opens this tab for a family (the family page's
  entry point).
* **Introductions** — all (or one champion's, or one family's) introductions; record
  check-ins (date and a short note), end one, or record that it was declined.

Every change goes through the vault and shows as saved only after it committed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QTableWidget, QWidget

from desktop_app.core.champions import Load, load_words, reason_words
from desktop_app.core.consent import granted_purposes
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import ChampionCheckIn, ChampionMatchStatus, ConsentPurpose
from desktop_app.gui.champion_dialog import ChampionDialog, year_group_words, youngest_first
from desktop_app.gui.draft_dialog import PageDialog
from desktop_app.gui.families_page import style_title
from desktop_app.gui.forms.ui_champions_page import Ui_ChampionsPage
from desktop_app.gui.household_search import HouseholdSearch, family_handle, language_names
from desktop_app.gui.labels import format_day, in_ui_direction, label
from desktop_app.gui.record_tables import fill_table, prepare_table, select_row, selected_id
from desktop_app.i18n import _, current_language, isolate, ngettext

SAVED_STYLE = "color: #1e6b34;"
ERROR_STYLE = "color: #a4262c;"
FULL_COLOUR = "#8a5300"
OVERLOADED_COLOUR = "#a4262c"
ERROR_RED = "#a4262c"

_ID_ROLE = int(Qt.ItemDataRole.UserRole)
_LIVE = frozenset(
    {ChampionMatchStatus.SUGGESTED, ChampionMatchStatus.INTRODUCED, ChampionMatchStatus.ACTIVE}
)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ChampionsPage(QWidget):
    """Parent champions and their introductions; ``open_household`` asks to show a family."""

    open_household = Signal(int)
    #: Emitted after a change committed (lists elsewhere may show it).
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChampionsPage()
        self.ui.setupUi(self)
        self._today = today
        self._services: Any = None
        self._loads: dict[int, Any] = {}
        self._suggestions: dict[int, Any] = {}
        self._introductions: dict[int, Any] = {}
        self.family_id: int | None = None
        self._intro_filter: tuple[str, int, str] | None = None
        self.dialogs = PageDialog(self, ChampionDialog, self._after_dialog_save, today=today)
        ui = self.ui
        style_title(ui.title_label)
        for table in (ui.champions_table, ui.suggestions_table, ui.introductions_table):
            prepare_table(table)
        for widget in (ui.message_label, ui.consent_label):
            widget.setVisible(False)
        self.search = HouseholdSearch(ui.family_search_edit, ui.family_results_list, None, self)
        self._connect()
        self._shortcuts()
        self.retranslate()
        self.set_services(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.show_retired_check.toggled.connect(self.refresh_champions)
        ui.register_button.clicked.connect(self.register_champion)
        ui.edit_button.clicked.connect(self.edit_champion)
        ui.pause_button.clicked.connect(self.toggle_pause)
        ui.retire_button.clicked.connect(self.retire_champion)
        ui.show_introductions_button.clicked.connect(self._show_champion_introductions)
        ui.champions_table.itemSelectionChanged.connect(self._update_champion_buttons)
        ui.champions_table.doubleClicked.connect(
            lambda index: self._open_owner(self._row_id(ui.champions_table, index.row()))
        )
        self.search.picked.connect(self.suggest_for)
        ui.suggest_button.clicked.connect(self.suggest)
        ui.suggestions_table.itemSelectionChanged.connect(self._update_introduce_button)
        ui.introduce_button.clicked.connect(self.introduce)
        ui.show_ended_check.toggled.connect(self.refresh_introductions)
        ui.show_all_button.clicked.connect(lambda: self.filter_introductions(None))
        ui.introductions_table.itemSelectionChanged.connect(self._show_check_ins)
        ui.introductions_table.doubleClicked.connect(self._open_introduced_family)
        ui.add_checkin_button.clicked.connect(self.record_check_in)
        ui.checkin_note_edit.returnPressed.connect(self.record_check_in)
        ui.end_button.clicked.connect(lambda: self.set_status(ChampionMatchStatus.ENDED))
        ui.decline_button.clicked.connect(lambda: self.set_status(ChampionMatchStatus.DECLINED))

    def _shortcuts(self) -> None:
        for key, slot in (
            ("Ctrl+Shift+N", self.register_champion),
            # Not Ctrl+Shift+S: that is Sync, in the whole window.
            ("Ctrl+Shift+F", self._suggest_shortcut),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show the vault's champions, or nothing at all when ``services`` is None."""
        self._services = services
        ui = self.ui
        self.search.set_search(None if services is None else services.households.search)
        if services is None:
            self.dialogs.close_quietly()
            self.family_id = None
            self._intro_filter = None
            self._loads, self._suggestions, self._introductions = {}, {}, {}
            for table in (ui.champions_table, ui.suggestions_table, ui.introductions_table):
                table.clearContents()
                table.setRowCount(0)
            ui.check_ins_list.clear()
            ui.checkin_note_edit.clear()
            ui.chosen_family_label.clear()
            self._show(ui.consent_label, "")
            self._show(ui.message_label, "")
        self.setEnabled(services is not None)
        self.refresh()

    def refresh(self) -> None:
        """Read everything shown again from the vault."""
        today = self._today()
        for edit in (self.ui.introduce_date_edit, self.ui.checkin_date_edit):
            edit.setMaximumDate(_qdate(today))
            edit.setDate(_qdate(today))
        self.refresh_champions()
        self.refresh_introductions()
        self._show_family_label()
        self._update_introduce_button()

    # ------------------------------------------------------------------ champions tab
    def refresh_champions(self) -> None:
        """Fill the list of champions with their load."""
        ui = self.ui
        if self._services is None:
            self._update_champion_buttons()
            return
        loads = self._services.champions.loads(include_retired=ui.show_retired_check.isChecked())
        self._loads = {load.champion.id: load for load in loads}
        rows = [
            (
                load.champion.id,
                [
                    family_handle(load.reference, load.alias),
                    isolate(load.champion.school),
                    language_names(load.champion.languages),
                    ", ".join(
                        year_group_words(y) for y in youngest_first(load.champion.year_groups)
                    ),
                    self._load_text(load),
                    self._status_text(load),
                    isolate(load.champion.availability),
                ],
            )
            for load in loads
        ]
        fill_table(ui.champions_table, self._champion_headers(), rows)
        colours = {Load.FULL: FULL_COLOUR, Load.OVERLOADED: OVERLOADED_COLOUR}
        for r, load in enumerate(loads):
            flagged = {4: colours.get(load.load), 5: None if load.consent_given else ERROR_RED}
            for column, colour in flagged.items():
                cell = ui.champions_table.item(r, column)
                if cell is not None and colour is not None:
                    cell.setForeground(QBrush(QColor(colour)))
        self._update_champion_buttons()

    @staticmethod
    def _champion_headers() -> list[str]:
        return [
            _("Family"),
            _("School"),
            _("Languages"),
            _("Children's year groups"),
            _("Introductions"),
            _("Status"),
            _("Available"),
        ]

    @staticmethod
    def _load_text(load: Any) -> str:
        text = load_words(load.live_matches, load.champion.max_families)
        if load.load is Load.OVERLOADED:
            return _("{load} · over capacity").format(load=text)
        if load.load is Load.FULL:
            return _("{load} · full").format(load=text)
        return text

    @staticmethod
    def _status_text(load: Any) -> str:
        champion = load.champion
        if not load.consent_given:
            return _("Consent withdrawn: not suggested")
        if champion.retired_on is not None:
            return _("Retired on {date}").format(date=format_day(champion.retired_on))
        if not champion.active:
            return _("Paused")
        return _("Active")

    @staticmethod
    def _row_id(table: QTableWidget, row: int) -> int | None:
        item = table.item(row, 0)
        found = None if item is None else item.data(_ID_ROLE)
        return None if found is None else int(found)

    def selected_champion_id(self) -> int | None:
        """Return the champion selected in the list."""
        found = selected_id(self.ui.champions_table)
        return None if found is None else int(found)

    def _selected_load(self) -> Any:
        champion_id = self.selected_champion_id()
        return None if champion_id is None else self._loads.get(champion_id)

    def _update_champion_buttons(self) -> None:
        ui = self.ui
        load = self._selected_load()
        usable = load is not None and load.consent_given
        ui.edit_button.setEnabled(usable)
        ui.retire_button.setEnabled(usable and load.champion.retired_on is None)
        ui.pause_button.setEnabled(usable)
        ui.show_introductions_button.setEnabled(load is not None)
        if load is not None and load.champion.retired_on is not None:
            ui.pause_button.setText(_("&Bring back"))
        elif load is not None and not load.champion.active:
            ui.pause_button.setText(_("Res&ume"))
        else:
            ui.pause_button.setText(_("&Pause"))
        ui.register_button.setEnabled(self._services is not None)

    def register_champion(self) -> ChampionDialog | None:
        """Open the dialog that registers a new champion."""
        if self._services is None:
            return None
        return self._open_dialog(ChampionDialog(self._services, today=self._today, parent=self))

    def edit_champion(self) -> ChampionDialog | None:
        """Open the selected champion's details."""
        load = self._selected_load()
        if self._services is None or load is None:
            return None
        return self._open_dialog(
            ChampionDialog(self._services, load.champion, today=self._today, parent=self)
        )

    @property
    def dialog(self) -> ChampionDialog | None:
        """The champion dialog open now, if any."""
        return self.dialogs.dialog

    def _open_dialog(self, dialog: ChampionDialog) -> ChampionDialog:
        return self.dialogs.open(dialog)

    def _after_dialog_save(self, champion: Any) -> None:
        self.refresh_champions()
        self._select_champion(champion.id)
        load = self._loads.get(champion.id)
        who = family_handle(load.reference, load.alias) if load else ""
        self._saved(_("Saved: {family} is a parent champion.").format(family=who))

    def _select_champion(self, champion_id: int | None) -> None:
        table = self.ui.champions_table
        for r in range(table.rowCount()):
            item = table.item(r, 0)
            if item is not None and item.data(_ID_ROLE) == champion_id:
                select_row(table, r)
                return

    def toggle_pause(self) -> bool:
        """Pause the selected champion, or let a paused (or retired) one take families again."""
        load = self._selected_load()
        if self._services is None or load is None:
            return False
        champion = load.champion
        if champion.active:
            changed = dataclasses.replace(champion, active=False)
            done = _("Paused: they are not suggested until you resume them.")
        else:
            changed = dataclasses.replace(champion, active=True, retired_on=None)
            done = _("They can welcome families again.")
        try:
            self._services.champions.update(changed)
        except UserFacingError as error:
            self._error(str(error))
            return False
        self.refresh_champions()
        self._select_champion(champion.id)
        self._saved(done)
        return True

    def ask_confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def retire_champion(self) -> bool:
        """Retire the selected champion (after confirming): their introductions end."""
        load = self._selected_load()
        if self._services is None or load is None:
            return False
        live = load.live_matches
        text = ngettext(
            "Retire this champion? Their {count} introduction under way will end.",
            "Retire this champion? Their {count} introductions under way will end.",
            live,
        ).format(count=live)
        if not live:
            text = _("Retire this champion? They will no longer be suggested.")
        if not self.ask_confirm(_("Retire a parent champion"), text):
            return False
        try:
            ended = self._services.champions.retire(load.champion.id, self._today())
        except UserFacingError as error:
            self._error(str(error))
            return False
        self.refresh()
        self._saved(
            ngettext(
                "Retired. {count} introduction was ended.",
                "Retired. {count} introductions were ended.",
                ended,
            ).format(count=ended)
        )
        self.changed.emit()
        return True

    def _show_champion_introductions(self) -> None:
        load = self._selected_load()
        if load is None:
            return
        self.filter_introductions(
            ("champion", load.champion.id, family_handle(load.reference, load.alias))
        )
        self.ui.champions_tabs.setCurrentWidget(self.ui.introductions_tab)

    def _open_owner(self, champion_id: int | None) -> None:
        load = None if champion_id is None else self._loads.get(champion_id)
        if load is not None:
            self.open_household.emit(load.champion.household_id)

    # ------------------------------------------------------------------ find tab
    def suggest_for(self, household_id: int) -> list[Any]:
        """Show the Find tab for ``household_id`` and suggest champions for them."""
        self.family_id = household_id
        self.ui.champions_tabs.setCurrentWidget(self.ui.find_tab)
        self.search.clear()
        return self.suggest()

    def _suggest_shortcut(self) -> None:
        self.ui.champions_tabs.setCurrentWidget(self.ui.find_tab)
        if self.family_id is None:
            self.ui.family_search_edit.setFocus()
        else:
            self.suggest()

    def suggest(self) -> list[Any]:
        """Suggest champions for the chosen family; their consent is checked first."""
        ui = self.ui
        self._suggestions = {}
        ui.suggestions_table.clearContents()
        ui.suggestions_table.setRowCount(0)
        self._show_family_label()
        if self._services is None or self.family_id is None:
            self._show(ui.consent_label, "")
            self._update_introduce_button()
            return []
        granted = granted_purposes(self._services.consent.current(self.family_id), self._today())
        if ConsentPurpose.CHAMPION_INTRODUCTION not in granted:
            self._show(
                ui.consent_label,
                _(
                    "This family has not agreed to be introduced to a parent champion. Ask "
                    "them (with an interpreter if needed) and record their decision on their "
                    "Consent tab before suggesting champions."
                ),
                ERROR_STYLE,
            )
            self._update_introduce_button()
            return []
        try:
            found = self._services.champions.suggest(self.family_id, today=self._today())
        except UserFacingError as error:
            self._show(ui.consent_label, str(error), ERROR_STYLE)
            self._update_introduce_button()
            return []
        self._suggestions = {s.champion.id: s for s in found}
        rows = [
            (
                s.champion.id,
                [
                    family_handle(s.reference, s.alias),
                    in_ui_direction(", ".join(reason_words(s.match, current_language()))),
                    load_words(s.live_matches, s.champion.max_families),
                    isolate(s.champion.availability),
                ],
            )
            for s in found
        ]
        fill_table(
            ui.suggestions_table,
            [_("Champion"), _("Why"), _("Introductions"), _("Available")],
            rows,
        )
        if found:
            select_row(ui.suggestions_table, 0)
            self._show(ui.consent_label, "")
        else:
            self._show(
                ui.consent_label,
                _(
                    "No champion can welcome this family now: none shares their school or a "
                    "language, or all who do are full or paused."
                ),
            )
        self._update_introduce_button()
        return found

    def _show_family_label(self) -> None:
        ui = self.ui
        if self._services is None or self.family_id is None:
            ui.chosen_family_label.setText(_("No family chosen yet."))
            return
        row = self._services.households.row(self.family_id, today=self._today())
        if row is None:
            self.family_id = None
            ui.chosen_family_label.setText(_("No family chosen yet."))
            return
        text = _("Champions for {family}").format(family=family_handle(row.reference, row.alias))
        earlier = self._services.champions.introductions(household_id=self.family_id)
        if earlier:
            text += " — " + _("introduced before to: {champions}").format(
                champions=", ".join(
                    f"{family_handle(r.champion_reference, r.champion_alias)}"
                    f" ({label(r.match.status)})"
                    for r in earlier
                )
            )
        ui.chosen_family_label.setText(in_ui_direction(text))

    def selected_suggestion(self) -> Any:
        """Return the suggestion selected in the list."""
        found = selected_id(self.ui.suggestions_table)
        return None if found is None else self._suggestions.get(int(found))

    def _update_introduce_button(self) -> None:
        self.ui.introduce_button.setEnabled(self.selected_suggestion() is not None)
        self.ui.suggest_button.setEnabled(self._services is not None and self.family_id is not None)

    def introduce(self) -> bool:
        """Record that the family was introduced to the selected champion."""
        suggestion = self.selected_suggestion()
        if self._services is None or self.family_id is None or suggestion is None:
            return False
        on = _pydate(self.ui.introduce_date_edit.date())
        try:
            self._services.champions.introduce(suggestion.champion.id, self.family_id, on)
        except UserFacingError as error:
            self._error(str(error))
            return False
        family_id = self.family_id
        self.refresh_champions()
        self.suggest()
        row = self._services.households.row(family_id, today=self._today())
        handle = family_handle(row.reference, row.alias) if row else ""
        self.filter_introductions(("family", family_id, handle), switch=False)
        self._saved(
            _("Saved: introduced to {champion}. Record check-ins on the Introductions tab.").format(
                champion=family_handle(suggestion.reference, suggestion.alias)
            )
        )
        self.changed.emit()
        return True

    # ------------------------------------------------------------------ introductions tab
    def filter_introductions(
        self, which: tuple[str, int, str] | None, *, switch: bool = True
    ) -> None:
        """Show all introductions, or one champion's, or one family's.

        Args:
            which: ``None`` (all), ``("champion", id, handle)`` or ``("family", id, handle)``.
            switch: also bring the Introductions tab to the front.
        """
        self._intro_filter = which
        if switch:
            self.ui.champions_tabs.setCurrentWidget(self.ui.introductions_tab)
        self.refresh_introductions()

    def refresh_introductions(self) -> None:
        """Fill the list of introductions for the current filter."""
        ui = self.ui
        which = self._intro_filter
        if which is None:
            ui.intro_filter_label.setText(_("All introductions"))
        elif which[0] == "champion":
            ui.intro_filter_label.setText(
                _("Introductions by champion {family}").format(family=which[2])
            )
        else:
            ui.intro_filter_label.setText(_("Introductions of {family}").format(family=which[2]))
        ui.show_all_button.setEnabled(which is not None)
        if self._services is None:
            self._show_check_ins()
            return
        kwargs: dict[str, Any] = {"live_only": not ui.show_ended_check.isChecked()}
        if which is not None:
            kwargs["champion_id" if which[0] == "champion" else "household_id"] = which[1]
        rows = self._services.champions.introductions(**kwargs)
        self._introductions = {r.match.id: r for r in rows}
        fill_table(
            ui.introductions_table,
            [_("Family"), _("Champion"), _("Introduced on"), _("Status"), _("Check-ins")],
            [
                (
                    r.match.id,
                    [
                        family_handle(r.household_reference, r.household_alias),
                        family_handle(r.champion_reference, r.champion_alias),
                        format_day(r.match.introduced_on),
                        label(r.match.status),
                        self._check_in_summary(r),
                    ],
                )
                for r in rows
            ],
        )
        if rows and selected_id(ui.introductions_table) is None:
            select_row(ui.introductions_table, 0)
        self._show_check_ins()

    @staticmethod
    def _check_in_summary(row: Any) -> str:
        if not row.check_ins:
            return _("None yet")
        return ngettext(
            "{count}, the last on {date}", "{count}, the last on {date}", row.check_ins
        ).format(count=row.check_ins, date=format_day(row.last_check_in))

    def selected_introduction(self) -> Any:
        """Return the introduction selected in the list."""
        found = selected_id(self.ui.introductions_table)
        return None if found is None else self._introductions.get(int(found))

    def _show_check_ins(self) -> None:
        ui = self.ui
        ui.check_ins_list.clear()
        row = self.selected_introduction()
        live = row is not None and row.match.status in _LIVE
        for widget in (ui.checkin_date_edit, ui.checkin_note_edit, ui.add_checkin_button):
            widget.setEnabled(live)
        ui.end_button.setEnabled(live)
        ui.decline_button.setEnabled(live and row.check_ins == 0)
        if row is None or self._services is None:
            return
        match = self._services.champions.get_match(row.match.id)
        if match is None:
            return
        for check_in in reversed(match.check_ins):
            text = (
                f"{format_day(check_in.checked_on)} — {check_in.note}"
                if check_in.note
                else (format_day(check_in.checked_on))
            )
            QListWidgetItem(in_ui_direction(text), ui.check_ins_list)
        if not match.check_ins:
            item = QListWidgetItem(_("No check-ins yet."), ui.check_ins_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def record_check_in(self) -> bool:
        """Record a check-in (date and short note) on the selected introduction."""
        ui = self.ui
        row = self.selected_introduction()
        if self._services is None or row is None:
            return False
        on = _pydate(ui.checkin_date_edit.date())
        if row.match.introduced_on is not None and on < row.match.introduced_on:
            self._error(_("A check-in cannot be before the introduction. Check the date."))
            return False
        note = " ".join(ui.checkin_note_edit.text().split())
        try:
            self._services.champions.check_in(row.match.id, ChampionCheckIn(on, note))
        except UserFacingError as error:
            self._error(str(error))
            return False
        ui.checkin_note_edit.clear()
        self.refresh_introductions()
        self._saved(_("Check-in saved."))
        self.changed.emit()
        return True

    def set_status(self, status: ChampionMatchStatus) -> bool:
        """End the selected introduction, or record that it was declined."""
        row = self.selected_introduction()
        if self._services is None or row is None:
            return False
        try:
            self._services.champions.set_match_status(row.match.id, status)
        except UserFacingError as error:
            self._error(str(error))
            return False
        self.refresh_champions()
        self.refresh_introductions()
        self._saved(
            _("Saved: the introduction has ended; the champion has a place again.")
            if status is ChampionMatchStatus.ENDED
            else _("Saved: the introduction was declined.")
        )
        self.changed.emit()
        return True

    def _open_introduced_family(self, index: Any) -> None:
        found = self._row_id(self.ui.introductions_table, index.row())
        row = None if found is None else self._introductions.get(found)
        if row is not None:
            self.open_household.emit(row.match.household_id)

    # ------------------------------------------------------------------ messages
    def _show(self, widget: Any, text: str, style: str = "") -> None:
        widget.setStyleSheet(style)
        widget.setText(text)
        widget.setVisible(bool(text))

    def _saved(self, text: str) -> None:
        self._show(self.ui.message_label, text, SAVED_STYLE)

    def _error(self, text: str) -> None:
        self._show(self.ui.message_label, text, ERROR_STYLE)

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Texts that come from Python: headers, words, dates."""
        locale = QLocale(current_language())
        for edit in (self.ui.introduce_date_edit, self.ui.checkin_date_edit):
            edit.setLocale(locale)
            edit.setDisplayFormat("d MMM yyyy")
        for table in (self.ui.champions_table, self.ui.introductions_table):
            table.setToolTip(_("Double-click a line to open the family."))
        if self._services is not None:
            self.refresh()
            if self.family_id is not None:
                self.suggest()
        else:
            self._show_family_label()
            self._update_champion_buttons()
            self.refresh_introductions()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the vault again when the section comes to the front.

        A family may have changed consent, or been erased, meanwhile.
        """
        super().showEvent(event)
        if self._services is not None:
            self.refresh_champions()
            self.refresh_introductions()
            self._show_family_label()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
