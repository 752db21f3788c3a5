"""The directory and referrals in the vault: imports all or nothing, referral histories."""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from desktop_app.core import models as m
from desktop_app.vault.connection import open_connection
from desktop_app.vault.migrations import migrate
from desktop_app.vault.repositories import (
    HouseholdRepository,
    NeedRepository,
    ReferralConsentError,
    ReferralRepository,
    ServiceRepository,
)
from desktop_app.vault.repositories.referrals import ReferralStatusError
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate

S = m.ReferralStatus
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def vault(tmp_path: Path):
    conn, _ = open_vault(tmp_path)
    return conn, audit_for(conn)


def test_a_new_service_gets_an_exchange_id_kept_on_update(vault) -> None:
    conn, audit = vault
    services = ServiceRepository(conn, audit)
    added = services.add(m.Service("Food bank", what_to_bring="A voucher", organization="Trust"))
    assert uuid.UUID(added.hsds_id).version == 4
    changed = services.update(dataclasses.replace(added, what_to_bring="A voucher and a bag"))
    assert services.get(added.id or 0) == changed
    assert services.by_hsds_id(added.hsds_id) == changed
    assert [s.name for s in services.search(text="trust")] == ["Food bank"]


def test_import_adds_updates_and_keeps_staff_categories(vault) -> None:
    conn, audit = vault
    services = ServiceRepository(conn, audit)
    mine = services.add(m.Service("Our own list", categories=(m.NeedCategory.FOOD,)))
    council_id, other_id = str(uuid.uuid4()), str(uuid.uuid4())
    first = services.import_directory(
        [
            m.Service("Library cards", hsds_id=council_id),
            m.Service(
                "Uniform swap", categories=(m.NeedCategory.SCHOOL_UNIFORM,), hsds_id=other_id
            ),
        ]
    )
    assert (first.added, first.updated) == (2, 0)
    # Staff give the unmapped service a category; the council's next file still has none.
    cards = services.by_hsds_id(council_id)
    assert cards is not None
    services.update(
        dataclasses.replace(cards, categories=(m.NeedCategory.EDUCATION_SYSTEM_GUIDANCE,))
    )
    progress: list[tuple[int, int]] = []
    again = services.import_directory(
        [
            m.Service("Library membership", phone="01632 960555", hsds_id=council_id),
            m.Service("Uniform swap", archived=True, hsds_id=other_id),
        ],
        progress=lambda d, t: progress.append((d, t)),
    )
    assert (again.added, again.updated) == (0, 2)
    assert progress[-1] == (2, 2)
    cards = services.by_hsds_id(council_id)
    assert cards is not None
    assert (cards.name, cards.phone) == ("Library membership", "01632 960555")
    assert cards.categories == (m.NeedCategory.EDUCATION_SYSTEM_GUIDANCE,)
    uniform = services.by_hsds_id(other_id)
    assert uniform is not None
    assert uniform.archived
    assert uniform.categories == (m.NeedCategory.SCHOOL_UNIFORM,)
    assert services.get(mine.id or 0) == mine  # not in the file: untouched
    assert len(services.list(include_archived=True)) == 3


def test_an_import_that_fails_half_way_stores_nothing(vault) -> None:
    conn, audit = vault
    services = ServiceRepository(conn, audit)
    kept = services.add(m.Service("Already here"))
    good = [m.Service(f"Service {i}", hsds_id=str(uuid.uuid4())) for i in range(40)]
    broken = m.Service(None, hsds_id=str(uuid.uuid4()))  # type: ignore[arg-type]
    with pytest.raises(sqlcipher3.IntegrityError):
        services.import_directory([*good, broken, *good[:1]])
    assert services.list(include_archived=True) == [kept]


