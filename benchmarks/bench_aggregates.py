"""A month's anonymised aggregates at 1k → 10k → 100k households: each step and the total.

    .venv/bin/python benchmarks/bench_aggregates.py --sizes 1000,10000,100000

For each size: build a demo vault with ``hearth demo`` (cached between runs in a
temporary folder, keyed by size, seed and the code that shapes the data and schema),
copy it to a scratch folder and run a fresh worker process on the copy that measures,
for the demo world's last closed month (2026-10):

* **counts** — ``AggregatesRepository.period_counts``: every indicator's raw counts over
  households with statistics consent (first run on a cold cache, then the median);
* **disclosure** — every indicator's table built and protected (primary and secondary
  suppression, the exact feasible-range check);
* **build and seal** — the payload's canonical JSON, signed (Ed25519) and sealed (HPKE)
  by ``desktop_app.sync.bundle.seal_bundle``;
* the **total** of the three, against the 1 s budget (DESIGN §9);
* the same for one area (fewer households: small counts, so suppression has work to do);
* ``release_period`` once (compute + freeze in the vault);
* the counts on a **plaintext** copy (``sqlcipher_export`` into ``ATTACH … KEY ''``),
  deleted afterwards.

Prints a table and writes ``benchmarks/results/aggregates.json`` and ``aggregates.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from common import machine, write_results  # noqa: E402

PASSPHRASE = "benchmark vault: made-up families only"
SEED = 2026
PERIOD = "2026-10"
AREA = "Riverside"
RUNS = 7
# What decides a built demo vault's content and schema: a change rebuilds the cache.
FINGERPRINT_GLOBS = [
    "desktop_app/core/*.py",
    "resources/demo/*.json",
    "desktop_app/vault/schema.py",
    "desktop_app/vault/schema_v2/*.py",
    "desktop_app/vault/migrations.py",
    "desktop_app/vault/demo_vault.py",
    "desktop_app/vault/repositories/bulk.py",
]


def fingerprint() -> str:
    digest = hashlib.sha256()
    for pattern in FINGERPRINT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def build(size: int, seed: int, cache: Path, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """Return a built demo vault folder (from the cache when it is current)."""
    folder = cache / f"households-{size}-seed-{seed}-{fingerprint()}"
    meta_path = folder / "build.json"
    if folder.exists() and meta_path.exists() and not rebuild:
        meta = json.loads(meta_path.read_text())
        meta["cached"] = True
        return folder / "vault", meta
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"  building {size:,} households with hearth demo …", file=sys.stderr, flush=True)
    start = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "--vault",
            str(folder / "vault"),
            "demo",
            "--households",
            str(size),
            "--seed",
            str(seed),
        ],
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"hearth demo failed: {result.stderr[-2000:]}")
    meta = {"demo_seconds": time.perf_counter() - start, "cached": False}
    meta_path.write_text(json.dumps(meta, indent=2))
    return folder / "vault", meta


# ------------------------------------------------------------------------------- worker


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": statistics.median(values) * 1000,
        "min_ms": min(values) * 1000,
        "max_ms": max(values) * 1000,
        "n": len(values),
    }


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure(conn: Any, area: str | None, today: date) -> dict[str, Any]:
    """Counts, disclosure, build-and-seal for one period (and area) on a connection."""
    from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from desktop_app import __version__
    from desktop_app.stats.disclosure import DisclosureRules, protect
    from desktop_app.stats.indicators import INDICATOR_VERSION, INDICATORS
    from desktop_app.stats.payload import Payload
    from desktop_app.stats.periods import closed_period
    from desktop_app.sync.bundle import seal_bundle
    from desktop_app.sync.keys import DeviceIdentity
    from desktop_app.vault.audit import AuditLog
    from desktop_app.vault.repositories.aggregates import AggregatesRepository

    span = closed_period(PERIOD, today)
    repo = AggregatesRepository(conn, AuditLog(conn, "benchmark"))
    rules = DisclosureRules()
    device = DeviceIdentity(ed25519.Ed25519PrivateKey.generate())
    receiver = (
        x25519.X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    )

    cold, counts = _timed(lambda: repo.period_counts(span.start, span.end, area=area))
    count_runs, disclosure_runs, seal_runs, totals = [], [], [], []
    hidden = 0
    size = 0
    for _ in range(RUNS):
        t_counts, counts = _timed(lambda: repo.period_counts(span.start, span.end, area=area))

        def protect_all(c: Any = counts) -> list[Any]:
            return [protect(ind.table(c), rules) for ind in INDICATORS]

        t_protect, tables = _timed(protect_all)
        values = tuple(v for table in tables for v in table.values)

        def seal(v: tuple[Any, ...] = values) -> bytes:
            payload = Payload(PERIOD, area or "ALL", __version__, INDICATOR_VERSION, "", 0, v)
            return seal_bundle(payload, device, receiver).data

        t_seal, sealed = _timed(seal)
        count_runs.append(t_counts)
        disclosure_runs.append(t_protect)
        seal_runs.append(t_seal)
        totals.append(t_counts + t_protect + t_seal)
        hidden = sum(1 for v in values if v.value is None)
        size = len(sealed)
    return {
        "households_in_scope": counts.households_in_scope,
        "counts_cold_ms": cold * 1000,
        "counts": _ms(count_runs),
        "disclosure": _ms(disclosure_runs),
        "build_and_seal": _ms(seal_runs),
        "total": _ms(totals),
        "cells": sum(len(ind.cells()) for ind in INDICATORS),
        "hidden_cells": hidden,
        "bundle_bytes": size,
    }


def worker(folder: Path, size: int, scratch: Path) -> dict[str, Any]:
    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.stats.release import Statistics
    from desktop_app.vault.services import VaultServices
    from desktop_app.vault.vault import Vault

    today = DEFAULT_TODAY
    result: dict[str, Any] = {"size": size}
    vault = Vault.unlock(folder, None, PASSPHRASE)
    conn = vault.connection
    result["encrypted"] = measure(conn, None, today)
    result["encrypted_area"] = measure(conn, AREA, today)
    services = VaultServices.from_vault(vault)
    stats = Statistics(services.aggregates, services.settings, today=lambda: today)
    seconds, _report = _timed(lambda: stats.release_period(PERIOD))
    result["release_period_ms"] = seconds * 1000
    again, report = _timed(lambda: stats.release_period(PERIOD))
    result["frozen_again_ms"] = again * 1000
    result["frozen_identical"] = report.payload.to_json() == _report.payload.to_json()

    plain_path = scratch / "plaintext.db"
    conn.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    conn.execute("DETACH DATABASE plaintext")
    vault.close()
    import sqlcipher3

    plain = sqlcipher3.connect(str(plain_path), isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = WAL", "temp_store = MEMORY", "cache_size = -65536"):
        plain.execute(f"PRAGMA {pragma}").fetchall()
    result["plaintext"] = measure(plain, None, today)
    plain.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{plain_path}{suffix}").unlink(missing_ok=True)
    return result


# ------------------------------------------------------------------------------- report


def table(results: list[dict[str, Any]]) -> str:
    head = "| measure | " + " | ".join(f"{r['size']:,} households" for r in results) + " |"
    rule = "|---|" + "---|" * len(results)

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> str:
        return f"| {label} | " + " | ".join(cell(r) for r in results) + " |"

    def pair(step: str) -> Callable[[dict[str, Any]], str]:
        return lambda r: (
            f"{r['encrypted'][step]['p50_ms']:.1f} / {r['plaintext'][step]['p50_ms']:.1f}"
        )

    return "\n".join(
        [
            head,
            rule,
            row(
                "households counted (statistics consent)",
                lambda r: f"{r['encrypted']['households_in_scope']:,}",
            ),
            row(
                "counts, first run (cold), ms", lambda r: f"{r['encrypted']['counts_cold_ms']:.1f}"
            ),
            row("counts p50, ms (enc / plain)", pair("counts")),
            row("disclosure control p50, ms", pair("disclosure")),
            row("build + sign + seal p50, ms", pair("build_and_seal")),
            row("**total** p50, ms (enc / plain)", pair("total")),
            row(
                "total, slowest run, ms (enc)", lambda r: f"{r['encrypted']['total']['max_ms']:.1f}"
            ),
            row(
                "cells published / hidden (all areas)",
                lambda r: f"{r['encrypted']['cells']} / {r['encrypted']['hidden_cells']}",
            ),
            row(
                f"one area ({AREA}): households",
                lambda r: f"{r['encrypted_area']['households_in_scope']:,}",
            ),
            row(
                "one area: total p50, ms (hidden cells)",
                lambda r: (
                    f"{r['encrypted_area']['total']['p50_ms']:.1f} "
                    f"({r['encrypted_area']['hidden_cells']})"
                ),
            ),
            row(
                "one area: disclosure p50, ms",
                lambda r: f"{r['encrypted_area']['disclosure']['p50_ms']:.1f}",
            ),
            row("release_period (compute + freeze), ms", lambda r: f"{r['release_period_ms']:.1f}"),
            row("release_period again (frozen), ms", lambda r: f"{r['frozen_again_ms']:.1f}"),
            row("sealed bundle, bytes", lambda r: f"{r['encrypted']['bundle_bytes']:,}"),
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated household counts")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "hearth-bench-aggregates",
        help="where built demo vaults are kept between runs",
    )
    parser.add_argument("--rebuild", action="store_true", help="ignore cached vaults")
    parser.add_argument("--name", default="aggregates", help="results file name (no suffix)")
    parser.add_argument("--note", default="", help="a remark stored with the results")
    parser.add_argument("--build-only", action="store_true", help="only build the vaults")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker-size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--scratch", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.worker_size, args.scratch)))
        return 0

    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        vault_folder, meta = build(size, args.seed, args.cache, args.rebuild)
        if args.build_only:
            continue
        with tempfile.TemporaryDirectory(prefix="hearth-bench-") as scratch_name:
            scratch = Path(scratch_name)
            shutil.copytree(vault_folder, scratch / "vault")
            print(f"  measuring {size:,} households …", file=sys.stderr, flush=True)
            completed = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    str(scratch / "vault"),
                    "--worker-size",
                    str(size),
                    "--scratch",
                    str(scratch),
                ],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=False,
            )
            if completed.returncode != 0:
                print(completed.stderr, file=sys.stderr)
                return 1
            result = json.loads(completed.stdout.strip().splitlines()[-1])
        result["build"] = meta
        results.append(result)
        print(table(results), flush=True)
    if args.build_only:
        return 0

    info = machine()
    markdown = (
        "# Aggregates benchmark\n\n"
        f"Machine: {info['platform']}, {info['cpus']} CPUs, Python {info['python']}. "
        f"Seed {args.seed}; period {PERIOD}; {RUNS} warm runs per figure (after one cold).\n"
        "Cells with two figures are encrypted / plaintext SQLite. Budget: total ≤ 1 s at "
        "100k households (DESIGN §9).\n\n"
        + (f"Note: {args.note}\n\n" if args.note else "")
        + table(results)
    )
    path = write_results(
        args.name, {"seed": args.seed, "note": args.note, "results": results}, markdown
    )
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
