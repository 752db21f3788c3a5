"""The Settings page: language and display, auto-lock, records, statistics, sync, staff.

Two kinds of setting live here, and the page keeps them apart:

* **Pre-unlock preferences** (language, text size, contrast, auto-lock minutes) are
  written to the small preferences file (:mod:`desktop_app.core.preferences`) and take
  effect at once: the language through the application's :class:`LanguageSwitcher`
  (every open window retranslates and flips direction), text size and contrast through
  :mod:`desktop_app.gui.display`, the auto-lock time through :attr:`auto_lock_changed`,
  which the composition root connects to the session. They hold nothing about families
  and stay usable whatever the vault's state.
* **Vault settings** (retention, statistics, sync targets and keys, staff) are read and
  written through the unlocked session's services; while locked (``set_services(None)``)
  those sections are cleared and disabled.

Questions the page asks (confirmations, files, fingerprints) go through ``ask_*``
methods that tests replace; a question answered after the session locked changes
nothing. Everything typed in a passphrase or token field is cleared once used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.core.preferences import TEXT_SCALES, Preferences, update_preferences
from desktop_app.gui import display
from desktop_app.gui.families_page import style_title
from desktop_app.gui.forms.ui_settings_page import Ui_SettingsPage
from desktop_app.gui.settings_common import (
    error_text,
    fit_list,
    fit_table,
    set_row_visible,
    show_message,
)
from desktop_app.i18n import _, available_languages, current_language, isolate, ngettext
from desktop_app.i18n.locales import language_name, native_name
from desktop_app.i18n.quality import catalog_quality

_LANGUAGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class SettingsPage(QWidget):
    """Every setting of Hearth, in six sections; vault sections need ``set_services``."""

    auto_lock_changed = Signal(int)
    """The auto-lock time was changed (minutes); the session picks it up at once."""
    language_changed = Signal(str)
    """The UI language was switched (and saved)."""

    SECTION_KEYS = ("display", "session", "records", "statistics", "sync", "staff")

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        switcher: Any = None,
        preferences_folder: Path | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._switcher = switcher
        self._folder = preferences_folder
        self._today = today
        self._services: Any = None
        self._retention_saved: int | None = None
        style_title(self.ui.title_label)
        self._style()
        # Imported here: each section is its own module over this page's form.
        from desktop_app.gui.settings_staff import StaffSection
        from desktop_app.gui.settings_sync import SyncSection

        self.sync = SyncSection(self)
        self.staff = StaffSection(self)
        self._connect()
        self._load_preferences()
        self.retranslate()
        self.set_services(None)

    # ------------------------------------------------------------------ set-up
    def _style(self) -> None:
        ui = self.ui
        for label in self.findChildren(QLabel):
            if label.wordWrap():
                # Top-aligned: a wrapped label given more height than its text needs
                # would otherwise float in the middle of a gap.
                label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            if label.objectName().endswith("_message_label"):
                set_row_visible(label, False)
        for box in self.findChildren(QAbstractSpinBox):
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000000") + 40)
        for combo in (ui.text_size_combo, ui.rounding_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        ui.language_list.setSpacing(3)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(QFont(ui.recovery_code_label.font()).pointSizeF() * 1.5)
        ui.recovery_code_label.setFont(code_font)
        # Codes, fingerprints, addresses and paths are Latin text: they read left to right.
        for widget in (
            ui.recovery_code_label,
            ui.device_id_label,
            ui.area_edit,
            ui.base_url_edit,
            ui.token_edit,
            ui.data_set_edit,
            ui.aoc_edit,
            ui.folder_edit,
            ui.adx_folder_edit,
            ui.adx_data_set_edit,
            ui.ca_file_edit,
        ):
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        ui.auto_lock_spin.setKeyboardTracking(False)
        ui.retention_spin.setKeyboardTracking(False)
        ui.section_list.setCurrentRow(0)
        self._fit()

    def _fit(self) -> None:
        """Size the lists to their rows and the section list to its words (any text size)."""
        ui = self.ui
        sections = ui.section_list
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        sections.setProperty(display.FONT_FOLLOWS_OWNER, True)
        sections.setFont(font)
        metrics = QFontMetrics(font)
        sections.setSpacing(max(2, metrics.height() // 5))
        widest = max(
            metrics.horizontalAdvance(sections.item(i).text()) for i in range(sections.count())
        )
        # Long names wrap (at word boundaries) rather than take the width the sections
        # need at 200 % text: no narrower than the longest word, or about 16 characters.
        words = [w for i in range(sections.count()) for w in sections.item(i).text().split()]
        longest = max(metrics.horizontalAdvance(w) for w in words)
        cap = max(longest, metrics.averageCharWidth() * 16)
        sections.setFixedWidth(min(widest, cap) + 2 * metrics.height())
        fit_list(ui.language_list, 2, 8)
        fit_list(ui.user_list, 2, 8)
        fit_list(ui.receiver_list, 1, 5)
        fit_list(ui.target_list, 2, 6)
        fit_table(ui.org_units_table, 4)
        fit_table(ui.mapping_table, 12)

    def _connect(self) -> None:
        ui = self.ui
        ui.section_list.currentRowChanged.connect(ui.section_stack.setCurrentIndex)
        ui.language_list.currentItemChanged.connect(self._language_picked)
        ui.text_size_combo.activated.connect(self._text_size_picked)
        ui.high_contrast_check.toggled.connect(self._contrast_toggled)
        ui.auto_lock_spin.valueChanged.connect(self._auto_lock_changed)
        ui.retention_spin.valueChanged.connect(self._update_retention_effect)
        ui.retention_save_button.clicked.connect(self.save_retention)
        ui.noise_check.toggled.connect(ui.epsilon_spin.setEnabled)
        ui.stats_save_button.clicked.connect(self.save_statistics)
        ui.area_edit.textChanged.connect(lambda: self._show_area_problem(only_if_shown=True))

    def show_section(self, key: str) -> None:
        """Show one section (``display``, ``session``, ``records``, …)."""
        self.ui.section_list.setCurrentRow(self.SECTION_KEYS.index(key))

    def current_section(self) -> str:
        """Return the key of the section on screen."""
        return self.SECTION_KEYS[self.ui.section_stack.currentIndex()]

    # ------------------------------------------------------------------ questions
    def ask_confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask a yes/no question; ``yes`` names the action (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def ask_fingerprint(self, fingerprint: str, label: str) -> bool:
        """Ask whether a key's fingerprint matches the owner's (tests replace this)."""
        text = _(
            "Fingerprint of this key:\n\n{fingerprint}\n\nDoes it match, group for group, "
            "the fingerprint your coordinator read out or gave you on paper? Only add the "
            "key if it does."
        ).format(fingerprint=fingerprint)
        if label:
            text += "\n\n" + _("The key calls itself: {label}").format(label=isolate(label))
        return self.ask_confirm(_("Check the fingerprint"), text, _("It matches: add the key"))

    def ask_open_file(self, title: str, name_filter: str) -> Path | None:
        """Ask for a file to read (tests replace this)."""
        path, _chosen = QFileDialog.getOpenFileName(self, title, str(Path.home()), name_filter)
        return Path(path) if path else None

    def ask_save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        """Ask where to write a file (tests replace this)."""
        path, _chosen = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / suggested), name_filter
        )
        return Path(path) if path else None

    def ask_folder(self, title: str) -> Path | None:
        """Ask for a folder (tests replace this)."""
        folder = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
        return Path(folder) if folder else None

    def ask_printer(self) -> Any:
        """Ask which printer to use; return a QPrinter or None (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    # ------------------------------------------------------------------ session
    @property
    def services(self) -> Any:
        """The unlocked session's services, or None while locked."""
        return self._services

    def set_services(self, services: Any) -> None:
        """Show the vault's settings; ``None`` (locked) clears and disables them."""
        self._services = services
        unlocked = services is not None
        ui = self.ui
        for group in (ui.retention_group, ui.stats_group):
            group.setEnabled(unlocked)
        for label in (ui.retention_message_label, ui.stats_message_label, ui.area_message_label):
            show_message(label, "")
        self._load_retention()
        self._load_statistics()
        self.sync.set_services(services)
        self.staff.set_services(services)

    def today(self) -> date:
        """The session's today (the audit clock), or the calendar's."""
        if self._today is not None:
            return self._today()
        if self._services is not None:
            return self._services.audit.today()
        return date.today()

    # ---------------------------------------------------------- display (preferences)
    def _preferences(self) -> Preferences:
        return Preferences.load(self._folder)

    def _save_preference(self, **changes: object) -> bool:
        try:
            update_preferences(self._folder, **changes)
        except OSError:
            show_message(
                self.ui.display_message_label,
                _(
                    "This choice works now but could not be kept for the next start: the "
                    "settings folder cannot be written."
                ),
                error=True,
            )
            return False
        show_message(self.ui.display_message_label, "")
        return True

    def _load_preferences(self) -> None:
        preferences = self._preferences()
        app = QApplication.instance()
        ui = self.ui
        ui.high_contrast_check.blockSignals(True)
        contrast = display.high_contrast(app) if isinstance(app, QApplication) else False
        ui.high_contrast_check.setChecked(contrast or preferences.high_contrast)
        ui.high_contrast_check.blockSignals(False)
        ui.auto_lock_spin.blockSignals(True)
        ui.auto_lock_spin.setValue(preferences.auto_lock_minutes)
        ui.auto_lock_spin.blockSignals(False)

    def _fill_languages(self) -> None:
        widget = self.ui.language_list
        shown = current_language()
        widget.blockSignals(True)
        widget.clear()
        for code in available_languages():
            native = native_name(code)
            here = language_name(code, shown)
            name = isolate(native) if here == native else f"{isolate(native)} — {here}"
            note = catalog_quality(code).note
            item = QListWidgetItem(f"{name}\n{note}", widget)
            item.setData(_LANGUAGE_ROLE, code)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{native}, {note}")
            item.setToolTip(note)
            if code == shown:
                widget.setCurrentItem(item)
        widget.blockSignals(False)
        fit_list(widget, 2, 8)

    def languages(self) -> list[str]:
        """Return the language codes offered, in the list's order."""
        widget = self.ui.language_list
        return [widget.item(i).data(_LANGUAGE_ROLE) for i in range(widget.count())]

    def pick_language(self, code: str) -> None:
        """Choose a language as the person would, by selecting it in the list."""
        self.ui.language_list.setCurrentRow(self.languages().index(code))

    def _language_picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        code = str(item.data(_LANGUAGE_ROLE))
        if code == current_language():
            return
        if self._switcher is not None:
            self._switcher.apply(code)
        self._save_preference(language=code)
        self.language_changed.emit(code)

    def _fill_text_sizes(self) -> None:
        from babel.numbers import format_percent

        combo = self.ui.text_size_combo
        app = QApplication.instance()
        scale = display.text_scale(app) if isinstance(app, QApplication) else 100
        combo.blockSignals(True)
        combo.clear()
        for percent in TEXT_SCALES:
            try:
                text = format_percent(percent / 100, locale=current_language())
            except (ValueError, LookupError):
                text = f"{percent} %"
            if percent == 100:
                text = _("{size} (the system's size)").format(size=isolate(text))
            combo.addItem(text, percent)
        combo.setCurrentIndex(max(0, combo.findData(scale)))
        combo.blockSignals(False)

    def _text_size_picked(self, index: int) -> None:
        percent = int(self.ui.text_size_combo.itemData(index))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            display.apply_text_scale(app, percent)
        self._save_preference(text_scale=percent)

    def pick_text_size(self, percent: int) -> None:
        """Choose a text size as the person would."""
        combo = self.ui.text_size_combo
        index = combo.findData(percent)
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def _contrast_toggled(self, on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            display.apply_high_contrast(app, on)
        self._save_preference(high_contrast=on)

    # ------------------------------------------------------------------ auto-lock
    def _auto_lock_changed(self, minutes: int) -> None:
        if self._save_preference(auto_lock_minutes=minutes):
            show_message(
                self.ui.auto_lock_message_label,
                ngettext(
                    "Saved: Hearth now locks after {count} minute without use.",
                    "Saved: Hearth now locks after {count} minutes without use.",
                    minutes,
                ).format(count=minutes),
            )
        self.auto_lock_changed.emit(minutes)

    # ------------------------------------------------------------------ records
    def _retention_months(self) -> int:
        from desktop_app.vault.retention import retention_months

        return retention_months(self._services.vault.connection)

    def _load_retention(self) -> None:
        ui = self.ui
        ui.retention_spin.blockSignals(True)
        if self._services is None:
            self._retention_saved = None
            ui.retention_spin.setValue(24)
            ui.retention_effect_label.clear()
        else:
            self._retention_saved = self._retention_months()
            ui.retention_spin.setValue(self._retention_saved)
        ui.retention_spin.blockSignals(False)
        self._update_retention_effect()

    def _due_with(self, months: int) -> int:
        from desktop_app.vault.retention import due_for_erasure

        return len(due_for_erasure(self._services.vault.connection, self.today(), months))

    def _update_retention_effect(self) -> None:
        label = self.ui.retention_effect_label
        if self._services is None:
            label.clear()
            return
        months = self.ui.retention_spin.value()
        due = self._due_with(months)
        if due:
            text = ngettext(
                "With {months} months, {count} closed family record is past the period and "
                "will be erased for good at the next unlock.",
                "With {months} months, {count} closed family records are past the period and "
                "will be erased for good at the next unlock.",
                due,
            ).format(months=months, count=due)
        else:
            text = _("With {months} months, no closed record is due for erasure now.").format(
                months=months
            )
        label.setText(text)

    def save_retention(self) -> bool:
        """Save the retention period (asking first when records would be erased)."""
        services = self._services
        if services is None:
            return False
        from desktop_app.vault.retention import RETENTION_SETTING

        months = self.ui.retention_spin.value()
        due = self._due_with(months)
        if due and (self._retention_saved is None or months < self._retention_saved):
            question = ngettext(
                "{count} closed family record is older than {months} months. It will be "
                "erased for good the next time anyone unlocks Hearth. Save the shorter "
                "period?",
                "{count} closed family records are older than {months} months. They will be "
                "erased for good the next time anyone unlocks Hearth. Save the shorter "
                "period?",
                due,
            ).format(count=due, months=months)
            if not self.ask_confirm(_("Erase closed records sooner?"), question, _("Save")):
                return False
            if self._services is not services:
                return False  # locked while the question was open
        try:
            services.settings.set(RETENTION_SETTING, str(months))
        except UserFacingError as error:
            show_message(self.ui.retention_message_label, error_text(error), error=True)
            return False
        self._retention_saved = months
        show_message(
            self.ui.retention_message_label,
            ngettext(
                "Saved: closed records are kept for {count} month.",
                "Saved: closed records are kept for {count} months.",
                months,
            ).format(count=months),
        )
        return True

    # ------------------------------------------------------------------ statistics
    def _fill_rounding(self, base: int | None = None) -> None:
        combo = self.ui.rounding_combo
        keep = base if base is not None else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("No rounding"), 1)
        for value in (5, 10):
            combo.addItem(_("To the nearest {base}").format(base=value), value)
        if keep not in (None, 1, 5, 10):
            combo.addItem(_("To the nearest {base}").format(base=keep), keep)
        combo.setCurrentIndex(max(0, combo.findData(keep if keep is not None else 1)))
        combo.blockSignals(False)

    def _load_statistics(self) -> None:
        from desktop_app.stats.settings import DEFAULT_EPSILON, StatisticsSettings

        ui = self.ui
        settings = StatisticsSettings()
        if self._services is not None:
            try:
                settings = StatisticsSettings.load(self._services.settings)
            except UserFacingError as error:
                show_message(ui.stats_message_label, error_text(error), error=True)
        ui.area_edit.setText(settings.area_code)
        ui.threshold_spin.setValue(settings.threshold)
        self._fill_rounding(settings.rounding_base)
        epsilon = settings.noise_epsilon
        if epsilon is None and settings.noise_scale:
            epsilon = 1.0 / settings.noise_scale
        ui.noise_check.setChecked(epsilon is not None)
        ui.epsilon_spin.setValue(epsilon if epsilon is not None else DEFAULT_EPSILON)
        ui.epsilon_spin.setEnabled(epsilon is not None)

    def _statistics_from_form(self) -> Any:
        from desktop_app.stats.settings import StatisticsSettings

        ui = self.ui
        return StatisticsSettings(
            area_code=ui.area_edit.text().strip(),
            threshold=ui.threshold_spin.value(),
            rounding_base=int(ui.rounding_combo.currentData() or 1),
            noise_epsilon=ui.epsilon_spin.value() if ui.noise_check.isChecked() else None,
        )

    def _show_area_problem(self, *, only_if_shown: bool = False) -> bool:
        from desktop_app.stats.settings import area_code_problem

        label = self.ui.area_message_label
        if only_if_shown and label.isHidden():
            return True
        problem = area_code_problem(self.ui.area_edit.text())
        show_message(label, problem or "", error=True)
        self.ui.area_edit.setAccessibleDescription(problem or "")
        return problem is None

    def save_statistics(self) -> bool:
        """Save the statistics rules in one transaction; refuse unsafe ones."""
        services = self._services
        if services is None:
            return False
        ui = self.ui
        if not self._show_area_problem():
            ui.area_edit.setFocus()
            return False
        settings = self._statistics_from_form()
        problems = settings.problems()
        if problems:
            show_message(ui.stats_message_label, next(iter(problems.values())), error=True)
            return False
        try:
            with services.transaction():
                settings.save(services.settings)
        except UserFacingError as error:
            show_message(ui.stats_message_label, error_text(error), error=True)
            return False
        show_message(
            ui.stats_message_label,
            _(
                "Saved: figures made from now on follow these rules. Figures already sent "
                "stay as they were."
            ),
        )
        return True

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        """Set every text that comes from Python, in the current language."""
        self._fill_languages()
        self._fill_text_sizes()
        self._fill_rounding()
        self._update_retention_effect()
        self.sync.retranslate()
        self.staff.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            if self._services is not None and not getattr(self._services.vault, "is_open", True):
                self.set_services(None)  # the vault closed under the page: treat as locked
            self.ui.retranslateUi(self)
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)
