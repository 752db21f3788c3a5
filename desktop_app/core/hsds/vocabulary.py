"""Open Referral HSDS vocabulary: Hearth's own terms, and how other directories' words map.

The tables here are the documented mapping between HSDS data and Hearth's service
records (see :mod:`desktop_app.core.hsds`): need categories from taxonomy terms,
languages from codes and names, how a family gets to a service from
``application_process``, opening times from schedules. Pure Python.
"""

from __future__ import annotations

import html
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from desktop_app.core import directory as rules
from desktop_app.core.models import NeedCategory, ServiceAccess
from desktop_app.i18n import _

#: Fixed namespace of the UUIDs Hearth derives (organisations, locations, rows …), so
#: the same directory exported twice gives the same files.
NAMESPACE = uuid.UUID("6f1c2f0e-3d1a-5b8e-9a63-1d2b5c0f7e41")
#: Hearth's own taxonomy of need categories, as exported.
HEARTH_TAXONOMY = "Hearth need categories"
HEARTH_TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy:hearth-need-categories"))
HEARTH_TAXONOMY_URI = "urn:hearth:need-categories"

#: The sentences Hearth writes as ``application_process`` (exchange data: English).
ACCESS_SENTENCES: Mapping[ServiceAccess, str] = {
    ServiceAccess.WALK_IN: "Walk in: no referral needed.",
    ServiceAccess.REFERRAL: "By referral only.",
    ServiceAccess.EITHER: "Walk in, or by referral.",
}

#: The English names of Hearth's need categories, written as taxonomy term names.
CATEGORY_TERM_NAMES: Mapping[NeedCategory, str] = {
    NeedCategory.HOUSING: "Housing",
    NeedCategory.ESOL_FOR_PARENTS: "English classes (ESOL) for parents",
    NeedCategory.IMMIGRATION_LEGAL_ADVICE: "Immigration or legal advice",
    NeedCategory.FOOD: "Food",
    NeedCategory.SCHOOL_UNIFORM: "School uniform",
    NeedCategory.DIGITAL_DEVICE_INTERNET: "Device or internet",
    NeedCategory.PHYSICAL_HEALTH: "Physical health",
    NeedCategory.MENTAL_HEALTH_WELLBEING: "Mental health and wellbeing",
    NeedCategory.EMPLOYMENT_TRAINING: "Employment or training",
    NeedCategory.EDUCATION_SYSTEM_GUIDANCE: "Understanding the school system",
    NeedCategory.TUTORING: "Tutoring",
    NeedCategory.TRANSPORT: "Transport",
    NeedCategory.CHILDCARE_YOUNGER_SIBLINGS: "Childcare for younger siblings",
    NeedCategory.SOCIAL_CONNECTION: "Social connection",
    NeedCategory.SAFETY: "Safety",
}

