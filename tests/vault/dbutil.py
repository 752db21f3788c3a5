"""Helpers for the vault data tests: real SQLCipher databases in tmp_path."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app.core import models as m
from desktop_app.core.consent_notices import load_notice
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection, open_connection
from desktop_app.vault.migrations import migrate

NOTICE_TEXT = "We keep a record of your family's support so we can coordinate it."


def open_vault(folder: Path, key: bytes | None = None) -> tuple[Connection, bytes]:
    """Create (or open) ``folder/vault.db``, migrated; return it and its key."""
    key = key or os.urandom(32)
    folder.mkdir(parents=True, exist_ok=True)
    conn = open_connection(folder / "vault.db", key)
    migrate(conn)
    return conn, key


def audit_for(conn: Connection, actor: str = "Sam (outreach)") -> AuditLog:
    return AuditLog(conn, actor, clock=lambda: datetime(2026, 3, 2, 10, 0, tzinfo=UTC))


def sample_aggregate(
    *,
    alias: str = "Family by the park",
    given_name: str = "Amina",
    note: str = "Needs help applying for free school meals",
    school: str = "Riverside Primary",
    reference: str = "",
    notice_hash: str | None = None,
    purposes: tuple[m.ConsentPurpose, ...] | None = None,
) -> m.HouseholdAggregate:
    household = m.Household(
        reference=reference,
        alias=alias,
        school=school,
        area="North",
        arrival_month=m.YearMonth(2025, 9),
        preferred_language="ar",
        interpreter_language="ar",
        preferred_channel=m.Channel.MESSAGING,
        online_platform_confidence=m.PlatformConfidence.WITH_HELP,
        key_contact="Ms Patel",
        visit_cadence_days=14,
    )
    people = (
        m.Person(
            m.Role.CAREGIVER,
            given_name=given_name,
            age_band=m.AgeBand.AGE_25_39,
            esol_level=m.EsolLevel.ENTRY_1,
            wants_esol=True,
        ),
        m.Person(
            m.Role.CHILD,
            given_name="Yusuf",
            birth_year=2017,
            school_year="Year 3",
            class_name="3B",
            english_proficiency=m.EnglishProficiency.A,
            prior_schooling=m.PriorSchooling.INTERRUPTED,
        ),
    )
    needs = (
        m.Need(m.NeedCategory.SCHOOL_UNIFORM, note=note, identified_on=date(2026, 2, 1)),
        m.Need(m.NeedCategory.ESOL_FOR_PARENTS, identified_on=date(2026, 2, 1)),
    )
    contacts = (
        m.Contact(
            m.ContactKind.INTAKE_MEETING,
            date(2026, 2, 1),
            duration_minutes=60,
            language="ar",
            interpreter_mode=m.InterpreterMode.QUALIFIED_IN_PERSON,
            interpreter_name="Interpreter R",
            topics=(m.NeedCategory.SCHOOL_UNIFORM,),
            note="Day 1 meeting went well",
            staff_member="Ms Patel",
        ),
    )
    # Consent to every purpose (the vault refuses fields without theirs): the shipped
    # Arabic notices, or ``notice_hash`` for the case record when given.
    consents = tuple(
        m.ConsentEvent(
            purpose,
            m.ConsentDecision.GIVEN,
            notice_hash
            if notice_hash and purpose is m.ConsentPurpose.CASE_RECORD
            else load_notice(purpose, "ar").version_hash,
            "ar",
            m.ConsentMethod.VERBAL_VIA_INTERPRETER,
            m.DecidedBy.CAREGIVER,
            "Ms Patel",
            decided_at=datetime(2026, 2, 1, 10, 0, tzinfo=UTC),
            interpreter_name="Interpreter R",
            interpreter_language="ar",
            interpreter_mode=m.InterpreterMode.QUALIFIED_IN_PERSON,
            review_on=date(2027, 2, 1),
        )
        for purpose in (purposes if purposes is not None else tuple(m.ConsentPurpose))
    )
    follow_ups = (m.FollowUp("Check uniform grant application", date(2026, 2, 15)),)
    return m.HouseholdAggregate(household, people, needs, contacts, follow_ups, (), consents)


def save_notice(conn: Connection, audit: AuditLog) -> str:
    from desktop_app.vault.repositories import ConsentRepository

    notice = m.ConsentNotice(m.ConsentPurpose.CASE_RECORD, "ar", NOTICE_TEXT)
    return ConsentRepository(conn, audit).save_notice(notice)