def test_referral_history_and_the_need_it_moves(vault) -> None:
    conn, audit = vault
    agg = HouseholdRepository(conn, audit).create(sample_aggregate())
    need = agg.needs[0]
    assert need.status is m.NeedStatus.IDENTIFIED
    service = ServiceRepository(conn, audit).add(m.Service("Legal advice"))
    referrals = ReferralRepository(conn, audit)
    day = date(2026, 3, 2)
    suggested = referrals.add(
        m.Referral(
            need.id or 0,
            service.id or 0,
            True,
            status=S.SUGGESTED,
            status_changed_on=day,
            history=(m.ReferralStatusChange(S.SUGGESTED, day),),
        )
    )
    assert NeedRepository(conn, audit).get(need.id or 0).status is m.NeedStatus.IDENTIFIED  # type: ignore[union-attr]
    referrals.change_status(suggested.id or 0, S.REFERRED, date(2026, 3, 4))
    moved = NeedRepository(conn, audit).get(need.id or 0)
    assert moved is not None
    assert moved.status is m.NeedStatus.REFERRED
    assert moved.history[-1] == m.NeedStatusChange(m.NeedStatus.REFERRED, date(2026, 3, 4))
    referrals.change_status(suggested.id or 0, S.ACCEPTED, date(2026, 3, 9))
    done = referrals.change_status(
        suggested.id or 0, S.COMPLETED, date(2026, 3, 20), outcome="Advice given"
    )
    assert referrals.get(suggested.id or 0) == done
    assert [(c.status, c.changed_on.day) for c in done.history] == [
        (S.SUGGESTED, 2),
        (S.REFERRED, 4),
        (S.ACCEPTED, 9),
        (S.COMPLETED, 20),
    ]
    assert done.referred_on == date(2026, 3, 4)
    with pytest.raises(ReferralStatusError):
        referrals.change_status(suggested.id or 0, S.REFERRED, date(2026, 3, 21))
    # A second referral for a need already referred leaves the need's history alone.
    second = referrals.add(
        m.Referral(need.id or 0, service.id or 0, True, status=S.REFERRED, referred_on=day)
    )
    assert second.history == (m.ReferralStatusChange(S.REFERRED, day),)
    assert len(NeedRepository(conn, audit).get(need.id or 0).history) == len(moved.history)  # type: ignore[union-attr]
    assert HouseholdRepository(conn, audit).get(agg.household.id or 0).referrals == (  # type: ignore[union-attr]
        done,
        second,
    )


def test_a_blocked_referral_records_its_decline_and_moves_no_more(vault) -> None:
    conn, audit = vault
    agg = HouseholdRepository(conn, audit).create(sample_aggregate())
    service = ServiceRepository(conn, audit).add(m.Service("Food bank"))
    referrals = ReferralRepository(conn, audit)
    made = referrals.add(
        m.Referral(
            agg.needs[0].id or 0, service.id or 0, True, S.REFERRED, referred_on=date(2026, 3, 1)
        )
    )
    blocked = referrals.withdraw_consent(made.id or 0)
    assert blocked.status is S.DECLINED
    assert blocked.blocked_on is not None
    assert [c.status for c in blocked.history] == [S.REFERRED, S.DECLINED]
    assert referrals.get(made.id or 0) == blocked
    with pytest.raises(ReferralConsentError):
        referrals.change_status(made.id or 0, S.REFERRED, date(2026, 3, 12))


def test_version_1_vaults_get_ids_and_referral_histories(tmp_path: Path) -> None:
    copy = tmp_path / "vault-v1.db"
    shutil.copy(FIXTURES / "vault-v1.db", copy)
    key = bytes.fromhex((FIXTURES / "vault-v1.key").read_text(encoding="ascii").strip())
    conn = open_connection(copy, key)
    migrate(conn)
    audit = audit_for(conn)
    services = ServiceRepository(conn, audit).list(include_archived=True)
    assert services
    assert all(uuid.UUID(s.hsds_id).version == 4 for s in services)
    assert len({s.hsds_id for s in services}) == len(services)
    first = HouseholdRepository(conn, audit).get_by_reference("HH-7F3K")
    assert first is not None
    (referral,) = first.referrals
    assert referral.history == (m.ReferralStatusChange(S.REFERRED, date(2025, 10, 7)),)
