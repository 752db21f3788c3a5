"""The intake as data: drafts round-trip, language-first ordering, the stored aggregate."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.core.intake import (
    IntakeState,
    NeedEntry,
    PersonEntry,
    ServiceChoice,
    build_aggregate,
    language_first,
)
from desktop_app.core.models import NeedStatus, ReferralStatus, Service
from desktop_app.i18n import gettext_for
from desktop_app.i18n.locales import language_name, native_name

TODAY = date(2026, 3, 2)


def test_draft_payload_round_trips_and_ignores_unknown_keys() -> None:
    state = IntakeState(
        language="ar",
        people=[PersonEntry(role="child", given_name="Lina", birth_year="2017")],
        needs=[NeedEntry("food", "food bank")],
        choices=[ServiceChoice("food", 3, referral=True)],
        consent={"case_record": True},
        page=3,
    )
    assert IntakeState.from_payload(state.to_payload()) == state
    assert IntakeState.from_payload(b'{"language": "uk", "from_the_future": 1}').language == "uk"


def test_blank_state_needs_no_draft() -> None:
    assert IntakeState(key_contact="Staff", consent={"method": "paper_form"}).is_blank()
    assert not IntakeState(alias="A.").is_blank()
    assert not IntakeState(consent={"case_record": True}).is_blank()


def test_services_offering_the_language_come_first() -> None:
    services = [
        Service("b English only", languages=("en",)),
        Service("c Dari", languages=("en", "fa-AF")),
        Service("a English", languages=("en",)),
    ]
    assert [s.name for s in language_first(services, "fa")] == [
        "c Dari",
        "a English",
        "b English only",
    ]


def test_aggregate_records_signposting_and_referrals() -> None:
    state = IntakeState(
        language="ar",
        interpreter_mode="qualified_phone",
        needs=[NeedEntry("food"), NeedEntry("housing"), NeedEntry("tutoring")],
        choices=[ServiceChoice("food", 7, referral=True), ServiceChoice("housing", 2)],
        key_contact="Ms Patel",
    )
    aggregate = build_aggregate(
        state,
        staff_member="Staff",
        today=TODAY,
        consents=(),
        sharing_consent=True,
        follow_up_text="Check in",
    )
    assert [n.status for n in aggregate.needs] == [
        NeedStatus.REFERRED,
        NeedStatus.SIGNPOSTED,
        NeedStatus.IDENTIFIED,
    ]
    assert [(r.need_id, r.status) for r in aggregate.referrals] == [
        (0, ReferralStatus.REFERRED),
        (1, ReferralStatus.SUGGESTED),
    ]
    assert aggregate.household.interpreter_language == "ar"
    assert aggregate.contacts[0].next_contact_due == TODAY + timedelta(days=14)
    assert aggregate.follow_ups[0].due_on == TODAY + timedelta(days=14)


def test_language_names_for_the_picker() -> None:
    assert native_name("fa-AF") == "دری"
    assert language_name("fa-AF", "en") == "Dari"
    assert language_name("ar", "fr") == "Arabe"
    assert language_name("not-a-language", "en") == "not-a-language"


def test_gettext_for_binds_a_language_without_switching_the_ui() -> None:
    french, used = gettext_for("fr")
    assert used == "fr"
    assert french("About Hearth") == "À propos de Hearth"
    _english, fallback = gettext_for("ti")
    assert fallback == "en"