C = NeedCategory
#: How another directory's taxonomy terms map to Hearth's need categories. A term (its
#: name, or its code) matches a keyword when the keyword appears in it as whole words,
#: ignoring case and punctuation; longer keywords are tried first and the words they
#: match are used up ("mental health" is never also "health"). A term that matches
#: nothing is tried again through its parent terms. Keywords cover the words UK council
#: directories, Open Eligibility and 211 taxonomies use for these needs.
CATEGORY_KEYWORDS: Mapping[str, NeedCategory] = {
    # housing
    "housing": C.HOUSING, "homeless": C.HOUSING, "homelessness": C.HOUSING,
    "tenancy": C.HOUSING, "accommodation": C.HOUSING, "shelter": C.HOUSING,
    "rent": C.HOUSING, "landlord": C.HOUSING, "temporary accommodation": C.HOUSING,
    # English classes
    "esol": C.ESOL_FOR_PARENTS, "english language": C.ESOL_FOR_PARENTS,
    "english classes": C.ESOL_FOR_PARENTS, "english lessons": C.ESOL_FOR_PARENTS,
    "english for speakers of other languages": C.ESOL_FOR_PARENTS,
    "language classes": C.ESOL_FOR_PARENTS, "adult learning": C.ESOL_FOR_PARENTS,
    "conversation club": C.ESOL_FOR_PARENTS,
    # immigration and legal advice
    "immigration": C.IMMIGRATION_LEGAL_ADVICE, "asylum": C.IMMIGRATION_LEGAL_ADVICE,
    "legal": C.IMMIGRATION_LEGAL_ADVICE, "legal advice": C.IMMIGRATION_LEGAL_ADVICE,
    "law centre": C.IMMIGRATION_LEGAL_ADVICE, "refugee advice": C.IMMIGRATION_LEGAL_ADVICE,
    "visa": C.IMMIGRATION_LEGAL_ADVICE, "citizenship": C.IMMIGRATION_LEGAL_ADVICE,
    "eu settlement": C.IMMIGRATION_LEGAL_ADVICE,
    # food
    "food": C.FOOD, "food bank": C.FOOD, "foodbank": C.FOOD, "pantry": C.FOOD,
    "meals": C.FOOD, "community meals": C.FOOD, "holiday activities and food": C.FOOD,
    "free school meals": C.FOOD,
    # uniform
    "uniform": C.SCHOOL_UNIFORM, "school uniform": C.SCHOOL_UNIFORM,
    "uniform exchange": C.SCHOOL_UNIFORM,
    # device and internet
    "digital": C.DIGITAL_DEVICE_INTERNET, "digital inclusion": C.DIGITAL_DEVICE_INTERNET,
    "device": C.DIGITAL_DEVICE_INTERNET, "devices": C.DIGITAL_DEVICE_INTERNET,
    "laptop": C.DIGITAL_DEVICE_INTERNET, "laptops": C.DIGITAL_DEVICE_INTERNET,
    "internet": C.DIGITAL_DEVICE_INTERNET, "wifi": C.DIGITAL_DEVICE_INTERNET,
    "data bank": C.DIGITAL_DEVICE_INTERNET, "sim cards": C.DIGITAL_DEVICE_INTERNET,
    "computer": C.DIGITAL_DEVICE_INTERNET, "computers": C.DIGITAL_DEVICE_INTERNET,
    "online skills": C.DIGITAL_DEVICE_INTERNET,
    # physical health
    "health": C.PHYSICAL_HEALTH, "physical health": C.PHYSICAL_HEALTH,
    "gp": C.PHYSICAL_HEALTH, "gp registration": C.PHYSICAL_HEALTH,
    "doctor": C.PHYSICAL_HEALTH, "doctors": C.PHYSICAL_HEALTH, "dental": C.PHYSICAL_HEALTH,
    "dentist": C.PHYSICAL_HEALTH, "medical": C.PHYSICAL_HEALTH, "nhs": C.PHYSICAL_HEALTH,
    "health visitor": C.PHYSICAL_HEALTH, "health visitors": C.PHYSICAL_HEALTH,
    "sexual health": C.PHYSICAL_HEALTH, "vaccinations": C.PHYSICAL_HEALTH,
    # mental health and wellbeing
    "mental health": C.MENTAL_HEALTH_WELLBEING, "wellbeing": C.MENTAL_HEALTH_WELLBEING,
    "well being": C.MENTAL_HEALTH_WELLBEING, "counselling": C.MENTAL_HEALTH_WELLBEING,
    "counseling": C.MENTAL_HEALTH_WELLBEING, "emotional support": C.MENTAL_HEALTH_WELLBEING,
    "trauma": C.MENTAL_HEALTH_WELLBEING, "bereavement": C.MENTAL_HEALTH_WELLBEING,
    "camhs": C.MENTAL_HEALTH_WELLBEING, "psychological": C.MENTAL_HEALTH_WELLBEING,
    # employment and training
    "employment": C.EMPLOYMENT_TRAINING, "jobs": C.EMPLOYMENT_TRAINING,
    "job": C.EMPLOYMENT_TRAINING, "training": C.EMPLOYMENT_TRAINING,
    "careers": C.EMPLOYMENT_TRAINING, "volunteering": C.EMPLOYMENT_TRAINING,
    "work": C.EMPLOYMENT_TRAINING, "skills": C.EMPLOYMENT_TRAINING,
    "apprenticeships": C.EMPLOYMENT_TRAINING,
    # the school system
    "school admissions": C.EDUCATION_SYSTEM_GUIDANCE,
    "admissions": C.EDUCATION_SYSTEM_GUIDANCE, "school places": C.EDUCATION_SYSTEM_GUIDANCE,
    "education": C.EDUCATION_SYSTEM_GUIDANCE, "education advice": C.EDUCATION_SYSTEM_GUIDANCE,
    "send": C.EDUCATION_SYSTEM_GUIDANCE, "parent support": C.EDUCATION_SYSTEM_GUIDANCE,
    "family information service": C.EDUCATION_SYSTEM_GUIDANCE,
    # tutoring
    "tutoring": C.TUTORING, "tuition": C.TUTORING, "tutors": C.TUTORING,
    "homework": C.TUTORING, "homework club": C.TUTORING, "study support": C.TUTORING,
    # transport
    "transport": C.TRANSPORT, "travel": C.TRANSPORT, "bus": C.TRANSPORT,
    "bus pass": C.TRANSPORT, "travel pass": C.TRANSPORT, "transit": C.TRANSPORT,
    "bikes": C.TRANSPORT, "cycling": C.TRANSPORT, "school transport": C.TRANSPORT,
    # childcare
    "childcare": C.CHILDCARE_YOUNGER_SIBLINGS, "child care": C.CHILDCARE_YOUNGER_SIBLINGS,
    "nursery": C.CHILDCARE_YOUNGER_SIBLINGS, "nurseries": C.CHILDCARE_YOUNGER_SIBLINGS,
    "early years": C.CHILDCARE_YOUNGER_SIBLINGS, "playgroup": C.CHILDCARE_YOUNGER_SIBLINGS,
    "stay and play": C.CHILDCARE_YOUNGER_SIBLINGS, "creche": C.CHILDCARE_YOUNGER_SIBLINGS,
    "childminder": C.CHILDCARE_YOUNGER_SIBLINGS, "childminders": C.CHILDCARE_YOUNGER_SIBLINGS,
    "family hub": C.CHILDCARE_YOUNGER_SIBLINGS, "children's centre": C.CHILDCARE_YOUNGER_SIBLINGS,
    # social connection
    "social": C.SOCIAL_CONNECTION, "community groups": C.SOCIAL_CONNECTION,
    "community group": C.SOCIAL_CONNECTION, "befriending": C.SOCIAL_CONNECTION,
    "youth club": C.SOCIAL_CONNECTION, "youth clubs": C.SOCIAL_CONNECTION,
    "youth": C.SOCIAL_CONNECTION, "coffee morning": C.SOCIAL_CONNECTION,
    "welcome": C.SOCIAL_CONNECTION, "isolation": C.SOCIAL_CONNECTION,
    "sport": C.SOCIAL_CONNECTION, "sports": C.SOCIAL_CONNECTION,
    "parent groups": C.SOCIAL_CONNECTION, "women's group": C.SOCIAL_CONNECTION,
    # safety
    "safety": C.SAFETY, "domestic abuse": C.SAFETY, "domestic violence": C.SAFETY,
    "safeguarding": C.SAFETY, "abuse": C.SAFETY, "violence": C.SAFETY,
    "exploitation": C.SAFETY, "hate crime": C.SAFETY, "modern slavery": C.SAFETY,
}  # fmt: skip

