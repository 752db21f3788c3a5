"""Referrals on the family page through real widgets: consent first, dated steps, slips."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop_app.core import models as m
from desktop_app.gui.casework import FamiliesSection
from desktop_app.gui.referrals_tab import ReferralsTab
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import TODAY, consent_to_everything, vault_services

S = m.ReferralStatus
P = m.ConsentPurpose
START = TODAY - timedelta(days=30)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def clock() -> list[date]:
    return [START]


@pytest.fixture
def section(qtbot, services: VaultServices, clock: list[date]) -> FamiliesSection:
    widget = FamiliesSection()
    qtbot.addWidget(widget)
    widget.family_page._today = lambda: clock[0]
    widget.resize(1100, 820)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(services)
    return widget


@pytest.fixture
def directory(services: VaultServices) -> dict[str, m.Service]:
    add = services.services.add
    return {
        "english": add(
            m.Service("Aardvark Food Bank", categories=(m.NeedCategory.FOOD,), languages=("en",))
        ),
        "arabic": add(
            m.Service(
                "Zaytoun Community Pantry",
                categories=(m.NeedCategory.FOOD,),
                languages=("en", "ar"),
                address="12 Water Lane",
                what_to_bring="A bag",
            )
        ),
        "archived": add(
            m.Service("Old Food Hub", categories=(m.NeedCategory.FOOD,), archived=True)
        ),
        "housing": add(m.Service("Housing Line", categories=(m.NeedCategory.HOUSING,))),
    }


def add_family(services: VaultServices, *, sharing: bool = True) -> m.HouseholdAggregate:
    consents = consent_to_everything(services)
    if not sharing:
        consents = tuple(
            dataclasses.replace(e, decision=m.ConsentDecision.REFUSED)
            if e.purpose is P.REFERRAL_SHARING
            else e
            for e in consents
        )
    consents = tuple(
        dataclasses.replace(e, decided_at=datetime(2025, 1, 6, 9, tzinfo=UTC)) for e in consents
    )
    return services.households.create(
        m.HouseholdAggregate(
            household=m.Household(
                reference="", alias="Family S.", preferred_language="ar", key_contact="Ms Patel"
            ),
            people=(m.Person(m.Role.CAREGIVER, given_name="Amal"),),
            needs=(
                m.Need(m.NeedCategory.HOUSING, identified_on=START - timedelta(days=5)),
                m.Need(
                    m.NeedCategory.FOOD,
                    note="asked at intake",
                    identified_on=START - timedelta(days=5),
                ),
            ),
            consents=consents,
        )
    )


def open_family(section: FamiliesSection, family: m.HouseholdAggregate) -> ReferralsTab:
    assert family.household.id is not None
    assert section.open_household(family.household.id)
    page = section.family_page
    page.ui.family_tabs.setCurrentWidget(page.ui.referrals_tab)
    return section.referrals_tab


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_without_consent_to_share_nothing_is_saved_and_review_is_offered(
    qtbot, section, services, directory
) -> None:
    family = add_family(services, sharing=False)
    tab = open_family(section, family)
    click(qtbot, tab.ui.make_referral_button)
    assert tab.ui.consent_frame.isVisible()
    assert "not agreed to share" in tab.ui.consent_message_label.text()
    assert "nothing was saved" in tab.ui.consent_message_label.text()
    assert not tab.ui.new_referral_group.isVisible()
    assert services.referrals.list_for_household(family.household.id or 0) == []
    # Saving anyway (a stale form, a shortcut) is refused the same way.
    assert not tab.save_referral()
    assert services.referrals.list_for_household(family.household.id or 0) == []
    click(qtbot, tab.ui.review_consent_button)
    dialog = section.consent_tab.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()


def test_the_whole_referral_lifecycle(qtbot, section, services, directory, clock) -> None:
    family = add_family(services)
    hid = family.household.id or 0
    food = family.needs[1]
    tab = open_family(section, family)
    click(qtbot, tab.ui.make_referral_button)
    ui = tab.ui
    assert ui.new_referral_group.isVisible()
    ui.need_combo.setCurrentIndex(ui.need_combo.findData(food.id))
    listed = [ui.service_list.item(r).text() for r in range(ui.service_list.count())]
    # Food services only, the one speaking Arabic first, archived ones left out.
    assert len(listed) == 2
    assert listed[0].startswith("\u2068Zaytoun Community Pantry\u2069 — speaks")
    assert "العربية" in listed[0]
    assert listed[1].startswith("\u2068Aardvark Food Bank")
    assert "العربية" in ui.service_hint_label.text()
    assert ui.referred_radio.isChecked()
    ui.new_follow_up_edit.setDate(qdate(START + timedelta(days=14)))
    click(qtbot, ui.save_referral_button)
    (made,) = services.referrals.list_for_household(hid)
    assert made.service_id == directory["arabic"].id
    assert (made.status, made.referred_on, made.consent_to_share) == (S.REFERRED, START, True)
    assert made.history == (m.ReferralStatusChange(S.REFERRED, START),)
    need = services.needs.get(food.id or 0)
    assert need is not None
    assert need.status is m.NeedStatus.REFERRED  # as the intake does
    (follow_up,) = services.follow_ups.list_for_household(hid)
    assert follow_up.source is m.FollowUpSource.REFERRAL
    assert follow_up.due_on == START + timedelta(days=14)
    assert "Zaytoun" in follow_up.what
    assert "referred" in section.family_page.feedback()
    table = section.family_page.ui.referrals_table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Zaytoun Community Pantry"
    assert tab.selected_referral() == made

    # Accepted three days later.
    clock[0] = START + timedelta(days=3)
    tab.update_state()
    combo = ui.status_combo
    options = [combo.itemData(i) for i in range(combo.count())]
    assert options == [S.ACCEPTED.value, S.COMPLETED.value, S.DECLINED.value, S.NO_RESPONSE.value]
    combo.setCurrentIndex(combo.findData(S.ACCEPTED.value))
    # A date before the last step, or in the future, is refused in place.
    ui.status_date_edit.setDate(qdate(START - timedelta(days=1)))
    assert not tab.record_status()
    assert ui.status_message_label.isVisible()
    ui.status_date_edit.setDate(qdate(clock[0] + timedelta(days=1)))
    assert not tab.record_status()
    ui.status_date_edit.setDate(qdate(clock[0]))
    click(qtbot, ui.record_button)
    # Completed on day 20, with the outcome and a follow-up.
    clock[0] = START + timedelta(days=20)
    tab.update_state()
    combo.setCurrentIndex(combo.findData(S.COMPLETED.value))
    ui.status_date_edit.setDate(qdate(clock[0]))
    qtbot.keyClicks(ui.outcome_edit, "Parcel collected")
    ui.follow_up_check.setChecked(True)
    ui.follow_up_edit.setDate(qdate(clock[0] + timedelta(days=7)))
    click(qtbot, ui.record_button)
    done = services.referrals.get(made.id or 0)
    assert done is not None
    assert done.history == (
        m.ReferralStatusChange(S.REFERRED, START),
        m.ReferralStatusChange(S.ACCEPTED, START + timedelta(days=3)),
        m.ReferralStatusChange(S.COMPLETED, START + timedelta(days=20)),
    )
    assert done.outcome == "Parcel collected"
    assert done.follow_up_on == START + timedelta(days=27)
    dues = sorted(f.due_on for f in services.follow_ups.list_for_household(hid))
    assert dues == [START + timedelta(days=14), START + timedelta(days=27)]
    assert "Referred on" in ui.history_label.text()
    assert "Completed on" in ui.history_label.text()
    # Completed is final: nothing more to record.
    assert ui.status_combo.count() == 0
    assert not ui.record_button.isEnabled()


def test_a_suggested_referral_leaves_the_need_until_it_is_referred(
    qtbot, section, services, directory, clock
) -> None:
    family = add_family(services)
    housing = family.needs[0]
    tab = open_family(section, family)
    section.family_page.select_need(m.NeedCategory.HOUSING)
    click(qtbot, tab.ui.make_referral_button)
    assert tab.ui.need_combo.currentData() == housing.id  # the need chosen on the page
    tab.ui.suggested_radio.click()
    tab.ui.new_follow_up_check.setChecked(False)
    assert tab.save_referral()
    (made,) = services.referrals.list_for_household(family.household.id or 0)
    assert (made.status, made.referred_on) == (S.SUGGESTED, None)
    assert services.needs.get(housing.id or 0).status is m.NeedStatus.IDENTIFIED
    assert services.follow_ups.list_for_household(family.household.id or 0) == []
    clock[0] = START + timedelta(days=2)
    tab.update_state()
    tab.ui.status_combo.setCurrentIndex(tab.ui.status_combo.findData(S.REFERRED.value))
    tab.ui.status_date_edit.setDate(qdate(clock[0]))
    assert tab.record_status()
    after = services.needs.get(housing.id or 0)
    assert after is not None
    assert after.status is m.NeedStatus.REFERRED
    assert after.history[-1] == m.NeedStatusChange(m.NeedStatus.REFERRED, clock[0])


def test_after_withdrawal_the_referral_is_flagged_and_stopped(
    qtbot, section, services, directory
) -> None:
    family = add_family(services)
    hid = family.household.id or 0
    made = services.referrals.add(
        m.Referral(family.needs[1].id or 0, directory["arabic"].id or 0, True, S.REFERRED,
                   referred_on=START, status_changed_on=START)
    )  # fmt: skip
    given = services.consent.current(hid)[P.REFERRAL_SHARING]
    services.consent.withdraw(
        hid,
        dataclasses.replace(
            given,
            id=None,
            decision=m.ConsentDecision.WITHDRAWN,
            decided_at=datetime(START.year, START.month, START.day, 15, tzinfo=UTC),
        ),
    )
    tab = open_family(section, family)
    table = section.family_page.ui.referrals_table
    assert "Consent withdrawn" in table.item(0, 6).text()
    assert table.item(0, 2).text() == "Declined"
    assert table.item(0, 0).background().color().name() == "#fff4ce"
    assert tab.selected_referral() == services.referrals.get(made.id or 0)
    assert tab.ui.blocked_label.isVisible()
    assert "withdrew their consent to share" in tab.ui.blocked_label.text()
    assert "Tell the service" in tab.ui.blocked_label.text()
    assert not tab.ui.record_button.isEnabled()
    assert tab.ui.status_combo.count() == 0
    click(qtbot, tab.ui.make_referral_button)
    assert tab.ui.consent_frame.isVisible()
    assert len(services.referrals.list_for_household(hid)) == 1


def test_the_slip_button_waits_for_a_writer_then_writes_in_the_family_language(
    qtbot, section, services, directory, tmp_path: Path
) -> None:
    family = add_family(services)
    services.referrals.add(
        m.Referral(family.needs[1].id or 0, directory["arabic"].id or 0, True, S.REFERRED,
                   referred_on=START)
    )  # fmt: skip
    tab = open_family(section, family)
    button = tab.ui.print_slip_button
    assert button.isEnabled(), "the Families section wires the real slip writer"
    tab.set_slip_writer(None)
    assert not button.isEnabled()
    assert "cannot be printed" in button.toolTip()
    calls: list[tuple[Path, m.HouseholdAggregate, m.Referral, m.Service, str]] = []

    def writer(path, household, referral, service, language) -> None:
        calls.append((path, household, referral, service, language))
        path.write_bytes(b"%PDF-1.4 test")

    tab.set_slip_writer(writer)
    assert button.isEnabled()
    target = tmp_path / "slip.pdf"
    suggested: list[str] = []

    def ask(name: str) -> Path | None:
        suggested.append(name)
        return target

    tab.ask_slip_path = ask  # type: ignore[method-assign,assignment]
    click(qtbot, button)
    ((path, household, referral, service, language),) = calls
    assert path == target
    assert household.household.reference == family.household.reference
    assert referral == tab.selected_referral()
    assert service == directory["arabic"]
    assert language == "ar"
    assert suggested == [f"referral-slip-{family.household.reference}.pdf"]  # no name on disk
    assert "Saved the slip" in section.family_page.feedback()


def test_the_wired_slip_is_a_real_pdf_about_the_service(
    qtbot, section, services, directory, tmp_path: Path
) -> None:
    import shutil
    import subprocess

    family = add_family(services)
    services.referrals.add(
        m.Referral(family.needs[1].id or 0, directory["arabic"].id or 0, True, S.REFERRED,
                   referred_on=START)
    )  # fmt: skip
    tab = open_family(section, family)
    target = tmp_path / "slip.pdf"
    tab.ask_slip_path = lambda _name: target  # type: ignore[method-assign,assignment]
    click(qtbot, tab.ui.print_slip_button)
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils is missing: run scripts/system-deps --install"
    text = subprocess.run(
        [pdftotext, str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert directory["arabic"].name in text
    assert family.household.reference not in text


def test_locking_clears_the_tab(qtbot, section, services, directory) -> None:
    family = add_family(services)
    tab = open_family(section, family)
    click(qtbot, tab.ui.make_referral_button)
    assert tab.ui.service_list.count() > 0
    section.set_services(None)
    assert tab.ui.service_list.count() == 0
    assert tab.ui.need_combo.count() == 0
    assert not tab.ui.new_referral_group.isVisible()
    assert not tab.ui.selected_group.isVisible()
    assert section.family_page.ui.referrals_table.rowCount() == 0
