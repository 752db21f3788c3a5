"""The Families page at scale: first paint, search-as-you-type, scrolling, opening a family.

    .venv/bin/python benchmarks/bench_families.py                      # 100,000 households
    .venv/bin/python benchmarks/bench_families.py --households 10000

Drives the real widgets (offscreen) over a real demo vault:

* **first paint**: ``FamiliesPage`` built, handed the vault, shown and painted;
* **search-as-you-type**: a few aliases (in their own scripts) and reference codes typed
  one character at a time; each keystroke = the debounced search run at once (the
  150 ms pause is the person typing, not work) + the table repainted. p50/p95/max;
* **scroll**: the whole list, one screen (page step) at a time, from top to bottom, each
  step = scroll + the model fetching what it needs + repaint. Max step = worst stall
  (budget: none over 100 ms); then a jump back to the top (pages dropped and refetched);
* **open a family**: ``FamilyPage.open_household`` for random households, painted;
* **peak RSS**: VmHWM after unlock (the KDF's memory excluded by resetting the peak),
  and the model's rows held in memory at the end.

The demo vault is built once per size and seed and cached under ``benchmarks/.cache/``
(git-ignored), keyed by a hash of the code that shapes the data; ``--rebuild`` ignores
the cache. Results are merged by size into ``benchmarks/results/families.{json,md}``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import (  # noqa: E402
    RESULTS,
    machine,
    peak_rss_mib,
    percentile,
    reset_peak_rss,
    write_results,
)

SEED = 2026
CACHE = HERE / ".cache"
FINGERPRINT_GLOBS = ["desktop_app/core/*.py", "desktop_app/vault/**/*.py", "resources/demo/*"]


def fingerprint() -> str:
    """Hash of the files that decide what a demo vault holds and how it is laid out."""
    digest = hashlib.sha256()
    for pattern in FINGERPRINT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def build(households: int, seed: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """Return a demo vault folder for ``households`` (from the cache when current)."""
    from desktop_app.vault.demo_vault import create_demo_vault

    folder = CACHE / f"families-{households}-seed-{seed}-{fingerprint()}"
    meta_file = folder / "bench-meta.json"
    if folder.exists() and meta_file.exists() and not rebuild:
        return folder, {**json.loads(meta_file.read_text()), "cached": True}
    shutil.rmtree(folder, ignore_errors=True)
    partial = folder.with_name(folder.name + ".part")
    shutil.rmtree(partial, ignore_errors=True)
    print(f"building a demo vault with {households:,} households …", flush=True)
    started = time.perf_counter()
    vault, _passphrase = create_demo_vault(partial, households=households, seed=seed)
    vault.close()
    meta = {"build_s": time.perf_counter() - started}
    (partial / "bench-meta.json").write_text(json.dumps(meta))
    partial.rename(folder)
    return folder, {**meta, "cached": False}


def keep_none_alive() -> None:
    """Guard against PySide6 6.12 on CPython 3.11 dropping a reference to None per call.

    6.12.0's abi3 wheels treat None as immortal (true only from Python 3.12); on 3.11
    each void call such as ``QWidget.update()`` lowers None's count by one, and scrolling
    100,000 rows reaches zero and aborts ("none_dealloc"). The project now pins PySide6
    below 6.12; this only keeps the benchmark alive should such a build come back.
    """
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


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
    folder, meta = build(households, seed, rebuild)

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.gui.application import create_application
    from desktop_app.gui.families_page import FamiliesPage
    from desktop_app.gui.family_page import FamilyPage
    from desktop_app.vault.demo_vault import DEMO_PASSPHRASE
    from desktop_app.vault.services import VaultServices
    from desktop_app.vault.vault import Vault

    keep_none_alive()
    app = create_application()
    vault = Vault.unlock(folder, None, DEMO_PASSPHRASE)
    services = VaultServices.from_vault(vault)
    rss_reset = reset_peak_rss()
    today = DEFAULT_TODAY
    result: dict[str, Any] = {"households": households, "seed": seed, **meta}

    def settle(_widget: Any) -> None:
        # Handles what the action posted: fetchMore, layout, and the paint itself
        # (offscreen, the backing store is really painted).
        QApplication.processEvents()

    # -------------------------------------------------------------- first paint
    page = FamiliesPage(today=lambda: today)
    page.resize(1000, 680)

    def first_paint() -> None:
        page.set_services(services)
        page.show()
        settle(page)

    result["first_paint_ms"] = timed(first_paint) * 1000
    warm = []
    for _ in range(5):
        page.set_services(None)
        warm.append(timed(first_paint))
    result["first_paint_warm"] = ms(warm)

    # -------------------------------------------------------------- search-as-you-type
    rng = random.Random(seed)
    rows = services.households.list_page(0, 2000, today=today)
    aliases = [r.alias for r in rows if r.alias]
    words = rng.sample(aliases, min(6, len(aliases)))
    codes = [r.reference for r in rng.sample(rows, 3)]
    typed = [w.split()[0] for w in words] + codes
    keystrokes: list[float] = []
    by_length: dict[int, list[float]] = {}
    table = page.ui.families_table
    for word in typed:
        for end in range(1, len(word) + 1):
            page.ui.search_edit.setText(word[:end])

            def keystroke() -> None:
                page.apply_filters()
                settle(table.viewport())

            seconds = timed(keystroke)
            keystrokes.append(seconds)
            by_length.setdefault(min(end, 5), []).append(seconds)
    result["search_words"] = len(typed)
    result["search_keystroke"] = ms(keystrokes)
    result["search_by_prefix_length"] = {str(k): ms(v) for k, v in sorted(by_length.items())}

    # Broad searches: every first letter a person may type (Latin, Arabic, digits), in
    # the list's default order and sorted by next contact due.
    from desktop_app.core.models import HouseholdSort

    letters = list("abcdefghijklmnopqrstuvwxyz") + list("ابتحدرسعفقكلمنهي") + list("0123456789")
    broad: dict[str, list[float]] = {}
    for sort in (HouseholdSort.REFERENCE, HouseholdSort.NEXT_CONTACT_DUE):
        page.model.set_order(sort)
        settle(table.viewport())
        for letter in letters:
            page.ui.search_edit.setText(letter)

            def broad_keystroke() -> None:
                page.apply_filters()
                settle(table.viewport())

            broad.setdefault(sort.value, []).append(timed(broad_keystroke))
    page.model.set_order(HouseholdSort.REFERENCE)
    result["search_one_letter"] = {k: ms(v) for k, v in broad.items()}
    page.ui.search_edit.clear()
    page.ui.status_combo.setCurrentIndex(0)  # open and closed: the longest list
    page.apply_filters()
    settle(page)

    # -------------------------------------------------------------- scroll
    bar = table.verticalScrollBar()
    steps: list[float] = []
    started = time.perf_counter()
    total = services.households.count(today=today)
    while True:
        before = (bar.value(), page.model.rowCount())

        def step() -> None:
            bar.setValue(bar.value() + bar.pageStep())
            settle(table.viewport())

        steps.append(timed(step))
        if (bar.value(), page.model.rowCount()) == before and not page.model.canFetchMore():
            break
    result["scroll"] = {
        **ms(steps),
        "steps": len(steps),
        "rows": page.model.rowCount(),
        "total_households": total,
        "over_100ms": sum(1 for s in steps if s > 0.1),
        "wall_s": time.perf_counter() - started,
        "rows_in_memory": page.model.cached_rows(),
    }

    def jump_to_top() -> None:
        bar.setValue(0)
        settle(table.viewport())

    result["scroll"]["jump_to_top_ms"] = timed(jump_to_top) * 1000

    # -------------------------------------------------------------- open a family
    family = FamilyPage(today=lambda: today)
    family.resize(1000, 760)
    family.set_services(services)
    family.show()
    ids = rng.sample(range(1, total + 1), min(samples, total))
    opens = []
    for household_id in ids:

        def open_family(hid: int = household_id) -> None:
            family.open_household(hid)
            settle(family)

        opens.append(timed(open_family))
    result["open_family"] = ms(opens)

    result["peak_rss_after_unlock_mib"] = peak_rss_mib() if rss_reset else None
    result["peak_rss_process_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    page.set_services(None)
    family.set_services(None)
    for widget in (page, family):
        widget.close()
        widget.deleteLater()
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
        "# Families page benchmark",
        "",
        "Offscreen, real widgets over a real demo vault. See bench_families.py for what each "
        "figure is. Budgets (DESIGN §9): search p95 ≤ 50 ms, open ≤ 50 ms, no scroll stall "
        "over 100 ms, RSS ≤ 300 MB.",
        "",
        head,
        rule,
        row("first paint, ms (cold)", lambda r: r["first_paint_ms"]),
        row("first paint, ms (warm p50)", lambda r: r["first_paint_warm"]["p50_ms"]),
        row("search keystroke p50, ms", lambda r: r["search_keystroke"]["p50_ms"]),
        row("search keystroke p95, ms", lambda r: r["search_keystroke"]["p95_ms"]),
        row("search keystroke max, ms", lambda r: r["search_keystroke"]["max_ms"]),
        row("search p95, 1-char prefix, ms", lambda r: r["search_by_prefix_length"]["1"]["p95_ms"]),
        row("search p95, 2-char prefix, ms", lambda r: r["search_by_prefix_length"]["2"]["p95_ms"]),
        row(
            "search p95, every single letter, by reference, ms",
            lambda r: r["search_one_letter"]["reference"]["p95_ms"],
        ),
        row(
            "search p95, every single letter, by next contact due, ms",
            lambda r: r["search_one_letter"]["next_contact_due"]["p95_ms"],
        ),
        row("scroll steps (one screen each)", lambda r: r["scroll"]["steps"]),
        row("scroll step p50, ms", lambda r: r["scroll"]["p50_ms"]),
        row("scroll step p95, ms", lambda r: r["scroll"]["p95_ms"]),
        row("scroll step max (worst stall), ms", lambda r: r["scroll"]["max_ms"]),
        row("scroll steps over 100 ms", lambda r: r["scroll"]["over_100ms"]),
        row("scroll whole list, s", lambda r: r["scroll"]["wall_s"]),
        row("jump back to top, ms", lambda r: r["scroll"]["jump_to_top_ms"]),
        row("rows held in memory at the end", lambda r: r["scroll"]["rows_in_memory"]),
        row("open a family p50, ms", lambda r: r["open_family"]["p50_ms"]),
        row("open a family p95, ms", lambda r: r["open_family"]["p95_ms"]),
        row("peak RSS after unlock, MiB", lambda r: r["peak_rss_after_unlock_mib"]),
        row("peak RSS incl. unlock (KDF), MiB", lambda r: r["peak_rss_process_mib"]),
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--samples", type=int, default=60, help="families opened")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached vault")
    parser.add_argument("--name", default="families", help="results file name")
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
