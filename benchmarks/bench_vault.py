"""Vault performance at 1k → 10k → 100k households, encrypted vs plaintext SQLite.

    .venv/bin/python benchmarks/bench_vault.py --sizes 1000,10000,100000

For each size: build a demo vault with ``hearth demo`` (timed; cached between runs in a
temporary folder, keyed by size, seed and the code that shapes the data), copy it to a
scratch folder, and run a fresh worker process on the copy that measures

* unlock (Argon2id keyslot → data key → open → schema check): KDF-dominated;
* open-to-first-query: open with the data key and fetch the first Families page;
* search-as-you-type: 1–4 character prefixes of real aliases and references;
* open one household (the whole aggregate), save one contact (``synchronous=FULL``);
* a month's anonymised aggregates (GROUP BY over contacts, needs, referrals, households
  with statistics consent) and a GROUP BY over every contact;
* the same reads and writes on a **plaintext** copy made with ``sqlcipher_export``
  (``ATTACH … KEY ''``) in the scratch folder, which is deleted afterwards;
* resident memory: peak of the whole worker (includes the KDF's memory) and peak
  during the queries alone.

Prints a table and writes ``benchmarks/results/vault.json`` and ``vault.md``.
See ``benchmarks/README.md`` for what each figure means.
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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from common import (  # noqa: E402
    machine,
    peak_rss_mib,
    percentile,
    reset_peak_rss,
    write_results,
)

PASSPHRASE = "benchmark vault: made-up families only"
SEED = 2026
# The files that decide what a built demo vault contains (and how it is unlocked): a
# change to any of them rebuilds the cache.
FINGERPRINT_GLOBS = [
    "desktop_app/core/*.py",
    "desktop_app/vault/**/*.py",
    "resources/demo/*.json",
]
QUALIFIED = "('qualified_in_person', 'qualified_phone', 'qualified_video')"
# Households whose latest statistics decision grants consent (DESIGN §6).
CONSENTING = """
    SELECT household_id FROM (
        SELECT household_id, decision, max(id) FROM consent_events
        WHERE purpose = 'statistics' GROUP BY household_id
    ) WHERE decision IN ('given', 'renewed')
