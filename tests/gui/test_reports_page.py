"""The Reports & Sync page: previews of a crafted vault, the confirmed send, the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.report_jobs import SendPlan
from desktop_app.gui.reports_page import ReportsPage, install_reports_page
from desktop_app.i18n import isolate
from desktop_app.stats.payload import Payload
from desktop_app.stats.release import SETTING_AREA, Statistics
from desktop_app.sync.dhis2 import Dhis2Server
from desktop_app.sync.formats import Dhis2Mapping
from desktop_app.sync.hub import Hub, ImportStatus
from desktop_app.sync.keys import DeviceIdentity, enrol_device, trust_receiver
from desktop_app.sync.targets import Dhis2Target, FolderTarget, save_target
from desktop_app.vault.repositories.sync import OwnKeyPurpose
from desktop_app.vault.services import VaultServices
from tests.helpers.dhis2_server import TOKEN, Dhis2State, dhis2_server
from tests.helpers.qt import visible_texts
from tests.helpers.reports import (
    EXPECTED_CONTACTS_IN_OCTOBER,
    EXPECTED_NEEDS_CHART,
    EXPECTED_REFERRALS,
    PERIOD,
    TODAY,
    add_new_households,
    fill_report_vault,
)
from tests.helpers.vaults import vault_services

TIMEOUT = 20_000

MAPPING = Dhis2Mapping(
    data_set="HeArThDs001",
    org_units={"NORTH": "OrgUnitRv01"},
    data_elements={
        "new_households": ("DeNewHh0001", None),
        "households_with_open_need": ("DeOpenNd001", None),
    },
    skip_unmapped=True,
)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        fill_report_vault(opened)
        yield opened


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "coordinator") as opened:
        yield opened


@pytest.fixture
def page(qtbot, services: VaultServices) -> Iterator[ReportsPage]:
    widget = ReportsPage(today=lambda: TODAY, sleep=lambda _seconds: None)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(services)
    yield widget
    # A send refreshes the preview on its own: let it finish before the vault closes.
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=TIMEOUT)
    widget.set_services(None)


def _choose(page: ReportsPage, period: str = PERIOD) -> None:
    combo = page.ui.period_combo
    if "Q" in period:
        page.ui.period_kind_combo.setCurrentIndex(1)
    index = combo.findData(period)
    assert index >= 0
    combo.setCurrentIndex(index)


def _preview(qtbot, page: ReportsPage, period: str = PERIOD, *, revise: bool = False) -> None:
    _choose(page, period)
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT):
        if revise:
            qtbot.mouseClick(page.ui.revise_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(page.ui.preview_button, Qt.MouseButton.LeftButton)


def _top(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def _rows(page: ReportsPage) -> dict[tuple[str, str], tuple[str, str]]:
    """(indicator title, cell) → (number shown, note)."""
    tree = page.ui.figures_tree
    rows = {}
    for i in range(tree.topLevelItemCount()):
        top = _top(tree, i)
        for j in range(top.childCount()):
            child = top.child(j)
            assert child is not None
            rows[(top.text(0), child.text(0))] = (child.text(1), child.text(2))
    return rows


def _folder_target(
    services: VaultServices, coordinator: VaultServices, folder: Path
) -> tuple[Hub, DeviceIdentity]:
    hub = Hub(coordinator.sync)
    trust_receiver(services.sync, hub.identity.public_key_file(), confirm=True)
    device = DeviceIdentity.of_vault(services.sync)
    enrol_device(coordinator.sync, device.public_key_file(), confirm=True)
    folder.mkdir(exist_ok=True)
    save_target(services.sync, FolderTarget("usb", folder, hub.identity.fingerprint))
    return hub, device


class Answers:
    """Stands in for the confirmation: records each plan, answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.plans: list[SendPlan] = []

    def __call__(self, parent: Any, plan: SendPlan) -> bool:
        self.plans.append(plan)
        return self.answer


# ---------------------------------------------------------------------- preview


