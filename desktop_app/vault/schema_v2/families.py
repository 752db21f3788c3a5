"""Schema version 2: indexes for the Families list (see the package docstring).

The list is filtered by status (open cases by default) and sorted by reference, next
contact due, school or last contact. Version 1 has one index per sort column and one on
``(status, reference)``; for "open cases by next contact due" SQLite then reads every
open household and sorts them (60 ms a page at 100,000 households, on every scroll
step). With the status first, each page is one range of one index, in order.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX households_status_due ON households (status, next_contact_due, reference)",
    "CREATE INDEX households_status_last ON households (status, last_contact_on, reference)",
    "CREATE INDEX households_status_school ON households (status, school, reference)",
)