"""  # SQLite's bare column with max(): the decision of the latest statistics event
MONTH_QUERIES = {
    "contacts_by_kind_interpreter_school": f"""
        SELECT c.kind, c.interpreter_mode IN {QUALIFIED}, h.school, count(*)
        FROM contacts c JOIN households h ON h.id = c.household_id
        WHERE c.contact_on >= :start AND c.contact_on < :end
          AND c.household_id IN ({CONSENTING})
        GROUP BY 1, 2, 3""",
    "needs_identified_by_category_school": f"""
        SELECT n.category, h.school, count(*)
        FROM needs n JOIN households h ON h.id = n.household_id
        WHERE n.identified_on >= :start AND n.identified_on < :end
          AND n.household_id IN ({CONSENTING})
        GROUP BY 1, 2""",
    "referrals_by_category_status": f"""
        SELECT n.category, r.status, count(*)
        FROM referrals r JOIN needs n ON n.id = r.need_id
        WHERE r.referred_on >= :start AND r.referred_on < :end
          AND r.household_id IN ({CONSENTING})
        GROUP BY 1, 2""",
    "new_households_by_school_language": f"""
        SELECT school, preferred_language, count(*) FROM households
        WHERE created_at >= :start AND created_at < :end AND id IN ({CONSENTING})
        GROUP BY 1, 2""",
}
ALL_CONTACTS_QUERY = """
    SELECT substr(contact_on, 1, 7), kind, count(*) FROM contacts GROUP BY 1, 2"""


# ------------------------------------------------------------------------------ helpers


def ms_stats(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": statistics.median(values) * 1000,
        "p95_ms": percentile(values, 95) * 1000,
        "max_ms": max(values) * 1000,
        "n": len(values),
    }


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def fingerprint() -> str:
    digest = hashlib.sha256()
    for pattern in FINGERPRINT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# ------------------------------------------------------------------------------ building


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
    command = [
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
    ]
    print(f"  building {size:,} households with hearth demo …", file=sys.stderr, flush=True)
    start = time.perf_counter()
    result = subprocess.run(
        command,
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"hearth demo failed: {result.stderr[-2000:]}")
    files = [p for p in (folder / "vault").rglob("*") if p.is_file()]
    meta = {
        "demo_seconds": seconds,
        "households_per_second": size / seconds,
        "summary": result.stdout.strip(),
        "vault_bytes": sum(p.stat().st_size for p in files),
        "cached": False,
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    return folder / "vault", meta


# ------------------------------------------------------------------------------- worker


def search_samples(conn: Any, count: int, rng: random.Random) -> list[str]:
    """Prefixes (1–4 characters) of real aliases and references, as people type them."""
    rows = conn.execute("SELECT reference, alias FROM households ORDER BY id").fetchall()
    picks = [rows[rng.randrange(len(rows))] for _ in range(count)]
    samples = []
    for index, (reference, alias) in enumerate(picks):
        length = 1 + index % 4
        if index % 3 == 0:
            code = reference.removeprefix("HH-")
            samples.append(code[:length])
        else:
            word = alias.split()[0] if alias.split() else reference
            samples.append(word[:length])
    return samples


def measure_connection(
    conn: Any, label: str, samples: list[str], ids: list[int], today: date, saves: int
) -> dict[str, Any]:
    from desktop_app.core.models import Contact, ContactKind, InterpreterMode
    from desktop_app.vault.audit import AuditLog
    from desktop_app.vault.repositories import ContactRepository, HouseholdRepository

    audit = AuditLog(conn, "benchmark")
    households = HouseholdRepository(conn, audit)
    contacts = ContactRepository(conn, audit)
    assert int(conn.execute("PRAGMA synchronous").fetchone()[0]) == 2, label
    # Warm up as an app in use would be: a few searches and opens, not counted.
    for query in samples[:20]:
        households.search(query, today=today)
    for hid in ids[:20]:
        households.get(hid)

    search_times: list[float] = []
    by_length: dict[int, list[float]] = {}
    for query in samples:
        elapsed = timed(lambda q=query: households.search(q, today=today))  # type: ignore[misc]
        search_times.append(elapsed)
        by_length.setdefault(len(query), []).append(elapsed)
    open_times = [timed(lambda h=hid: households.get(h)) for hid in ids]  # type: ignore[misc]
    save_times = []
    for index in range(saves):
        contact = Contact(
            kind=ContactKind.CHECK_IN_CALL,
            contact_on=today,
            duration_minutes=10,
            language="en",
            interpreter_mode=InterpreterMode.NONE,
            note="Benchmark check-in call.",
            next_contact_due=today + timedelta(days=28),
            staff_member="Benchmark",
        )
        hid = ids[index % len(ids)]
        save_times.append(timed(lambda c=contact, h=hid: contacts.add(h, c)))  # type: ignore[misc]

    month = {"start": "2026-10-01", "end": "2026-11-01"}
    month_runs = []
    per_query: dict[str, list[float]] = {name: [] for name in MONTH_QUERIES}
    for _ in range(5):
        total = 0.0
        for name, sql in MONTH_QUERIES.items():
            elapsed = timed(lambda s=sql: conn.execute(s, month).fetchall())  # type: ignore[misc]
            per_query[name].append(elapsed)
            total += elapsed
        month_runs.append(total)
    full_runs = [timed(lambda: conn.execute(ALL_CONTACTS_QUERY).fetchall()) for _ in range(3)]
    return {
        "search": ms_stats(search_times),
        "search_by_prefix_length": {str(k): ms_stats(v) for k, v in sorted(by_length.items())},
        "open_household": ms_stats(open_times),
        "save_contact": ms_stats(save_times),
        "month_aggregates": ms_stats(month_runs),
        "month_queries_p50_ms": {k: statistics.median(v) * 1000 for k, v in per_query.items()},
        "all_contacts_group_by": ms_stats(full_runs),
    }


def plaintext_copy(conn: Any, target: Path) -> float:
    """Export the open vault to a plaintext database (benchmark only); return seconds."""
    start = time.perf_counter()
    conn.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
    conn.execute("DETACH DATABASE plaintext")
    return time.perf_counter() - start


def open_plaintext(path: Path) -> Any:
    """Open the plaintext copy with the vault's pragmas (minus the key)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    for pragma in (
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "foreign_keys = ON",
        "cache_size = -65536",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def worker(folder: Path, size: int, samples_count: int, scratch: Path) -> dict[str, Any]:
    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.vault.audit import AuditLog
    from desktop_app.vault.repositories import HouseholdRepository
    from desktop_app.vault.vault import Vault

    today = DEFAULT_TODAY
    result: dict[str, Any] = {"size": size}

    unlock_times = []
    vault = None
    for _ in range(3):
        if vault is not None:
            vault.close()
        start = time.perf_counter()
        vault = Vault.unlock(folder, None, PASSPHRASE)
        unlock_times.append(time.perf_counter() - start)
    assert vault is not None
    result["unlock"] = ms_stats(unlock_times)
    result["kdf"] = describe_kdf(vault, folder)
    # Peak so far is the unlock's (Argon2id's memory); then measure the queries alone.
    result["rss_unlock_peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rss_reset = reset_peak_rss()

    # Open-to-first-query: a fresh connection with the data key, then the Families page.
    key = vault.data_key()
    first_query = []
    for _ in range(5):
        start = time.perf_counter()
        opened = Vault.open_with_key(folder, key, "benchmark")
        HouseholdRepository(opened.connection, AuditLog(opened.connection, "benchmark")).list_page(
            0, 50, today=today
        )
        first_query.append(time.perf_counter() - start)
        opened.close()
    result["open_to_first_query"] = ms_stats(first_query)

    conn = vault.connection
    rng = random.Random(size)
    samples = search_samples(conn, samples_count, rng)
    # Households whose case-record consent has expired are read-only (DESIGN §5):
    # the saves are measured on the writable ones.
    from desktop_app.vault.consent_lifecycle import expired_case_records

    read_only = set(expired_case_records(conn, today))
    writable = [int(r[0]) for r in conn.execute("SELECT id FROM households")]
    writable = [hid for hid in writable if hid not in read_only]
    ids = [rng.choice(writable) for _ in range(samples_count)]

    plain_path = scratch / "plaintext.db"
    result["plaintext_export_seconds"] = plaintext_copy(conn, plain_path)
    plain = open_plaintext(plain_path)
    plain_first = []
    for _ in range(5):
        start = time.perf_counter()
        fresh = open_plaintext(plain_path)
        HouseholdRepository(fresh, AuditLog(fresh, "benchmark")).list_page(0, 50, today=today)
        plain_first.append(time.perf_counter() - start)
        fresh.close()

    encrypted = measure_connection(conn, "encrypted", samples, ids, today, saves=100)
    plaintext = measure_connection(plain, "plaintext", samples, ids, today, saves=100)
    plaintext["open_to_first_query"] = ms_stats(plain_first)
    plain.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{plain_path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    report = vault.verify()
    result["verify_ms"] = (time.perf_counter() - start) * 1000
    result["verify_ok"] = report.ok
    vault.close()

    result["encrypted"] = encrypted
    result["plaintext"] = plaintext
    result["ratios_p50"] = {
        name: encrypted[name]["p50_ms"] / max(plaintext[name]["p50_ms"], 1e-6)
        for name in (
            "search",
            "open_household",
            "save_contact",
            "month_aggregates",
            "all_contacts_group_by",
        )
    }
    result["ratios_p50"]["open_to_first_query"] = (
        result["open_to_first_query"]["p50_ms"] / plaintext["open_to_first_query"]["p50_ms"]
    )
    result["ratios_p95"] = {
        name: encrypted[name]["p95_ms"] / max(plaintext[name]["p95_ms"], 1e-6)
        for name in ("search", "open_household", "save_contact")
    }
    result["rss_queries_peak_mib"] = peak_rss_mib() if rss_reset else None
    result["rss_peak_mib"] = max(
        result["rss_unlock_peak_mib"], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    )
    return result


def describe_kdf(vault: Any, folder: Path) -> dict[str, Any]:
    """Argon2id parameters of the benchmark user's keyslot, from the keyslot file."""
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        found = _find_kdf(data)
        if found:
            return found
    return {"note": "keyslot parameters not found"}


def _find_kdf(data: Any) -> dict[str, Any] | None:
    if isinstance(data, dict):
        keys = {k.lower() for k in data}
        if (
            {"memory_cost", "iterations"} <= keys
            or {"m", "t", "p"} <= keys
            or ("memory_kib" in keys)
        ):
            return {
                k: v for k, v in data.items() if not isinstance(v, dict | list) and "salt" not in k
            }
        for value in data.values():
            found = _find_kdf(value)
            if found:
                return found
    if isinstance(data, list):
        for value in data:
            found = _find_kdf(value)
            if found:
                return found
    return None


# ------------------------------------------------------------------------------- report


def table(results: list[dict[str, Any]]) -> str:
    sizes = [r["size"] for r in results]
    head = "| measure | " + " | ".join(f"{s:,} households" for s in sizes) + " |"
    rule = "|---|" + "---|" * len(sizes)

    def row(label: str, cell: Callable[[dict[str, Any]], str]) -> str:
        return f"| {label} | " + " | ".join(cell(r) for r in results) + " |"

    def pair(section: str, name: str, key: str = "p50_ms") -> Callable[[dict[str, Any]], str]:
        def cell(r: dict[str, Any]) -> str:
            enc = r["encrypted"][name][key]
            plain = r["plaintext"][name][key]
            return f"{enc:.2f} / {plain:.2f} ({enc / max(plain, 1e-6):.2f}×)"

        del section
        return cell

    lines = [
        head,
        rule,
        row("`hearth demo` build, s", lambda r: f"{r['build']['demo_seconds']:.1f}"),
        row("vault size on disk, MB", lambda r: f"{r['build']['vault_bytes'] / 1e6:.0f}"),
        row("unlock p50, ms (Argon2id)", lambda r: f"{r['unlock']['p50_ms']:.0f}"),
        row(
            "open-to-first-query p50, ms (enc / plain)",
            lambda r: (
                f"{r['open_to_first_query']['p50_ms']:.1f} / "
                f"{r['plaintext']['open_to_first_query']['p50_ms']:.1f}"
            ),
        ),
        row("search p50, ms (enc / plain, ratio)", pair("", "search")),
        row("search p95, ms", pair("", "search", "p95_ms")),
        row("open household p50, ms", pair("", "open_household")),
        row("open household p95, ms", pair("", "open_household", "p95_ms")),
        row("save contact p50, ms (FULL sync)", pair("", "save_contact")),
        row("save contact p95, ms", pair("", "save_contact", "p95_ms")),
        row("month's aggregates p50, ms", pair("", "month_aggregates")),
        row("GROUP BY all contacts p50, ms", pair("", "all_contacts_group_by")),
        row(
            "hearth verify (HMAC of every page + integrity + audit), ms",
            lambda r: f"{r.get('verify_ms', float('nan')):.0f}",
        ),
        row("peak RSS during unlock, MiB", lambda r: f"{r['rss_unlock_peak_mib']:.0f}"),
        row(
            "peak RSS after unlock (queries), MiB",
            lambda r: (
                "n/a" if r["rss_queries_peak_mib"] is None else f"{r['rss_queries_peak_mib']:.0f}"
            ),
        ),
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated household counts")
    parser.add_argument("--samples", type=int, default=240, help="samples per latency figure")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "hearth-bench-vaults",
        help="where built demo vaults are kept between runs",
    )
    parser.add_argument("--rebuild", action="store_true", help="ignore cached vaults")
    parser.add_argument("--name", default="vault", help="results file name (without suffix)")
    parser.add_argument("--note", default="", help="a remark stored with the results")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker-size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--scratch", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.worker_size, args.samples, args.scratch)))
        return 0

    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        vault_folder, meta = build(size, args.seed, args.cache, args.rebuild)
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
                    "--samples",
                    str(args.samples),
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

    markdown = (
        "# Vault benchmark\n\n"
        f"Machine: {machine()['platform']}, {os.cpu_count()} CPUs, Python "
        f"{machine()['python']}. Seed {args.seed}, {args.samples} samples per latency.\n"
        "Cells with two figures are encrypted / plaintext (ratio). See README.md.\n\n"
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
