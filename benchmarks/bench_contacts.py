"""Logging contacts at scale: the contact dialog and the Today page over 100,000 households.

    .venv/bin/python benchmarks/bench_contacts.py                      # 100,000 households
    .venv/bin/python benchmarks/bench_contacts.py --households 10000

Drives the real widgets (offscreen) over a real demo vault — the same cached vaults as
``bench_families.py`` (``benchmarks/.cache/``), copied to a scratch folder first so the
saves never touch the cache:

* **dialog open-to-ready**: ``ContactDialog.for_household`` for a random household (the
  whole case read, defaults from the visit rhythm, every list filled), shown and painted;
* **save**: a home visit with a topic, a note and a follow-up, saved by the dialog in one
  transaction (``synchronous=FULL``: each COMMIT waits for the disk), until the dialog
  has said so and closed;
* **Today refresh**: ``TodayPage.refresh`` painted — planned visits and slipped
  households (partial indexes), overdue and due follow-ups, drafts, consent reviews —
  for everyone's households and for one worker's.

Results are merged by size into ``benchmarks/results/contacts.{json,md}``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_families import SEED, build, keep_none_alive  # noqa: E402
from common import RESULTS, machine, percentile, write_results  # noqa: E402


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def ms(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": statistics.median(values) * 1000,
        "p95_ms": percentile(values, 95) * 1000,
        "max_ms": max(values) * 1000,
        "n": len(values),
    }


def run(households: int, seed: int, rebuild: bool, samples: int) -> dict[str, Any]:
    cached, meta = build(households, seed, rebuild)
    scratch = Path(tempfile.mkdtemp(prefix="hearth-bench-contacts-"))
    folder = scratch / "vault"
    shutil.copytree(cached, folder)
    try:
        return _measure(folder, households, seed, samples, meta)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _measure(
    folder: Path, households: int, seed: int, samples: int, meta: dict[str, Any]
) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.gui.application import create_application
    from desktop_app.gui.contact_dialog import ContactDialog
    from desktop_app.gui.today_page import TodayPage
    from desktop_app.vault.demo_vault import DEMO_PASSPHRASE
    from desktop_app.vault.services import VaultServices
    from desktop_app.vault.vault import Vault

    keep_none_alive()
    app = create_application()
    vault = Vault.unlock(folder, None, DEMO_PASSPHRASE)
    services = VaultServices.from_vault(vault)
    today = DEFAULT_TODAY
    rng = random.Random(seed)
    result: dict[str, Any] = {"households": households, "seed": seed, **meta}
    open_ids = [
        r[0]
        for r in vault.connection.execute(
            "SELECT id FROM households WHERE status = 'open' ORDER BY id"
        )
    ]
    # Families whose record can be written today (some demo families' consent is past
    # its review date: the vault rightly refuses a contact until it is renewed).
    from desktop_app.core.consent import check_writable
    from desktop_app.core.errors import UserFacingError

    picked: list[int] = []
    for household_id in rng.sample(open_ids, len(open_ids)):
        try:
            check_writable(services.consent.current(household_id), services.audit.today())
        except UserFacingError:
            continue
        picked.append(household_id)
        if len(picked) == samples:
            break

    def settle() -> None:
        QApplication.processEvents()

    # ---------------------------------------------------------------- the dialog
    opens: list[float] = []
    saves: list[float] = []
    for household_id in picked:
        holder: list[ContactDialog] = []

        def open_dialog(hid: int = household_id, holder: list[ContactDialog] = holder) -> None:
            dialog = ContactDialog.for_household(services, hid, today=lambda: today)
            assert dialog is not None
            dialog.show()
            settle()
            holder.append(dialog)

        opens.append(timed(open_dialog))
        dialog = holder[0]
        ui = dialog.ui
        ui.topics_list.item(0).setCheckState(Qt.CheckState.Checked)
        ui.note_edit.setPlainText("Home visit. Talked about the uniform grant; form done.")
        ui.follow_up_group.setChecked(True)
        ui.follow_up_what_edit.setText("Bring the uniform voucher")

        def save(d: ContactDialog = dialog) -> None:
            if not d.save():
                raise RuntimeError(d.ui.save_message_label.text())
            settle()

        saves.append(timed(save))
        dialog.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    result["dialog_open"] = ms(opens)
    result["dialog_save"] = ms(saves)

    # ---------------------------------------------------------------- Today
    page = TodayPage(today=lambda: today)
    page.resize(1100, 820)
    page.show()

    def first() -> None:
        page.set_services(services)
        settle()

    result["today_first_ms"] = timed(first) * 1000
    workers = services.households.workers()
    result["workers"] = len(workers)

    def refreshes(worker: str | None) -> dict[str, float]:
        page.set_worker(worker)
        values = []
        for _ in range(samples // 2 or 1):

            def refresh() -> None:
                page.refresh()
                settle()

            values.append(timed(refresh))
        return ms(values)

    result["today_refresh_everyone"] = refreshes(None)
    result["today_refresh_one_worker"] = refreshes(workers[0] if workers else None)
    result["counts"] = {
        "slipped": services.households.count_slipped(today),
        "visits_due_this_week": services.households.count_visits_due(today + timedelta(days=7)),
        "open_households": len(open_ids),
    }
    page.set_services(None)
    page.close()
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    vault.close()
    app.processEvents()
    return result


def table_md(results: dict[str, dict[str, Any]]) -> str:
    sizes = sorted(results, key=int)
    head = "| measure | " + " | ".join(f"{int(s):,} households" for s in sizes) + " |"
    rule = "|---|" + "---|" * len(sizes)

    def row(name: str, get: Callable[[dict[str, Any]], Any]) -> str:
        cells = []
        for s in sizes:
            try:
                value = get(results[s])
            except (KeyError, TypeError):
                value = None
            cells.append(
                "—"
                if value is None
                else (f"{value:,.1f}" if isinstance(value, float) else f"{value:,}")
            )
        return f"| {name} | " + " | ".join(cells) + " |"

    lines = [
        "# Contacts benchmark",
        "",
        "Offscreen, real widgets over a real demo vault (a scratch copy). See "
        "bench_contacts.py for what each figure is. The machine (2 cores) was shared with "
        "other work while these were measured: read them as upper bounds.",
        "",
        head,
        rule,
        row("contact dialog open-to-ready p50, ms", lambda r: r["dialog_open"]["p50_ms"]),
        row("contact dialog open-to-ready p95, ms", lambda r: r["dialog_open"]["p95_ms"]),
        row("contact dialog open-to-ready max, ms", lambda r: r["dialog_open"]["max_ms"]),
        row("save (contact + follow-up, one COMMIT) p50, ms", lambda r: r["dialog_save"]["p50_ms"]),
        row("save p95, ms", lambda r: r["dialog_save"]["p95_ms"]),
        row("save max, ms", lambda r: r["dialog_save"]["max_ms"]),
        row("Today first fill (cold), ms", lambda r: r["today_first_ms"]),
        row("Today refresh, everyone, p50, ms", lambda r: r["today_refresh_everyone"]["p50_ms"]),
        row("Today refresh, everyone, p95, ms", lambda r: r["today_refresh_everyone"]["p95_ms"]),
        row(
            "Today refresh, one worker, p50, ms", lambda r: r["today_refresh_one_worker"]["p50_ms"]
        ),
        row(
            "Today refresh, one worker, p95, ms", lambda r: r["today_refresh_one_worker"]["p95_ms"]
        ),
        row("open households", lambda r: r["counts"]["open_households"]),
        row("slipped households", lambda r: r["counts"]["slipped"]),
        row(
            "visits due within 7 days (incl. overdue)",
            lambda r: r["counts"]["visits_due_this_week"],
        ),
        row("workers with families", lambda r: r["workers"]),
        row("samples (dialogs opened and saved)", lambda r: r["dialog_open"]["n"]),
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--samples", type=int, default=40, help="dialogs opened and saved")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached vault")
    parser.add_argument("--name", default="contacts", help="results file name")
    args = parser.parse_args()

    result = run(args.households, args.seed, args.rebuild, args.samples)
    previous: dict[str, Any] = {}
    json_path = RESULTS / f"{args.name}.json"
    if json_path.exists():
        previous = json.loads(json_path.read_text()).get("results", {})
    previous[str(args.households)] = result
    markdown = table_md(previous)
    write_results(args.name, {"results": previous}, markdown)
    print(markdown)
    print(f"\nwritten {json_path.relative_to(ROOT)}; machine: {machine()['platform']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
