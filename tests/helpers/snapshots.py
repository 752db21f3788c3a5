"""Fingerprints of a folder, to prove that a failed operation changed nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot(folder: Path) -> dict[str, str]:
    """Return every entry under ``folder``: files by SHA-256, folders as ``<dir>``.

    Two equal snapshots mean no file was changed, added or removed, and no folder was
    created or removed (an empty ``backups/`` or a left-over staging folder counts).
    """
    entries: dict[str, str] = {}
    for path in sorted(Path(folder).rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_dir():
            entries[name] = "<dir>"
        else:
            entries[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return entries
