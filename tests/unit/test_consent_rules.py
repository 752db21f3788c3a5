"""Consent rules without a database: fields per purpose, notices as data, dates."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core import models as m
from desktop_app.core.consent import (
    FIELD_PURPOSE,
    PURPOSE_FIELDS,
    ConsentExpiredError,
    ConsentRequiredError,
    add_months,
    aggregate_fields,
    check_household,
    check_writable,
    default_review_date,
    erase_after,
    fields_allowed,
    granted_purposes,
    is_expired,
    latest_events,
    retention_expired,
    storage_summary,
)
from desktop_app.core.consent_notices import (
    NEEDS_REVIEW,
    NOTICE_LANGUAGES,
    load_notice,
    make_notice,
    normalise_text,
    notice_by_hash,
    read_notice_file,
    shipped_notices,
)
from desktop_app.core.errors import UserFacingError

P = m.ConsentPurpose
D = m.ConsentDecision


def _event(
    purpose: m.ConsentPurpose, decision: m.ConsentDecision = D.GIVEN, review_on: date | None = None
) -> m.ConsentEvent:
    return m.ConsentEvent(
        purpose,
        decision,
        load_notice(purpose, "en").version_hash,
        "en",
        m.ConsentMethod.SIGNED_ON_SCREEN,
        m.DecidedBy.CAREGIVER,
        "Ms Patel",
        review_on=review_on,
    )


def _aggregate(*purposes: m.ConsentPurpose, **household: object) -> m.HouseholdAggregate:
    return m.HouseholdAggregate(
        household=m.Household(reference="", alias="Family by the park", **household),  # type: ignore[arg-type]
        people=(m.Person(m.Role.CAREGIVER, given_name="Amal"),),
        consents=tuple(_event(p) for p in purposes),
    )


# ------------------------------------------------------------------ fields per purpose


@pytest.mark.parametrize(
    ("record", "cls"),
    [
        ("household", m.Household),
        ("person", m.Person),
        ("need", m.Need),
        ("contact", m.Contact),
        ("follow_up", m.FollowUp),
        ("referral", m.Referral),
        ("champion", m.Champion),
        ("champion_match", m.ChampionMatch),
        ("event_attendance", m.EventAttendance),
    ],
)
def test_every_stored_personal_field_has_exactly_one_purpose(record: str, cls: type) -> None:
    bookkeeping = {"id", "household_id", "created_at", "updated_at"}
    for f in dataclasses.fields(cls):
        if f.name not in bookkeeping:
            assert f"{record}.{f.name}" in FIELD_PURPOSE, f"{record}.{f.name} has no purpose"
    every = [name for names in PURPOSE_FIELDS.values() for name in names]
    assert len(every) == len(set(every)), "a field belongs to two purposes"


def test_each_purpose_lists_what_it_allows() -> None:
    assert PURPOSE_FIELDS[P.CONTACT_CHANNELS] == {"household.remote_channel"}
    assert PURPOSE_FIELDS[P.STATISTICS] == {"statistics.included"}
    assert "referral.shared_details" in PURPOSE_FIELDS[P.REFERRAL_SHARING]
    assert "champion_match.status" in PURPOSE_FIELDS[P.CHAMPION_INTRODUCTION]
    assert "person.given_name" in PURPOSE_FIELDS[P.CASE_RECORD]
    summary = storage_summary({P.CASE_RECORD: D.GIVEN, P.STATISTICS: D.REFUSED})
    assert [(s.purpose, s.granted) for s in summary][:3] == [
        (P.CASE_RECORD, True),
        (P.REFERRAL_SHARING, False),
        (P.STATISTICS, False),
    ]


def test_nothing_is_allowed_without_a_case_record() -> None:
    assert fields_allowed({}) == frozenset()
    assert fields_allowed({P.STATISTICS: D.GIVEN, P.CONTACT_CHANNELS: D.GIVEN}) == frozenset()
    with pytest.raises(ConsentRequiredError) as caught:
        check_household(_aggregate())
    assert caught.value.purpose is P.CASE_RECORD
    assert isinstance(caught.value, UserFacingError)
    assert "Keep a case record" in caught.value.message


def test_phone_channel_is_refused_without_contact_consent() -> None:
    check_household(_aggregate(P.CASE_RECORD, preferred_channel=m.Channel.IN_PERSON))
    check_household(_aggregate(P.CASE_RECORD, preferred_channel=m.Channel.LETTER_HOME_LANGUAGE))
    for channel in (m.Channel.PHONE, m.Channel.SMS, m.Channel.MESSAGING):
        with pytest.raises(ConsentRequiredError) as caught:
            check_household(_aggregate(P.CASE_RECORD, preferred_channel=channel))
        assert caught.value.purpose is P.CONTACT_CHANNELS
        assert "phone, SMS or messaging" in str(caught.value)
        check_household(_aggregate(P.CASE_RECORD, P.CONTACT_CHANNELS, preferred_channel=channel))


def test_sharing_referral_is_refused_without_sharing_consent() -> None:
    base = _aggregate(P.CASE_RECORD)
    need = m.Need(m.NeedCategory.HOUSING)
    suggested = dataclasses.replace(base, needs=(need,), referrals=(m.Referral(0, 1, False),))
    check_household(suggested)  # signposting is part of the case record
    for referral in (
        m.Referral(0, 1, True),
        m.Referral(0, 1, False, status=m.ReferralStatus.REFERRED),
    ):
        shared = dataclasses.replace(base, needs=(need,), referrals=(referral,))
        with pytest.raises(ConsentRequiredError) as caught:
            check_household(shared)
        assert caught.value.purpose is P.REFERRAL_SHARING


def test_latest_decision_counts_and_refusals_grant_nothing() -> None:
    events = [_event(P.CASE_RECORD), _event(P.STATISTICS), _event(P.STATISTICS, D.WITHDRAWN)]
    assert granted_purposes(latest_events(events)) == {P.CASE_RECORD}
    renewed = [*events, _event(P.STATISTICS, D.RENEWED)]
    assert granted_purposes(latest_events(renewed)) == {P.CASE_RECORD, P.STATISTICS}
    assert granted_purposes({P.CASE_RECORD: D.REFUSED}) == frozenset()


def test_expired_case_record_is_read_only() -> None:
    review = date(2026, 6, 1)
    latest = {P.CASE_RECORD: _event(P.CASE_RECORD, review_on=review)}
    check_writable(latest, review)  # the review day itself is still fine
    assert not is_expired(latest[P.CASE_RECORD], review)
    assert is_expired(latest[P.CASE_RECORD], date(2026, 6, 2))
    with pytest.raises(ConsentExpiredError):
        check_writable(latest, date(2026, 6, 2))
    with pytest.raises(ConsentRequiredError):
        check_writable({P.CASE_RECORD: _event(P.CASE_RECORD, D.WITHDRAWN)}, review)
    # An expired consent no longer allows its fields when "today" is given.
    assert fields_allowed(latest, date(2026, 6, 2)) == frozenset()
    assert "person.given_name" in fields_allowed(latest)


def test_aggregate_fields_name_only_what_is_used() -> None:
    used = aggregate_fields(_aggregate(P.CASE_RECORD))
    assert "household.alias" in used
    assert "household.school" not in used  # empty
    assert "person.given_name" in used
    assert all(name in FIELD_PURPOSE for name in used)


# ------------------------------------------------------------------ notices as data


def test_every_purpose_has_a_notice_in_every_family_language() -> None:
    notices = shipped_notices()
    for purpose in P:
        for language in NOTICE_LANGUAGES:
            shipped = notices[(purpose, language)]
            assert shipped.notice.language == language
            assert shipped.notice.version_hash == m.consent_notice_hash(
                purpose, language, shipped.notice.text
            )
            # machine-written translations say so
            assert shipped.needs_review is (language != "en")
            assert shipped.review == ("source text" if language == "en" else NEEDS_REVIEW)


@pytest.mark.parametrize(
    ("language", "letters"),
    [
        ("ar", "\u0600-\u06ff"),
        ("fa", "\u0600-\u06ff"),
        ("ps", "\u0600-\u06ff"),
        ("uk", "\u0400-\u04ff"),
        ("ti", "\u1200-\u137f"),
    ],
)
def test_notices_are_in_their_script(language: str, letters: str) -> None:
    low, high = letters.split("-")
    for purpose in P:
        text = load_notice(purpose, language).text
        in_script = sum(low <= ch <= high for ch in text if ch.isalpha())
        assert in_script > 0.9 * sum(ch.isalpha() for ch in text if ch not in "SM"), purpose


def test_farsi_and_pashto_use_their_own_letters() -> None:
    assert "ی" in load_notice(P.CASE_RECORD, "fa").text  # Persian yeh, not Arabic
    pashto = "".join(load_notice(p, "ps").text for p in P)
    assert any(letter in pashto for letter in "ښړټږ")


def test_notices_say_what_why_who_how_long_and_how_to_withdraw() -> None:
    for purpose in P:
        text = load_notice(purpose, "en").text
        for words in ("What we", "Why", "Who sees it", "How long", "change your mind", "say no"):
            assert words in text, (purpose, words)
        sentences = [s for line in text.split("\n")[1:] for s in line.split(". ") if s]
        assert max(len(s.split()) for s in sentences) <= 25, "short sentences for families"


def test_language_falls_back_to_its_base_then_english() -> None:
    assert load_notice(P.STATISTICS, "ps-PK").language == "ps"
    assert load_notice(P.STATISTICS, "ja").language == "en"


def test_changing_a_text_makes_a_new_version_but_layout_does_not() -> None:
    notice = load_notice(P.CASE_RECORD, "ar")
    relaid = notice.text.replace("\n", "  \r\n") + "\n\n\n"
    assert make_notice(P.CASE_RECORD, "ar", relaid).version_hash == notice.version_hash
    decomposed = unicodedata.normalize("NFD", load_notice(P.CASE_RECORD, "fr").text)
    assert (
        make_notice(P.CASE_RECORD, "fr", decomposed).version_hash
        == load_notice(P.CASE_RECORD, "fr").version_hash
    )
    changed = make_notice(P.CASE_RECORD, "ar", notice.text + " ")
    assert changed.version_hash == notice.version_hash  # trailing space only
    edited = make_notice(P.CASE_RECORD, "ar", notice.text.replace("سنتين", "ثلاث سنوات"))
    assert edited.version_hash != notice.version_hash
    assert notice_by_hash(notice.version_hash) == notice
    assert notice_by_hash(edited.version_hash) is None
    assert normalise_text("a \n\n\n b\n") == "a\n\n b"


def test_a_notice_file_must_match_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "statistics"
    folder.mkdir()
    good = folder / "so.txt"
    good.write_text("purpose: statistics\nlanguage: so\nreview: x\n\nTitle\nText.\n", "utf-8")
    assert read_notice_file(good).title == "Title"
    bad = folder / "ti.txt"
    bad.write_text("purpose: statistics\nlanguage: so\n\nTitle\n", "utf-8")
    with pytest.raises(ValueError, match="place"):
        read_notice_file(bad)
    empty = folder / "fr.txt"
    empty.write_text("purpose: statistics\nlanguage: fr\n\n\n", "utf-8")
    with pytest.raises(ValueError, match="empty"):
        read_notice_file(empty)


# ------------------------------------------------------------------ dates


def test_review_and_retention_dates() -> None:
    assert default_review_date(date(2026, 3, 2)) == date(2027, 3, 2)
    assert default_review_date(date(2024, 2, 29)) == date(2025, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert erase_after(date(2024, 5, 10)) == date(2026, 5, 10)  # 24 months by default
    assert erase_after(date(2024, 5, 10), 6) == date(2024, 11, 10)
    assert not retention_expired(date(2024, 5, 10), date(2026, 5, 9))
    assert retention_expired(date(2024, 5, 10), date(2026, 5, 10))
    assert not retention_expired(None, date(2030, 1, 1))  # open households are kept


def test_what_we_will_store_names_every_field_exactly_once() -> None:
    from desktop_app.core.consent import FIELD_GROUPS, PURPOSE_FIELDS, storage_lines

    seen: dict[str, m.ConsentPurpose] = {}
    for purpose, _text, names in FIELD_GROUPS:
        assert names, "a group with no fields would promise nothing"
        for name in names:
            assert name not in seen, f"{name} is in two groups"
            assert name in PURPOSE_FIELDS[purpose], f"{name} is not allowed by {purpose}"
            seen[name] = purpose
    assert set(seen) == set().union(*PURPOSE_FIELDS.values())
    # Only the case record: its groups are stored, the others are not.
    lines = storage_lines({m.ConsentPurpose.CASE_RECORD: m.ConsentDecision.GIVEN})
    stored = {text for text, kept in lines if kept}
    assert len(stored) == sum(p is m.ConsentPurpose.CASE_RECORD for p, _t, _n in FIELD_GROUPS)
    # Statistics alone, without the record, stores nothing at all.
    alone = storage_lines({m.ConsentPurpose.STATISTICS: m.ConsentDecision.GIVEN})
    assert not any(kept for _text, kept in alone)