#: Language names some directories use that CLDR spells differently.
LANGUAGE_ALIASES: Mapping[str, str] = {
    "farsi": "fa", "persian": "fa", "dari": "fa-AF", "pashto": "ps", "pushto": "ps",
    "sorani": "ckb", "kurdish sorani": "ckb", "kurdish (sorani)": "ckb",
    "kurmanji": "ku", "kurdish kurmanji": "ku", "kurdish (kurmanji)": "ku",
    "tigrigna": "ti", "tigrinya": "ti", "punjabi": "pa", "panjabi": "pa",
    "mandarin": "zh", "chinese": "zh", "cantonese": "yue", "bangla": "bn",
}  # fmt: skip

#: ISO 639-2/3 codes of languages families often speak, as Hearth stores them.
ISO639_3: Mapping[str, str] = {
    "ara": "ar", "prs": "fa-AF", "fas": "fa", "per": "fa", "pus": "ps", "pbt": "ps",
    "ukr": "uk", "tir": "ti", "som": "so", "ckb": "ckb", "kur": "ku", "kmr": "ku",
    "urd": "ur", "pol": "pl", "ron": "ro", "rum": "ro", "rus": "ru", "eng": "en",
    "fra": "fr", "fre": "fr", "spa": "es", "por": "pt", "amh": "am", "tam": "ta",
    "sqi": "sq", "alb": "sq", "tur": "tr", "ben": "bn", "pan": "pa", "vie": "vi",
    "zho": "zh", "chi": "zh", "cmn": "zh", "yue": "yue", "swa": "sw", "swh": "sw",
    "orm": "om", "lin": "ln", "nep": "ne", "mya": "my", "bur": "my", "hin": "hi",
    "ita": "it", "deu": "de", "ger": "de", "bul": "bg", "lit": "lt", "guj": "gu",
    "tgl": "tl", "fil": "fil", "kin": "rw", "hrv": "hr", "srp": "sr", "bos": "bs",
    "lav": "lv", "slk": "sk", "slo": "sk", "ces": "cs", "cze": "cs", "hun": "hu",
    "heb": "he", "mal": "ml", "tel": "te", "sin": "si", "kor": "ko", "jpn": "ja",
    "tha": "th", "ell": "el", "gre": "el", "aze": "az", "uzb": "uz", "tgk": "tg",
}  # fmt: skip

SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TIME_PATTERN = re.compile(
    r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-9]{2}:?[0-9]{2})?$"
)
BYDAY_PATTERN = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
_HTML_TAG = re.compile(
    r"</?(p|br|b|i|u|em|strong|ul|ol|li|a|span|div|h[1-6])(\s[^<>]*)?/?>", re.IGNORECASE
)
_HTML_BREAK = re.compile(r"<(br\s*/?|/li)>", re.IGNORECASE)
_HTML_PARAGRAPH = re.compile(r"</(p|h[1-6]|div|ul|ol)>", re.IGNORECASE)

# --------------------------------------------------------------------------- mapping


def _words(text: str) -> str:
    """Case- and punctuation-free words, for matching ("Food-Banks" → "food banks")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("’", "'")
    return " ".join(re.sub(r"[^\w']+", " ", folded).split())


@cache
def _keywords_longest_first() -> tuple[tuple[re.Pattern[str], NeedCategory], ...]:
    ordered = sorted(CATEGORY_KEYWORDS.items(), key=lambda kv: (-len(kv[0]), kv[0]))
    return tuple((re.compile(rf"(?<![\w']){re.escape(_words(k))}(?![\w'])"), c) for k, c in ordered)


def categories_for_text(text: str) -> list[NeedCategory]:
    """Return the need categories a term's words match (:data:`CATEGORY_KEYWORDS`)."""
    words = _words(text)
    found: list[NeedCategory] = []
    for pattern, category in _keywords_longest_first():
        if pattern.search(words):
            words = pattern.sub(" | ", words)
            if category not in found:
                found.append(category)
    return found


@dataclass(frozen=True, slots=True)
class Term:
    """A taxonomy term as read from a directory (its parents by ``parent_id``)."""

    id: str
    name: str
    code: str = ""
    taxonomy: str = ""
    parent_id: str = ""


def term_categories(term: Term, terms: Mapping[str, Term]) -> list[NeedCategory]:
    """A term's categories: Hearth's own exactly, else its words, else its parents'."""
    values = {c.value for c in NeedCategory}
    if term.code in values and (
        term.taxonomy in {HEARTH_TAXONOMY, HEARTH_TAXONOMY_ID, HEARTH_TAXONOMY_URI, ""}
    ):
        return [NeedCategory(term.code)]
    seen: set[str] = set()
    current: Term | None = term
    while current is not None and current.id not in seen:
        seen.add(current.id)
        found = categories_for_text(current.name) or categories_for_text(current.code)
        if found:
            return found
        current = terms.get(current.parent_id) if current.parent_id else None
    return []


# --------------------------------------------------------------------------- languages


@cache
def _language_names() -> dict[str, str]:
    """Language names (English, and each family language in its own script) → code."""
    from babel import Locale

    from desktop_app.i18n.locales import FAMILY_LANGUAGES, native_name

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        names.setdefault(_words(name), code.replace("_", "-"))
    for code in FAMILY_LANGUAGES:
        names[_words(native_name(code))] = code
    for alias, code in LANGUAGE_ALIASES.items():
        names[_words(alias)] = code
    return names


def language_code(code: str, name: str = "") -> str | None:
    """Return the Hearth (BCP 47) tag for an HSDS language code or name, or ``None``.

    Two-letter codes and tags (``fa-af``, ``fa_AF``) are normalised (``fa-AF``); ISO
    639-2/3 codes of languages families often speak are mapped (``tir`` → ``ti``,
    ``prs`` → ``fa-AF``); without a code, the name is looked up (``Tigrinya``,
    ``Farsi``, ``العربية``).
    """
    value = code.strip().replace("_", "-")
    if value:
        parts = value.split("-")
        base = parts[0].lower()
        if len(parts) == 1 and base in ISO639_3:
            return ISO639_3[base]
        tag = base
        for part in parts[1:]:
            if len(part) == 4 and part.isalpha():
                tag += "-" + part.title()
            elif len(part) in (2, 3):
                tag += "-" + part.upper()
            else:
                return None
        return tag if rules.language_tag(tag) is None else None
    if name.strip():
        return _language_names().get(_words(name))
    return None


def language_english_name(code: str) -> str:
    """Return a language's English name (written as ``languages.name`` on export)."""
    from desktop_app.i18n.locales import language_name

    return language_name(code, "en")


