"""The passphrase meter: blocklist, length, Unicode, no composition rules."""

from __future__ import annotations

import unicodedata

from desktop_app.core.passphrase import Verdict, evaluate, is_common, normalise


def test_common_passwords_are_refused_whatever_their_case() -> None:
    for common in ("password", "Password", "123456789", "iloveyou", "qwertyuiop"):
        strength = evaluate(common)
        assert strength.verdict is Verdict.COMMON, common
        assert not strength.acceptable


def test_short_passphrases_are_refused() -> None:
    strength = evaluate("Zq8#p")
    assert strength.verdict is Verdict.TOO_SHORT
    assert not strength.acceptable
    assert "8" in strength.advice
    assert "15" in strength.advice


def test_no_composition_rules_long_lowercase_words_are_strong() -> None:
    strength = evaluate("kettle orchard violin puddle")
    assert strength.verdict is Verdict.STRONG
    assert strength.acceptable


def test_symbols_do_not_rescue_a_guessable_passphrase() -> None:
    strength = evaluate("Password1!")
    assert not strength.acceptable


def test_user_name_counts_as_guessable() -> None:
    assert evaluate("amina.teacher", user_inputs=("amina.teacher",)).verdict is Verdict.COMMON


def test_any_unicode_is_welcome() -> None:
    for phrase in ("جمل أزرق يطير فوق البحر", "зелений кіт спить на даху", "ሰማያዊ ግመል ይበርራል ሎሚ"):
        strength = evaluate(phrase)
        assert strength.acceptable, phrase


def test_nfkc_normalisation_makes_typing_methods_agree() -> None:
    composed = "café ﬁnal ＡＢＣ"
    decomposed = unicodedata.normalize("NFD", composed)
    assert normalise(composed) == normalise(decomposed)
    assert normalise("ＡＢＣ") == "ABC"
    assert is_common("ＰＡＳＳＷＯＲＤ")  # full-width letters are the same password
