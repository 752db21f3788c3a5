"""Consent from the family page: review with interpreter and signature, withdraw each purpose."""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktop_app.core import models as m
from desktop_app.core.consent import check_writable, fields_allowed, latest_events
from desktop_app.core.consent_notices import load_notice
from desktop_app.gui.casework import FamiliesSection
from desktop_app.gui.consent_dialogs import ConsentDialog, WithdrawConsentDialog
from desktop_app.vault.consent_lifecycle import households_in_statistics
from desktop_app.vault.services import VaultServices
from desktop_app.vault.vault import DB_NAME
from tests.helpers.consent import choose_method, decide, everything, sign
from tests.helpers.vaults import PASSPHRASE, add_family, vault_services
from tests.security.test_canary import _all_rows_text, _decrypt_pages, _needles, _scan_files

P = m.ConsentPurpose


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as services:
        yield services


@pytest.fixture
def section(qtbot, services: VaultServices) -> FamiliesSection:
    widget = FamiliesSection()
    qtbot.addWidget(widget)
    widget.set_services(services)
    widget.show()
    return widget


def open_family(section: FamiliesSection, household_id: int | None) -> None:
    assert household_id is not None
    assert section.open_household(household_id)
    assert section.currentWidget() is section.family_page


def _review(qtbot, section: FamiliesSection) -> ConsentDialog:
    qtbot.mouseClick(section.consent_tab.review_button, Qt.MouseButton.LeftButton)
    dialog = section.consent_tab.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def _withdraw_dialog(qtbot, section: FamiliesSection) -> WithdrawConsentDialog:
    qtbot.mouseClick(section.consent_tab.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = section.consent_tab.withdraw_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def _dark_pixels(png: bytes) -> int:
    image = QImage.fromData(png)
    assert not image.isNull()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 100
    )


