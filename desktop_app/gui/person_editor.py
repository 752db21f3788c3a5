"""The people of a family, edited on the Family page: the list, and the selected person.

Every value typed goes straight into the staged list (:meth:`PersonEditor.people`), so
switching between people, tabs or pages never loses anything; nothing reaches the
vault until the page's Save. The checks are the intake's
(:func:`desktop_app.core.validation.person_rules`): impossible birth years, a birth year
outside the age band, over-long names and year groups, shown under the field.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.core import validation as rules
from desktop_app.core.family_edit import StagedPerson
from desktop_app.core.intake import PersonEntry
from desktop_app.core.models import AgeBand, Role
from desktop_app.gui.forms.ui_person_editor import Ui_PersonEditor
from desktop_app.gui.labels import ENGLISH_LEVELS, ESOL_LEVELS, NOT_GIVEN, PRIOR_SCHOOLING, label
from desktop_app.gui.validation import MESSAGE_STYLE, FieldCheck, FormChecks
from desktop_app.gui.views import select_row
from desktop_app.i18n import _, isolate, ngettext

_CHILD_ONLY = ("school_year_edit", "class_name_edit", "english_combo", "prior_schooling_combo")
_ADULT_ONLY = ("esol_combo", "wants_esol_check")


def _select(combo: Any, value: object) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class PersonEditor(QWidget):
    """Edits a list of :class:`StagedPerson`; emits ``changed`` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonEditor()
        self.ui.setupUi(self)
        self._today: Callable[[], date] = date.today
        self._people: list[StagedPerson] = []
        self._removed = 0
        self._editable = True
        self._showing = False  # filling the form from the list: not an edit
        table = self.ui.people_table
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui.removed_label.setStyleSheet(MESSAGE_STYLE)
        self.ui.removed_label.setVisible(False)
        self._fill_choices()
        self._build_checks()
        self._connect()
        self.retranslate()
        self.set_people([])

    # ------------------------------------------------------------------ set-up
    def _fill_choices(self) -> None:
        ui = self.ui
        for role in Role:
            ui.role_combo.addItem("", role.value)
        ui.age_band_combo.addItem("", "")
        for band in AgeBand:
            ui.age_band_combo.addItem(band.value, band.value)
        for combo, values in (
            (ui.english_combo, ENGLISH_LEVELS),
            (ui.prior_schooling_combo, PRIOR_SCHOOLING),
            (ui.esol_combo, ESOL_LEVELS),
        ):
            combo.addItem("", "")
            for value in values:
                combo.addItem("", value.value)

    def _build_checks(self) -> None:
        ui = self.ui

        def rules_for(field: str) -> Callable[[], list[rules.Rule]]:
            return lambda: rules.person_rules(
                field,
                child=self._role() is Role.CHILD,
                age_band=str(ui.age_band_combo.currentData() or ""),
                today=self._today(),
            )

        self.checks = FormChecks(
            [
                FieldCheck(
                    ui.given_name_edit, ui.given_name_message_label, rules_for("given_name")
                ),
                FieldCheck(
                    ui.birth_year_edit, ui.birth_year_message_label, rules_for("birth_year")
                ),
                FieldCheck(
                    ui.school_year_edit, ui.school_year_message_label, rules_for("school_year")
                ),
                FieldCheck(
                    ui.class_name_edit, ui.class_name_message_label, rules_for("class_name")
                ),
            ]
        )
        self.check_of = {check.field.objectName(): check for check in self.checks.checks}

    def _connect(self) -> None:
        ui = self.ui
        ui.people_table.itemSelectionChanged.connect(self._show_current)
        ui.add_caregiver_button.clicked.connect(lambda: self.add_person(Role.CAREGIVER))
        ui.add_child_button.clicked.connect(lambda: self.add_person(Role.CHILD))
        ui.add_other_button.clicked.connect(lambda: self.add_person(Role.OTHER))
        ui.remove_person_button.clicked.connect(self.remove_current)
        for edit in (
            ui.given_name_edit,
            ui.birth_year_edit,
            ui.school_year_edit,
            ui.class_name_edit,
        ):
            edit.textChanged.connect(self._store)
        for combo in (
            ui.role_combo,
            ui.age_band_combo,
            ui.english_combo,
            ui.prior_schooling_combo,
            ui.esol_combo,
        ):
            combo.currentIndexChanged.connect(self._store)
        ui.role_combo.currentIndexChanged.connect(self._role_changed)
        ui.age_band_combo.currentIndexChanged.connect(self._recheck_birth_year)
        ui.wants_esol_check.toggled.connect(self._store)

    def retranslate(self) -> None:
        """Texts that come from Python: the vocabularies and the list."""
        ui = self.ui
        for index in range(ui.role_combo.count()):
            ui.role_combo.setItemText(index, label(Role(ui.role_combo.itemData(index))))
        ui.age_band_combo.setItemText(0, _(NOT_GIVEN))
        for combo, values in (
            (ui.english_combo, ENGLISH_LEVELS),
            (ui.prior_schooling_combo, PRIOR_SCHOOLING),
            (ui.esol_combo, ESOL_LEVELS),
        ):
            texts = [_(NOT_GIVEN), *(_(t) for t in values.values())]
            for index, text in enumerate(texts):
                combo.setItemText(index, text)
        self._fill_table()
        self._show_removed()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ data
    def set_today(self, today: Callable[[], date]) -> None:
        """Use ``today`` for the birth-year checks (tests pin the date)."""
        self._today = today

    def set_people(self, people: list[StagedPerson], *, removed: int = 0) -> None:
        """Show ``people`` (copies are kept); ``removed``: how many will go on Save."""
        self._people = [
            dataclasses.replace(p, person=dataclasses.replace(p.person)) for p in people
        ]
        self._removed = removed
        self._fill_table()
        if self._people:
            select_row(self.ui.people_table, 0)
        self._show_current()
        self._show_removed()

    def people(self) -> list[StagedPerson]:
        """Return the people as they are on screen (copies)."""
        self._store()
        return [dataclasses.replace(p, person=dataclasses.replace(p.person)) for p in self._people]

    def current_row(self) -> int:
        """Return the row of the person in the form (-1: none)."""
        rows = self.ui.people_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        """Show the person at ``row`` in the form."""
        if 0 <= row < len(self._people):
            select_row(self.ui.people_table, row)

    def set_editable(self, editable: bool) -> None:
        """Allow or refuse edits (a record whose consent is not current is read-only)."""
        ui = self.ui
        for widget in (
            ui.add_caregiver_button,
            ui.add_child_button,
            ui.add_other_button,
        ):
            widget.setEnabled(editable)
        ui.person_group.setEnabled(editable and self.current_row() >= 0)
        ui.remove_person_button.setEnabled(editable and self.current_row() >= 0)
        self._editable = editable

    # ------------------------------------------------------------------ actions
    def add_person(self, role: Role) -> None:
        """Add a person with ``role`` and start editing them."""
        self._store()
        self._people.append(StagedPerson(id=None, person=PersonEntry(role=role.value)))
        self._fill_table()
        select_row(self.ui.people_table, len(self._people) - 1)
        self.ui.given_name_edit.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        """Take the selected person out of the family (stored people go on Save)."""
        row = self.current_row()
        if not 0 <= row < len(self._people):
            return
        removed = self._people.pop(row)
        if removed.id is not None:
            self._removed += 1
        self._fill_table()
        if self._people:
            select_row(self.ui.people_table, min(row, len(self._people) - 1))
        self._show_current()
        self._show_removed()
        self.changed.emit()

    def check_all(self) -> bool:
        """Check every person; show the first problem in the form; return whether all are fine."""
        self._store()
        today = self._today()
        for row, staged in enumerate(self._people):
            entry = staged.person
            found = rules.person_problem(
                role_is_child=entry.role == Role.CHILD.value,
                given_name=entry.given_name,
                birth_year_text=entry.birth_year,
                age_band=entry.age_band,
                school_year=entry.school_year,
                class_name=entry.class_name,
                today=today,
            )
            if found is not None:
                self.select(row)
                self.checks.check_all()
                return False
        self.checks.clear()
        return True

    # ------------------------------------------------------------------ showing
    def _role(self) -> Role:
        return Role(self.ui.role_combo.currentData() or Role.CAREGIVER.value)

    def _summary(self, staged: StagedPerson) -> list[str]:
        entry = staged.person
        age = entry.birth_year.strip() or entry.age_band
        child = entry.role == Role.CHILD.value
        school = " ".join(p for p in (entry.school_year.strip(), entry.class_name.strip()) if p)
        english = entry.english_proficiency if child else ""
        name = isolate(entry.given_name.strip())
        if staged.id is None:
            name = _("{name} (new)").format(name=name) if name else _("(new)")
        return [label(Role(entry.role)), name, age, school if child else "", english]

    def _fill_table(self) -> None:
        table = self.ui.people_table
        with QSignalBlocker(table):
            row = self.current_row()
            table.clearContents()
            headers = [
                _("Role"),
                _("Given name"),
                _("Birth year or age"),
                _("Year and class"),
                _("English"),
            ]
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setRowCount(len(self._people))
            for r, staged in enumerate(self._people):
                for c, text in enumerate(self._summary(staged)):
                    table.setItem(r, c, QTableWidgetItem(text))
            if 0 <= row < len(self._people):
                select_row(table, row)

    def _show_current(self) -> None:
        ui = self.ui
        row = self.current_row()
        has = 0 <= row < len(self._people)
        entry = self._people[row].person if has else PersonEntry(role=Role.CAREGIVER.value)
        ui.person_group.setEnabled(has and self._editable)
        ui.remove_person_button.setEnabled(has and self._editable)
        self._showing = True
        try:
            self._fill_form(entry)
        finally:
            self._showing = False
        self.checks.clear()
        self._update_fields()

    def _fill_form(self, entry: PersonEntry) -> None:
        ui = self.ui
        for edit, value in (
            (ui.given_name_edit, entry.given_name),
            (ui.birth_year_edit, entry.birth_year),
            (ui.school_year_edit, entry.school_year),
            (ui.class_name_edit, entry.class_name),
        ):
            edit.setText(value)
        _select(ui.role_combo, entry.role)
        _select(ui.age_band_combo, entry.age_band)
        _select(ui.english_combo, entry.english_proficiency)
        _select(ui.prior_schooling_combo, entry.prior_schooling)
        _select(ui.esol_combo, entry.esol_level)
        ui.wants_esol_check.setChecked(entry.wants_esol)

    def _show_removed(self) -> None:
        count = self._removed
        self.ui.removed_label.setVisible(count > 0)
        self.ui.removed_label.setText(
            ngettext(
                "{count} person will be removed from the family when you save.",
                "{count} people will be removed from the family when you save.",
                count,
            ).format(count=count)
            if count
            else ""
        )

    def _update_fields(self) -> None:
        ui = self.ui
        child = self._role() is Role.CHILD
        for name in _CHILD_ONLY:
            ui.person_form.setRowVisible(getattr(ui, name), child)
        for name in _ADULT_ONLY:
            ui.person_form.setRowVisible(getattr(ui, name), not child)
        for name in ("school_year", "class_name"):
            ui.person_form.setRowVisible(getattr(ui, f"{name}_message_label"), child)

    # ------------------------------------------------------------------ editing
    def _store(self, *_args: object) -> None:
        if self._showing:
            return
        ui = self.ui
        row = self.current_row()
        if not 0 <= row < len(self._people):
            return
        staged = self._people[row]
        entry = PersonEntry(
            role=str(ui.role_combo.currentData()),
            given_name=ui.given_name_edit.text(),
            age_band=str(ui.age_band_combo.currentData() or ""),
            birth_year=ui.birth_year_edit.text(),
            school_year=ui.school_year_edit.text(),
            class_name=ui.class_name_edit.text(),
            english_proficiency=str(ui.english_combo.currentData() or ""),
            prior_schooling=str(ui.prior_schooling_combo.currentData() or ""),
            esol_level=str(ui.esol_combo.currentData() or ""),
            wants_esol=ui.wants_esol_check.isChecked(),
        )
        if entry == staged.person:
            return
        self._people[row] = StagedPerson(id=staged.id, person=entry)
        for column, text in enumerate(self._summary(self._people[row])):
            item = ui.people_table.item(row, column)
            if item is not None:
                item.setText(text)
        self.changed.emit()

    def _role_changed(self, *_args: object) -> None:
        if self._showing:
            return
        self._update_fields()
        self._recheck_birth_year()

    def _recheck_birth_year(self, *_args: object) -> None:
        if not self._showing and self.ui.birth_year_edit.text():
            self.check_of["birth_year_edit"].check()
