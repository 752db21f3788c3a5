"""The shapes released values take on the way out: DHIS2 JSON, ADX XML and CSV.

All three are built from :class:`Cell` rows — one published value with the period and
area it belongs to — so a device's payload and a coordinator's merged table share them.
Suppressed cells carry no number: DHIS2 and ADX leave them out (a value is required to be
numeric there), CSV shows an empty value and the reason.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.i18n import _
from desktop_app.stats.payload import Payload, Suppression
from desktop_app.sync.errors import TargetError

ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")
_UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")
# An ADX disaggregation is an XML attribute: a plain name that is not one of ADX's own.
_ADX_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_ADX_RESERVED = {"dataElement", "value"}


@dataclass(frozen=True, slots=True)
class Cell:
    """One published value with the period and area it belongs to."""

    period: str
    area: str
    indicator: str
    dimensions: tuple[tuple[str, str], ...]
    value: int | None
    suppressed: Suppression = Suppression.NONE


def cells_of(payload: Payload) -> list[Cell]:
    """Return a payload's values as cells."""
    return [
        Cell(payload.period, payload.area, v.indicator, v.dimensions, v.value, v.suppressed)
        for v in payload.values
    ]


def value_key(indicator: str, dimensions: Iterable[tuple[str, str]]) -> str:
    """Return the mapping key of a cell: ``indicator`` or ``indicator|dim=option|…``."""
    return "|".join([indicator, *(f"{d}={o}" for d, o in sorted(dimensions))])


def _bad_period(period: str) -> TargetError:
    return TargetError(
        _("The period {period} is neither a month (2026-10) nor a quarter (2026Q4).").format(
            period=period
        ),
        hint=_("Choose a closed month or quarter."),
    )


def dhis2_period(period: str) -> str:
    """Hearth's period → DHIS2's: ``2026-10`` → ``202610``; ``2026Q4`` stays."""
    if match := _MONTH.match(period):
        return match.group(1) + match.group(2)
    if _QUARTER.match(period):
        return period
    raise _bad_period(period)


def adx_period(period: str) -> str:
    """Hearth's period → ADX's start/duration: ``2026-10-01/P1M``, ``2026-10-01/P3M``."""
    if match := _MONTH.match(period):
        return f"{match.group(1)}-{match.group(2)}-01/P1M"
    if match := _QUARTER.match(period):
        month = (int(match.group(2)) - 1) * 3 + 1
        return f"{match.group(1)}-{month:02d}-01/P3M"
    raise _bad_period(period)


# --------------------------------------------------------------------------- DHIS2
@dataclass(frozen=True, slots=True)
class Dhis2Mapping:
    """How Hearth's identifiers become DHIS2's.

    Attributes:
        data_set: the data set's UID.
        org_units: area code → organisation unit UID.
        data_elements: :func:`value_key` → ``(data element UID, category option combo UID
            or None for the default)``.
        attribute_option_combo: an attribute option combo UID, if the data set has one.
        skip_unmapped: leave out values with no mapping instead of refusing to send.
    """

    data_set: str
    org_units: Mapping[str, str]
    data_elements: Mapping[str, tuple[str, str | None]]
    attribute_option_combo: str | None = None
    skip_unmapped: bool = False

    def check(self) -> None:
        """Refuse identifiers DHIS2 would refuse (UIDs are a letter and 10 letters/digits)."""
        uids = [self.data_set, *self.org_units.values()]
        for element, combo in self.data_elements.values():
            uids.append(element)
            if combo is not None:
                uids.append(combo)
        if self.attribute_option_combo is not None:
            uids.append(self.attribute_option_combo)
        for uid in uids:
            if not _UID.match(uid):
                raise TargetError(
                    _(
                        "{uid} is not a DHIS2 identifier (a letter then 10 letters or digits)."
                    ).format(uid=uid),
                    hint=_("Correct the DHIS2 mapping in the target's settings."),
                )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dhis2Mapping:
        """Read the JSON form stored in a target's configuration."""
        elements: dict[str, tuple[str, str | None]] = {}
        for key, target in dict(data.get("data_elements", {})).items():
            combo = target.get("categoryOptionCombo")
            elements[str(key)] = (str(target["dataElement"]), None if combo is None else str(combo))
        aoc = data.get("attribute_option_combo")
        mapping = cls(
            data_set=str(data["data_set"]),
            org_units={str(k): str(v) for k, v in dict(data.get("org_units", {})).items()},
            data_elements=elements,
            attribute_option_combo=None if aoc is None else str(aoc),
            skip_unmapped=bool(data.get("skip_unmapped", False)),
        )
        mapping.check()
        return mapping

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {
            "data_set": self.data_set,
            "org_units": dict(self.org_units),
            "data_elements": {
                key: {"dataElement": element, "categoryOptionCombo": combo}
                for key, (element, combo) in self.data_elements.items()
            },
            "attribute_option_combo": self.attribute_option_combo,
            "skip_unmapped": self.skip_unmapped,
        }


