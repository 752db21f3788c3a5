"""Register a parent champion, or change one: family, languages, school, year groups, time.

A champion family needs two consents: *keep a case record* and *introduce to a parent
champion* (an introduction has two sides; every field of a champion registration
belongs to that purpose). Picking a family who has not given both shows why at once and
keeps Save off; the vault refuses such a registration too.

What was typed survives an auto-lock as an encrypted draft
(:meth:`ChampionDialog.collect_draft`), reopened by the Champions page after unlock
(:meth:`ChampionDialog.from_draft`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from desktop_app.core.champions import year_index
from desktop_app.core.consent import granted_purposes
from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import Champion, ConsentPurpose, Role
from desktop_app.gui.display import resize_within_screen, scroll_body
from desktop_app.gui.draft_dialog import RecordFormDialog
from desktop_app.gui.forms.ui_champion_dialog import Ui_ChampionDialog
from desktop_app.gui.household_search import HouseholdSearch, LanguageChecklist, family_handle
from desktop_app.gui.label_fit import fit_all_wrapped_labels
from desktop_app.gui.labels import label
from desktop_app.i18n import _, isolate

ERROR_STYLE = "color: #a4262c;"
#: The purposes a champion family must have given.
CHAMPION_PURPOSES = (ConsentPurpose.CASE_RECORD, ConsentPurpose.CHAMPION_INTRODUCTION)
#: Year groups offered (stored as written here; shown translated).
YEAR_GROUPS = ("Nursery", "Reception", *(f"Year {n}" for n in range(1, 14)))

_VALUE_ROLE = int(Qt.ItemDataRole.UserRole)


def year_group_words(value: str) -> str:
    """Return a stored year group in the staff member's language ("Year 4", "Reception")."""
    index = year_index(value)
    if index == -1:
        return _("Nursery")
    if index == 0:
        return _("Reception")
    if index is not None:
        return _("Year {number}").format(number=index)
    return value


def youngest_first(values: tuple[str, ...]) -> list[str]:
    """Return year groups youngest first (Nursery, Reception, Year 1…; others after)."""
    return sorted(values, key=lambda v: (year_index(v) is None, year_index(v) or 0, v))