# --------------------------------------------------------------------------- text


def plain_text(text: str) -> str:
    """Return a description as plain text: common HTML tags become line breaks or go."""
    value = text.replace("\r\n", "\n").replace("\r", "\n")
    if _HTML_TAG.search(value):
        value = _HTML_PARAGRAPH.sub("\n\n", _HTML_BREAK.sub("\n", value))
        value = html.unescape(_HTML_TAG.sub("", value))
        value = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in value.split("\n")))
    return value.strip()


def access_from(text: str) -> tuple[ServiceAccess, bool]:
    """Return how a family gets to a service, and whether ``text`` said only that.

    Hearth's own sentences (:data:`ACCESS_SENTENCES`) give their value exactly; other
    text is read for "refer…" and "walk in" / "drop in"; both or neither mean either.
    """
    value = " ".join(text.split())
    for access, sentence in ACCESS_SENTENCES.items():
        if value.casefold() == sentence.casefold():
            return access, True
    if not value:
        return ServiceAccess.EITHER, True
    words = _words(value)
    referral = "refer" in words
    walk_in = bool(re.search(r"\b(walk|drop)[ -]?in\b|\bno appointment", words))
    if referral and not walk_in:
        return ServiceAccess.REFERRAL, False
    if walk_in and not referral:
        return ServiceAccess.WALK_IN, False
    return ServiceAccess.EITHER, False


def _time(value: str) -> str:
    """``09:00:00+01:00`` → ``09:00`` (hours as people read them)."""
    match = re.match(r"^([0-9]{1,2}):([0-9]{2})", value.strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else value.strip()


def _day(token: str) -> str:
    match = BYDAY_PATTERN.match(token.strip().upper())
    if not match:
        return token.strip()
    name = _DAY_NAMES[_DAY_CODES.index(match.group(2))]
    if match.group(1):
        nth = int(match.group(1))
        ordinal = {1: "1st", 2: "2nd", 3: "3rd", -1: "last"}.get(nth, f"{nth}th")
        return f"{ordinal} {name}"
    return name


def _days(tokens: Iterable[str]) -> str:
    """Day codes as people read them; a run of three or more plain days is a range."""
    parts: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) >= 3:
            parts.append(f"{_DAY_NAMES[run[0]]}–{_DAY_NAMES[run[-1]]}")
        else:
            parts.extend(_DAY_NAMES[i] for i in run)
        run.clear()

    for token in tokens:
        if token in _DAY_CODES:
            index = _DAY_CODES.index(token)
            if run and index != run[-1] + 1:
                flush()
            run.append(index)
        else:
            flush()
            parts.append(_day(token))
    flush()
    return ", ".join(parts)


def schedule_text(
    *, description: str = "", byday: str = "", opens_at: str = "", closes_at: str = ""
) -> str:
    """Return one schedule as people read it ("Mon–Fri 09:00–17:00", "Tue, Thu 10:00–12:00").

    A ``description`` says it best and is kept as written; otherwise the days
    (``byday``; three or more days in a row become a range) and hours are spelled out.
    """
    if description.strip():
        return " ".join(description.split())
    days = _days(t.strip().upper() for t in byday.split(",") if t.strip())
    hours = ""
    if opens_at.strip() and closes_at.strip():
        hours = f"{_time(opens_at)}–{_time(closes_at)}"
    elif opens_at.strip():
        hours = _("from {time}").format(time=_time(opens_at))
    return " ".join(p for p in (days, hours) if p)


def weekday_code(value: str) -> str | None:
    """HSDS 2.0 ``weekday``: 1–7 (Monday first) or a day's English name."""
    text = value.strip().casefold()
    if text.isdigit() and 1 <= int(text) <= 7:
        return _DAY_CODES[int(text) - 1]
    for index, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    ):
        if text in (name, name[:3]):
            return _DAY_CODES[index]
    return None


def stable_uuid(*parts: str) -> str:
    """A UUID derived from ``parts`` (the same parts give the same UUID)."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def exchange_id(raw_id: str, *, package: str = "", organization: str = "") -> str:
    """Return the ``hsds_id`` Hearth keeps for a service id read from a file.

    A UUID is kept (in its canonical lower-case form). Any other id ("42") is only
    unique inside its file, so it becomes a UUID derived from the data package's name,
    the organisation and the id: importing the same council's file again finds the same
    services, and another council's service "42" stays a different one.
    """
    try:
        return str(uuid.UUID(raw_id.strip()))
    except ValueError:
        return stable_uuid("service", package, organization, raw_id.strip())
