"""What leaves the laptop: the published values of one period, and nothing else.

This is the contract between :mod:`desktop_app.stats` (which computes indicators and
applies disclosure control) and :mod:`desktop_app.sync` (which signs, seals and sends).
A payload holds indicator values, the period, the area code, the software and indicator
versions, the device id and the revision — DESIGN §6 — never a reference, a name, a note
or an exact date. Its JSON form is canonical (sorted keys, no spaces, UTF-8) so the same
release always serialises to the same bytes, which is what gets signed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

PAYLOAD_FORMAT = "hearth-aggregates/1"


class Suppression(StrEnum):
    """Why a published cell carries no number."""

    NONE = ""
    PRIMARY = "primary"  # the count was between 1 and k-1
    SECONDARY = "secondary"  # hidden so a primary cell cannot be worked out from totals


@dataclass(frozen=True, slots=True)
class PublishedValue:
    """One cell of an indicator table as it is released.

    Attributes:
        indicator: the indicator's stable id (e.g. ``"needs_open_by_category"``).
        dimensions: ``(dimension, option)`` pairs, sorted, e.g.
            ``(("need_category", "housing"),)``; empty for a single total.
        value: the released number, or ``None`` when suppressed.
        suppressed: why there is no number.
    """

    indicator: str
    dimensions: tuple[tuple[str, str], ...] = ()
    value: int | None = None
    suppressed: Suppression = Suppression.NONE

    def __post_init__(self) -> None:
        if (self.value is None) == (self.suppressed is Suppression.NONE):
            raise ValueError("a published value has either a number or a suppression reason")
        object.__setattr__(self, "dimensions", tuple(sorted(self.dimensions)))

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "indicator": self.indicator,
            "dimensions": [list(pair) for pair in self.dimensions],
            "value": self.value,
            "suppressed": self.suppressed.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PublishedValue:
        """Read a value back from :meth:`to_dict`'s form."""
        value = data["value"]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise ValueError("a published value must be a whole number")
        return cls(
            indicator=str(data["indicator"]),
            dimensions=tuple((str(d), str(o)) for d, o in data["dimensions"]),
            value=value,
            suppressed=Suppression(data["suppressed"]),
        )


@dataclass(frozen=True, slots=True)
class Payload:
    """A released period: exactly what a bundle carries.

    Attributes:
        period: ``"2026-10"`` (month) or ``"2026Q4"`` (quarter); always a closed period.
        area: the configured area or school code (a code, never a school's name).
        software_version: Hearth's version.
        indicator_version: the version of the indicator definitions used.
        device_id: the fingerprint of the sending device's public key ("" in a preview).
        revision: 0 for the first release of a period, then 1, 2, …
        values: the published cells.
    """

    period: str
    area: str
    software_version: str
    indicator_version: str
    device_id: str
    revision: int = 0
    values: tuple[PublishedValue, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "format": PAYLOAD_FORMAT,
            "period": self.period,
            "area": self.area,
            "software_version": self.software_version,
            "indicator_version": self.indicator_version,
            "device_id": self.device_id,
            "revision": self.revision,
            "values": [v.to_dict() for v in self.values],
        }

    def to_json(self) -> bytes:
        """Return the canonical JSON bytes (what is signed and sealed)."""
        return json.dumps(
            self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> Payload:
        """Read a payload back from :meth:`to_json`'s bytes.

        Raises:
            ValueError: the bytes are not a Hearth aggregates payload.
        """
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ValueError("not a Hearth aggregates payload") from error
        if not isinstance(raw, dict) or raw.get("format") != PAYLOAD_FORMAT:
            raise ValueError("not a Hearth aggregates payload")
        try:
            return cls(
                period=str(raw["period"]),
                area=str(raw["area"]),
                software_version=str(raw["software_version"]),
                indicator_version=str(raw["indicator_version"]),
                device_id=str(raw["device_id"]),
                revision=int(raw["revision"]),
                values=tuple(PublishedValue.from_dict(v) for v in raw["values"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError("not a Hearth aggregates payload") from error
