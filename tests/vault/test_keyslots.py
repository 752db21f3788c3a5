"""Keyslots: wrapping, associated data, recovery codes, same work for unknown users."""

from __future__ import annotations

import dataclasses
import json
import stat
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop_app.vault import keyslots as ks
from desktop_app.vault.errors import (
    ChooseUserError,
    DamagedVaultError,
    WrongPassphraseError,
    WrongRecoveryCodeError,
)

KEY = bytes(range(32))
PASS = "lantern orchard whistle seventeen"
FLOOR = ks.KdfParams.floor()


@pytest.fixture
def slots() -> tuple[ks.Keyslots, str]:
    base = ks.Keyslots.new().with_user("Amina", PASS, KEY, FLOOR)
    return base.with_new_recovery(KEY)


def edited(slots: ks.Keyslots, change: dict[str, object], *, index: int = 0) -> ks.Keyslots:
    document = json.loads(slots.to_bytes())
    slot = document["slots"][index]
    for key, value in change.items():
        if key.startswith("kdf."):
            slot["kdf"][key[4:]] = value
        elif key == "vault_id":
            document["vault_id"] = value
        else:
            slot[key] = value
    return ks.Keyslots.from_bytes(json.dumps(document).encode())


def test_round_trip_through_the_file(slots: tuple[ks.Keyslots, str], tmp_path: Path) -> None:
    keyslots, code = slots
    path = tmp_path / "keyslots.json"
    keyslots.save(path)
    loaded = ks.Keyslots.load(path)
    assert loaded.unlock("amina ", PASS) == ("Amina", KEY)  # names match as people type them
    assert loaded.unlock(None, PASS) == ("Amina", KEY)  # one user: no need to say who
    assert loaded.unlock_recovery(code) == KEY
    raw = path.read_bytes()
    assert KEY not in raw
    assert KEY.hex().encode() not in raw
    assert PASS.encode() not in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]  # no temp file left


@pytest.mark.parametrize(
    "change",
    [
        {"label": "Amina2"},
        {"salt": "AAAAAAAAAAAAAAAAAAAAAA=="},
        {"kdf.iterations": 4},
        {"kdf.memory_kib": 131072},
        {"kdf.lanes": 2},
        {"vault_id": "0" * 32},
    ],
)
def test_editing_slot_metadata_breaks_the_unlock(
    slots: tuple[ks.Keyslots, str], change: dict[str, object]
) -> None:
    keyslots, _code = slots
    tampered = edited(keyslots, change)
    user = "Amina2" if change.get("label") else "Amina"
    with pytest.raises(WrongPassphraseError):
        tampered.unlock(user, PASS)


def test_weakened_parameters_are_refused_as_damage(slots: tuple[ks.Keyslots, str]) -> None:
    keyslots, _code = slots
    with pytest.raises(DamagedVaultError):
        edited(keyslots, {"kdf.memory_kib": 1024}).unlock("Amina", PASS)
    with pytest.raises(DamagedVaultError):
        edited(keyslots, {"kdf.iterations": 1}).unlock("Amina", PASS)


@pytest.mark.parametrize(
    "change",
    [{"label": "other"}, {"salt": "AAAAAAAAAAAAAAAAAAAAAA=="}, {"vault_id": "0" * 32}],
    ids=["label", "salt", "vault_id"],
)
def test_editing_the_recovery_slot_breaks_recovery(
    slots: tuple[ks.Keyslots, str], change: dict[str, object]
) -> None:
    keyslots, code = slots
    with pytest.raises(WrongRecoveryCodeError):
        edited(keyslots, change, index=1).unlock_recovery(code)


