"""``hearth demo``: creates or opens a vault, adds households, same seed → same data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.core.demo import demo_services
from desktop_app.core.models import HouseholdAggregate, Role
from desktop_app.vault.audit import AuditLog
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories import HouseholdRepository, ServiceRepository
from desktop_app.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Blue kettle sings at seven, demo test"


def run_demo(
    folder: Path, households: int, seed: int, stdin: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--vault",
            str(folder),
            "demo",
            "--households",
            str(households),
            "--seed",
            str(seed),
            "--batch-size",
            "20",
        ],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=300,
        check=False,
    )


@contextmanager
def unlocked(folder: Path) -> Iterator[Connection]:
    vault = Vault.unlock(folder, None, PASSPHRASE)
    try:
        yield vault.connection
    finally:
        vault.close()


def everything(conn: Connection) -> list[HouseholdAggregate | None]:
    repo = HouseholdRepository(conn, AuditLog(conn, "test"))
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM households ORDER BY id")]
    return [repo.get(i) for i in ids]


@pytest.fixture(scope="module")
def first_vault(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("demo") / "vault"
    result = run_demo(folder, 50, 1, f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    return folder, result


def test_demo_creates_a_vault_with_the_households(
    first_vault: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    folder, result = first_vault
    with unlocked(folder) as conn:
        stored = everything(conn)
        services = ServiceRepository(conn, AuditLog(conn, "test")).list()
    assert len(stored) == 50
    assert all(a is not None for a in stored)
    people = sum(len(a.people) for a in stored if a)
    contacts = sum(len(a.contacts) for a in stored if a)
    assert 150 <= people <= 250
    assert 350 <= contacts <= 650
    assert all(any(p.role is Role.CHILD for p in a.people) for a in stored if a)
    assert {s.name for s in services} == {s.name for s in demo_services()}
    service_ids = {s.id for s in services}
    assert all(r.service_id in service_ids for a in stored if a for r in a.referrals)
    assert "50" in result.stdout
    # Progress goes to stderr as a few plain lines when it is not a terminal.
    assert "50 / 50 households" in result.stderr
    assert "\r" not in result.stderr


def test_output_holds_counts_only_never_family_data(
    first_vault: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    folder, result = first_vault
    with unlocked(folder) as conn:
        stored = everything(conn)
    output = result.stdout + result.stderr
    for aggregate in stored:
        assert aggregate is not None
        assert aggregate.household.reference not in output
        assert aggregate.household.alias not in output
        for person in aggregate.people:
            if person.given_name:
                assert person.given_name not in output


def test_same_seed_into_fresh_vaults_gives_identical_data(
    first_vault: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    folder, _ = first_vault
    second = tmp_path / "second"
    result = run_demo(second, 50, 1, f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert result.returncode == 0, result.stderr
    with unlocked(folder) as conn:
        expected = everything(conn)
    with unlocked(second) as conn:
        assert everything(conn) == expected


def test_a_second_run_adds_to_an_existing_vault(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert run_demo(folder, 10, 3, f"{PASSPHRASE}\n{PASSPHRASE}\n").returncode == 0
    again = run_demo(folder, 10, 3, f"{PASSPHRASE}\n")  # exists: one passphrase, no confirmation
    assert again.returncode == 0, again.stderr
    with unlocked(folder) as conn:
        references = [r[0] for r in conn.execute("SELECT reference FROM households")]
        services = int(conn.execute("SELECT count(*) FROM services").fetchone()[0])
    assert len(references) == 20
    assert len(set(references)) == 20  # the same seed again: colliding references renewed
    assert services == len(demo_services())  # the directory is not duplicated


def test_the_verb_help_shows_the_generator_default_seed() -> None:
    from desktop_app.commands import demo as verb
    from desktop_app.core import demo

    assert verb.DEFAULT_SEED == demo.DEFAULT_SEED


def test_mismatched_new_passphrases_create_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    result = run_demo(folder, 5, 1, f"{PASSPHRASE}\nsomething else entirely\n")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert not Vault.exists(folder)
