"""Rules for entries of the signposting directory: what a service record must look like.

Used by the service form (a message under each field) and by the Open Referral import
(a problem per row and field), so a service typed by hand and one read from a council's
file meet the same rules. Each rule returns a short translated sentence that says what
is wrong and what to do, or ``None``. Pure Python.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from desktop_app.core.models import Service
from desktop_app.core.validation import Rule, ascii_digits, first_problem, max_length, required
from desktop_app.i18n import _

#: A service's name, and the organisation that runs it.
MAX_SERVICE_NAME_CHARS = 120
#: An address, opening times, and "what to bring" (it is printed on the referral slip).
MAX_SHORT_TEXT_CHARS = 300
#: Staff notes (or an imported description).
MAX_SERVICE_NOTES_CHARS = 2000
MAX_PHONE_CHARS = 40
MAX_EMAIL_CHARS = 254
MAX_WEBSITE_CHARS = 2000

_PHONE = re.compile(r"^\+?[0-9 ().\-]+(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}$")
_DOMAIN = re.compile(r"^[^\s/:@]+\.[^\s/:@]{2,}(:[0-9]{1,5})?(/\S*)?$")
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")


def phone(text: str) -> str | None:
    """Check an optional phone number: digits, spaces, + ( ) - . and an extension."""
    value = ascii_digits(text.strip())
    if not value:
        return None
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.match(value) or not 3 <= digits <= 15:
        return _(
            "This does not look like a phone number. Use digits, spaces and + ( ) -, "
            "for example 01632 960123."
        )
    return None


def email(text: str) -> str | None:
    """Check an optional e-mail address."""
    value = text.strip()
    if value and not _EMAIL.match(value):
        return _("This does not look like an e-mail address. Write it like name@example.org.")
    return None


def normalise_website(text: str) -> str:
    """Return a website as stored: ``www.example.org`` becomes ``https://www.example.org``."""
    value = text.strip()
    if value and "://" not in value and _DOMAIN.match(value):
        return "https://" + value
    return value


def website(text: str) -> str | None:
    """Check an optional website address (``https://…``, or a bare ``www.…``)."""
    value = normalise_website(text)
    if not value:
        return None
    parts = urlsplit(value)
    host = parts.hostname or ""
    if (
        parts.scheme not in {"http", "https"}
        or not host
        or ("." not in host and host != "localhost")
        or any(ch.isspace() for ch in value)
    ):
        return _("This does not look like a website address. Write it like https://example.org.")
    return None


@cache
def _known_languages() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").languages)


def language_tag(code: str) -> str | None:
    """Check a language code (BCP 47, as Hearth stores them: ``ar``, ``fa-AF``)."""
    if not _LANGUAGE_TAG.match(code) or code.split("-")[0] not in _known_languages():
        return _(
            "“{code}” is not a language code Hearth knows. Use a code such as ar, ti or fa-AF."
        ).format(code=code)
    return None


def categories_given(count: int) -> str | None:
    """Refuse a service with no need category (it could never be suggested)."""
    if count == 0:
        return _("Pick at least one need this service helps with.")
    return None


#: The rules of each text field of a service, by field name (as in :class:`Service`).
FIELD_RULES: dict[str, list[Rule]] = {
    "name": [required, max_length(MAX_SERVICE_NAME_CHARS)],
    "organization": [max_length(MAX_SERVICE_NAME_CHARS)],
    "phone": [max_length(MAX_PHONE_CHARS), phone],
    "email": [max_length(MAX_EMAIL_CHARS), email],
    "website": [max_length(MAX_WEBSITE_CHARS), website],
    "address": [max_length(MAX_SHORT_TEXT_CHARS)],
    "opening_times": [max_length(MAX_SHORT_TEXT_CHARS)],
    "what_to_bring": [max_length(MAX_SHORT_TEXT_CHARS)],
    "notes": [max_length(MAX_SERVICE_NOTES_CHARS)],
}


def service_problems(service: Service, *, require_category: bool = True) -> list[tuple[str, str]]:
    """Return ``(field, message)`` for every rule ``service`` breaks (empty: fine).

    Args:
        service: the service as it would be stored.
        require_category: whether a service without a need category is a problem (the
            form says so; an import reports such services separately instead).
    """
    problems: list[tuple[str, str]] = []
    for name, rules in FIELD_RULES.items():
        message = first_problem(str(getattr(service, name)), rules)
        if message is not None:
            problems.append((name, message))
    if require_category:
        message = categories_given(len(service.categories))
        if message is not None:
            problems.append(("categories", message))
    for code in service.languages:
        message = language_tag(code)
        if message is not None:
            problems.append(("languages", message))
            break
    return problems