def test_recovery_codes_read_as_typed() -> None:
    code_bytes = bytes(range(32))
    code = ks.format_recovery_code(code_bytes)
    assert "0" in code  # so the substitutions below are exercised
    assert "1" in code
    assert len(code.split(" ")) == 14
    assert set(code.replace(" ", "")) <= set(ks.CROCKFORD)
    for typed in (
        code,
        code.lower(),
        code.replace(" ", "-"),
        code.replace(" ", ""),
        code.replace("0", "O").replace("1", "I"),
        code.lower().replace("0", "o").replace("1", "l"),
        "  " + code.replace(" ", " - ") + "\n",
    ):
        assert ks.parse_recovery_code(typed) == code_bytes, typed
    for position in range(0, len(code), 3):
        if code[position] == " ":
            continue
        other = "Z" if code[position] != "Z" else "Y"
        with pytest.raises(WrongRecoveryCodeError) as caught:
            ks.parse_recovery_code(code[:position] + other + code[position + 1 :])
        assert "typing mistake" in str(caught.value)


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"{}",
        b"not json",
        b"\xff\xfe not utf-8",
        b'{"format": "hearth-keyslots"}',
        b"[" * 100_000,  # absurd nesting once raised RecursionError, a traceback
    ],
    ids=["empty", "empty object", "not json", "not utf-8", "no slots", "deep nesting"],
)
def test_a_broken_file_is_damage_not_a_traceback(garbage: bytes) -> None:
    with pytest.raises(DamagedVaultError) as caught:
        ks.Keyslots.from_bytes(garbage)
    assert "keyslots.json" in str(caught.value)


def test_recovery_codes_are_forgiving_to_type_and_catch_typos(
    slots: tuple[ks.Keyslots, str],
) -> None:
    keyslots, code = slots
    groups = code.split()
    assert len(groups) == 14
    assert all(len(g) == 4 for g in groups)
    messy = "-".join(groups).lower().replace("0", "o").replace("1", "l")
    assert keyslots.unlock_recovery(messy) == KEY
    assert keyslots.unlock_recovery(" " + code.replace("1", "I").replace("0", "O") + "\n") == KEY
    assert keyslots.unlock_recovery(code.replace(" ", "")) == KEY
    wrong_char = "X" if code[0] != "X" else "Y"
    with pytest.raises(WrongRecoveryCodeError) as typo:
        keyslots.unlock_recovery(wrong_char + code[1:])
    assert "typing mistake" in str(typo.value)
    with pytest.raises(WrongRecoveryCodeError):
        keyslots.unlock_recovery(code[:-5])
    _other, other_code = keyslots.with_new_recovery(KEY)
    with pytest.raises(WrongRecoveryCodeError) as wrong:
        keyslots.unlock_recovery(other_code)  # well-formed, but not this vault's
    assert "does not open" in str(wrong.value)


