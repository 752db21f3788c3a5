"""Recorded attendance feeds the event-attendance indicator, new kinds of event included."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from desktop_app.core import models as m
from desktop_app.stats.indicators import EVENT_KIND, indicator
from desktop_app.stats.release import Statistics
from tests.helpers.vaults import add_family, consent_to_everything, vault_services

OCTOBER = (date(2026, 10, 1), date(2026, 11, 1))


def test_every_event_kind_is_an_option_of_the_indicator() -> None:
    assert set(EVENT_KIND.options) == {k.value for k in m.EventKind}
    assert {"esol_session", "celebration"} <= set(EVENT_KIND.options)
    cells = indicator("event_attendance").cells()
    assert (("event_kind", "esol_session"),) in cells
    assert () in cells  # the total


def test_recorded_attendance_is_counted_in_its_period(tmp_path: Path) -> None:
    with vault_services(tmp_path / "vault") as services:
        events = services.events
        esol = events.add(
            m.Event("English for parents", m.EventKind.ESOL_SESSION, date(2026, 10, 7))
        )
        party = events.add(m.Event("Graduation", m.EventKind.CELEBRATION, date(2026, 10, 21)))
        later = events.add(m.Event("Coffee", m.EventKind.COFFEE_MORNING, date(2026, 11, 4)))
        families = [add_family(services, alias=f"Family {i}").household.id or 0 for i in range(6)]
        for hid in families:
            events.record_attendance(m.EventAttendance(esol.id or 0, hid, people_count=2))
        for hid in families[:5]:
            events.record_attendance(m.EventAttendance(party.id or 0, hid, people_count=4))
        events.record_attendance(m.EventAttendance(later.id or 0, families[1]))
        # A family who said no to statistics comes too: never counted.
        refused = add_family(services, alias="No statistics").household
        services.consent.withdraw(
            refused.id or 0,
            dataclasses.replace(
                next(
                    e
                    for e in consent_to_everything(services)
                    if e.purpose is m.ConsentPurpose.STATISTICS
                ),
                decision=m.ConsentDecision.WITHDRAWN,
                review_on=None,
            ),
        )
        events.record_attendance(m.EventAttendance(esol.id or 0, refused.id or 0))

        counts = services.aggregates.period_counts(*OCTOBER)
        assert counts.attendance_by_event_kind == {"esol_session": 6, "celebration": 5}
        table = indicator("event_attendance").table(counts)
        assert table.values[(("event_kind", "esol_session"),)] == 6
        assert table.values[(("event_kind", "celebration"),)] == 5
        assert table.values[(("event_kind", "coffee_morning"),)] == 0  # November's
        assert table.values[()] == 11

        # Removing an entry takes it out of the next count.
        row = next(r for r in events.attendance_rows(esol.id or 0) if r.alias == "Family 5")
        events.remove_attendance(row.attendance.id or 0)
        again = services.aggregates.period_counts(*OCTOBER)
        assert again.attendance_by_event_kind["esol_session"] == 5

        # The whole pipeline (disclosure control over every indicator) takes the new kinds.
        report = Statistics(
            services.aggregates, services.settings, today=lambda: date(2026, 11, 15)
        ).compute("2026-10")
        published = {
            v.dimensions: v.value
            for v in report.payload.values
            if v.indicator == "event_attendance"
        }
        assert published[(("event_kind", "esol_session"),)] == 5
        assert published[(("event_kind", "celebration"),)] == 5
        assert published[()] == 10