def test_the_preview_shows_exact_counts_and_why_cells_are_hidden(
    qtbot, page: ReportsPage, services: VaultServices
) -> None:
    _preview(qtbot, page)
    rows = _rows(page)
    assert rows[("New households", "Total")] == ("11", "")
    assert rows[("New households", "Arabic")] == ("7", "")
    small = "Hidden: a small number (fewer than 5)"
    protect = "Hidden so that another hidden number cannot be worked out"
    assert rows[("New households", "Ukrainian")] == ("—", small)
    assert rows[("New households", "Persian")] == ("—", small)  # Dari is grouped with Persian
    assert rows[("New households", "Polish")] == ("0", "")
    assert rows[("Households with an open need", "Total")] == ("8", "")
    assert rows[("Households with an open need, by category", "Housing")] == ("6", "")
    assert rows[("Households with an open need, by category", "Food")] == ("—", small)
    assert rows[("Referrals made, by need category", "Total")] == ("8", "")
    assert rows[("Referrals made, by need category", "Housing")] == ("—", protect)
    assert rows[("Referrals made, by need category", "Food")] == ("—", small)
    contacts = "Contacts, by kind and by interpreter"
    assert rows[(contacts, "Total")] == ("7", "")
    assert rows[(contacts, "Home visit")] == ("—", protect)
    assert rows[(contacts, "Check-in call")] == ("—", small)
    assert rows[(contacts, "A qualified interpreter")] == ("—", protect)
    assert rows[(contacts, "A child interpreted")] == ("—", small)
    # The family who refused statistics is in none of it; the preview froze nothing.
    assert "Preview only" in page.ui.status_label.text()
    assert services.aggregates.latest_release(PERIOD, "ALL") is None
    published, hidden = page.current_preview().counts()  # type: ignore[union-attr]
    assert f"{published} numbers would be sent; {hidden} are hidden" in page.ui.summary_label.text()


def test_the_payload_text_is_exactly_what_a_release_would_sign(
    qtbot, page: ReportsPage, services: VaultServices
) -> None:
    _preview(qtbot, page)
    text = page.ui.payload_edit.toPlainText()
    device = DeviceIdentity.of_vault(services.sync)
    payload = Payload.from_json(text.encode("utf-8"))
    assert payload.device_id == device.device_id
    fresh = Statistics(services.aggregates, services.settings, today=lambda: TODAY).compute(PERIOD)
    assert payload.values == fresh.payload.values
    # Nothing about a family is in it.
    for secret in ("Crafted", "Riverside", "Brackenford", "private"):
        assert secret not in text


def test_the_charts_show_the_local_figures_never_sent(qtbot, page: ReportsPage) -> None:
    _preview(qtbot, page)
    needs = dict(zip(page.needs_chart.categories(), page.needs_chart.values(), strict=True))
    assert needs == EXPECTED_NEEDS_CHART  # food's 2 is hidden in the table, shown here
    assert page.needs_chart.drawn_values() == page.needs_chart.values()
    outcomes = dict(
        zip(page.outcomes_chart.categories(), page.outcomes_chart.values(), strict=True)
    )
    assert outcomes == EXPECTED_REFERRALS
    months = page.contacts_chart.categories()
    assert len(months) == 12
    assert months[-1] == "Oct 2026"
    assert page.contacts_chart.values()[-1] == EXPECTED_CONTACTS_IN_OCTOBER
    assert "never sent" in page.ui.local_note_label.text()
    assert page.ui.figures_tabs.tabText(2) == "Your figures (never sent)"
    assert "Food: 2" in page.needs_chart.accessibleDescription()


def test_running_periods_are_listed_but_not_available(qtbot, page: ReportsPage) -> None:
    combo = page.ui.period_combo
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    running = combo.findData("2026-11")
    assert "still running" in combo.itemText(running)
    assert not model.item(running).isEnabled()
    assert combo.currentData() == "2026-10"  # the latest closed month is chosen
    assert "November 2026 is still running" in page.ui.period_hint_label.text()
    combo.setCurrentIndex(running)
    assert not page.ui.preview_button.isEnabled()
    assert page.preview() is False
    assert "has not ended yet" in page.ui.status_label.text()
    page.ui.period_kind_combo.setCurrentIndex(1)
    assert page.ui.period_combo.currentData() == "2026Q3"
    assert "still running" in page.ui.period_combo.itemText(page.ui.period_combo.findData("2026Q4"))


