"""The Reports page's work at 1k → 10k → 100k households: what runs off and on the GUI thread.

    .venv/bin/python benchmarks/bench_reports.py --sizes 1000,10000,100000

Uses the demo vaults of ``bench_aggregates.py`` (same cache). For the demo world's last
closed month (2026-10), in a fresh process per size:

* **preview job** — :func:`desktop_app.gui.report_jobs.compute_preview` as the page runs
  it on a worker thread: a second connection opened with the vault's key, the counts,
  disclosure control, the payload with the device id, and the local charts' figures;
  first run (cold cache) and the median of the rest;
* **local figures** — the two chart queries alone (contacts per month over 12 months,
  referral outcomes);
* **areas** and **targets** — what the page reads on the GUI thread when it is shown
  (each must stay far below a frame's worth of waiting).

Prints a table and writes ``benchmarks/results/reports.json`` and ``reports.md``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_aggregates import PASSPHRASE, PERIOD, SEED, build  # noqa: E402
from common import write_results  # noqa: E402

RUNS = 5


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _series(fn: Callable[[], Any], runs: int = RUNS) -> dict[str, float]:
    first = _timed(fn)
    rest = [_timed(fn) for _ in range(runs)]
    return {
        "first_ms": first * 1000,
        "p50_ms": statistics.median(rest) * 1000,
        "max_ms": max(rest) * 1000,
    }


def worker(folder: Path, size: int) -> dict[str, Any]:
    from datetime import timedelta

    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.gui.report_jobs import compute_preview, local_figures
    from desktop_app.stats.periods import Period
    from desktop_app.vault.background import BackgroundVault
    from desktop_app.vault.repositories.local_figures import LocalFiguresRepository
    from desktop_app.vault.services import VaultServices
    from desktop_app.vault.vault import Vault

    today = DEFAULT_TODAY + timedelta(days=14)
    vault = Vault.unlock(folder, None, PASSPHRASE)
    services = VaultServices.from_vault(vault)
    result: dict[str, Any] = {"size": size}
    result["preview_job"] = _series(
        lambda: compute_preview(BackgroundVault.of(services), PERIOD, None, lambda: today)
    )
    span = Period.parse(PERIOD)
    counts = services.aggregates.period_counts(span.start, span.end)
    result["local_figures"] = _series(lambda: local_figures(services, span, None, counts))
    repo = LocalFiguresRepository(vault.connection, services.audit)
    result["areas"] = _series(repo.areas, runs=20)
    result["targets"] = _series(services.sync.targets, runs=20)
    vault.close()
    return result


def table(results: list[dict[str, Any]]) -> str:
    sizes = [r["size"] for r in results]
    lines = [
        "| step (ms) | " + " | ".join(f"{s:,} households" for s in sizes) + " |",
        "|---|" + "---|" * len(sizes),
    ]
    labels = {
        "preview_job": "preview job, off the GUI thread (first / p50)",
        "local_figures": "  of which the charts' figures (first / p50)",
        "areas": "areas, on the GUI thread (first / p50)",
        "targets": "targets, on the GUI thread (first / p50)",
    }
    for key, label in labels.items():
        cells = [f"{r[key]['first_ms']:.1f} / {r[key]['p50_ms']:.1f}" for r in results]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated household counts")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "hearth-bench-aggregates"
    )
    parser.add_argument("--note", default="", help="a remark stored with the results")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.worker_size)))
        return 0
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        vault_folder, _meta = build(size, args.seed, args.cache, False)
        with tempfile.TemporaryDirectory(prefix="hearth-bench-") as scratch:
            copy = Path(scratch) / "vault"
            shutil.copytree(vault_folder, copy)
            print(f"  measuring {size:,} households …", file=sys.stderr, flush=True)
            completed = subprocess.run(
                [sys.executable, __file__, "--worker", str(copy), "--worker-size", str(size)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            results.append(json.loads(completed.stdout.strip().splitlines()[-1]))
    text = table(results)
    print(text)
    write_results("reports", {"note": args.note, "results": results}, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
