"""The Reports & Sync page: preview what would leave, send it after a confirmation, outbox.

* **Preview** — choose a closed month or quarter and an area; the figures are worked
  out off the GUI thread and shown exactly as they would leave: every table, each
  hidden cell with why, the exact text (the payload that is signed, or the body a
  DHIS2 or ADX target receives) — and charts of the period's own figures, clearly for
  the worker's eyes only. A period already released says so and shows the frozen
  release; "Check for a revision" explains in plain words when the differencing rule
  refuses one.
* **Send** — to a target configured in Settings; nothing leaves without a confirmation
  that shows exactly what and where to (:meth:`ReportsPage.ask_send`, replaced in
  tests). The send runs off the GUI thread; its result comes back in plain words.
* **Outbox** — what could not be delivered waits here: "Sync again" retries it, "Give
  up" drops it. Nothing is ever tried in the background.
* **Coordinator** — :class:`~desktop_app.gui.coordinator_page.CoordinatorPage`.

:func:`install_reports_page` plugs the page into the main window with a "Sync…" action
(Ctrl+Shift+S) in the File menu and the toolbar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QKeySequence,
    QShowEvent,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import UserFacingError
from desktop_app.core.models import NeedCategory, ReferralStatus
from desktop_app.gui.coordinator_page import CoordinatorPage
from desktop_app.gui.families_page import style_title
from desktop_app.gui.flow_layout import wrap_row
from desktop_app.gui.forms.ui_reports_page import Ui_ReportsPage
from desktop_app.gui.label_fit import fit_wrapped_labels
from desktop_app.gui.labels import format_day, label
from desktop_app.gui.report_charts import BarChartView
from desktop_app.gui.report_dialogs import SendConfirmDialog
from desktop_app.gui.report_jobs import (
    PreviewResult,
    SendPlan,
    compute_preview,
    device_key_file,
    plan_send,
    retry,
    send,
    target_text,
)
from desktop_app.gui.report_labels import (
    cell_text,
    indicator_definition,
    indicator_title,
    period_text,
    referral_status_text,
    short_month_text,
    value_note,
    value_text,
)
from desktop_app.gui.views import fit_combo
from desktop_app.gui.worker import run_in_background
from desktop_app.i18n import _, isolate, ngettext
from desktop_app.stats.indicators import INDICATORS
from desktop_app.stats.payload import PublishedValue
from desktop_app.stats.periods import Period
from desktop_app.stats.release import SETTING_AREA
from desktop_app.sync.service import SyncReport
from desktop_app.sync.targets import AdxTarget, Dhis2Target, FolderTarget, load_target
from desktop_app.vault.background import BackgroundVault
from desktop_app.vault.repositories.local_figures import LocalFiguresRepository
from desktop_app.vault.repositories.sync import OutboxItem

#: Closed months and quarters offered (the running one is listed too, not choosable).
MONTHS_OFFERED = 24
QUARTERS_OFFERED = 8
SYNC_SHORTCUT = "Ctrl+Shift+S"

_ITEM_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_PREVIEW_TAB, _OUTBOX_TAB = 0, 1


def _months_back(today: date, count: int) -> list[str]:
    year, month = today.year, today.month
    codes = []
    for _index in range(count + 1):
        codes.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return codes


def _quarters_back(today: date, count: int) -> list[str]:
    year, quarter = today.year, (today.month - 1) // 3 + 1
    codes = []
    for _index in range(count + 1):
        codes.append(f"{year:04d}Q{quarter}")
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return codes


def sync_report_text(report: SyncReport) -> str:
    """A sync's result in plain words (one paragraph per release tried)."""
    lines = []
    for delivery in report.deliveries:
        if delivery.delivered:
            head = _("{period}, revision {revision}: sent.")
        else:
            head = _("{period}, revision {revision}: not sent.")
        lines.append(
            head.format(period=period_text(delivery.period), revision=delivery.revision)
            + " "
            + delivery.message
        )
    if not report.deliveries:
        lines.append(_("Nothing to send: nothing waits for {target}.").format(target=report.target))
    if report.still_pending:
        lines.append(
            ngettext(
                "{count} release waits in the outbox. Press Sync again on the Outbox tab "
                "once the problem is fixed; it is not tried by itself.",
                "{count} releases wait in the outbox. Press Sync again on the Outbox tab "
                "once the problem is fixed; they are not tried by themselves.",
                report.still_pending,
            ).format(count=report.still_pending)
        )
    return "\n".join(lines)


