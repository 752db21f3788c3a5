"""Champion suggestions at 1k and 10k champions: how long "Suggest champions" takes.

    .venv/bin/python benchmarks/bench_champions.py                 # 1,000 and 10,000
    .venv/bin/python benchmarks/bench_champions.py --champions 1000

For each size a demo vault is built in a temporary folder (``populate_demo`` with enough
households, then :func:`desktop_app.vault.demo_champions.populate_demo_champions` turning
three in four families who agreed to introductions into champions, a quarter of the
rest introduced, so champions carry a real load). Then, for random newcomer families who
agreed to be introduced and are not champions themselves:

* **suggest** — ``ChampionRepository.suggest(household, limit=5)``: the consent check,
  the eligible champions read (same school or a shared language, active, consenting,
  with a free place, never matched with the family), their children, and the ranking
  (:func:`desktop_app.core.champions.rank`). p50 / p95 / max over the samples, after
  one warm-up call;
* **candidates** — how many champions share the family's school or a language, and
  how many the suggestion actually read and ranked (the family's school first; other
  schools only when needed), and how often other schools were needed;
* **page list** — ``ChampionRepository.loads()``: every champion with their family's
  handle, load and consent, as the Champions page lists them.

Budget (the brief): a suggestion well under 100 ms at 10k champions. The machine is
shared with other work while this runs: read the figures as indications, not records.
Prints a table and writes ``benchmarks/results/champions.json`` and ``champions.md``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HEARTH_KDF_PROFILE", "fast")  # unlocking is not what is measured

from common import percentile, summarise, write_results  # noqa: E402

SEED = 2026
SAMPLES = 200
PASSPHRASE = "benchmark vault: made-up families only"
# Households per wanted champion: about a third of demo families agree to
# introductions, and three in four of those become champions.
HOUSEHOLDS_PER_CHAMPION = 4.2


def measure(champions_wanted: int, samples: int) -> dict[str, Any]:
    from desktop_app.core.demo import DEFAULT_TODAY
    from desktop_app.core.models import ConsentPurpose
    from desktop_app.vault.audit import AuditLog
    from desktop_app.vault.demo_champions import populate_demo_champions
    from desktop_app.vault.demo_vault import populate_demo
    from desktop_app.vault.services import VaultServices
    from desktop_app.vault.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="hearth-bench-champions-"))
    try:
        vault, _code = Vault.create(folder / "vault", "Bench", PASSPHRASE)
        households = round(champions_wanted * HOUSEHOLDS_PER_CHAMPION)
        started = time.perf_counter()
        audit = AuditLog(vault.connection, "Bench")
        populate_demo(vault.connection, audit, households, seed=SEED, today=DEFAULT_TODAY)
        built = populate_demo_champions(
            vault.connection,
            audit,
            today=DEFAULT_TODAY,
            seed=SEED,
            champion_share=0.75,
            introduction_share=0.25,
            events=False,
        )
        build_s = time.perf_counter() - started
        services = VaultServices.from_vault(vault)
        repo = services.champions
        champion_households = {c.champion.household_id for c in repo.loads()}
        # Families whose consent is current (not past its review date): those staff
        # would suggest champions for.
        newcomers = [
            hid
            for hid in sorted(
                services.consent.households_with_consent(ConsentPurpose.CHAMPION_INTRODUCTION)
                - champion_households
            )
            if not services.consent.is_expired(hid, ConsentPurpose.CHAMPION_INTRODUCTION)
            and not services.consent.is_expired(hid, ConsentPurpose.CASE_RECORD)
        ]
        rng = random.Random(SEED)
        picks = [rng.choice(newcomers) for _ in range(samples)]
        repo.suggest(picks[0], today=DEFAULT_TODAY)  # warm-up: pages into the cache
        times: list[float] = []
        found: list[int] = []
        candidates: list[int] = []
        read: list[int] = []
        second_pass = 0
        for household_id in picks:
            family = repo.family_profile(household_id, today=DEFAULT_TODAY)
            candidates.append(len(repo._candidates(family, DEFAULT_TODAY)))
            t0 = time.perf_counter()
            suggestions = repo.suggest(household_id, today=DEFAULT_TODAY)
            times.append(time.perf_counter() - t0)
            found.append(len(suggestions))
            # Outside the timing: how many champions the suggestion had to read.
            calls: list[int] = []
            original = repo._candidates

            def counting(
                *args: Any, _calls: list[int] = calls, _read: Any = original, **kwargs: Any
            ) -> Any:
                result = _read(*args, **kwargs)
                _calls.append(len(result))
                return result

            repo._candidates = counting  # type: ignore[method-assign]
            repo.suggest(household_id, today=DEFAULT_TODAY)
            repo._candidates = original  # type: ignore[method-assign]
            read.append(sum(calls))
            second_pass += len(calls) > 1
        list_times = []
        for _ in range(7):
            t0 = time.perf_counter()
            rows = repo.loads()
            list_times.append(time.perf_counter() - t0)
        vault.close()
        return {
            "champions": built.champions,
            "households": households,
            "introductions": built.introductions,
            "build_s": round(build_s, 1),
            "suggest": summarise(times),
            "suggestions_mean": sum(found) / len(found),
            "candidates_p50": percentile([float(c) for c in candidates], 50),
            "candidates_max": max(candidates),
            "read_p50": percentile([float(c) for c in read], 50),
            "read_max": max(read),
            "other_schools_read": second_pass,
            "page_list": summarise(list_times),
            "page_rows": len(rows),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def table(results: list[dict[str, Any]], samples: int) -> str:
    lines = [
        "# Champion suggestions",
        "",
        "`ChampionRepository.suggest(household, limit=5)` for random newcomer families "
        f"({samples} samples per size, after one warm-up), and the Champions page's list "
        "(`loads()`, 7 runs). Demo vaults built by `benchmarks/bench_champions.py`.",
        "",
        "| champions | households | introductions | suggest p50 | suggest p95 | suggest max "
        "| sharing school or language (p50 / max) | read and ranked (p50 / max) "
        "| other schools needed | page list p50 (rows) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        s, p = r["suggest"], r["page_list"]
        lines.append(
            f"| {r['champions']:,} | {r['households']:,} | {r['introductions']:,} "
            f"| {s['median_ms']:.1f} ms | {s['p95_ms']:.1f} ms | {s['max_ms']:.1f} ms "
            f"| {r['candidates_p50']:.0f} / {r['candidates_max']} "
            f"| {r['read_p50']:.0f} / {r['read_max']} "
            f"| {r['other_schools_read']} of {samples} "
            f"| {p['median_ms']:.0f} ms ({r['page_rows']:,}) |"
        )
    lines += [
        "",
        "*Sharing school or language*: the champions a suggestion could consider. *Read "
        "and ranked*: those it actually read — the family's school first; champions at "
        "other schools only when fewer than five at the school score more than an "
        "other-school champion can (`BEST_WITHOUT_SCHOOL`); *other schools needed* says "
        "how often that was.",
        "",
        "The machine (2 cores) was shared with other work while this ran: figures are "
        "indications of scale and growth, not records.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--champions", default="1000,10000", help="comma-separated sizes")
    parser.add_argument("--samples", type=int, default=SAMPLES)
    args = parser.parse_args()
    results = []
    for size in (int(s) for s in args.champions.split(",")):
        print(f"building and measuring {size:,} champions…", flush=True)
        result = measure(size, args.samples)
        results.append(result)
        s = result["suggest"]
        print(
            f"  {result['champions']:,} champions: suggest p50 {s['median_ms']:.1f} ms,"
            f" p95 {s['p95_ms']:.1f} ms (built in {result['build_s']} s)",
            flush=True,
        )
    text = table(results, args.samples)
    print(text)
    write_results("champions", {"samples": args.samples, "results": results}, text)


if __name__ == "__main__":
    main()