def dhis2_data_value_set(cells: Sequence[Cell], mapping: Dhis2Mapping) -> dict[str, Any]:
    """Return the ``dataValueSets`` JSON object for ``cells`` (suppressed ones left out).

    One period and area go in the set's own ``period``/``orgUnit``; a merged table of
    several carries them on each value, which the same endpoint accepts.

    Raises:
        TargetError: an area or a value with no mapping (unless told to skip values).
    """
    mapping.check()
    periods = {c.period for c in cells}
    areas = {c.area for c in cells}
    for area in sorted(areas):
        if area not in mapping.org_units:
            raise TargetError(
                _("The area {area} has no DHIS2 organisation unit.").format(area=area),
                hint=_("Add it to the DHIS2 mapping in the target's settings."),
            )
    uniform = len(periods) == 1 and len(areas) == 1
    values: list[dict[str, str]] = []
    missing: list[str] = []
    for cell in cells:
        if cell.value is None:
            continue
        key = value_key(cell.indicator, cell.dimensions)
        target = mapping.data_elements.get(key)
        if target is None:
            missing.append(key)
            continue
        value: dict[str, str] = {"dataElement": target[0], "value": str(cell.value)}
        if target[1] is not None:
            value["categoryOptionCombo"] = target[1]
        if not uniform:
            value["period"] = dhis2_period(cell.period)
            value["orgUnit"] = mapping.org_units[cell.area]
        values.append(value)
    if missing and not mapping.skip_unmapped:
        raise TargetError(
            _("{count} values have no DHIS2 data element, for example {example}.").format(
                count=len(missing), example=missing[0]
            ),
            hint=_("Map them in the target's settings, or choose to leave unmapped values out."),
        )
    body: dict[str, Any] = {"dataSet": mapping.data_set}
    if uniform:
        body["period"] = dhis2_period(next(iter(periods)))
        body["orgUnit"] = mapping.org_units[next(iter(areas))]
    if mapping.attribute_option_combo is not None:
        body["attributeOptionCombo"] = mapping.attribute_option_combo
    body["dataValues"] = values
    return body


def dhis2_json(cells: Sequence[Cell], mapping: Dhis2Mapping) -> bytes:
    """Return :func:`dhis2_data_value_set` as canonical bytes (a retry sends the same)."""
    return json.dumps(
        dhis2_data_value_set(cells, mapping), sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


# ----------------------------------------------------------------------------- ADX
def adx_xml(
    cells: Sequence[Cell],
    *,
    data_set: str = "HEARTH",
    exported: datetime | None = None,
) -> bytes:
    """Return an ADX document: one ``group`` per period and area, suppressed cells left out.

    Data elements are Hearth's indicator ids, disaggregations its dimension ids (as
    attributes), org units its area codes — the receiving side maps its own codes.
    """
    ET.register_namespace("", ADX_NAMESPACE)
    when = (exported or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    root = ET.Element(f"{{{ADX_NAMESPACE}}}adx", {"exported": when.isoformat()})
    groups: dict[tuple[str, str], ET.Element] = {}
    for cell in sorted(cells, key=lambda c: (c.period, c.area, c.indicator, c.dimensions)):
        if cell.value is None:
            continue
        group = groups.get((cell.period, cell.area))
        if group is None:
            group = ET.SubElement(
                root,
                f"{{{ADX_NAMESPACE}}}group",
                {"dataSet": data_set, "orgUnit": cell.area, "period": adx_period(cell.period)},
            )
            groups[(cell.period, cell.area)] = group
        attributes = {"dataElement": cell.indicator}
        for dimension, option in cell.dimensions:
            if not _ADX_NAME.match(dimension) or dimension in _ADX_RESERVED:
                raise TargetError(
                    _("The dimension {dimension} cannot be written as ADX.").format(
                        dimension=dimension
                    ),
                    hint=_("Export CSV or DHIS2 JSON instead."),
                )
            attributes[dimension] = option
        attributes["value"] = str(cell.value)
        ET.SubElement(group, f"{{{ADX_NAMESPACE}}}dataValue", attributes)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True)) + b"\n"


# ----------------------------------------------------------------------------- CSV
CSV_COLUMNS = ("period", "area", "indicator", "dimensions", "value", "suppressed")


def csv_text(cells: Sequence[Cell]) -> str:
    """Return the cells as CSV: dimensions as ``dim=option;…``, suppressed values empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cell in cells:
        writer.writerow(
            [
                cell.period,
                cell.area,
                cell.indicator,
                ";".join(f"{d}={o}" for d, o in cell.dimensions),
                "" if cell.value is None else str(cell.value),
                cell.suppressed.value,
            ]
        )
    return out.getvalue()
