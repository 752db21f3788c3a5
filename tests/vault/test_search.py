"""Full-text search: prefixes, scripts, partial references, hostile input, erasure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import models as m
from desktop_app.vault.erasure import erase_household
from desktop_app.vault.repositories import ContactRepository, HouseholdRepository, NeedRepository
from desktop_app.vault.search import match_expression, normalise, search_households
from tests.vault.dbutil import audit_for, open_vault, sample_aggregate


@pytest.fixture
def vault(tmp_path: Path):
    conn, _ = open_vault(tmp_path)
    audit = audit_for(conn)
    households = HouseholdRepository(conn, audit)
    made = {
        "arabic": households.create(
            sample_aggregate(
                reference="HH-7F3K",
                alias="عائلة الحديقة",
                given_name="فاطِمَة",  # with vowel marks, as typed by some keyboards
                note="تحتاج إلى زيّ مدرسيّ",
            )
        ),
        "cyrillic": households.create(
            sample_aggregate(reference="HH-Q9WD", alias="Коваленко", given_name="Олена", note="")
        ),
        "ethiopic": households.create(
            sample_aggregate(reference="HH-M4XR", alias="", given_name="ሰላም", note="ትምህርት ቤት")
        ),
        "latin": households.create(
            sample_aggregate(reference="HH-3KPA", alias="Zoë's family", given_name="José")
        ),
    }
    return conn, audit, households, made


def refs(rows: list[m.HouseholdRow]) -> list[str]:
    return sorted(r.reference for r in rows)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("فاط", ["HH-7F3K"]),  # Arabic prefix, index holds the name with harakat
        ("فَاطِمَة", ["HH-7F3K"]),  # query with harakat finds it too
        ("مدرس", ["HH-7F3K"]),  # Arabic prefix inside a note
        ("عائ الحد", ["HH-7F3K"]),  # two prefixes, both required
        ("عائ الحي", []),  # ... the second does not match
        ("Олен", ["HH-Q9WD"]),
        ("коваЛ", ["HH-Q9WD"]),  # case-insensitive Cyrillic
        ("ሰላ", ["HH-M4XR"]),  # Ethiopic prefix
        ("ትምህ", ["HH-M4XR"]),
        ("jose", ["HH-3KPA"]),  # accents do not matter
        ("ZOE", ["HH-3KPA"]),
        ("7F3", ["HH-7F3K"]),  # partial reference from the start of the code
        ("f3k", ["HH-7F3K"]),  # ... or from its middle
        ("HH-7F", ["HH-7F3K"]),
        ("hh-q9wd", ["HH-Q9WD"]),
        ("nobody", []),
    ],
)
def test_prefix_search(vault, query: str, expected: list[str]) -> None:
    _, _, households, _ = vault
    assert refs(households.search(query)) == expected


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "a*b",
        "-",
        "NEAR(a b)",
        "a OR",
        "AND",
        "col:x",
        "(",
        ")",
        "^",
        "'",
        ":",
        'x"y',
        "\\",
        "%",
        "   ",
        "",
        "HH-",
        "- - -",
        "{a}",
        "a + b",
        "\x00",
    ],
)
def test_fts_syntax_in_input_never_raises(vault, query: str) -> None:
    _, _, households, _ = vault
    assert isinstance(households.search(query), list)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_text_is_a_safe_query(vault, text: str) -> None:
    conn = vault[0]
    search_households(conn, text, 5)


def test_match_expression_quotes_every_piece() -> None:
    assert match_expression('ab"c d*') == '"ab""c"* "d*"*'
    assert match_expression("  ") is None
    assert normalise("مَدْرَسَة") == "مدرسة"
    assert normalise("كـتـاب") == "كتاب"  # tatweel ignored


def test_rows_carry_list_columns(vault) -> None:
    _, _, households, _ = vault
    (row,) = households.search("7F3K", today=date(2026, 2, 11))
    assert row.alias == "عائلة الحديقة"
    assert row.open_needs == 2
    assert row.last_contact_on == date(2026, 2, 1)
    assert row.days_since_last_contact == 10
    assert row.next_contact_due == date(2026, 2, 15)


def test_index_follows_edits(vault) -> None:
    conn, audit, households, made = vault
    hid = made["cyrillic"].household.id
    ContactRepository(conn, audit).add(
        hid, m.Contact(m.ContactKind.HOME_VISIT, date(2026, 3, 1), note="Велосипед для школы")
    )
    assert refs(households.search("велос")) == ["HH-Q9WD"]
    NeedRepository(conn, audit).update_note(made["cyrillic"].needs[0].id, "Needs a laptop")
    assert refs(households.search("laptop")) == ["HH-Q9WD"]
    person = made["cyrillic"].people[0]
    households.update_person(m.Person(m.Role.CAREGIVER, given_name="Ірина", id=person.id))
    assert refs(households.search("Олен")) == []
    assert refs(households.search("Ірин")) == ["HH-Q9WD"]
    hh = households.get(hid)
    assert hh is not None
    import dataclasses

    households.update(dataclasses.replace(hh.household, alias="Шевченко"))
    assert refs(households.search("Ковал")) == []
    assert refs(households.search("Шевч")) == ["HH-Q9WD"]


def test_erasure_removes_terms_from_the_index_structure(vault) -> None:
    conn, audit, households, made = vault
    hid = made["arabic"].household.id
    # Before: the term is in the FTS segment b-tree (fts5vocab reads the index itself).
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, household_search, 'row')")
    terms = lambda: {r[0] for r in conn.execute("SELECT term FROM temp.vocab")}  # noqa: E731
    assert "فاطمة" in terms()
    assert erase_household(conn, audit, hid) is True
    assert households.search("فاط") == []
    after = terms()
    assert "فاطمة" not in after
    assert "7f3k" not in after
    assert "олена" in after  # other households are untouched
    # And no raw segment blob still holds the bytes of the erased name.
    blobs = b"".join(r[0] or b"" for r in conn.execute("SELECT block FROM household_search_data"))
    assert "فاطمة".encode() not in blobs
    assert households.get(hid) is None


def test_list_pages_of_a_search_are_the_matches_in_the_lists_order(tmp_path: Path) -> None:
    """The Families list walks households in its order and keeps the matches: the pages
    must be exactly "every match, sorted, then sliced", for broad and narrow searches,
    every sort, both directions and the status filter."""
    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.vault.demo_vault import populate_demo
    from desktop_app.vault.schema import SEARCH_TABLE

    conn, _ = open_vault(tmp_path)
    audit = audit_for(conn)
    populate_demo(conn, audit, 300, today=DEFAULT_TODAY)
    households = HouseholdRepository(conn, audit)
    everyone = households.list_page(0, 1000, filters=m.HouseholdFilters(), today=DEFAULT_TODAY)
    assert len(everyone) == 300

    def key(sort: m.HouseholdSort):
        return {
            m.HouseholdSort.REFERENCE: lambda r: (r.reference,),
            m.HouseholdSort.STATUS: lambda r: (r.status.value, r.reference),
            m.HouseholdSort.SCHOOL: lambda r: (r.school, r.reference),
            m.HouseholdSort.NEXT_CONTACT_DUE: lambda r: (r.next_contact_due, r.reference),
            m.HouseholdSort.LAST_CONTACT: lambda r: (r.last_contact_on, r.reference),
        }[sort]

    checked = 0
    for query in ("a", "m", "7", "ha", "zzzz"):
        expression = match_expression(query)
        matching = {
            r[0]
            for r in conn.execute(
                f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?", (expression,)
            )
        }
        for status in (None, m.HouseholdStatus.OPEN):
            pool = [
                r for r in everyone if r.id in matching and (status is None or r.status is status)
            ]
            for sort in m.HouseholdSort:
                for descending in (False, True):
                    dated = [r for r in pool if key(sort)(r)[0] is not None]
                    undated = [r for r in pool if key(sort)(r)[0] is None]
                    expected = sorted(dated, key=key(sort), reverse=descending) + sorted(
                        undated, key=lambda r: r.reference, reverse=descending
                    )
                    filters = m.HouseholdFilters(query=query, status=status)
                    got = []
                    for offset in range(0, len(pool) + 40, 40):
                        got += households.list_page(
                            offset,
                            40,
                            sort=sort,
                            filters=filters,
                            descending=descending,
                            today=DEFAULT_TODAY,
                        )
                    assert [r.id for r in got] == [r.id for r in expected], (query, sort)
                    assert households.count(filters, today=DEFAULT_TODAY) == len(pool)
                    checked += len(got)
    assert checked > 1000  # broad searches really matched many households