def test_a_quarter_and_an_area_can_be_previewed(
    qtbot, page: ReportsPage, services: VaultServices
) -> None:
    page.ui.area_combo.setCurrentIndex(page.ui.area_combo.findData("SOUTH"))
    _preview(qtbot, page)
    rows = _rows(page)
    assert rows[("New households", "Total")] == ("0", "")  # SOUTH's only family refused
    assert page.current_preview().payload.area == "SOUTH"  # type: ignore[union-attr]
    page.ui.area_combo.setCurrentIndex(0)
    assert page.current_preview() is None  # another area: the old preview is gone
    services.settings.set(SETTING_AREA, "RIVER")
    page.set_services(services)
    river = isolate("RIVER")
    assert page.ui.area_combo.itemText(0) == f"All my families (reported as area {river})"
    page.ui.period_kind_combo.setCurrentIndex(1)
    _preview(qtbot, page, "2026Q3")
    assert page.current_preview().payload.period == "2026Q3"  # type: ignore[union-attr]
    assert _rows(page)[("New households", "Total")] == ("0", "")


# ---------------------------------------------------------------------- sending


def test_without_a_target_the_page_says_how_to_add_one(
    qtbot, page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(True)
    monkeypatch.setattr(ReportsPage, "ask_send", answers)
    assert page.ui.target_combo.count() == 0
    assert "Settings" in page.ui.target_hint_label.text()
    assert not page.ui.send_button.isEnabled()
    page.start_send()
    assert answers.plans == []
    assert "Settings" in page.ui.result_label.text()


def test_declining_the_confirmation_freezes_nothing_and_sends_nothing(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    coordinator: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drop = tmp_path / "usb"
    hub, _device = _folder_target(services, coordinator, drop)
    page.refresh_targets()
    _preview(qtbot, page)
    answers = Answers(False)
    monkeypatch.setattr(ReportsPage, "ask_send", answers)
    qtbot.mouseClick(page.ui.send_button, Qt.MouseButton.LeftButton)
    (plan,) = answers.plans
    # The confirmation showed exactly what would leave and where to.
    assert plan.text == page.ui.payload_edit.toPlainText()
    assert str(drop) in plan.destination
    assert hub.identity.fingerprint in plan.destination
    assert "Nothing was sent, and nothing was frozen." in page.ui.result_label.text()
    assert not page.is_busy()
    assert services.aggregates.latest_release(PERIOD, "ALL") is None
    assert services.sync.outbox(None) == []
    assert list(drop.iterdir()) == []


def test_confirming_to_a_folder_writes_a_bundle_the_coordinator_opens(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    coordinator: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drop = tmp_path / "usb"
    hub, _device = _folder_target(services, coordinator, drop)
    page.refresh_targets()
    _preview(qtbot, page)
    shown = page.ui.payload_edit.toPlainText().encode("utf-8")
    answers = Answers(True)
    monkeypatch.setattr(ReportsPage, "ask_send", answers)
    with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT) as done:
        qtbot.mouseClick(page.ui.send_button, Qt.MouseButton.LeftButton)
    assert done.args[0].ok
    assert "revision 0: sent." in page.ui.result_label.text()
    assert "sealed bundle was written" in page.ui.result_label.text()
    (bundle,) = drop.iterdir()
    report = hub.import_folder(drop)
    assert [r.status for r in report.results] == [ImportStatus.IMPORTED]
    (opened,) = hub.latest_payloads(PERIOD)
    assert opened.to_json() == shown  # the bytes on screen are the bytes that left
    release = services.aggregates.latest_release(PERIOD, "ALL")
    assert release is not None
    # The page shows the period as released now; sending again sends the same numbers.
    qtbot.waitUntil(lambda: page.current_preview() is not None and not page.is_busy())
    assert "was released on" in page.ui.status_label.text()
    assert page.ui.payload_edit.toPlainText().encode("utf-8") == shown
    with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT):
        page.start_send()
    again = answers.plans[-1]
    assert again.already_sent
    assert again.text.encode("utf-8") == shown
    assert [b.read_bytes()[:16] for b in drop.iterdir()] == [bundle.read_bytes()[:16]]


def test_a_dhis2_sync_shows_the_import_summary_in_words(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.settings.set(SETTING_AREA, "NORTH")
    state = Dhis2State(data_elements={"DeNewHh0001", "DeOpenNd001"})
    with dhis2_server(tmp_path / "tls", state) as (url, _state, tls):
        server = Dhis2Server(url, TOKEN, tls.ca_file, timeout=5.0, retries=0)
        save_target(services.sync, Dhis2Target("district", server, MAPPING))
        page.set_services(services)
        _preview(qtbot, page)
        page.ui.format_combo.setCurrentIndex(page.ui.format_combo.findData("target:district"))
        body = page.ui.payload_edit.toPlainText()
        assert '"dataSet":"HeArThDs001"' in body, page.ui.text_note_label.text()
        assert "trial run" in page.ui.text_note_label.text()
        answers = Answers(True)
        monkeypatch.setattr(ReportsPage, "ask_send", answers)
        with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT):
            qtbot.mouseClick(page.ui.send_button, Qt.MouseButton.LeftButton)
        assert answers.plans[0].text == body
        assert url in answers.plans[0].destination
        text = page.ui.result_label.text()
        assert "October 2026, revision 0: sent." in text
        assert "DHIS2 imported 2, updated 0 and ignored 0 values." in text
        assert [r.dry_run for r in state.requests] == [True, False]
        assert state.requests[-1].body == body.encode("utf-8")
        assert state.stored == {
            ("202610", "OrgUnitRv01", "DeNewHh0001", "default"): "11",
            ("202610", "OrgUnitRv01", "DeOpenNd001", "default"): "8",
        }


def test_a_failing_server_leaves_the_release_in_the_outbox_and_sync_again_retries(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.settings.set(SETTING_AREA, "NORTH")
    state = Dhis2State(data_elements={"DeNewHh0001", "DeOpenNd001"})
    with dhis2_server(tmp_path / "tls", state) as (url, _state, tls):
        server = Dhis2Server(url, TOKEN, tls.ca_file, timeout=5.0, retries=2)
        save_target(services.sync, Dhis2Target("district", server, MAPPING))
        page.set_services(services)
        state.faults.extend(["500"] * 3)
        _preview(qtbot, page)
        monkeypatch.setattr(ReportsPage, "ask_send", Answers(True))
        with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT) as done:
            page.start_send()
        assert not done.args[0].ok
        text = page.ui.result_label.text()
        assert "revision 0: not sent." in text
        assert "could not be reached after 3 tries" in text
        assert "waits in the outbox" in text
        assert state.stored == {}
        # The outbox lists it; nothing retries it by itself.
        tree = page.ui.outbox_tree
        assert tree.topLevelItemCount() == 1
        row = _top(tree, 0)
        assert (row.text(0), row.text(1), row.text(3)) == ("district", "October 2026", "1")
        assert "internal error (500)" in row.text(4)
        assert page.ui.reports_tabs.tabText(1) == "Outbox (1)"
        requests = len(state.requests)
        page.set_services(services)  # e.g. after a lock and unlock
        assert len(state.requests) == requests
        page.ui.reports_tabs.setCurrentIndex(1)
        page.ui.outbox_tree.setCurrentItem(_top(page.ui.outbox_tree, 0))
        with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT) as done:
            qtbot.mouseClick(page.ui.retry_button, Qt.MouseButton.LeftButton)
        assert done.args[0].ok
        assert "DHIS2 imported 2" in page.ui.outbox_result_label.text()
        assert page.ui.outbox_tree.topLevelItemCount() == 0
        assert page.ui.reports_tabs.tabText(1) == "Outbox"
        assert len(state.stored) == 2


