"""Field rules: plain functions that say what is wrong, or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core import validation as v
from desktop_app.core.validation import (
    MAX_NOTE_CHARS,
    birth_year,
    first_problem,
    max_length,
    not_before,
    not_in_future,
    parse_birth_year,
    required,
)

TODAY = date(2026, 11, 1)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_required_refuses_blank(text: str) -> None:
    assert required(text) == "This field is needed. Please fill it in."


def test_required_accepts_text() -> None:
    assert required(" Amal ") is None


def test_max_length_counts_characters_not_bytes() -> None:
    rule = max_length(5)
    assert rule("أمينة") is None  # five Arabic letters, ten bytes
    message = rule("abcdef")
    assert message == "Please shorten this to 5 characters (it has 6)."


@pytest.mark.parametrize("text", ["", "  ", "2018", "1950", "1916"])
def test_possible_birth_years(text: str) -> None:
    assert birth_year(text, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("2027", "in the future"),
        ("3018", "in the future"),
        ("1915", "too long ago"),
        ("0", "four digits"),
        ("18", "four digits"),
        ("twenty", "four digits"),
        ("2018.5", "four digits"),
    ],
)
def test_impossible_birth_years(text: str, fragment: str) -> None:
    message = birth_year(text, today=TODAY)
    assert message is not None
    assert fragment in message


def test_a_child_born_long_ago_is_questioned() -> None:
    assert birth_year("1990", today=TODAY) is None
    message = birth_year("1990", today=TODAY, child=True)
    assert message is not None
    assert "1990" in message
    assert birth_year("2015", today=TODAY, child=True) is None


def test_the_example_year_is_plausible() -> None:
    message = birth_year("x", today=TODAY)
    assert message is not None
    assert "2018" in message


def test_dates() -> None:
    assert not_in_future(TODAY, today=TODAY) is None
    assert not_in_future(date(2026, 11, 2), today=TODAY) is not None
    assert not_before(date(2026, 11, 2), TODAY) is None
    message = not_before(date(2026, 10, 1), TODAY)
    assert message is not None
    assert "Nov 1, 2026" in message  # as people read dates, in the UI language


def test_first_problem_reports_rules_in_order() -> None:
    rules = [required, max_length(MAX_NOTE_CHARS)]
    assert first_problem("", rules) == required("")
    assert first_problem("x" * (MAX_NOTE_CHARS + 1), rules) is not None
    assert first_problem("fine", rules) is None


def test_parse_birth_year() -> None:
    assert parse_birth_year(" 2018 ") == 2018
    assert parse_birth_year("") is None


@pytest.mark.parametrize("typed", ["٢٠١٧", "۲۰۱۷", " 2017 "])
def test_birth_years_in_arabic_and_persian_digits(typed: str) -> None:
    assert birth_year(typed, today=TODAY, child=True) is None
    assert parse_birth_year(typed) == 2017


def test_a_future_year_in_arabic_digits_is_still_refused() -> None:
    assert "future" in (birth_year("٢٠٩٩", today=TODAY) or "")


def test_a_birth_year_must_fit_the_age_band() -> None:
    today = date(2026, 10, 1)
    assert v.birth_year_in_band("2016", "5-10", today=today) is None  # 9 or 10
    assert v.birth_year_in_band("2015", "11-15", today=today) is None  # 10 or 11
    message = v.birth_year_in_band("2016", "11-15", today=today)
    assert message is not None
    assert "not in the age band 11-15" in message
    assert v.birth_year_in_band("1990", "60+", today=today) is not None
    assert v.birth_year_in_band("1960", "60+", today=today) is None
    assert v.birth_year_in_band("", "60+", today=today) is None  # both are optional
    assert v.birth_year_in_band("2016", "", today=today) is None


def test_person_rules_are_one_set_for_every_form() -> None:
    today = date(2026, 10, 1)
    problem = v.person_problem(
        role_is_child=True,
        given_name="Sami",
        birth_year_text="2016",
        age_band="5-10",
        school_year="Y" * 41,
        class_name="",
        today=today,
    )
    assert problem is not None
    assert problem[0] == "school_year"
    # An adult's year group is not used, so it is not checked.
    assert (
        v.person_problem(
            role_is_child=False,
            given_name="Amal",
            birth_year_text="1985",
            age_band="",
            school_year="Y" * 41,
            class_name="",
            today=today,
        )
        is None
    )


def test_a_closing_or_status_day_is_not_after_today() -> None:
    today = date(2026, 10, 1)
    assert v.not_after_today(today, today=today) is None
    assert v.not_after_today(date(2026, 10, 2), today=today) is not None