class ChampionDialog(RecordFormDialog):
    """Register (``champion=None``) or edit a champion; ``saved`` after the vault committed."""

    saved = Signal(object)  # the stored Champion
    DRAFT_KIND = "champion_form"

    def __init__(
        self,
        services: Any,
        champion: Champion | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChampionDialog()
        self.ui.setupUi(self)
        self._services = services
        self._today = today
        self._champion = champion
        self.household_id: int | None = None if champion is None else champion.household_id
        self.stored: Champion | None = None
        self._closing_quietly = False
        self._problem = ""
        ui = self.ui
        self.search = HouseholdSearch(
            ui.family_search_edit, ui.family_results_list, services.households.search, self
        )
        self.search.picked.connect(self.choose_family)
        self.languages = LanguageChecklist(ui.language_filter_edit, ui.language_list, self)
        for value in YEAR_GROUPS:
            self._add_year(value)
        for school in services.households.schools():
            ui.school_combo.addItem(school)
        ui.school_combo.setCurrentText("")
        ui.message_label.setStyleSheet(ERROR_STYLE)
        ui.consent_label.setStyleSheet(ERROR_STYLE)
        ui.message_label.setVisible(False)
        ui.consent_label.setVisible(False)
        fit_all_wrapped_labels(self)  # at 200 % text the family and consent lines wrap
        scroll_body(self, ui.dialog_layout)  # at large text the fields scroll, not the screen
        resize_within_screen(self, self.width(), self.height())
        self.save_button = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        editing = champion is not None
        for widget in (ui.family_search_edit, ui.family_results_list):
            widget.setVisible(not editing)
        if champion is not None:
            self._show_family(champion.household_id)
            self._fill(champion)
        self.retranslate()
        self._update_save()
        self.remember_opened_state()

    # ------------------------------------------------------------------ filling
    def _add_year(self, value: str) -> QListWidgetItem:
        item = QListWidgetItem(year_group_words(value), self.ui.year_groups_list)
        item.setData(_VALUE_ROLE, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _fill(self, champion: Champion) -> None:
        ui = self.ui
        self.languages.set_checked(champion.languages)
        ui.school_combo.setCurrentText(champion.school)
        self.set_year_groups(champion.year_groups)
        ui.availability_edit.setText(champion.availability)
        ui.capacity_spin.setValue(max(1, champion.max_families))

    def set_year_groups(self, values: tuple[str, ...]) -> None:
        """Tick these year groups (one not offered is added as written)."""
        years = self.ui.year_groups_list
        offered = {str(years.item(i).data(_VALUE_ROLE)) for i in range(years.count())}
        for value in values:
            if value and value not in offered and not self._find_year(value):
                self._add_year(value)
        wanted = {year_index(v) if year_index(v) is not None else v for v in values}
        for index in range(years.count()):
            item = years.item(index)
            value = str(item.data(_VALUE_ROLE))
            key = year_index(value) if year_index(value) is not None else value
            on = key in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _find_year(self, value: str) -> bool:
        years = self.ui.year_groups_list
        index = year_index(value)
        return index is not None and any(
            year_index(str(years.item(i).data(_VALUE_ROLE))) == index for i in range(years.count())
        )

    def year_groups(self) -> tuple[str, ...]:
        """Return the ticked year groups, youngest first."""
        years = self.ui.year_groups_list
        return tuple(
            str(years.item(i).data(_VALUE_ROLE))
            for i in range(years.count())
            if years.item(i).checkState() == Qt.CheckState.Checked
        )

    # ------------------------------------------------------------------ the family
    def choose_family(self, household_id: int) -> bool:
        """Pick the family to register; say at once if they cannot be a champion.

        Returns whether they can be registered. Details are pre-filled from their
        record: languages, school and the children's year groups.
        """
        self.household_id = household_id
        aggregate = self._show_family(household_id)
        problem = self._problem = self.problem(household_id)
        ui = self.ui
        ui.consent_label.setText(problem)
        ui.consent_label.setVisible(bool(problem))
        if aggregate is not None and not problem:
            household = aggregate.household
            self.languages.set_checked(
                [household.preferred_language, household.interpreter_language or ""]
            )
            ui.school_combo.setCurrentText(household.school)
            self.set_year_groups(
                tuple(p.school_year for p in aggregate.people if p.role is Role.CHILD)
            )
        self._update_save()
        return not problem

    def _show_family(self, household_id: int) -> Any:
        aggregate = self._services.households.get(household_id)
        if aggregate is None:
            self.ui.family_label.setText(_("This family is no longer in the vault."))
            return None
        household = aggregate.household
        text = family_handle(household.reference, household.alias)
        if household.school:
            text += " · " + isolate(household.school)
        self.ui.family_label.setText(text)
        return aggregate

    def problem(self, household_id: int) -> str:
        """Why this family cannot be registered now, in words ("" when it can)."""
        services = self._services
        if self._champion is None and services.champions.for_household(household_id):
            return _(
                "This family is already a parent champion. Find them in the list of "
                "champions and edit their details there."
            )
        granted = granted_purposes(services.consent.current(household_id), self._today())
        missing = [p for p in CHAMPION_PURPOSES if p not in granted]
        if not missing:
            return ""
        return _(
            "This family has not agreed to “{purposes}”. A parent champion family needs "
            "two consents: to keep a case record, and to be part of parent champion "
            "introductions. Record their consent on their Consent tab first."
        ).format(purposes="”, “".join(label(p) for p in missing))

    def _update_save(self) -> None:
        ready = self.household_id is not None and not self._problem
        if self.save_button is not None:
            self.save_button.setEnabled(ready and self.stored is None)

    # ------------------------------------------------------------------ drafts
    def form_state(self) -> dict[str, Any]:
        """What the form holds, as a draft keeps it (JSON-ready)."""
        ui = self.ui
        return {
            "champion_id": None if self._champion is None else self._champion.id,
            "household_id": self.household_id,
            "languages": list(self.languages.checked()),
            "school": ui.school_combo.currentText(),
            "year_groups": list(self.year_groups()),
            "availability": ui.availability_edit.text(),
            "max_families": ui.capacity_spin.value(),
        }

    def apply_state(self, state: dict[str, Any]) -> None:
        """Put a draft's values back into the form (the family first, then the rest)."""
        household_id = state.get("household_id")
        if self._champion is None and household_id is not None:
            self.choose_family(int(household_id))
        ui = self.ui
        self.languages.set_checked(tuple(str(v) for v in state.get("languages", ())))
        ui.school_combo.setCurrentText(str(state.get("school", "")))
        self.set_year_groups(tuple(str(v) for v in state.get("year_groups", ())))
        ui.availability_edit.setText(str(state.get("availability", "")))
        ui.capacity_spin.setValue(int(state.get("max_families", ui.capacity_spin.value())))

    @property
    def draft_key(self) -> str:
        """One unsaved form per champion ("new" for a registration not stored yet)."""
        if self._champion is None or self._champion.id is None:
            return "new"
        return str(self._champion.id)

    @classmethod
    def record_for_draft(cls, services: Any, state: dict[str, Any]) -> Champion | None:
        """The champion a draft edits (None: a new one); LookupError if it was removed."""
        champion_id = state.get("champion_id")
        if champion_id is None:
            return None
        champion: Champion | None = services.champions.get(int(champion_id))
        if champion is None:
            raise LookupError("the champion was removed")
        return champion

    @classmethod
    def ask_discard(cls, parent: QWidget) -> bool:
        """Ask whether to throw away what was typed (tests replace this)."""
        answer = QMessageBox.question(
            parent,
            _("Discard this champion's details?"),
            _("What you typed for this parent champion will not be saved."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ saving
    def champion(self) -> Champion | None:
        """Return the champion as the form shows it (``None`` before a family is picked)."""
        if self.household_id is None:
            return None
        ui = self.ui
        values = {
            "household_id": self.household_id,
            "languages": self.languages.checked(),
            "school": " ".join(ui.school_combo.currentText().split()),
            "year_groups": self.year_groups(),
            "availability": " ".join(ui.availability_edit.text().split()),
            "max_families": ui.capacity_spin.value(),
        }
        if self._champion is not None:
            return dataclasses.replace(self._champion, **values)  # type: ignore[arg-type]
        return Champion(**values)  # type: ignore[arg-type]

    def save(self) -> bool:
        """Store the champion; the dialog closes only after the vault committed."""
        champion = self.champion()
        if champion is None or self.stored is not None:
            return False
        if not champion.languages:
            self._show_error(_("Tick at least one language they speak."))
            self.ui.language_filter_edit.setFocus()
            return False
        repo = self._services.champions
        try:
            stored = repo.add(champion) if champion.id is None else repo.update(champion)
        except UserFacingError as error:
            self._show_error(str(error))
            return False
        self.stored = stored
        self.drop_draft()
        self._update_save()
        self.saved.emit(stored)
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Texts from Python (the title never names the family)."""
        editing = self._champion is not None
        self.setWindowTitle(
            _("Edit a parent champion") if editing else _("Register a parent champion")
        )
        if self.save_button is not None:
            self.save_button.setText(_("&Save champion"))
        self.languages.retranslate()
        years = self.ui.year_groups_list
        for index in range(years.count()):
            item = years.item(index)
            item.setText(year_group_words(str(item.data(_VALUE_ROLE))))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
