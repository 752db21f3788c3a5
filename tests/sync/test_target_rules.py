"""What the target form refuses, and that its UID rule is exactly the sync layer's."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from desktop_app.sync.errors import TargetError
from desktop_app.sync.formats import Dhis2Mapping
from desktop_app.sync.target_rules import (
    area_key_problem,
    base_url_problem,
    ca_file_problem,
    folder_problem,
    target_name_problem,
    token_problem,
    uid_problem,
)
from tests.helpers.dhis2_server import make_tls


@pytest.mark.parametrize(
    ("uid", "ok"),
    [("pBOMPrpg1QX", True), ("a1234567890", True), ("1BOMPrpg1QX", False),
     ("pBOMPrpg1Q", False), ("pBOMPrpg1QXX", False), ("pBOMPrpg-QX", False), ("", False),
     ("pBOMPrpg1QÉ", False)],
)  # fmt: skip
def test_uids(uid: str, ok: bool) -> None:
    assert (uid_problem(uid) is None) is ok


def test_the_uid_rule_agrees_with_the_mapping_check() -> None:
    # Whatever the form accepts, the sync layer accepts, and the other way round.
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-_É"
    candidates = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(9, 12))) for _ in range(400)
    ]
    candidates += ["pBOMPrpg1QX", "a1234567890"]
    for uid in candidates:
        form_ok = uid_problem(uid) is None
        try:
            Dhis2Mapping(uid, {}, {}).check()
            layer_ok = True
        except TargetError:
            layer_ok = False
        assert form_ok is layer_ok, uid


def test_an_optional_uid_may_be_empty() -> None:
    assert uid_problem("  ", required=False) is None
    assert uid_problem("") is not None


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://dhis2.example.org", True), ("https://play.dhis2.org/dev", True),
     ("http://dhis2.example.org", False), ("dhis2.example.org", False), ("https://", False),
     ("https://user:pw@dhis2.example.org", False), ("https://dhis2.example.org/?x=1", False),
     ("https://dhis2.example.org/api", False), ("https://dhis2.example.org/api/", False),
     ("ftp://dhis2.example.org", False), ("", False)],
)  # fmt: skip
def test_addresses(url: str, ok: bool) -> None:
    assert (base_url_problem(url) is None) is ok


def test_names() -> None:
    assert target_name_problem("County DHIS2") is None
    assert target_name_problem("  ") is not None
    assert target_name_problem("county dhis2", ["County DHIS2"]) is not None
    assert target_name_problem("x" * 41) is not None
    assert target_name_problem("a\tb") is not None


def test_tokens() -> None:
    assert token_problem("", keeping=True) is None
    assert token_problem("", keeping=False) is not None
    assert token_problem("d2pat_abcdefghijklmnopqrstuvwxyz0123456789", keeping=False) is None
    assert token_problem("d2pat abc def ghi jkl mno", keeping=False) is not None
    assert token_problem("short", keeping=True) is not None


def test_folders(tmp_path: Path) -> None:
    assert folder_problem(str(tmp_path)) is None
    assert folder_problem(str(tmp_path / "missing")) is not None
    assert folder_problem("relative/folder") is not None
    assert folder_problem("") is not None


def test_ca_files(tmp_path: Path) -> None:
    tls = make_tls(tmp_path)
    assert ca_file_problem(str(tls.ca_file)) is None
    assert ca_file_problem("") is None
    assert ca_file_problem(str(tmp_path / "missing.pem")) is not None
    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("hello", encoding="utf-8")
    assert ca_file_problem(str(not_pem)) is not None
    damaged = tmp_path / "damaged.pem"
    damaged.write_text(
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", encoding="ascii"
    )
    assert ca_file_problem(str(damaged)) is not None


def test_area_keys() -> None:
    assert area_key_problem("BRK-01", ["NORTH"]) is None
    assert area_key_problem("NORTH", ["NORTH"]) is not None
    assert area_key_problem(" ") is not None
