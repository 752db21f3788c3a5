"""Checks for what a person types when setting up a target: one plain sentence each.

Each function returns a translated message saying what is wrong and what to do, or
``None`` when the value is fine, like :mod:`desktop_app.core.validation`. The Settings
page shows the message under the field and saves nothing while any is shown. Nothing
here opens a connection: a DHIS2 address is checked for its shape only.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from desktop_app.i18n import _

#: A DHIS2 identifier: a letter, then 10 letters or digits (as DHIS2 itself generates).
UID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")
MAX_TARGET_NAME_CHARS = 40
_NAME = re.compile(r"^[^\s].*$")
_CERTIFICATE_MARK = b"-----BEGIN CERTIFICATE-----"
_CA_FILE_LIMIT = 1024 * 1024


def target_name_problem(name: str, taken: Iterable[str] = ()) -> str | None:
    """Refuse an empty, overlong or already used target name."""
    text = name.strip()
    if not text:
        return _("Give the target a short name, for example “County DHIS2”.")
    if len(text) > MAX_TARGET_NAME_CHARS:
        return _("Use at most {limit} characters for the name.").format(limit=MAX_TARGET_NAME_CHARS)
    if any(text.casefold() == other.casefold() for other in taken):
        return _("Another target already has this name. Choose another one.")
    if not _NAME.match(text) or any(ord(c) < 32 for c in text):
        return _("The name cannot hold line breaks or other control characters.")
    return None


def uid_problem(text: str, *, required: bool = True) -> str | None:
    """Refuse what is not a DHIS2 identifier (empty is fine when optional)."""
    value = text.strip()
    if not value:
        return _("Fill in the DHIS2 identifier.") if required else None
    if not UID_PATTERN.fullmatch(value):
        return _(
            "“{uid}” is not a DHIS2 identifier: it has 11 characters, a letter then 10 "
            "letters or digits (for example pBOMPrpg1QX). Copy it from DHIS2."
        ).format(uid=value)
    return None


def base_url_problem(text: str) -> str | None:
    """Refuse a DHIS2 address that is not plain ``https://host[/path]``."""
    value = text.strip()
    if not value:
        return _("Fill in the DHIS2 address, for example https://dhis2.example.org.")
    parts = urlsplit(value)
    if parts.scheme.lower() != "https":
        return _("The address must start with https://. Hearth only sends over verified HTTPS.")
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if not host:
        return _("The address must name a server, for example https://dhis2.example.org.")
    if parts.username is not None or parts.password is not None:
        return _(
            "Leave the user name and password out of the address: Hearth uses the access "
            "token instead."
        )
    if parts.query or parts.fragment:
        return _("Leave out everything after ? or # in the address.")
    if re.search(r"/api(/|$)", parts.path.lower()):
        return _("Give the address of DHIS2 itself, without /api at the end.")
    return None


def token_problem(text: str, *, keeping: bool) -> str | None:
    """Refuse a missing or malformed personal access token (empty keeps the stored one)."""
    value = text.strip()
    if not value:
        return None if keeping else _("Paste the personal access token created in DHIS2.")
    if any(c.isspace() for c in value) or len(value) < 16:
        return _("This does not look like a DHIS2 personal access token. Copy it again, whole.")
    return None


def folder_problem(text: str) -> str | None:
    """Refuse a folder that is not given as a full path or does not exist now."""
    value = text.strip()
    if not value:
        return _("Choose the folder, for example on the USB stick.")
    path = Path(value).expanduser()
    if not path.is_absolute():
        return _("Give the whole path of the folder, or choose it with Browse.")
    if not path.is_dir():
        return _("This folder does not exist. Plug in the drive or create the folder first.")
    return None


def ca_file_problem(text: str) -> str | None:
    """Refuse a certificate authority file that is missing or holds no certificate."""
    value = text.strip()
    if not value:
        return None
    path = Path(value).expanduser()
    try:
        with path.open("rb") as handle:
            data = handle.read(_CA_FILE_LIMIT + 1)
    except OSError:
        return _("The certificate file could not be read. Choose it again.")
    if len(data) > _CA_FILE_LIMIT or _CERTIFICATE_MARK not in data:
        return _(
            "This file holds no certificate. Choose the organisation's certificate "
            "authority file (PEM, it starts with -----BEGIN CERTIFICATE-----)."
        )
    try:
        ssl.create_default_context(cadata=data.decode("ascii", errors="strict"))
    except (ssl.SSLError, ValueError, UnicodeDecodeError):
        return _("The certificate in this file is damaged. Ask for it again.")
    return None


def area_key_problem(text: str, taken: Iterable[str] = ()) -> str | None:
    """Refuse an empty or repeated area code in the organisation-unit table."""
    value = text.strip()
    if not value:
        return _("Fill in the area code (as set under Statistics on each laptop).")
    if value in set(taken):
        return _("This area is in the table twice. Keep one line for it.")
    return None
