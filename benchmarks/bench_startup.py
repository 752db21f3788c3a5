"""Start-up time: launch to window shown, Hearth vs a bare PySide6 QMainWindow.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Both programs are started as fresh processes in the same way, offscreen, alternating,
and timed from spawn until they print the "window shown" marker. Prints a table and
writes benchmarks/results/startup.{json,md}.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import summarise, write_results

HERE = Path(__file__).resolve().parent
MARKER = "hearth-window-shown"


def time_to_marker(command: list[str], env: dict[str, str]) -> float:
    """Return seconds from spawn until the process printed the marker."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == MARKER:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never showed its window")
    proc.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    config = tempfile.mkdtemp(prefix="hearth-bench-config-")
    # An installed Hearth has its bytecode compiled (pip does it); a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise recompile every module at every start.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        "HEARTH_STARTUP_PROBE": "1",
        "HEARTH_CONFIG_DIR": config,
        "HEARTH_VAULT_DIR": os.path.join(config, "vault"),
    }
    programs = {
        "bare QMainWindow": [sys.executable, str(HERE / "bare_window.py")],
        "hearth": [sys.executable, "-m", "desktop_app", "--lang", "en"],
    }
    for command in programs.values():  # warm the OS file cache once
        time_to_marker(command, env)
    samples: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            samples[name].append(time_to_marker(command, env))
    stats = {name: summarise(values) for name, values in samples.items()}
    ratio = statistics.median(samples["hearth"]) / statistics.median(samples["bare QMainWindow"])
    lines = [
        "| program | median ms | p95 ms | min ms | max ms | runs |",
        "|---|---|---|---|---|---|",
    ]
    for name, s in stats.items():
        lines.append(
            f"| {name} | {s['median_ms']:.0f} | {s['p95_ms']:.0f} | {s['min_ms']:.0f} "
            f"| {s['max_ms']:.0f} | {s['n']} |"
        )
    lines.append(f"\nhearth / bare ratio (median): **{ratio:.2f}×** (budget ≤ 1.5×)")
    table = "\n".join(lines)
    print(table)
    write_results("startup", {"stats": stats, "ratio": ratio}, table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
