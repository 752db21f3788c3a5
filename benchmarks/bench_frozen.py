"""The frozen program: build time, folder size, and start-up vs running from the venv.

    .venv/bin/python benchmarks/bench_frozen.py [--runs 5] [--frozen-dir build/dist/hearth]

Without ``--frozen-dir`` it first runs ``build/build-linux`` and times it (the build
environment is reused when it is current, as on a developer's machine; the time of a
first build that also creates it is reported when that happens). Then both programs are
started as fresh processes, offscreen, alternating, with the same fresh settings and no
vault (the window opens with the create-vault dialog over it), and timed from spawn until
they print the "window shown" marker; ``hearth --version`` is timed the same way. Prints
a table and writes benchmarks/results/frozen.{json,md}.
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
from bench_startup import time_to_marker
from common import summarise, write_results

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"


def folder_mb(folder: Path) -> float:
    """Return the size of the files under ``folder`` in MiB (links counted once)."""
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    """Return seconds from spawn until the process exited (successfully)."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build() -> dict[str, object]:
    """Run build/build-linux and return its wall time and whether it made the build env."""
    fresh_env = not (ROOT / "build" / ".venv-build" / ".hearth-build-env").is_file()
    start = time.perf_counter()
    subprocess.run([str(ROOT / "build" / "build-linux")], check=True, cwd=ROOT)
    return {"seconds": time.perf_counter() - start, "created_build_env": fresh_env}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen-dir", type=Path, default=None)
    args = parser.parse_args()
    build_info: dict[str, object] | None = None
    folder = args.frozen_dir
    if folder is None:
        build_info = build()
        folder = ROOT / "build" / "dist" / "hearth"
    folder = folder.resolve()
    tarballs = sorted((folder.parent).glob("hearth-*-linux-x86_64.tar.gz"))

    config = tempfile.mkdtemp(prefix="hearth-bench-config-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HEARTH_STARTUP_PROBE": "1",
        "HEARTH_CONFIG_DIR": config,
        "HEARTH_VAULT_DIR": os.path.join(config, "vault"),
    }
    frozen = [str(folder / "hearth")]
    venv = [str(VENV_PYTHON), "-m", "desktop_app"]
    window = {"frozen": [*frozen, "--lang", "en"], "venv": [*venv, "--lang", "en"]}
    version = {"frozen": [*frozen, "--version"], "venv": [*venv, "--version"]}
    for command in (*window.values(), *version.values()):  # warm the OS file cache once
        if "--version" in command:
            time_to_exit(command, env)
        else:
            time_to_marker(command, env)
    to_window: dict[str, list[float]] = {name: [] for name in window}
    to_version: dict[str, list[float]] = {name: [] for name in version}
    for _ in range(args.runs):
        for name in window:
            to_window[name].append(time_to_marker(window[name], env))
            to_version[name].append(time_to_exit(version[name], env))

    size = folder_mb(folder)
    tarball_mb = tarballs[-1].stat().st_size / 2**20 if tarballs else None
    window_stats = {name: summarise(values) for name, values in to_window.items()}
    version_stats = {name: summarise(values) for name, values in to_version.items()}
    ratio = statistics.median(to_window["frozen"]) / statistics.median(to_window["venv"])

    lines = []
    if build_info is not None:
        made = (
            " (including creating the build environment)"
            if build_info["created_build_env"]
            else " (build environment reused)"
        )
        lines.append(f"build/build-linux: **{build_info['seconds']:.0f} s**{made}")
    lines.append(f"program folder: **{size:.0f} MiB** (target < 250 MB)")
    if tarball_mb is not None:
        lines.append(f"tarball: {tarball_mb:.0f} MiB")
    lines += [
        "",
        "| start to … | program | median ms | p95 ms | min ms | max ms | runs |",
        "|---|---|---|---|---|---|---|",
    ]
    for what, stats in (("window shown", window_stats), ("--version exits", version_stats)):
        for name, s in stats.items():
            lines.append(
                f"| {what} | {name} | {s['median_ms']:.0f} | {s['p95_ms']:.0f} "
                f"| {s['min_ms']:.0f} | {s['max_ms']:.0f} | {s['n']} |"
            )
    lines.append(f"\nfrozen / venv start-to-window ratio (median): **{ratio:.2f}×**")
    table = "\n".join(lines)
    print(table)
    write_results(
        "frozen",
        {
            "build": build_info,
            "folder_mib": size,
            "tarball_mib": tarball_mb,
            "start_to_window": window_stats,
            "version": version_stats,
            "ratio_frozen_over_venv": ratio,
        },
        table,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
