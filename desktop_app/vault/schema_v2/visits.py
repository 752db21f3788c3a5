"""Schema version 2: the visit rhythm, who visits, and what a follow-up is about.

* ``households.assigned_worker`` — the staff member who visits the family (their sign-in
  name): this week's planned visits are listed per worker.
* ``households.slipped_on`` — the first day the household counts as *slipped* (overdue
  by a whole visit cycle, :mod:`desktop_app.core.cadence`), kept by the repositories
  beside ``next_contact_due`` so "who slipped" is an index range, not a scan.
* ``follow_ups.need_id`` / ``referral_id`` — the need or referral a follow-up is about.
  They go (SET NULL) with the need or referral; the follow-up itself goes with its
  household like every other row.

Households stored under version 1 get the same dates the code now computes: a next
visit due from the default rhythm where version 1 had none (no cadence of their own),
the day they slip, and the worker of their latest contact. The SQL below is the rule of
:mod:`desktop_app.core.cadence` written out with the numbers it had when this version
was made (every 14 days for the first 3 months after arrival or joining, whichever is
later, then every 30; a household's own cadence wins); ``tests/vault`` checks both
agree on the version 1 fixture.
"""

from __future__ import annotations


def _cadence_on(day: str) -> str:
    """SQL for the cadence in force on ``day`` (an expression over ``households``)."""
    # The later of the arrival month's first day and the day the household was
    # recorded (the date part of its UTC creation instant).
    start = "max(coalesce(arrival_month || '-01', ''), substr(created_at, 1, 10))"
    # 'floor' clamps 30 Nov + 3 months to 28 Feb, as core.consent.add_months does.
    early_ends = f"date({start}, '+3 months', 'floor')"
    return f"coalesce(visit_cadence_days, CASE WHEN {day} < {early_ends} THEN 14 ELSE 30 END)"


STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE households ADD COLUMN assigned_worker TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE households ADD COLUMN slipped_on TEXT",
    "ALTER TABLE follow_ups ADD COLUMN need_id INTEGER REFERENCES needs (id) ON DELETE SET NULL",
    "ALTER TABLE follow_ups ADD COLUMN referral_id INTEGER"
    " REFERENCES referrals (id) ON DELETE SET NULL",
    # Version 1 gave a next contact due only with a cadence of the household's own.
    f"""
    UPDATE households
       SET next_contact_due =
           date(last_contact_on, '+' || {_cadence_on("last_contact_on")} || ' days')
     WHERE next_contact_due IS NULL AND last_contact_on IS NOT NULL
    """,
    f"""
    UPDATE households
       SET slipped_on =
           date(next_contact_due, '+' || {_cadence_on("next_contact_due")} || ' days')
     WHERE next_contact_due IS NOT NULL
    """,
    """
    UPDATE households
       SET assigned_worker = coalesce(
           (SELECT c.staff_member FROM contacts c
             WHERE c.household_id = households.id AND c.staff_member != ''
             ORDER BY c.contact_on DESC, c.id DESC LIMIT 1), '')
    """,
    # The Today page: who slipped (everyone's, or one worker's), and one worker's
    # visits due this week. Closed cases are never listed, so the indexes skip them.
    "CREATE INDEX households_slipped ON households (slipped_on) WHERE status = 'open'",
    "CREATE INDEX households_open_due ON households (next_contact_due) WHERE status = 'open'",
    "CREATE INDEX households_worker_due ON households (assigned_worker, next_contact_due)"
    " WHERE status = 'open'",
    "CREATE INDEX households_worker_slipped ON households (assigned_worker, slipped_on)"
    " WHERE status = 'open'",
    # Deleting a need or referral (erasing a household) looks its follow-ups up by these.
    "CREATE INDEX follow_ups_need ON follow_ups (need_id)",
    "CREATE INDEX follow_ups_referral ON follow_ups (referral_id)",
)
