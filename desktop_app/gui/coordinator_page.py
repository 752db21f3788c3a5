"""The coordinator view: receive other laptops' sealed figures, add them up, export them.

A coordinator's vault holds its *receiver* key — laptops seal their bundles to it — and
the keys of the laptops it accepts ("enrolled" after the user compared the fingerprint
with the laptop's user). Bundles are imported from a folder off the GUI thread, each
file reported in plain words (imported, already here, older than one already here, or
refused and why); the merged tables are re-protected by the statistics layer (small
sums hidden again) before they are shown, charted or exported. Nothing here opens a
network connection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListWidgetItem, QTreeWidgetItem, QWidget

from desktop_app.core.errors import UserFacingError
from desktop_app.gui.forms.ui_coordinator_page import Ui_CoordinatorPage
from desktop_app.gui.label_fit import fit_wrapped_labels
from desktop_app.gui.labels import format_day
from desktop_app.gui.report_charts import BarChartView
from desktop_app.gui.report_dialogs import FingerprintDialog
from desktop_app.gui.report_jobs import (
    MergedFigures,
    import_folder,
    merged_figures,
    receiver_fingerprint,
)
from desktop_app.gui.report_labels import (
    cell_text,
    indicator_definition,
    indicator_title,
    period_text,
    suppression_note,
)
from desktop_app.gui.worker import run_in_background
from desktop_app.i18n import _, isolate, ngettext
from desktop_app.stats.disclosure import DEFAULT_THRESHOLD
from desktop_app.stats.indicators import INDICATORS
from desktop_app.stats.payload import Suppression
from desktop_app.sync.formats import Cell, Dhis2Mapping, adx_xml, csv_text, dhis2_json
from desktop_app.sync.hub import ImportReport, ImportStatus
from desktop_app.sync.keys import KeyKind, read_key_file
from desktop_app.sync.targets import Dhis2Target, load_target
from desktop_app.vault.background import BackgroundVault


def import_status_text(status: ImportStatus) -> str:
    """One word-group for what became of a bundle."""
    if status is ImportStatus.IMPORTED:
        return _("Imported")
    if status is ImportStatus.DUPLICATE:
        return _("Already here")
    if status is ImportStatus.OUTDATED:
        return _("Older than one already here")
    return _("Refused")


class CoordinatorPage(QWidget):
    """Keys, enrolment, imports, merged tables with a chart, and exports."""

    #: A folder import finished: the ImportReport, or the error it met.
    import_done = Signal(object)
    #: The merged tables were (re)computed and are on screen.
    merged_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CoordinatorPage()
        self.ui.setupUi(self)
        self._services: Any = None
        self._generation = 0
        self._busy = False
        self._tasks: list[Any] = []
        self._merged: MergedFigures | None = None
        self._fingerprint: str | None = None
        ui = self.ui
        self.chart = BarChartView(ui.merged_chart_tab, horizontal=True)
        self.chart.setObjectName("merged_chart")
        ui.merged_chart_layout.addWidget(self.chart, 1)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(fixed.pointSizeF() * 1.4)
        fixed.setBold(True)
        ui.fingerprint_label.setFont(fixed)
        ui.left_layout.addStretch(1)  # the groups keep their height; space goes below
        ui.columns_layout.setStretch(0, 2)
        ui.columns_layout.setStretch(1, 3)
        line = ui.devices_list.fontMetrics().height()
        ui.devices_list.setMaximumHeight(line * 8)
        ui.import_results_list.setMinimumHeight(line * 8)
        ui.import_busy_bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 20)
        fit_wrapped_labels(
            self,
            ui.coordinator_intro_label,
            ui.key_hint_label,
            ui.import_summary_label,
            ui.merged_summary_label,
            ui.export_result_label,
        )
        header = ui.merged_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        ui.make_key_button.clicked.connect(self.make_key)
        ui.export_key_button.clicked.connect(self.export_key)
        ui.enrol_button.clicked.connect(self.enrol_device)
        ui.import_button.clicked.connect(self.import_bundles)
        ui.merged_period_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        ui.chart_indicator_combo.currentIndexChanged.connect(lambda _i: self._show_chart())
        ui.export_button.clicked.connect(self.export_merged)
        self.set_services(None)

    # ------------------------------------------------------------------ session
    def set_services(self, services: Any) -> None:
        """Show the coordinator's keys and figures; ``None`` (locked) clears everything."""
        self._services = services
        self._generation += 1
        self._merged = None
        self._set_busy(False)
        ui = self.ui
        ui.import_results_list.clear()
        ui.import_summary_label.clear()
        ui.export_result_label.clear()
        ui.merged_tree.clear()
        ui.merged_summary_label.clear()
        ui.merged_period_combo.blockSignals(True)
        ui.merged_period_combo.clear()
        ui.merged_period_combo.blockSignals(False)
        ui.chart_indicator_combo.blockSignals(True)
        ui.chart_indicator_combo.clear()
        ui.chart_indicator_combo.blockSignals(False)
        self.chart.clear_data()
        self._show_key()
        self._fill_devices()
        self._fill_export_formats()
        if self._fingerprint is not None:
            self.refresh_merged()  # only a coordinator has imports to merge
        self._update_buttons()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.import_busy_bar.setVisible(busy)
        self._update_buttons()

    def is_busy(self) -> bool:
        """Whether an import or a merge is running."""
        return self._busy

    def _update_buttons(self) -> None:
        ui = self.ui
        unlocked = self._services is not None
        has_key = unlocked and self._fingerprint is not None
        idle = unlocked and not self._busy
        ui.make_key_button.setVisible(unlocked and not has_key)
        ui.make_key_button.setEnabled(idle)
        ui.export_key_button.setVisible(has_key)
        ui.export_key_button.setEnabled(idle)
        ui.enrol_button.setEnabled(idle and has_key)
        ui.import_button.setEnabled(idle and has_key)
        merged = self._merged
        ui.export_button.setEnabled(idle and merged is not None and bool(merged.cells))
        ui.export_format_combo.setEnabled(unlocked)
        ui.merged_period_combo.setEnabled(idle)

    def _run(
        self,
        operation: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[UserFacingError], None],
    ) -> None:
        generation = self._generation

        def succeeded(result: Any) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            on_success(result)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if not isinstance(error, UserFacingError):
                raise error
            on_failure(error)

        self._set_busy(True)
        task = run_in_background(operation, succeeded, failed, self)
        self._tasks.append(task)
        task.finished.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)

    # ------------------------------------------------------------------ key
    def _show_key(self) -> None:
        ui = self.ui
        self._fingerprint = None
        if self._services is None:
            ui.fingerprint_label.clear()
            ui.key_hint_label.clear()
            return
        found = self._fingerprint = receiver_fingerprint(self._services)
        if found is None:
            ui.fingerprint_label.clear()
            ui.key_hint_label.setText(
                _(
                    "This laptop is not a coordinator yet. Set it up as one if other laptops "
                    "are to send their figures to you; most laptops never need this."
                )
            )
            return
        ui.fingerprint_label.setText(found)
        ui.key_hint_label.setText(
            _(
                "Give the key file to each laptop that reports to you, and read them this "
                "fingerprint so they can check they added your key and no one else's."
            )
        )

    def fingerprint(self) -> str:
        """The coordinator key's fingerprint on screen ("" when none)."""
        return self.ui.fingerprint_label.text()

    def make_key(self) -> None:
        """Make this vault's coordinator (receiver) key."""
        from desktop_app.sync.hub import Hub

        if self._services is None:
            return
        Hub(self._services.sync).identity  # noqa: B018 - made on first use
        self._show_key()
        self._update_buttons()
        self.refresh_merged()

    def export_key(self) -> None:
        """Write the coordinator's public key to a file."""
        from desktop_app.sync.hub import Hub

        if self._services is None:
            return
        path = self.ask_save_path(
            self,
            _("Save the coordinator key"),
            "hearth-coordinator-key.json",
            _("Hearth key files (*.json)"),
        )
        if path is None:
            return
        identity = Hub(self._services.sync).identity
        try:
            path.write_bytes(identity.public_key_file().to_bytes())
        except OSError:
            self.ui.key_hint_label.setText(
                _("The key file could not be written. Choose another folder and try again.")
            )
            return
        self.ui.key_hint_label.setText(
            _(
                "The key was written to {path}. Read its fingerprint, {fingerprint}, to each "
                "laptop's user when they add it."
            ).format(path=path, fingerprint=identity.fingerprint)
        )

    # ------------------------------------------------------------------ devices
    def _fill_devices(self) -> None:
        widget = self.ui.devices_list
        widget.clear()
        if self._services is None:
            return
        devices = self._services.sync.devices()
        for device in devices:
            text = device.fingerprint
            if device.label:
                text = _("{fingerprint} — {label}").format(
                    fingerprint=device.fingerprint, label=device.label
                )
            try:
                day = format_day(datetime.fromisoformat(device.added_at).astimezone().date())
            except ValueError:
                day = device.added_at[:10]
            text += "\n" + _("Enrolled {day}").format(day=day)
            QListWidgetItem(text, widget)
        if not devices:
            item = QListWidgetItem(_("No laptop is enrolled yet."), widget)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def enrol_device(self) -> None:
        """Enrol a laptop from its key file, once the user confirmed its fingerprint."""
        from desktop_app.sync.hub import Hub

        if self._services is None:
            return
        path = self.ask_open_path(
            self, _("Choose the laptop's key file"), _("Hearth key files (*.json)")
        )
        if path is None:
            return
        try:
            key = read_key_file(path, KeyKind.DEVICE)
        except UserFacingError as error:
            self.ui.import_summary_label.setText(str(error))
            return
        if not self.ask_fingerprint(self, key.fingerprint, key.label):
            self.ui.import_summary_label.setText(
                _("The laptop was not enrolled: its fingerprint was not confirmed.")
            )
            return
        Hub(self._services.sync).enrol(key, confirm=True)
        self.ui.import_summary_label.setText(
            _("The laptop {fingerprint} was enrolled: its bundles can be imported now.").format(
                fingerprint=key.fingerprint
            )
        )
        self._fill_devices()

    # ------------------------------------------------------------------ import
    def import_bundles(self) -> bool:
        """Import every bundle in a chosen folder off the GUI thread; return if started."""
        if self._services is None or self._busy:
            return False
        folder = self.ask_folder(self, _("Choose the folder with the bundles"))
        if folder is None:
            return False
        background = BackgroundVault.of(self._services)

        def operation() -> ImportReport:
            return import_folder(background, folder)

        def failed(error: UserFacingError) -> None:
            self.ui.import_summary_label.setText(str(error))
            self.import_done.emit(error)

        self.ui.import_results_list.clear()
        self.ui.import_summary_label.setText(_("Opening the bundles…"))
        self._run(operation, self._show_import, failed)
        return True

    def _show_import(self, report: ImportReport) -> None:
        widget = self.ui.import_results_list
        widget.clear()
        for result in report.results:
            QListWidgetItem(
                _("{file}: {status}. {message}").format(
                    file=result.file_name,
                    status=import_status_text(result.status),
                    message=result.message,
                ),
                widget,
            )
        imported = report.count(ImportStatus.IMPORTED)
        refused = report.count(ImportStatus.REFUSED)
        if not report.results:
            summary = _("There are no Hearth bundles in that folder.")
        else:
            summary = ngettext(
                "{count} bundle imported", "{count} bundles imported", imported
            ).format(count=imported)
            if refused:
                summary += "; " + ngettext(
                    "{count} refused (see why below).", "{count} refused (see why below).", refused
                ).format(count=refused)
            else:
                summary += "."
        self.ui.import_summary_label.setText(summary)
        self.import_done.emit(report)
        self.refresh_merged()

    # ------------------------------------------------------------------ merged
    def refresh_merged(self) -> bool:
        """Merge and re-protect the imported figures off the GUI thread."""
        if self._services is None or self._busy:
            return False
        background = BackgroundVault.of(self._services)
        period = self.ui.merged_period_combo.currentData()

        def operation() -> MergedFigures:
            return merged_figures(background, period)

        def failed(error: UserFacingError) -> None:
            self.ui.merged_summary_label.setText(str(error))
            self.merged_ready.emit()

        self._run(operation, self._show_merged, failed)
        return True

    def _period_chosen(self) -> None:
        self.refresh_merged()

    def _show_merged(self, merged: MergedFigures) -> None:
        self._merged = merged
        ui = self.ui
        combo = ui.merged_period_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("Every period"), None)
        for period in merged.periods:
            combo.addItem(period_text(period), period)
        combo.setCurrentIndex(max(0, combo.findData(merged.period)))
        combo.blockSignals(False)
        self._fill_merged_tree(merged.cells)
        hidden = sum(1 for c in merged.cells if c.value is None)
        if not merged.cells:
            ui.merged_summary_label.setText(_("No figures imported yet."))
        else:
            areas = sorted({c.area for c in merged.cells})
            ui.merged_summary_label.setText(
                ngettext(
                    "{count} number is hidden again after adding up (small sums, and cells "
                    "that would reveal them).",
                    "{count} numbers are hidden again after adding up (small sums, and "
                    "cells that would reveal them).",
                    hidden,
                ).format(count=hidden)
                + " "
                + _("Areas: {areas}.").format(areas=", ".join(areas))
            )
        indicators = combo_indicators(merged.cells)
        chart_combo = ui.chart_indicator_combo
        previous = chart_combo.currentData()
        chart_combo.blockSignals(True)
        chart_combo.clear()
        for indicator_id in indicators:
            chart_combo.addItem(indicator_title(indicator_id), indicator_id)
        chart_combo.setCurrentIndex(max(0, chart_combo.findData(previous)))
        chart_combo.blockSignals(False)
        self._show_chart()
        self._update_buttons()
        self.merged_ready.emit()

    def merged_cells(self) -> list[Cell]:
        """The merged, re-protected cells on screen."""
        return [] if self._merged is None else list(self._merged.cells)

    def _fill_merged_tree(self, cells: tuple[Cell, ...]) -> None:
        tree = self.ui.merged_tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        groups: dict[tuple[str, str, str], list[Cell]] = {}
        for cell in cells:
            groups.setdefault((cell.period, cell.area, cell.indicator), []).append(cell)
        order = {ind.id: i for i, ind in enumerate(INDICATORS)}
        for (period, area, indicator_id), members in sorted(
            groups.items(), key=lambda kv: (kv[0][0], kv[0][1], order.get(kv[0][2], 99), kv[0][2])
        ):
            top = QTreeWidgetItem(
                tree,
                [
                    _("{title} — {period}, area {area}").format(
                        title=indicator_title(indicator_id), period=period_text(period), area=area
                    ),
                    "",
                    "",
                ],
            )
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            top.setToolTip(0, indicator_definition(indicator_id))
            for cell in members:
                note = short = ""
                if cell.value is None:
                    note = suppression_note(cell.suppressed, DEFAULT_THRESHOLD)
                    short = (
                        _("Hidden (small number)")
                        if cell.suppressed is Suppression.PRIMARY
                        else _("Hidden (protects another)")
                    )
                number = "—" if cell.value is None else str(cell.value)
                child = QTreeWidgetItem(top, [cell_text(cell.dimensions), number, short])
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
                if cell.value is None:
                    child.setFont(2, bold)
                    child.setToolTip(2, note)
        tree.expandAll()

    def _show_chart(self) -> None:
        indicator_id = self.ui.chart_indicator_combo.currentData()
        if self._merged is None or indicator_id is None:
            self.chart.clear_data()
            return
        cells = [c for c in self._merged.cells if c.indicator == indicator_id and c.dimensions]
        if not cells:
            cells = [c for c in self._merged.cells if c.indicator == indicator_id]
        periods = {c.period for c in cells}
        areas = {c.area for c in cells}
        shown = [c for c in cells if c.value is not None]
        names = []
        for cell in shown:
            name = cell_text(cell.dimensions)
            if len(areas) > 1:
                name = _("{name} ({area})").format(name=name, area=cell.area)
            if len(periods) > 1:
                name = _("{name}, {period}").format(name=name, period=period_text(cell.period))
            names.append(name)
        hidden = len(cells) - len(shown)
        title = indicator_title(indicator_id)
        if hidden:
            title += "\n" + ngettext(
                "({count} hidden number is not drawn)",
                "({count} hidden numbers are not drawn)",
                hidden,
            ).format(count=hidden)
        self.chart.set_data(
            title,
            names,
            [(title, [c.value or 0 for c in shown])],
            empty_text=_("Every number of this figure is hidden."),
        )

    # ------------------------------------------------------------------ export
    def _fill_export_formats(self) -> None:
        combo = self.ui.export_format_combo
        combo.clear()
        combo.addItem(_("CSV (a spreadsheet)"), "csv")
        combo.addItem(_("ADX XML"), "adx")
        if self._services is None:
            return
        for stored in self._services.sync.targets():
            if stored.kind == "dhis2":
                combo.addItem(
                    _("DHIS2 JSON, mapped as for {name}").format(name=isolate(stored.name)),
                    f"dhis2:{stored.name}",
                )
        combo.addItem(_("DHIS2 JSON, with a mapping file…"), "dhis2:")

    def export_merged(self) -> None:
        """Write the merged tables to a chosen file in the chosen format."""
        if self._services is None or self._merged is None:
            return
        kind, _sep, target_name = str(self.ui.export_format_combo.currentData()).partition(":")
        name = target_name or None
        cells = list(self._merged.cells)
        period = self._merged.period or "all"
        try:
            if kind == "csv":
                data = csv_text(cells).encode("utf-8")
                suggested, filters = f"hearth-merged-{period}.csv", _("CSV files (*.csv)")
            elif kind == "adx":
                data = adx_xml(cells)
                suggested, filters = f"hearth-merged-{period}.adx.xml", _("ADX files (*.xml)")
            else:
                mapping = self._mapping(name)
                if mapping is None:
                    return
                data = dhis2_json(cells, mapping)
                suggested, filters = f"hearth-merged-{period}.dhis2.json", _("JSON files (*.json)")
        except UserFacingError as error:
            self.ui.export_result_label.setText(str(error))
            return
        path = self.ask_save_path(self, _("Export the figures"), suggested, filters)
        if path is None:
            return
        try:
            path.write_bytes(data)
        except OSError:
            self.ui.export_result_label.setText(
                _("The file could not be written. Choose another folder and try again.")
            )
            return
        self.ui.export_result_label.setText(_("Written: {path}").format(path=path))

    def _mapping(self, target_name: str | None) -> Dhis2Mapping | None:
        import json

        from desktop_app.sync.errors import TargetError

        if target_name is not None:
            target = load_target(self._services.sync, target_name)
            assert isinstance(target, Dhis2Target)
            return target.mapping
        path = self.ask_open_path(
            self, _("Choose the DHIS2 mapping file"), _("JSON files (*.json)")
        )
        if path is None:
            return None
        try:
            return Dhis2Mapping.from_dict(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            raise TargetError(
                _("The DHIS2 mapping file could not be read."),
                hint=_("It is JSON with data_set, org_units and data_elements."),
            ) from error

    # ------------------------------------------------------------------ questions
    @classmethod
    def ask_save_path(
        cls, parent: QWidget, title: str, suggested: str, filters: str
    ) -> Path | None:
        """Ask where to save a file."""
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), filters
        )
        return Path(chosen) if chosen else None

    @classmethod
    def ask_open_path(cls, parent: QWidget, title: str, filters: str) -> Path | None:
        """Ask for a file to read."""
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
        return Path(chosen) if chosen else None

    @classmethod
    def ask_folder(cls, parent: QWidget, title: str) -> Path | None:
        """Ask for a folder."""
        chosen = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
        return Path(chosen) if chosen else None

    @classmethod
    def ask_fingerprint(cls, parent: QWidget, fingerprint: str, label: str) -> bool:
        """Ask the user to confirm a laptop key's fingerprint."""
        dialog = FingerprintDialog(fingerprint, label, parent)
        try:
            return dialog.exec() == FingerprintDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_key()
            self._fill_devices()
            self._fill_export_formats()
            if self._merged is not None:
                self._show_merged(self._merged)
        super().changeEvent(event)


def combo_indicators(cells: tuple[Cell, ...] | list[Cell]) -> list[str]:
    """The indicators present in ``cells``, in the order they are declared."""
    present = {c.indicator for c in cells}
    declared = [ind.id for ind in INDICATORS if ind.id in present]
    return declared + sorted(present - set(declared))
