"""Schema version 2: parent champions can be retired, and their load is read from an index.

``retired_on`` tells a champion who stopped (retired) from one who is only paused
(``active = 0`` for both). The index answers "how many introductions is each champion
carrying" (suggestions, the Champions page) from the index alone.
"""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE champions ADD COLUMN retired_on TEXT",
    "CREATE INDEX champion_matches_load ON champion_matches (champion_id, status)",
)
