"""How a payload is shown or written by the statistics layer itself.

``hearth aggregates`` prints ``table`` (for people), ``json`` (the exact bytes that are
signed) and ``csv`` from here; the receivers' shapes (DHIS2 JSON, ADX) are the sync
layer's (``desktop_app.sync.formats``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from desktop_app.i18n import _
from desktop_app.stats.indicators import INDICATORS
from desktop_app.stats.payload import Payload, PublishedValue, Suppression

Formatter = Callable[[Payload], str]


def dimensions_text(value: PublishedValue) -> str:
    """``need_category=food;…`` — or ``total`` for the grand total."""
    if not value.dimensions:
        return "total"
    return ";".join(f"{d}={o}" for d, o in value.dimensions)


def suppression_text(reason: Suppression) -> str:
    """Why a cell has no number, in plain words."""
    if reason is Suppression.PRIMARY:
        return _("hidden: a small number")
    if reason is Suppression.SECONDARY:
        return _("hidden: would reveal a small number")
    return ""


def table_text(payload: Payload) -> str:
    """A plain-text table per indicator, suppressed cells marked with why."""
    lines = [
        _("Period {period} · area {area} · revision {revision}").format(
            period=payload.period, area=payload.area, revision=payload.revision
        )
    ]
    by_indicator: dict[str, list[PublishedValue]] = {}
    for value in payload.values:
        by_indicator.setdefault(value.indicator, []).append(value)
    titles = {ind.id: ind.title for ind in INDICATORS}
    for indicator_id, values in by_indicator.items():
        title = _(titles[indicator_id]) if indicator_id in titles else indicator_id
        lines += ["", f"{title} ({indicator_id})"]
        width = max(len(dimensions_text(v)) for v in values)
        for value in values:
            shown = str(value.value) if value.value is not None else "—"
            note = suppression_text(value.suppressed)
            row = f"  {dimensions_text(value).ljust(width)}  {shown.rjust(6)}"
            lines.append(f"{row}  {note}" if note else row)
    return "\n".join(lines) + "\n"


def json_text(payload: Payload) -> str:
    """The canonical JSON of the payload: byte for byte what is signed and sealed."""
    return payload.to_json().decode("utf-8") + "\n"


def csv_text(payload: Payload) -> str:
    """One row per published cell; suppressed cells have an empty value and a reason."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["period", "area", "revision", "indicator", "dimensions", "value", "suppressed"]
    )
    for value in payload.values:
        writer.writerow(
            [
                payload.period,
                payload.area,
                payload.revision,
                value.indicator,
                dimensions_text(value),
                "" if value.value is None else value.value,
                value.suppressed.value,
            ]
        )
    return out.getvalue()


#: The statistics layer's own formats, by ``--format`` name.
FORMATTERS: dict[str, Formatter] = {"table": table_text, "json": json_text, "csv": csv_text}