def test_unknown_user_costs_the_same_work_and_words(
    slots: tuple[ks.Keyslots, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keyslots, _code = slots
    calls: list[ks.KdfParams] = []
    real = ks.derive_passphrase_key

    def counting(passphrase: str, salt: bytes, params: ks.KdfParams) -> bytes:
        calls.append(params)
        return real(passphrase, salt, params)

    monkeypatch.setattr(ks, "derive_passphrase_key", counting)
    with pytest.raises(WrongPassphraseError) as wrong_pass:
        keyslots.unlock("Amina", "not the passphrase")
    with pytest.raises(WrongPassphraseError) as unknown:
        keyslots.unlock("Nobody", "not the passphrase")
    assert calls == [FLOOR, FLOOR]
    assert str(wrong_pass.value) == str(unknown.value)


def test_several_users_must_say_who(slots: tuple[ks.Keyslots, str]) -> None:
    keyslots, _code = slots
    two = keyslots.with_user("Bob", "bob walks the canal path", KEY, FLOOR)
    with pytest.raises(ChooseUserError):
        two.unlock(None, PASS)
    assert two.unlock("bob", "bob walks the canal path") == ("Bob", KEY)
    assert two.without_user("Bob").users() == ["Amina"]


def test_passphrases_are_nfkc_normalised_once() -> None:
    composed = "café crème brûlée à volonté"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    keyslots = ks.Keyslots.new().with_user("A", composed, KEY, FLOOR)
    assert keyslots.unlock("A", decomposed) == ("A", KEY)
    fullwidth = "ＡＢＣ long passphrase"  # NFKC folds full-width letters
    keyslots = ks.Keyslots.new().with_user("A", fullwidth, KEY, FLOOR)
    assert keyslots.unlock("A", "ABC long passphrase") == ("A", KEY)


def test_backoff_slows_down_and_never_wipes() -> None:
    backoff = ks.Backoff(free_attempts=3, first_wait=2, max_wait=60)
    waits = [backoff.record_failure() for _ in range(10)]
    assert waits[:3] == [0, 0, 0]
    assert waits[3:7] == [2, 4, 8, 16]
    assert max(waits) == 60
    backoff.record_success()
    assert backoff.failures == 0
    assert backoff.record_failure() == 0


def test_calibration_really_reaches_a_small_target(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ks.KDF_PROFILE_ENV, raising=False)
    params, seconds = ks.calibrate(target_seconds=0.05, start=FLOOR)
    assert seconds >= 0.05
    assert params.memory_kib == FLOOR.memory_kib
    assert params.iterations >= FLOOR.iterations
    assert params.acceptable()


def test_calibration_raises_the_iterations_until_the_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a fake clock: each Argon2id iteration "takes" 20 ms, the target is 0.5 s."""
    now = [0.0]
    runs: list[ks.KdfParams] = []

    def fake_derive(passphrase: str, salt: bytes, params: ks.KdfParams) -> bytes:
        runs.append(params)
        now[0] += 0.02 * params.iterations
        return bytes(32)

    monkeypatch.setattr(ks, "derive_passphrase_key", fake_derive)
    monkeypatch.setattr(ks, "time", SimpleNamespace(perf_counter=lambda: now[0]))
    params, seconds = ks.calibrate(target_seconds=0.5, start=FLOOR)
    assert [r.iterations for r in runs] == [3, 27]  # 0.06 s → ×8.3 (+5 %) → 0.54 s
    assert params == dataclasses.replace(FLOOR, iterations=27)
    assert seconds == pytest.approx(0.54)
    # A machine so fast that no count reaches the target stops at the ceiling.
    runs.clear()

    def instant_derive(passphrase: str, salt: bytes, params: ks.KdfParams) -> bytes:
        runs.append(params)
        return bytes(32)

    monkeypatch.setattr(ks, "derive_passphrase_key", instant_derive)
    params, _seconds = ks.calibrate(target_seconds=0.5, start=FLOOR)
    assert params.iterations == ks.MAX_ITERATIONS
    assert params.acceptable()


def test_creation_params_honour_the_fast_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ks.KDF_PROFILE_ENV, "fast")
    calibrations: list[float] = []

    def fake_calibrate(
        target_seconds: float = ks.TARGET_SECONDS, start: ks.KdfParams | None = None
    ) -> tuple[ks.KdfParams, float]:
        calibrations.append(target_seconds)
        return ks.KdfParams(iterations=5), 0.6

    monkeypatch.setattr(ks, "calibrate", fake_calibrate)
    assert ks.creation_params() == FLOOR
    assert calibrations == []
    monkeypatch.delenv(ks.KDF_PROFILE_ENV)
    assert ks.creation_params() == ks.KdfParams(iterations=5)
    assert calibrations == [ks.TARGET_SECONDS]
    assert ks.TARGET_SECONDS >= 0.5  # DESIGN §3: calibrated to at least half a second


def test_an_interrupted_write_keeps_the_old_file_and_leaves_no_temp_file(
    slots: tuple[ks.Keyslots, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyslots, _code = slots
    path = tmp_path / "keyslots.json"
    keyslots.save(path)
    before = path.read_bytes()

    def power_cut(fd: int) -> None:
        raise OSError("simulated power cut")

    monkeypatch.setattr("desktop_app.vault.keyslots.os.fsync", power_cut)
    bigger = keyslots.with_user("Bob", "bob walks the canal path", KEY, FLOOR)
    with pytest.raises(OSError, match="power cut"):
        bigger.save(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]


def test_parameters_below_the_floor_cannot_be_written() -> None:
    with pytest.raises(ValueError, match="floor"):
        ks.Keyslots.new().with_user("A", PASS, KEY, ks.KdfParams(memory_kib=8192, iterations=3))