def test_review_signed_on_screen_with_an_interpreter(qtbot, section, services) -> None:
    family = add_family(services, alias="Family S.", language="uk")
    hid = family.household.id
    open_family(section, hid)
    dialog = _review(qtbot, section)
    step = dialog.step
    # The notice is shown in Ukrainian beside the staff member's English.
    assert step.notice_language() == "uk"
    uk = load_notice(P.CASE_RECORD, "uk").text.split("\n")[0]
    assert uk in step.ui.family_notice_view.toPlainText()
    en = load_notice(P.CASE_RECORD, "en").text.split("\n")[0]
    assert en in step.ui.staff_notice_view.toPlainText()
    # Past decisions are the starting point: all given.
    assert all(step.decision(p) is True for p in P)
    # The family now refuses statistics; it is signed on screen, a video interpreter helps.
    decide(step, {P.STATISTICS: False})
    mode = step.ui.interpreter_mode_combo
    mode.setCurrentIndex(mode.findData(m.InterpreterMode.QUALIFIED_VIDEO.value))
    qtbot.keyClicks(step.ui.interpreter_name_edit, "Brackenford Interpreting")
    choose_method(step, m.ConsentMethod.SIGNED_ON_SCREEN)
    assert not dialog.save_button.isEnabled(), "no signature yet"
    assert "sign in the box" in step.ui.message_label.text()
    sign(qtbot, step.ui.signature_pad)
    assert dialog.save_button.isEnabled()
    # "What we will store" says anonymous counting is not stored.
    storage = step.ui.storage_label.text()
    assert "Not stored" in storage
    assert "anonymous numbers" in storage.split("Not stored")[1]
    with qtbot.waitSignal(dialog.recorded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in dialog.message_label.text()
    history = services.consent.history(hid)
    new = history[len(family.consents) :]
    assert {e.purpose: e.decision for e in new} == {
        P.CASE_RECORD: m.ConsentDecision.RENEWED,
        P.REFERRAL_SHARING: m.ConsentDecision.RENEWED,
        P.STATISTICS: m.ConsentDecision.WITHDRAWN,
        P.CONTACT_CHANNELS: m.ConsentDecision.RENEWED,
        P.CHAMPION_INTRODUCTION: m.ConsentDecision.RENEWED,
    }
    for event in new:
        assert event.method is m.ConsentMethod.SIGNED_ON_SCREEN
        assert event.interpreter_mode is m.InterpreterMode.QUALIFIED_VIDEO
        assert event.interpreter_name == "Brackenford Interpreting"
        assert event.interpreter_language == "uk"
        assert event.language == "uk"
        assert event.notice_hash == load_notice(event.purpose, "uk").version_hash
        png = services.consent.signature(event.id)
        assert png is not None
        assert _dark_pixels(png) > 20, "the drawn signature is stored"
    assert hid not in households_in_statistics(services.vault.connection)
    # The family page's history shows the new decisions.
    table = section.family_page.ui.consent_table
    assert table.rowCount() == len(history)


def test_a_decision_needs_every_purpose_and_a_way_of_recording(qtbot, services) -> None:
    family = add_family(services, alias="Family T.")
    dialog = ConsentDialog(services, family.household.id or 0, today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    step = dialog.step
    choose_method(step, m.ConsentMethod.PAPER_FORM)
    assert not dialog.save_button.isEnabled()
    assert "paper form's reference" in step.ui.message_label.text()
    qtbot.keyClicks(step.ui.paper_reference_edit, "PF-2026-031")
    assert dialog.save_button.isEnabled()
    choose_method(step, m.ConsentMethod.VERBAL_VIA_INTERPRETER)
    assert "who interpreted" in step.ui.message_label.text()
    assert not dialog.save_button.isEnabled()
    # Withdrawing the record itself is not done here: it erases, with its own dialog.
    choose_method(step, m.ConsentMethod.PAPER_FORM)
    decide(step, {P.CASE_RECORD: False})
    assert "Withdraw consent" in step.ui.message_label.text()
    assert not dialog.save_button.isEnabled()


def test_withdrawing_statistics_leaves_the_aggregates(qtbot, section, services) -> None:
    family = add_family(services, alias="Family U.")
    hid = family.household.id
    open_family(section, hid)
    assert hid in households_in_statistics(services.vault.connection)
    dialog = _withdraw_dialog(qtbot, section)
    assert set(dialog.checks) == set(P)
    assert not dialog.withdraw_button.isEnabled()
    dialog.tick(P.STATISTICS)
    assert not dialog.passphrase_edit.isVisible()
    with qtbot.waitSignal(dialog.withdrawn):
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert hid not in households_in_statistics(services.vault.connection)
    assert "left out of all statistics" in dialog.message_label.text()
    assert services.consent.current(hid)[P.STATISTICS].decision is m.ConsentDecision.WITHDRAWN


def test_withdrawing_sharing_blocks_pending_referrals(qtbot, section, services) -> None:
    family = add_family(
        services, alias="Family V.", needs=(m.Need(m.NeedCategory.FOOD, note="food bank"),)
    )
    hid = family.household.id
    service = services.services.add(m.Service("Riverside Food Bank"))
    referral = services.referrals.add(
        m.Referral(family.needs[0].id or 0, service.id or 0, True, m.ReferralStatus.REFERRED)
    )
    open_family(section, hid)
    dialog = _withdraw_dialog(qtbot, section)
    dialog.tick(P.REFERRAL_SHARING)
    assert dialog.withdraw()
    after = services.referrals.get(referral.id)
    assert after is not None
    assert not after.consent_to_share
    assert after.blocked_on is not None
    assert "1 pending referral is stopped" in dialog.message_label.text()
    assert "referral.shared_details" not in fields_allowed(services.consent.current(hid))


def test_withdrawing_contact_hides_the_remote_channel(qtbot, section, services) -> None:
    family = add_family(services, alias="Family W.")
    hid = family.household.id
    services.households.update(
        dataclasses.replace(family.household, preferred_channel=m.Channel.SMS)
    )
    open_family(section, hid)
    dialog = _withdraw_dialog(qtbot, section)
    dialog.tick(P.CONTACT_CHANNELS)
    assert dialog.withdraw()
    household = services.households.get(hid).household
    assert household.preferred_channel is m.Channel.IN_PERSON
    assert "no longer used" in dialog.message_label.text()


def test_withdrawing_champion_ends_matches(qtbot, section, services) -> None:
    family = add_family(services, alias="Family X.")
    established = add_family(services, alias="Family Y.")
    champion = services.champions.add(m.Champion(established.household.id or 0, languages=("ar",)))
    services.champions.match(m.ChampionMatch(champion.id or 0, family.household.id or 0))
    open_family(section, family.household.id)
    dialog = _withdraw_dialog(qtbot, section)
    dialog.tick(P.CHAMPION_INTRODUCTION)
    assert dialog.withdraw()
    (match,) = services.champions.matches_for_household(family.household.id)
    assert match.status is m.ChampionMatchStatus.ENDED
    assert "1 parent champion introduction is ended" in dialog.message_label.text()


def test_withdrawing_the_record_erases_it_after_the_passphrase(
    qtbot, section, services, tmp_path
) -> None:
    token = uuid.uuid4().hex
    canary, arabic = f"ERASEME-{token}", f"امسح{token}"
    keep = f"KEEP-{uuid.uuid4().hex}"
    family = add_family(
        services,
        alias=canary,
        needs=(m.Need(m.NeedCategory.HOUSING, note=arabic),),
        people=(m.Person(m.Role.CAREGIVER, given_name=arabic),),
    )
    add_family(services, alias=keep)
    hid = family.household.id
    open_family(section, hid)
    dialog = _withdraw_dialog(qtbot, section)
    dialog.tick(P.CASE_RECORD)
    assert dialog.erase_label.isVisible()
    assert dialog.passphrase_edit.isVisible()
    assert not dialog.withdraw_button.isEnabled(), "the passphrase is asked again first"
    qtbot.keyClicks(dialog.passphrase_edit, "not my passphrase")
    assert not dialog.withdraw()
    assert "not your passphrase" in dialog.message_label.text()
    assert services.households.get(hid) is not None, "a wrong passphrase erases nothing"
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(section.consent_tab.erased):
        qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    assert "record is erased" in dialog.message_label.text()
    assert services.households.get(hid) is None
    assert section.currentWidget() is section.list_page
    # Nothing of the family is left in any vault file, decrypted or not.
    vault = services.vault
    folder = tmp_path / "vault"
    secret = _needles(canary, arabic, token)
    assert _scan_files([folder], secret) == []
    pages = b"".join(_decrypt_pages(folder / DB_NAME, vault.data_key()))
    assert keep.encode() in pages, "control: decryption shows live data"
    rows = _all_rows_text(vault.connection)
    for needle in secret:
        assert needle not in pages
        assert needle not in rows


def test_renewal_lifts_read_only_after_expiry(qtbot, section, services) -> None:
    family = add_family(services, alias="Family Z.")
    hid = family.household.id
    today = services.audit.today()
    notice = load_notice(P.CASE_RECORD, "ar")
    services.consent.record(
        hid,
        m.ConsentEvent(
            P.CASE_RECORD,
            m.ConsentDecision.GIVEN,
            notice.version_hash,
            "ar",
            m.ConsentMethod.PAPER_FORM,
            m.DecidedBy.CAREGIVER,
            "Staff",
            paper_reference="PF-1",
            review_on=date.fromordinal(today.toordinal() - 1),
        ),
    )
    with pytest.raises(Exception, match="past its review date"):
        check_writable(services.consent.current(hid), today)
    open_family(section, hid)
    assert section.consent_tab.review_button.isDefault()
    dialog = _review(qtbot, section)
    decide(dialog.step, everything())
    choose_method(dialog.step, m.ConsentMethod.PAPER_FORM)
    qtbot.keyClicks(dialog.step.ui.paper_reference_edit, "PF-2")
    assert dialog.save()
    current = latest_events(services.consent.history(hid))
    assert current[P.CASE_RECORD].decision is m.ConsentDecision.RENEWED
    check_writable(services.consent.current(hid), today)  # writable again


def test_subject_access_export_writes_json_with_everything(qtbot, section, services, tmp_path):
    family = add_family(
        services, alias="Family Q.", needs=(m.Need(m.NeedCategory.TRANSPORT, note="bus pass"),)
    )
    open_family(section, family.household.id)
    out = tmp_path / "export"
    out.mkdir()
    section.consent_tab.ask_export_folder = lambda: out
    with qtbot.waitSignal(section.consent_tab.exported, timeout=30000) as done:
        written = section.consent_tab.export_subject_access()
    assert done.args == [written]
    assert {p.suffix for p in written} == {".json", ".pdf"}
    assert all(p.is_file() and p.parent == out for p in written)
    json_file = next(p for p in written if p.suffix == ".json")
    assert family.household.reference in json_file.name
    data = json.loads(json_file.read_text(encoding="utf-8"))
    text = json.dumps(data, ensure_ascii=False)
    for expected in ("Family Q.", "bus pass", "Amal"):
        assert expected in text
    assert len(data["consent"]["history"]) == len(family.consents)
    assert "Saved" in section.consent_tab.message_label.text()