def test_a_pending_release_can_be_given_up(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.settings.set(SETTING_AREA, "NORTH")
    server = Dhis2Server("https://127.0.0.1:9", TOKEN, timeout=1.0, retries=0)
    save_target(services.sync, Dhis2Target("district", server, MAPPING))
    page.set_services(services)
    _preview(qtbot, page)
    monkeypatch.setattr(ReportsPage, "ask_send", Answers(True))
    with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT):
        page.start_send()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT)  # the preview again
    assert page.ui.outbox_tree.topLevelItemCount() == 1
    asked: list[Any] = []
    monkeypatch.setattr(
        ReportsPage, "ask_give_up", classmethod(lambda cls, parent, item: asked.append(item))
    )
    page.ui.outbox_tree.setCurrentItem(_top(page.ui.outbox_tree, 0))
    page.give_up_selected()  # declined (the stand-in returns None)
    assert len(asked) == 1
    assert page.ui.outbox_tree.topLevelItemCount() == 1
    monkeypatch.setattr(ReportsPage, "ask_give_up", classmethod(lambda cls, parent, item: True))
    qtbot.mouseClick(page.ui.give_up_button, Qt.MouseButton.LeftButton)
    assert page.ui.outbox_tree.topLevelItemCount() == 0
    assert services.sync.outbox("district", pending_only=True) == []
    assert "will not be sent" in page.ui.outbox_result_label.text()


