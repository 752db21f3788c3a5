"""The services directory at council scale: HSDS check, import, export, and the page's search.

For 100 / 1,000 / 5,000 services (the demo town's directory repeated with fresh ids):
read and check the CSV data package (every row), store it in one transaction, export it
again (zip and JSON), and filter the Services page's in-memory list as one keystroke does.

    .venv/bin/python benchmarks/bench_directory.py [--sizes 100,1000,5000] [--runs 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from common import summarise, write_results  # noqa: E402

from desktop_app.core.hsds import read_directory, write_csv_package, write_json  # noqa: E402
from desktop_app.core.models import Service  # noqa: E402
from desktop_app.core.resources import resource_dir  # noqa: E402


def directory(size: int) -> list[Service]:
    demo = read_directory(resource_dir() / "demo" / "hsds").services
    return [
        dataclasses.replace(
            demo[i % len(demo)], name=f"{demo[i % len(demo)].name} {i}", hsds_id=str(uuid.uuid4())
        )
        for i in range(size)
    ]


def timed(operation, runs: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        operation()
        times.append(time.perf_counter() - started)
    return summarise(times)


def measure(size: int, runs: int) -> dict[str, dict[str, float]]:
    """Time each step for a directory of ``size`` services."""
    from desktop_app.gui.services_page import folded, matches, search_text
    from desktop_app.vault.directory_import import import_on_own_connection
    from desktop_app.vault.vault import Vault, db_path

    services = directory(size)
    row: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hearth-bench-directory-") as folder:
        base = Path(folder)
        package = write_csv_package(services, base / "package")
        row["check CSV package"] = timed(lambda: read_directory(package), runs)
        json_file = write_json(services, base / "directory.json")
        row["check JSON"] = timed(lambda: read_directory(json_file), runs)
        vault, _code = Vault.create(base / "vault", "Bench", "a long passphrase for benching")
        try:
            database, key = db_path(base / "vault"), vault.data_key()
            row["import (one transaction)"] = timed(
                lambda: import_on_own_connection(database, key, "Bench", services), runs
            )
        finally:
            vault.close()
        counter = iter(range(10**6))
        row["export zip"] = timed(
            lambda: write_csv_package(services, base / f"out-{next(counter)}.zip"), runs
        )
        haystacks = {s.hsds_id: search_text(s) for s in services}
        words = folded("food bank").split()

        def keystroke() -> list[Service]:
            return [
                s for s in services if matches(s, words, None, None, False, haystacks[s.hsds_id])
            ]

        row["page filter (a keystroke)"] = timed(keystroke, runs * 10)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = {size: measure(int(size), args.runs) for size in args.sizes.split(",")}
    names = list(next(iter(results.values())))
    lines = [
        "# Services directory (HSDS) at council scale",
        "",
        "Median / p95 in ms. Machine shared with other agents while measuring: treat as rough.",
        "",
        "| services | " + " | ".join(names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for size, row in results.items():
        cells = [f"{row[n]['median_ms']:.0f} / {row[n]['p95_ms']:.0f}" for n in names]
        lines.append(f"| {size} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    write_results("directory", {"results": results}, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