def error_text(error: UserFacingError) -> str:
    """A known failure with what to do next."""
    return str(error)


class ReportsPage(QWidget):
    """Preview, send and outbox of anonymised figures; the coordinator view as a tab."""

    #: A preview (or revision check) is on screen.
    preview_ready = Signal()
    #: A send or a retry finished: the SyncReport, or the error it met.
    sync_done = Signal(object)
    #: The outbox list was filled again.
    outbox_refreshed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        wrap_row(self, self.ui.choose_layout)  # period, area and Preview wrap at large text
        self._today_override = today
        self._sleep = sleep
        self._services: Any = None
        self._generation = 0
        self._busy = False
        self._tasks: list[Any] = []
        self._preview: PreviewResult | None = None
        self._send_after_preview = False
        style_title(self.ui.title_label)
        # In a scroll area: its groups need more height than a small window has.
        self.coordinator_scroll = QScrollArea(self)
        self.coordinator_scroll.setObjectName("coordinator_scroll")
        self.coordinator_scroll.setWidgetResizable(True)
        self.coordinator_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.coordinator = CoordinatorPage(self.coordinator_scroll)
        self.coordinator_scroll.setWidget(self.coordinator)
        self.ui.reports_tabs.addTab(self.coordinator_scroll, _("Coordinator"))
        self._build_charts()
        self._style()
        ui = self.ui
        ui.period_kind_combo.currentIndexChanged.connect(lambda _i: self._fill_periods())
        ui.period_combo.currentIndexChanged.connect(lambda _i: self._selection_changed())
        ui.area_combo.currentIndexChanged.connect(lambda _i: self._selection_changed())
        ui.preview_button.clicked.connect(self.preview)
        ui.revise_button.clicked.connect(self.check_revision)
        ui.format_combo.currentIndexChanged.connect(lambda _i: self._show_text())
        ui.target_combo.currentIndexChanged.connect(lambda _i: self._target_changed())
        ui.send_button.clicked.connect(self.start_send)
        ui.export_device_key_button.clicked.connect(self.export_device_key)
        ui.retry_button.clicked.connect(self.retry_selected)
        ui.give_up_button.clicked.connect(self.give_up_selected)
        ui.outbox_tree.itemSelectionChanged.connect(self._update_buttons)
        self.set_services(None)

    # ------------------------------------------------------------------ set-up
    def _build_charts(self) -> None:
        container = QWidget(self.ui.charts_scroll)
        container.setObjectName("charts_container")
        layout = QVBoxLayout(container)
        self.needs_chart = BarChartView(container, horizontal=True)
        self.needs_chart.setObjectName("needs_chart")
        self.outcomes_chart = BarChartView(container, horizontal=True)
        self.outcomes_chart.setObjectName("outcomes_chart")
        self.contacts_chart = BarChartView(container)
        self.contacts_chart.setObjectName("contacts_chart")
        for chart in self.charts():
            layout.addWidget(chart)
        self.ui.charts_scroll.setWidget(container)

    def charts(self) -> list[BarChartView]:
        """The local-figures charts, in reading order."""
        return [self.needs_chart, self.outcomes_chart, self.contacts_chart]

    def _style(self) -> None:
        ui = self.ui
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.payload_edit.setFont(fixed)
        note = QFont(ui.local_note_label.font())
        note.setBold(True)
        ui.local_note_label.setFont(note)
        # Long choices shrink (with an ellipsis) before the row overflows at a large font.
        for combo, letters in ((ui.area_combo, 16), (ui.target_combo, 18)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        ui.figures_tree.setMinimumHeight(ui.figures_tree.fontMetrics().height() * 4)
        ui.period_kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.preview_layout.setStretchFactor(ui.figures_tabs, 1)
        ui.status_layout.setStretch(0, 1)
        ui.reports_layout.setStretchFactor(ui.reports_tabs, 1)
        ui.outbox_layout.setStretchFactor(ui.outbox_tree, 1)
        ui.busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        header = ui.figures_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        outbox = ui.outbox_tree.header()
        outbox.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        outbox.setStretchLastSection(True)
        fit_wrapped_labels(
            self,
            ui.summary_label,
            ui.text_note_label,
            ui.local_note_label,
            ui.outbox_intro_label,
            ui.outbox_result_label,
            ui.status_label,
            ui.period_hint_label,
            ui.target_hint_label,
            ui.result_label,
        )
        self._update_sync_tooltip()

    def _update_sync_tooltip(self) -> None:
        shortcut = QKeySequence(SYNC_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.ui.send_button.setToolTip(
            _(
                "See exactly what leaves and where to, then confirm. Nothing is sent "
                "before you confirm ({shortcut})."
            ).format(shortcut=shortcut)
        )

    # ------------------------------------------------------------------ session
    def today(self) -> date:
        """The day that decides which periods are closed (the vault's clock)."""
        if self._today_override is not None:
            return self._today_override()
        if self._services is not None:
            return self._services.audit.today()
        return date.today()

    def set_services(self, services: Any) -> None:
        """Show the vault's figures; ``None`` (locked) clears everything shown."""
        self._services = services
        self._generation += 1  # results of jobs started before are dropped
        self._preview = None
        self._send_after_preview = False
        self._set_busy(False)
        self._clear_preview()
        self.ui.result_label.clear()
        self.ui.outbox_result_label.clear()
        self.coordinator.set_services(services)
        self._fill_periods()
        self._fill_areas()
        self._fill_targets()
        self.refresh_outbox()
        self._update_buttons()

    def _clear_preview(self) -> None:
        ui = self.ui
        ui.figures_tree.clear()
        ui.summary_label.clear()
        ui.status_label.setText(
            _("Choose a period and press Show preview to see exactly what would leave.")
            if self._services is not None
            else ""
        )
        ui.payload_edit.clear()
        ui.text_note_label.clear()
        ui.format_combo.clear()
        ui.revise_button.setVisible(False)
        for chart in self.charts():
            chart.clear_data()

    # ------------------------------------------------------------------ choices
    def _fill_periods(self) -> None:
        ui = self.ui
        combo = ui.period_combo
        previous = combo.currentData()
        today = self.today()
        quarters = ui.period_kind_combo.currentIndex() == 1
        codes = (
            _quarters_back(today, QUARTERS_OFFERED)
            if quarters
            else _months_back(today, MONTHS_OFFERED)
        )
        combo.blockSignals(True)
        combo.clear()
        running = ""
        model = combo.model()
        for code in codes:
            closed = Period.parse(code).is_closed(today)
            text = period_text(code)
            if not closed:
                running = text
                text = _("{period} — still running").format(period=text)
            combo.addItem(text, code)
            if not closed and isinstance(model, QStandardItemModel):
                item = model.item(combo.count() - 1)
                item.setEnabled(False)
                item.setToolTip(_("Figures can be made once the period has ended."))
        index = combo.findData(previous)
        if index < 0 or not Period.parse(str(previous)).is_closed(today):
            index = next(
                (
                    i
                    for i in range(combo.count())
                    if Period.parse(combo.itemData(i)).is_closed(today)
                ),
                0,
            )
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        for fitted in (ui.period_kind_combo, combo):
            fit_combo(fitted)  # their words change with the language
        ui.period_hint_label.setText(
            _(
                "Only periods that have ended can be reported, so their numbers cannot move "
                "after they are sent. {period} is still running."
            ).format(period=running)
            if running
            else ""
        )
        self._selection_changed()

    def _fill_areas(self) -> None:
        combo = self.ui.area_combo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if self._services is None:
            combo.blockSignals(False)
            return
        own = self._services.settings.get(SETTING_AREA) or ""
        everyone = (
            _("All my families (reported as area {area})").format(area=isolate(own))
            if own
            else _("All my families")
        )
        combo.addItem(everyone, None)
        repo = LocalFiguresRepository(self._services.vault.connection, self._services.audit)
        for area in repo.areas():
            combo.addItem(_("Area {area} only").format(area=isolate(area)), area)
        index = combo.findData(previous)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        fit_combo(combo)

    def _fill_targets(self) -> None:
        ui = self.ui
        combo = ui.target_combo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        targets = [] if self._services is None else self._services.sync.targets()
        kinds = {
            "folder": _("a folder, sealed for the coordinator"),
            "dhis2": _("a DHIS2 server"),
            "adx": _("an ADX file"),
        }
        for target in targets:
            combo.addItem(
                _("{name} ({kind})").format(
                    name=isolate(target.name), kind=kinds.get(target.kind, target.kind)
                ),
                target.name,
            )
        index = combo.findData(previous)
        combo.setCurrentIndex(max(0, index) if targets else -1)
        combo.blockSignals(False)
        fit_combo(combo)
        if self._services is None:
            ui.target_hint_label.clear()
        elif not targets:
            ui.target_hint_label.setText(
                _(
                    "No place to send to is set up yet. Add one in Settings (Ctrl+6), under "
                    "sync targets: a folder for a coordinator, a DHIS2 server or an ADX file."
                )
            )
        else:
            ui.target_hint_label.clear()
        ui.target_hint_label.setVisible(bool(ui.target_hint_label.text()))
        combo.setToolTip(
            _(
                "Only the figures shown above leave, and only after you confirm. Nothing "
                "else ever leaves this laptop."
            )
        )

    def refresh_targets(self) -> None:
        """Read the configured targets again (Settings may have changed them)."""
        self._fill_targets()
        if self._preview is not None:
            self._fill_formats()
        self._update_buttons()

    def _selection_changed(self) -> None:
        # A preview of another period or area is no longer what "Send" would send.
        preview = self._preview
        if preview is not None and (
            preview.period != self.ui.period_combo.currentData()
            or preview.area != self.ui.area_combo.currentData()
        ):
            self._preview = None
            self._clear_preview()
        self._update_buttons()

    def _target_changed(self) -> None:
        combo = self.ui.format_combo
        name = self.ui.target_combo.currentData()
        index = combo.findData(f"target:{name}")
        if index >= 0:
            combo.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        unlocked = self._services is not None
        idle = unlocked and not self._busy
        code = ui.period_combo.currentData()
        closed = bool(code) and Period.parse(str(code)).is_closed(self.today())
        ui.preview_button.setEnabled(idle and closed)
        preview = self._preview
        ui.revise_button.setEnabled(idle and preview is not None)
        ui.send_button.setEnabled(
            idle and ui.target_combo.count() > 0 and (preview is None or preview.sendable)
        )
        ui.export_device_key_button.setEnabled(idle)
        selected = ui.outbox_tree.currentItem() is not None and bool(ui.outbox_tree.selectedItems())
        ui.retry_button.setEnabled(idle and selected)
        ui.give_up_button.setEnabled(idle and selected)
        for widget in (ui.period_kind_combo, ui.period_combo, ui.area_combo, ui.target_combo):
            widget.setEnabled(unlocked and not self._busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ui.busy_bar.setVisible(busy)
        self.ui.busy_label.setVisible(busy)
        self.ui.busy_label.setText(text)
        self._update_buttons()

    # ------------------------------------------------------------------ jobs
    def _run(
        self,
        operation: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        busy_text: str,
    ) -> None:
        generation = self._generation

        def succeeded(result: Any) -> None:
            if generation != self._generation:
                return  # locked (or unlocked again) meanwhile: nothing of it is shown
            self._set_busy(False)
            on_success(result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if not isinstance(error, UserFacingError):
                raise error  # a bug: the crash dialog's business
            on_failure(error)

        self._set_busy(True, busy_text)
        task = run_in_background(operation, succeeded, failed, self)
        self._tasks.append(task)
        task.finished.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)

    def is_busy(self) -> bool:
        """Whether a computation or a send is running."""
        return self._busy

    # ------------------------------------------------------------------ preview
    def preview(self, *, revise: bool = False) -> bool:
        """Work out the chosen period's figures off the GUI thread; return if started."""
        services = self._services
        code = self.ui.period_combo.currentData()
        if services is None or self._busy or not code:
            return False
        if not Period.parse(str(code)).is_closed(self.today()):
            self.ui.status_label.setText(
                _("{period} has not ended yet: figures can be made once it has ended.").format(
                    period=period_text(str(code))
                )
            )
            return False
        area = self.ui.area_combo.currentData()
        background = BackgroundVault.of(services)
        today = self.today()

        def operation() -> PreviewResult:
            return compute_preview(background, str(code), area, lambda: today, revise=revise)

        def failed(error: BaseException) -> None:
            self._send_after_preview = False
            self.ui.status_label.setText(error_text(error))  # type: ignore[arg-type]
            self.preview_ready.emit()

        self._run(
            operation,
            self._show_preview,
            failed,
            _("Checking whether a revision can be made…")
            if revise
            else _("Working out the figures…"),
        )
        return True

    def check_revision(self) -> bool:
        """Check whether the released period can be revised from today's records."""
        return self.preview(revise=True)

    def current_preview(self) -> PreviewResult | None:
        """The preview on screen (None before one is shown, or when locked)."""
        return self._preview

    def _show_preview(self, result: PreviewResult) -> None:
        self._preview = result
        self._clear_preview()
        ui = self.ui
        ui.status_label.setText(self._status_text(result))
        ui.revise_button.setVisible(result.frozen is not None or result.revision_of is not None)
        self._fill_tree(result)
        self._fill_summary(result)
        self._fill_formats()
        self._fill_charts(result)
        self._update_buttons()
        self.preview_ready.emit()
        if self._send_after_preview:
            self._send_after_preview = False
            self.start_send()

    def _status_text(self, result: PreviewResult) -> str:
        period = period_text(result.period)
        if result.revision_of is not None:
            released = result.revision_of
            day = format_day(released.released_at.astimezone().date())
            if result.refusal:
                return result.refusal
            if result.unchanged:
                return _(
                    "Nothing has changed since revision {revision} of {period} was released "
                    "on {day}: there is nothing to revise. These are the frozen figures."
                ).format(revision=released.revision, period=period, day=day)
            return _(
                "Revision {revision} of {period}, made from today's records — not sent "
                "yet. Revision {previous}, released on {day}, stays as it was; sending "
                "this freezes the new revision beside it."
            ).format(
                revision=result.payload.revision,
                previous=released.revision,
                period=period,
                day=day,
            )
        release = result.frozen
        if release is not None:
            return _(
                "{period} was released on {day} (revision {revision}). These are the frozen "
                "figures: sending again sends exactly these numbers, whatever changed since."
            ).format(
                period=period,
                day=format_day(release.released_at.astimezone().date()),
                revision=release.revision,
            )
        return _(
            "Preview only: nothing has been sent and nothing is stored. Sending freezes "
            "these figures, so {period} is then always sent with exactly these numbers."
        ).format(period=period)

    def _fill_tree(self, result: PreviewResult) -> None:
        tree = self.ui.figures_tree
        tree.clear()
        by_indicator: dict[str, list[PublishedValue]] = {}
        for value in result.payload.values:
            by_indicator.setdefault(value.indicator, []).append(value)
        order = [ind.id for ind in INDICATORS] + sorted(
            set(by_indicator) - {ind.id for ind in INDICATORS}
        )
        bold = QFont(tree.font())
        bold.setBold(True)
        for indicator_id in order:
            values = by_indicator.get(indicator_id)
            if not values:
                continue
            hidden = sum(1 for v in values if v.value is None)
            top = QTreeWidgetItem(tree, [indicator_title(indicator_id), "", ""])
            top.setFont(0, bold)
            if hidden:
                top.setText(
                    2,
                    ngettext("{count} number hidden", "{count} numbers hidden", hidden).format(
                        count=hidden
                    ),
                )
            definition = indicator_definition(indicator_id)
            top.setToolTip(0, definition)
            top.setData(0, _ITEM_ROLE, indicator_id)
            for value in values:
                note = value_note(value, result.threshold, result.rounding_base, result.noisy)
                child = QTreeWidgetItem(top, [cell_text(value.dimensions), value_text(value), note])
                child.setData(0, _ITEM_ROLE, (value.indicator, value.dimensions))
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                if value.value is None:
                    child.setFont(2, bold)
                    child.setToolTip(2, note)
        tree.expandAll()

    def _fill_summary(self, result: PreviewResult) -> None:
        published, hidden = result.counts()
        parts = [
            ngettext(
                "{published} number would be sent",
                "{published} numbers would be sent",
                published,
            ).format(published=published)
            + "; "
            + ngettext(
                "{hidden} is hidden to protect families (counts from 1 to {below} are never "
                "sent, and other cells are hidden so they cannot be worked out from totals).",
                "{hidden} are hidden to protect families (counts from 1 to {below} are never "
                "sent, and other cells are hidden so they cannot be worked out from totals).",
                hidden,
            ).format(hidden=hidden, below=result.threshold - 1)
        ]
        if result.rounding_base > 1:
            parts.append(
                _("Numbers are rounded to multiples of {base}.").format(base=result.rounding_base)
            )
        if result.noisy:
            parts.append(
                _(
                    "Random noise was added to every number (differential privacy, "
                    "ε = {epsilon:.2f})."
                ).format(epsilon=result.report.epsilon)
            )
        parts.append(
            _("Area code sent: {area}. Only families who agreed to statistics are counted.").format(
                area=result.payload.area
            )
        )
        self.ui.summary_label.setText(" ".join(parts))

    # ------------------------------------------------------------------ exact text
    def _fill_formats(self) -> None:
        combo = self.ui.format_combo
        previous = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        # Item data are strings: Qt compares them in findData (tuples it would not).
        combo.addItem(_("The payload (JSON), exactly as signed"), "payload")
        if self._services is not None:
            for stored in self._services.sync.targets():
                if stored.kind == "dhis2":
                    text = _("As {name} receives it (DHIS2 JSON)")
                elif stored.kind == "adx":
                    text = _("As {name} receives it (ADX XML)")
                else:
                    text = _("As {name} receives it (the payload, signed and sealed)")
                combo.addItem(text.format(name=isolate(stored.name)), f"target:{stored.name}")
        wanted = previous if previous else f"target:{self.ui.target_combo.currentData()}"
        index = combo.findData(wanted)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self._show_text()

    def _show_text(self) -> None:
        ui = self.ui
        preview = self._preview
        choice = ui.format_combo.currentData()
        if preview is None or choice is None or self._services is None:
            ui.payload_edit.clear()
            ui.text_note_label.clear()
            return
        kind, _sep, name = str(choice).partition(":")
        if kind == "payload":
            ui.payload_edit.setPlainText(preview.payload.to_json().decode("utf-8"))
            ui.text_note_label.setText(
                _(
                    "This is the exact payload, byte for byte. A folder target receives it "
                    "signed with this laptop's key and sealed to the coordinator's key, so "
                    "only the coordinator can read it."
                )
            )
            return
        try:
            target = load_target(self._services.sync, name)
            from datetime import UTC, datetime

            text = target_text(target, preview.payload, datetime.now(UTC).replace(microsecond=0))
        except UserFacingError as error:
            ui.payload_edit.clear()
            ui.text_note_label.setText(
                _("{name} cannot take these figures: {problem}").format(
                    name=name, problem=error_text(error)
                )
            )
            return
        ui.payload_edit.setPlainText(text)
        if isinstance(target, Dhis2Target):
            note = _(
                "DHIS2 receives exactly this body: first as a trial run, then, if every "
                "value is accepted, as the import. Hidden numbers are left out."
            )
        elif isinstance(target, AdxTarget):
            note = _(
                'The ADX file holds exactly this; its "exported" time is set when it is '
                "written. Hidden numbers are left out."
            )
        else:
            assert isinstance(target, FolderTarget)
            note = _(
                "The folder receives this payload signed with this laptop's key and sealed "
                "to coordinator key {fingerprint}, so only that coordinator can read it."
            ).format(fingerprint=target.receiver)
        ui.text_note_label.setText(note)

    # ------------------------------------------------------------------ charts
    def _fill_charts(self, result: PreviewResult) -> None:
        local = result.local
        period = period_text(result.period)
        needs = sorted(
            ((label(NeedCategory(c)), n) for c, n in local.open_needs_by_category.items() if n),
            key=lambda pair: (-pair[1], pair[0]),
        )
        never = _("Families with an open need, by category, on the last day of {period}").format(
            period=period
        )
        self.needs_chart.set_data(
            never,
            [name for name, _n in needs],
            [(_("Families"), [n for _name, n in needs])],
            empty_text=_("No open needs."),
        )
        outcomes = [
            (referral_status_text(s.value), local.referral_outcomes.get(s.value, 0))
            for s in ReferralStatus
            if local.referral_outcomes.get(s.value, 0)
        ]
        self.outcomes_chart.set_data(
            _("What became of the referrals made in {period} (their status today)").format(
                period=period
            ),
            [name for name, _n in outcomes],
            [(_("Referrals"), [n for _name, n in outcomes])],
            empty_text=_("No referrals were made in this period."),
        )
        months = local.contacts_by_month
        self.contacts_chart.set_data(
            _("Contacts per month, the 12 months up to the end of {period}").format(period=period),
            [short_month_text(m) for m, _n in months],
            [(_("Contacts"), [n for _m, n in months])],
        )

    # ------------------------------------------------------------------ sending
    def start_sync_flow(self) -> None:
        """The Sync action: bring the send flow up (preview first when none is shown)."""
        self.ui.reports_tabs.setCurrentIndex(_PREVIEW_TAB)
        self.ui.figures_tabs.setCurrentIndex(0)
        self.start_send()

    def start_send(self) -> None:
        """Confirm, then send the figures on screen to the chosen target."""
        ui = self.ui
        services = self._services
        if services is None or self._busy:
            return
        name = ui.target_combo.currentData()
        if not name:
            ui.target_combo.setFocus()
            ui.result_label.setText(ui.target_hint_label.text())
            return
        preview = self._preview
        if preview is None:
            self._send_after_preview = True
            if not self.preview():
                self._send_after_preview = False
            return
        if not preview.sendable:
            ui.result_label.setText(
                _("These figures cannot be sent: {reason}").format(
                    reason=preview.refusal or self._status_text(preview)
                )
            )
            return
        try:
            plan = plan_send(services, preview, str(name))
        except UserFacingError as error:
            ui.result_label.setText(error_text(error))
            return
        if not self.ask_send(self, plan):
            ui.result_label.setText(_("Nothing was sent, and nothing was frozen."))
            return
        self._send(plan)

    def _send(self, plan: SendPlan) -> None:
        background = BackgroundVault.of(self._services)
        today = self.today()
        sleep = self._sleep

        def operation() -> SyncReport:
            return send(background, plan, lambda: today, sleep)

        def succeeded(report: SyncReport) -> None:
            self.ui.result_label.setText(sync_report_text(report))
            self.refresh_outbox()
            self.sync_done.emit(report)
            self.preview()  # the period is frozen now: show it as such

        def failed(error: BaseException) -> None:
            self.ui.result_label.setText(error_text(error))  # type: ignore[arg-type]
            self.refresh_outbox()
            self.sync_done.emit(error)

        self._run(
            operation,
            succeeded,
            failed,
            _("Sending to {target}… A server may take a while to answer.").format(
                target=isolate(plan.target.name)
            ),
        )

    @classmethod
    def ask_send(cls, parent: QWidget, plan: SendPlan) -> bool:
        """Show exactly what will leave and to where; return whether to send."""
        dialog = SendConfirmDialog(plan, parent)
        try:
            return dialog.exec() == SendConfirmDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # ------------------------------------------------------------------ outbox
    def refresh_outbox(self) -> None:
        """Fill the outbox list from the vault."""
        ui = self.ui
        tree = ui.outbox_tree
        tree.clear()
        items: list[OutboxItem] = []
        if self._services is not None:
            items = self._services.sync.outbox(None, pending_only=True)
        for item in items:
            row = QTreeWidgetItem(
                tree,
                [
                    item.target,
                    period_text(item.period),
                    str(item.revision),
                    str(item.attempts),
                    item.last_error or _("Not tried yet"),
                ],
            )
            row.setData(0, _ITEM_ROLE, item.id)
            row.setToolTip(4, item.last_error)
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        ui.reports_tabs.setTabText(
            _OUTBOX_TAB,
            _("Outbox ({count})").format(count=len(items)) if items else _("Outbox"),
        )
        nothing = _("Nothing is waiting to be sent.")
        if self._services is not None and not items and not ui.outbox_result_label.text():
            ui.outbox_result_label.setText(nothing)
        elif items and ui.outbox_result_label.text() == nothing:
            ui.outbox_result_label.clear()
        self._update_buttons()
        self.outbox_refreshed.emit()

    def _selected_outbox_item(self) -> OutboxItem | None:
        row = self.ui.outbox_tree.currentItem()
        if row is None or self._services is None:
            return None
        wanted = row.data(0, _ITEM_ROLE)
        for item in self._services.sync.outbox(None, pending_only=True):
            if item.id == wanted:
                return item
        return None

    def retry_selected(self) -> None:
        """Sync again: try to deliver what waits for the chosen row's target."""
        item = self._selected_outbox_item()
        if item is None or self._busy:
            return
        background = BackgroundVault.of(self._services)
        sleep = self._sleep
        target = item.target

        def operation() -> SyncReport:
            return retry(background, target, sleep)

        def succeeded(report: SyncReport) -> None:
            self.ui.outbox_result_label.setText(sync_report_text(report))
            self.refresh_outbox()
            self.sync_done.emit(report)

        def failed(error: BaseException) -> None:
            self.ui.outbox_result_label.setText(error_text(error))  # type: ignore[arg-type]
            self.refresh_outbox()
            self.sync_done.emit(error)

        self.ui.outbox_result_label.clear()
        self._run(
            operation,
            succeeded,
            failed,
            _("Sending to {target}… A server may take a while to answer.").format(
                target=isolate(target)
            ),
        )

    def give_up_selected(self) -> None:
        """Give up on the chosen pending release (after a confirmation)."""
        from desktop_app.sync.service import SyncService

        item = self._selected_outbox_item()
        if item is None or self._busy:
            return
        if not self.ask_give_up(self, item):
            return
        SyncService(self._services.sync).discard(item)
        self.ui.outbox_result_label.setText(
            _(
                "{period}, revision {revision} will not be sent to {target}. Its figures "
                "stay frozen in this vault; sending the period again later sends the same "
                "numbers."
            ).format(
                period=period_text(item.period), revision=item.revision, target=isolate(item.target)
            )
        )
        self.refresh_outbox()

    @classmethod
    def ask_give_up(cls, parent: QWidget, item: OutboxItem) -> bool:
        """Ask before dropping a pending release."""
        answer = QMessageBox.question(
            parent,
            _("Give up on this release?"),
            _(
                "{period}, revision {revision} will no longer be sent to {target}. You can "
                "send the period again later from the preview."
            ).format(
                period=period_text(item.period), revision=item.revision, target=isolate(item.target)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ device key
    def export_device_key(self) -> None:
        """Write this laptop's public key to a file for the coordinator."""
        if self._services is None:
            return
        path = self.ask_save_path(
            self,
            _("Save this laptop's key"),
            "hearth-device-key.json",
            _("Hearth key files (*.json)"),
        )
        if path is None:
            return
        device_id, data = device_key_file(self._services)
        try:
            path.write_bytes(data)
        except OSError:
            self.ui.result_label.setText(
                _("The key file could not be written. Choose another folder and try again.")
            )
            return
        self.ui.result_label.setText(
            _(
                "This laptop's key was written to {path}. Give it to the coordinator and "
                "read them its fingerprint, {fingerprint}, so they can check it."
            ).format(path=path, fingerprint=device_id)
        )

    @classmethod
    def ask_save_path(
        cls, parent: QWidget, title: str, suggested: str, filters: str
    ) -> Path | None:
        """Ask where to save a file."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), filters
        )
        return Path(chosen) if chosen else None

    def showEvent(self, event: QShowEvent) -> None:
        """Read targets and the outbox again: Settings may have changed them meanwhile."""
        super().showEvent(event)
        if self._services is not None and not self._busy:
            self.refresh_targets()
            self.refresh_outbox()

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.reports_tabs.setTabText(
                self.ui.reports_tabs.indexOf(self.coordinator_scroll), _("Coordinator")
            )
            self._update_sync_tooltip()
            action = getattr(self, "sync_action", None)
            if isinstance(action, QAction):
                retranslate_sync_action(action)
            preview = self._preview
            self._fill_periods()
            self._fill_areas()
            self._fill_targets()
            self.refresh_outbox()
            if preview is not None:
                self._show_preview(preview)
        super().changeEvent(event)


def install_reports_page(
    window: Any, session: Any, *, today: Callable[[], date] | None = None
) -> ReportsPage:
    """Plug the Reports page into ``window`` with a "Sync…" action (Ctrl+Shift+S)."""
    page = ReportsPage(today=today)
    window.set_section_widget("reports", page)
    action = QAction(window)
    action.setObjectName("sync_action")
    action.setShortcut(QKeySequence(SYNC_SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    page.sync_action = action  # type: ignore[attr-defined]
    retranslate_sync_action(action)

    def bring_up() -> None:
        if session.services is None:
            return
        window.show_section(window.SECTION_KEYS.index("reports"))
        page.refresh_targets()
        page.start_sync_flow()

    action.triggered.connect(bring_up)
    window.ui.file_menu.insertAction(window.ui.lock_action, action)
    window.ui.main_toolbar.insertAction(window.ui.lock_action, action)
    window.addAction(action)
    session.locked.connect(lambda: action.setEnabled(False))
    session.unlocked.connect(lambda _services: action.setEnabled(True))
    action.setEnabled(session.services is not None)
    return page


def retranslate_sync_action(action: QAction) -> None:
    """The Sync action's words in the staff language (the page calls it on a switch)."""
    action.setText(_("&Sync…"))
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(
        _("Send anonymised figures: you see and confirm exactly what leaves ({shortcut})").format(
            shortcut=shortcut
        )
    )
    action.setStatusTip(action.toolTip())
