"""Full-text search over households, inside the encrypted database.

One FTS5 row per household (rowid = household id) with three columns:

* ``codes`` — the code of the reference and its suffixes (``7f3k f3k 3k``), so a
  partial reference typed from any point matches (``7F3`` and ``F3K`` find ``HH-7F3K``);
* ``names`` — the alias and people's given names;
* ``notes`` — need and contact notes.

The table is contentless: it holds the index, not a copy of the text. Repositories call
:func:`index_household` in the same transaction as every change to those fields, and
erasure calls :func:`remove_household` then :func:`purge_deleted` so the old terms also
leave FTS5's segment b-trees.

Text is normalised the same way for indexing and for queries (NFKD, drop combining
marks and Arabic tatweel, case-fold): ``مَدْرَسَة`` is found by typing ``مدرسة``, and
accents never matter.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from desktop_app.core.models import REFERENCE_PREFIX, HouseholdRow
from desktop_app.vault.connection import Connection
from desktop_app.vault.repositories._rows import ROW_COLUMNS, to_row
from desktop_app.vault.schema import SEARCH_TABLE

_TATWEEL = "\u0640"
#: How many matches are ranked at most (see :func:`search_households`).
CANDIDATES = 500
# Column weights for bm25: a reference hit outranks a name hit, which outranks a note.
_BM25 = f"bm25({SEARCH_TABLE}, 10.0, 4.0, 1.0)"


def normalise(text: str) -> str:
    """Fold ``text`` for matching: no combining marks, no tatweel, case-folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch != _TATWEEL and unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept).casefold()


def reference_codes(reference: str) -> str:
    """Return the searchable forms of a reference: its code and the code's suffixes."""
    code = reference.removeprefix(REFERENCE_PREFIX).casefold()
    return " ".join(code[i:] for i in range(max(len(code) - 1, 1)))


def document(reference: str, names: list[str], notes: list[str]) -> tuple[str, str, str]:
    """Return the normalised ``(codes, names, notes)`` of one household."""
    return (
        reference_codes(reference),
        normalise(" ".join(n for n in names if n)),
        normalise("\n".join(n for n in notes if n)),
    )


def index_household(conn: Connection, household_id: int) -> None:
    """(Re)build the search row of one household from its stored records."""
    row = conn.execute(
        "SELECT reference, alias FROM households WHERE id = ?", (household_id,)
    ).fetchone()
    if row is None:
        remove_household(conn, household_id)
        return
    reference, alias = row
    names = [alias] + [
        r[0]
        for r in conn.execute(
            "SELECT given_name FROM people WHERE household_id = ? ORDER BY id", (household_id,)
        )
    ]
    notes = [
        r[0]
        for r in conn.execute(
            "SELECT note FROM needs WHERE household_id = ? UNION ALL "
            "SELECT note FROM contacts WHERE household_id = ?",
            (household_id, household_id),
        )
    ]
    codes, names_text, notes_text = document(reference, names, notes)
    conn.execute(
        f"INSERT OR REPLACE INTO {SEARCH_TABLE} (rowid, codes, names, notes) VALUES (?, ?, ?, ?)",
        (household_id, codes, names_text, notes_text),
    )


def remove_household(conn: Connection, household_id: int) -> None:
    """Remove a household's search row (its terms linger until :func:`purge_deleted`)."""
    conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", (household_id,))


def purge_deleted(conn: Connection) -> None:
    """Merge every FTS5 segment into one, dropping the terms of deleted rows.

    FTS5 deletes by writing tombstones; the deleted terms stay inside older segments
    until a merge. ``optimize`` rewrites the index as a single segment without them.
    """
    conn.execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('optimize')")


def match_expression(query: str) -> str | None:
    """Turn what a person typed into a safe FTS5 expression, or ``None`` if empty.

    Each whitespace-separated piece becomes a quoted phrase with a prefix star
    (``"ahm"*``), ANDed together: no FTS5 syntax a person types (quotes, ``*``, ``-``,
    ``NEAR``, ``:``) is ever interpreted. A leading ``HH-`` is dropped, as the index
    holds reference codes without it.
    """
    # Control characters (NUL ends the expression early inside SQLite) become spaces.
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in normalise(query))
    text = text.strip()
    prefix = REFERENCE_PREFIX.casefold()
    if text.startswith(prefix):
        text = text[len(prefix) :]
    phrases = []
    for piece in text.split():
        # A piece of punctuation only yields no token: an empty phrase is an FTS5 error.
        if not any(ch.isalnum() for ch in piece):
            continue
        phrases.append('"' + piece.replace('"', '""') + '"*')
    return " ".join(phrases) or None


def list_filter(alias: str = "h") -> str:
    """Return the SQL condition "household ``alias`` matches the expression ``?``".

    For the Families list, which is ordered (by reference, next contact due, …) and read
    one page at a time. The unary ``+`` keeps SQLite from starting at the matches: a
    broad prefix ("a") matches nearly every household, and fetching all of them by id
    and then sorting cost 25 ms a page at 100,000 households. Instead SQLite walks the
    households in the list's order, along the index of that order, and keeps each one
    that is in the set of matches (built once per query), until the page is full —
    12 ms for "a", and never more than a scan of the index for a rare word. The rows
    and their order are the same either way.
    """
    return f"+{alias}.id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?)"


def search_households(
    conn: Connection, query: str, limit: int = 50, *, today: date | None = None
) -> list[HouseholdRow]:
    """Return the households best matching ``query`` (search-as-you-type).

    Args:
        conn: the vault connection.
        query: text as typed; any characters are safe.
        limit: at most this many rows.
        today: the date for "days since last contact" (default: today).
    """
    expression = match_expression(query)
    if expression is None:
        return []
    today = today or date.today()
    # Rank only the first CANDIDATES matches: a broad prefix ("a") matches most of the
    # vault, and ranking all of it cost 100 ms per keystroke at 100k households; a
    # narrower query has fewer matches than that and is ranked in full.
    rows = conn.execute(
        f"SELECT {ROW_COLUMNS} FROM ("
        f"  SELECT hid, score FROM ("
        f"    SELECT rowid AS hid, {_BM25} AS score FROM {SEARCH_TABLE}"
        f"    WHERE {SEARCH_TABLE} MATCH ? LIMIT ?"
        f"  ) ORDER BY score LIMIT ?"
        ") AS hits JOIN households h ON h.id = hits.hid ORDER BY hits.score, h.reference",
        (expression, max(CANDIDATES, limit), limit),
    ).fetchall()
    return [to_row(r, today) for r in rows]
