"""Where Hearth's read-only resources (catalogs, consent texts, demo data) live.

An installed wheel carries them inside the package as ``desktop_app/_resources``; a source
checkout keeps them in the top-level ``resources/`` folder. Everything else asks this
module instead of guessing paths.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resource_dir() -> Path:
    """Return the folder holding Hearth's resources."""
    installed = _PACKAGE_DIR / "_resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def translations_dir() -> Path:
    """Return the folder of gettext catalogs (``<locale>/LC_MESSAGES/hearth.po|mo``)."""
    return resource_dir() / "translations"