# ---------------------------------------------------------------------- releases


def test_a_released_period_says_so_and_a_refused_revision_is_explained(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    coordinator: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stats = Statistics(services.aggregates, services.settings, today=lambda: TODAY)
    released = stats.release_period(PERIOD)
    _preview(qtbot, page)
    assert "October 2026 was released on" in page.ui.status_label.text()
    assert "sending again sends exactly these numbers" in page.ui.status_label.text()
    assert page.ui.revise_button.isVisible()
    shown = Payload.from_json(page.ui.payload_edit.toPlainText().encode("utf-8"))
    assert shown.values == released.payload.values
    add_new_households(services, 2)  # 11 → 13: the difference would reveal 2 families
    _preview(qtbot, page, revise=True)
    status = page.ui.status_label.text()
    assert "A revision of October 2026 cannot be made now." in status
    assert "changed by fewer than 5" in status
    assert not page.ui.send_button.isEnabled()
    assert len(services.aggregates.releases(PERIOD, "ALL")) == 1
    # With larger changes the revision is previewed, then sent as revision 1.
    add_new_households(services, 3)  # 11 → 16
    _preview(qtbot, page, revise=True)
    assert "Revision 1 of October 2026" in page.ui.status_label.text()
    assert _rows(page)[("New households", "Total")] == ("16", "")
    _folder_target(services, coordinator, tmp_path / "usb")
    page.refresh_targets()
    answers = Answers(True)
    monkeypatch.setattr(ReportsPage, "ask_send", answers)
    with qtbot.waitSignal(page.sync_done, timeout=TIMEOUT) as done:
        page.start_send()
    assert done.args[0].ok
    assert answers.plans[0].payload.revision == 1
    assert [r.revision for r in services.aggregates.releases(PERIOD, "ALL")] == [0, 1]


def test_a_revision_of_unchanged_figures_says_there_is_nothing_to_revise(
    qtbot, page: ReportsPage, services: VaultServices
) -> None:
    Statistics(services.aggregates, services.settings, today=lambda: TODAY).release_period(PERIOD)
    _preview(qtbot, page)
    _preview(qtbot, page, revise=True)
    assert "there is nothing to revise" in page.ui.status_label.text()
    assert not page.ui.send_button.isEnabled()


# ---------------------------------------------------------------------- session


def test_locking_clears_everything_shown(
    qtbot,
    page: ReportsPage,
    services: VaultServices,
    coordinator: VaultServices,
    tmp_path: Path,
) -> None:
    _folder_target(services, coordinator, tmp_path / "usb")
    page.refresh_targets()
    _preview(qtbot, page)
    assert page.ui.figures_tree.topLevelItemCount() > 0
    page.set_services(None)
    ui = page.ui
    assert ui.figures_tree.topLevelItemCount() == 0
    assert ui.payload_edit.toPlainText() == ""
    assert ui.summary_label.text() == ""
    assert ui.target_combo.count() == 0
    assert ui.area_combo.count() == 0
    assert ui.outbox_tree.topLevelItemCount() == 0
    assert all(chart.categories() == [] for chart in page.charts())
    assert page.current_preview() is None
    assert not ui.send_button.isEnabled()
    assert not ui.preview_button.isEnabled()
    texts = " ".join(visible_texts(page))
    for word in ("11", "Crafted", "usb"):
        assert word not in texts


def test_a_result_arriving_after_a_lock_is_dropped(qtbot, page: ReportsPage) -> None:
    assert page.preview()
    page.set_services(None)  # locked before the worker's answer is delivered
    qtbot.waitUntil(lambda: not page._tasks, timeout=TIMEOUT)
    assert page.ui.figures_tree.topLevelItemCount() == 0
    assert page.current_preview() is None
    assert all(chart.categories() == [] for chart in page.charts())


class _Session(QObject):
    locked = Signal()
    unlocked = Signal(object)

    def __init__(self, services: VaultServices) -> None:
        super().__init__()
        self.services = services


def test_the_sync_action_brings_up_the_send_flow(
    qtbot,
    services: VaultServices,
    coordinator: VaultServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    session = _Session(services)
    window.set_services(services)
    page = install_reports_page(window, session)
    page._today_override = lambda: TODAY
    page.set_services(services)
    _folder_target(services, coordinator, tmp_path / "usb")
    action = page.sync_action  # type: ignore[attr-defined]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert action in window.ui.file_menu.actions()
    assert "Ctrl+Shift+S" in action.toolTip()
    assert window.section_widget("reports") is page
    answers = Answers(False)
    monkeypatch.setattr(ReportsPage, "ask_send", answers)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(page.preview_ready, timeout=TIMEOUT):
        action.trigger()  # no preview yet: it is worked out first, then confirmed
    assert window.current_section() == window.SECTION_KEYS.index("reports")
    assert len(answers.plans) == 1
    assert answers.plans[0].target.name == "usb"
    assert services.aggregates.latest_release(PERIOD, "ALL") is None
    session.locked.emit()
    assert not action.isEnabled()
    session.unlocked.emit(services)
    assert action.isEnabled()


def test_the_device_key_can_be_exported_for_the_coordinator(
    qtbot, page: ReportsPage, services: VaultServices, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "device-key.json"
    monkeypatch.setattr(ReportsPage, "ask_save_path", classmethod(lambda cls, *args: target))
    qtbot.mouseClick(page.ui.export_device_key_button, Qt.MouseButton.LeftButton)
    from desktop_app.sync.keys import KeyKind, read_key_file

    key = read_key_file(target, KeyKind.DEVICE)
    assert key.fingerprint == DeviceIdentity.of_vault(services.sync).device_id
    assert key.fingerprint in page.ui.result_label.text()
    assert services.sync.own_key(OwnKeyPurpose.RECEIVER) is None  # not made a coordinator


def test_targets_added_in_settings_appear_when_the_page_is_shown_again(
    qtbot, page: ReportsPage, services: VaultServices, coordinator: VaultServices, tmp_path: Path
) -> None:
    assert page.ui.target_combo.count() == 0
    page.hide()
    _folder_target(services, coordinator, tmp_path / "usb")  # as the Settings page would
    page.show()
    qtbot.waitExposed(page)
    assert page.ui.target_combo.currentData() == "usb"
    assert page.ui.target_hint_label.text() == ""


def test_a_language_switch_keeps_the_preview_and_turns_the_page_right_to_left(
    qtbot, page: ReportsPage, switcher
) -> None:
    _preview(qtbot, page)
    count = page.ui.figures_tree.topLevelItemCount()
    switcher.apply("ar")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.ui.figures_tree.topLevelItemCount() == count
    assert page.ui.period_combo.currentData() == PERIOD
    assert page.current_preview() is not None
    page.set_services(None)  # as a lock does, before the vault closes
