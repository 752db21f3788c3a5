"""Sealing and opening releases: signing, HPKE, the DHIS2 and ADX shapes.

    .venv/bin/python benchmarks/bench_sync.py
    .venv/bin/python benchmarks/bench_sync.py --repeat 500

Builds two hand-made payloads the shape issue 8's indicators give one area for one
month — a **realistic** one (every indicator with its dimensions: ~130 cells, a tenth
suppressed) and a **large** one (the same for 10 areas' worth of options: ~1,300 cells)
— and times, per payload:

* **canonical JSON**: ``Payload.to_json()`` (what is signed);
* **sign**: Ed25519 over the header and payload;
* **seal**: the whole ``seal_bundle`` (JSON, signature, HPKE to an X25519 key);
* **open**: the whole ``open_bundle`` (parse, HPKE open, signature check, payload parse);
* **DHIS2 JSON** and **ADX XML**: building the outgoing body from the payload.

Keys are made in memory (no vault: the vault's share is one key read). Prints a table and
writes ``benchmarks/results/sync.{json,md}``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from common import machine, summarise, write_results  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519  # noqa: E402

from desktop_app.stats.payload import Payload, PublishedValue, Suppression  # noqa: E402
from desktop_app.sync.bundle import _signed_message, open_bundle, seal_bundle  # noqa: E402
from desktop_app.sync.formats import Dhis2Mapping, adx_xml, cells_of, dhis2_json, value_key  # noqa: E402
from desktop_app.sync.keys import DeviceIdentity, ReceiverIdentity  # noqa: E402

NEEDS = [
    "housing",
    "school_place",
    "health",
    "benefits",
    "language_classes",
    "legal",
    "uniform",
    "transport",
    "food",
    "mental_health",
    "employment",
    "other",
]
CONTACTS = ["home_visit", "phone", "meeting", "school", "message", "event"]
LANGUAGES = ["ar", "uk", "ps", "fa", "ti", "ku", "so", "ur", "ro", "other"]


def build_payload(scale: int) -> Payload:
    """A month's release for one area, with every option repeated ``scale`` times."""
    values: list[PublishedValue] = []
    n = 0

    def add(indicator: str, dims: tuple[tuple[str, str], ...]) -> None:
        nonlocal n
        n += 1
        if n % 10 == 0:
            values.append(PublishedValue(indicator, dims, None, Suppression.PRIMARY))
        else:
            values.append(PublishedValue(indicator, dims, 5 + n % 40))

    for copy in range(scale):
        suffix = "" if copy == 0 else f"_{copy}"
        add(f"new_households{suffix}", ())
        for need in NEEDS:
            add("households_open_need", (("need_category", need + suffix),))
            for state in ("made", "completed"):
                add("referrals", (("category", need + suffix), ("state", state)))
            add("needs_met_within_90_days", (("need_category", need + suffix),))
        for kind in CONTACTS:
            for interpreter in ("qualified", "child", "none"):
                add("contacts", (("kind", kind + suffix), ("interpreter", interpreter)))
        for language in LANGUAGES:
            add("households_by_language", (("language", language + suffix),))
            for group in ("0-4", "5-10", "11-15", "16-18"):
                add(
                    "children_enrolled_within_20_days",
                    (("language", language + suffix), ("age", group)),
                )
        add("champion_introductions", (("area_scale", str(copy)),))
        for event in range(12):
            add("event_attendance", (("event", f"e{event}{suffix}"),))
    return Payload("2026-10", "RIVERSIDE", "1.0", "1", "", 0, tuple(values))


def timed(fn: Callable[[], Any], repeat: int) -> dict[str, float]:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return summarise(samples)


def measure(payload: Payload, repeat: int) -> dict[str, Any]:
    device = DeviceIdentity(ed25519.Ed25519PrivateKey.generate())
    receiver = ReceiverIdentity(x25519.X25519PrivateKey.generate())
    payload = Payload(
        payload.period,
        payload.area,
        payload.software_version,
        payload.indicator_version,
        device.device_id,
        0,
        payload.values,
    )
    sealed = seal_bundle(payload, device, receiver.public_key)
    header_bytes = sealed.header.to_bytes()
    payload_bytes = payload.to_json()
    cells = cells_of(payload)
    mapping = Dhis2Mapping(
        "HeArThDs001",
        {"RIVERSIDE": "OrgUnitRv01"},
        {value_key(c.indicator, c.dimensions): ("DeElement01", None) for c in cells},
    )
    return {
        "cells": len(payload.values),
        "payload_bytes": len(payload_bytes),
        "bundle_bytes": len(sealed.data),
        "canonical_json": timed(payload.to_json, repeat),
        "sign": timed(lambda: device.sign(_signed_message(header_bytes, payload_bytes)), repeat),
        "seal": timed(lambda: seal_bundle(payload, device, receiver.public_key), repeat),
        "open": timed(
            lambda: open_bundle(sealed.data, receiver, lambda _d: device.public_key), repeat
        ),
        "dhis2_json": timed(lambda: dhis2_json(cells, mapping), repeat),
        "adx_xml": timed(lambda: adx_xml(cells), repeat),
    }


STEPS = ["canonical_json", "sign", "seal", "open", "dhis2_json", "adx_xml"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    results = {
        "realistic": measure(build_payload(1), args.repeat),
        "large": measure(build_payload(10), max(20, args.repeat // 5)),
    }
    lines = [
        "| payload | cells | payload bytes | bundle bytes | step | median ms | p95 ms |",
        "|---|---:|---:|---:|---|---:|---:|",
    ]
    for name, r in results.items():
        for step in STEPS:
            lines.append(
                f"| {name} | {r['cells']:,} | {r['payload_bytes']:,} | {r['bundle_bytes']:,} "
                f"| {step} | {r[step]['median_ms']:.3f} | {r[step]['p95_ms']:.3f} |"
            )
    table = "\n".join(lines)
    path = write_results("sync", {"repeat": args.repeat, "results": results}, table)
    print(table)
    print(f"\nwritten {path.relative_to(ROOT)}; machine: {machine()['platform']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
