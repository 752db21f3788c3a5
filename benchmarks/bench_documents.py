"""Family documents: how long a receipt, a referral slip and a subject-access PDF take.

    .venv/bin/python benchmarks/bench_documents.py [--runs 5]

Renders each document for real (QTextDocument → QPdfWriter, bundled fonts embedded,
offscreen) into a scratch folder: a consent receipt in Arabic with its English copy,
a referral slip, and the subject-access PDF of households with 10, 100 and 1,000
contacts (the last is an extreme case: years of weekly visits). Also times registering
the bundled fonts, which Hearth does once at the first unlock. Prints a table and
writes benchmarks/results/documents.{json,md}.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from common import summarise, write_results

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _time(operation: Callable[[], Any], runs: int) -> tuple[list[float], int]:
    """Time ``runs`` calls; return the seconds and the page count of the last one."""
    samples = []
    pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        written = operation()
        samples.append(time.perf_counter() - start)
        pages = written.pages
    return samples, pages


def _export(contacts: int) -> dict[str, object]:
    """A subject-access export shaped like the vault's, with ``contacts`` contacts."""
    start = date(2020, 1, 6)
    return {
        "format": "hearth-subject-access",
        "version": 1,
        "exported_at": datetime(2026, 3, 16, tzinfo=UTC).isoformat(),
        "household": {
            "reference": "HH-7F3K",
            "alias": "Family N.",
            "school": "Riverside Primary School",
            "preferred_language": "ar",
            "interpreter_language": "ar",
            "preferred_channel": "phone",
            "key_contact": "Ms Patel",
            "status": "open",
            "created_at": "2020-01-06T09:00:00+00:00",
        },
        "people": [
            {"role": "caregiver", "given_name": "Amal"},
            {"role": "child", "given_name": "Lina", "birth_year": 2017, "school_year": "Year 4"},
        ],
        "needs": [
            {
                "id": 1,
                "category": "food",
                "status": "referred",
                "note": "asked about a food bank",
                "identified_on": "2020-01-06",
                "history": [{"status": "identified", "changed_on": "2020-01-06"}],
            }
        ],
        "contacts": [
            {
                "kind": "home_visit",
                "contact_on": (start + timedelta(days=7 * n)).isoformat(),
                "duration_minutes": 45,
                "language": "ar",
                "interpreter_mode": "qualified_phone",
                "interpreter_name": "Brackenford Interpreting",
                "topics": ["food", "housing"],
                "note": "talked about the food bank and the flat",
                "staff_member": "Mr Okafor",
            }
            for n in range(contacts)
        ],
        "follow_ups": [],
        "referrals": [],
        "champion": None,
        "champion_matches": [],
        "events_attended": [],
        "consent": {"current": {}, "history": [], "notices": {}, "signatures": {}},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop_app.gui.documents import fonts
    from desktop_app.gui.documents.receipts import write_consent_receipt
    from desktop_app.gui.documents.referral_slip import write_referral_slip_document
    from desktop_app.gui.documents.subject_access import write_subject_access_document
    from tests.gui.test_family_documents import _content, _slip_data

    start = time.perf_counter()
    fonts.load_bundled_fonts()
    font_ms = (time.perf_counter() - start) * 1000

    rows: list[tuple[str, dict[str, float], int]] = []
    with tempfile.TemporaryDirectory(prefix="hearth-bench-docs-") as folder:
        out = Path(folder)
        receipt = out / "receipt.pdf"
        samples, count = _time(lambda: write_consent_receipt(_content("ar"), receipt), args.runs)
        rows.append(("consent receipt (ar + en copy)", summarise(samples), count))
        slip = out / "slip.pdf"
        household, referral, service = _slip_data()
        samples, count = _time(
            lambda: write_referral_slip_document(slip, household, referral, service, "ar"),
            args.runs,
        )
        rows.append(("referral slip (ar)", summarise(samples), count))
        for contacts in (10, 100, 1000):
            export = _export(contacts)
            path = out / f"sar-{contacts}.pdf"
            runs = args.runs if contacts < 1000 else max(2, args.runs // 2)
            samples, count = _time(
                functools.partial(write_subject_access_document, export, "ar", path), runs
            )
            rows.append((f"subject access, {contacts} contacts (ar)", summarise(samples), count))
    del app

    lines = [
        "| document | pages | median ms | p95 ms | min ms | max ms | runs |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, s, count in rows:
        lines.append(
            f"| {name} | {count} | {s['median_ms']:.0f} | {s['p95_ms']:.0f} | "
            f"{s['min_ms']:.0f} | {s['max_ms']:.0f} | {s['n']} |"
        )
    lines.append(f"\nRegistering the bundled fonts (once, at the first unlock): {font_ms:.1f} ms")
    lines.append(
        "\nShared 2-core machine with other jobs running: read the figures as an upper bound."
    )
    table = "\n".join(lines)
    print(table)
    write_results(
        "documents",
        {
            "fonts_ms": font_ms,
            "documents": [{"name": n, "pages": c, **s} for n, s, c in rows],
        },
        table,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
