"""Reading an HSDS directory: a CSV data package (folder or zip) or a JSON file.

Every row of every table is checked; each problem names the file, the row (the header
is row 1, as spreadsheets count; in JSON, the item number) and the field. See
:mod:`desktop_app.core.hsds` for how HSDS fields become Hearth services.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_app.core import directory as rules
from desktop_app.core.hsds.vocabulary import (
    BYDAY_PATTERN,
    SERVICE_STATUSES,
    TIME_PATTERN,
    Term,
    access_from,
    categories_for_text,
    exchange_id,
    language_code,
    plain_text,
    schedule_text,
    stable_uuid,
    term_categories,
    weekday_code,
)
from desktop_app.core.models import NeedCategory, Service
from desktop_app.core.validation import Rule
from desktop_app.i18n import _

Progress = Callable[[int, int], None]


def _failed(file: str, message: str) -> DirectoryRead:
    """A read that stopped at the file itself (nothing in it could be checked)."""
    return DirectoryRead(problems=(Problem(file, None, "", message),))


#: Limits on what is read (a directory is small; anything bigger is not one).
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PACKAGE_BYTES = 256 * 1024 * 1024


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in the file: where it is, and what to do, in plain words."""

    file: str
    row: int | None  # spreadsheet row (the header is row 1); JSON: the item number
    field: str  # the column (JSON: the path, e.g. phones[0].number); "" for the file
    message: str

    def where(self) -> str:
        """Return "services.csv, row 5, email" (as much as is known)."""
        parts = [self.file]
        if self.row is not None:
            parts.append(_("row {row}").format(row=self.row))
        if self.field:
            parts.append(self.field)
        return ", ".join(parts)

    def describe(self) -> str:
        """Return the whole problem on one line."""
        return _("{where}: {message}").format(where=self.where(), message=self.message)


@dataclass(frozen=True, slots=True)
class Unmapped:
    """A service whose taxonomy terms match none of Hearth's need categories."""

    name: str
    hsds_id: str
    terms: tuple[str, ...]  # the term names it had (maybe none)


@dataclass(frozen=True, slots=True)
class DirectoryRead:
    """What reading a directory file found: the services, or why it cannot be imported."""

    services: tuple[Service, ...] = ()
    problems: tuple[Problem, ...] = ()
    unmapped: tuple[Unmapped, ...] = ()
    #: Taxonomy terms no need category matched, with how many services had each.
    unknown_terms: tuple[tuple[str, int], ...] = ()
    #: Remarks that do not stop the import (no datapackage.json, tables Hearth ignores).
    notes: tuple[str, ...] = ()
    kind: str = ""  # "csv" (a data package) or "json"
    rows_checked: int = 0

    @property
    def ok(self) -> bool:
        """Whether the directory can be imported (no problem at all)."""
        return not self.problems and bool(self.kind)


class _Problems:
    """Collects problems while a file is read."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, file: str, row: int | None, field_name: str, message: str) -> None:
        self.items.append(Problem(file, row, field_name, message))


def _shown(value: str, limit: int = 60) -> str:
    """A value quoted in a message: one line, and not too long."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --------------------------------------------------------------------------- sources


class _Source:
    """Where the files of a data package come from: a folder or a zip."""

    label: str

    def exists(self, name: str) -> bool:
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def names(self) -> list[str]:
        raise NotImplementedError


class _FolderSource(_Source):
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.label = folder.name

    def _path(self, name: str) -> Path:
        return self.folder / PurePosixPath(name)

    def exists(self, name: str) -> bool:
        return self._path(name).is_file()

    def read(self, name: str) -> bytes:
        path = self._path(name)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _TooBigError
        return path.read_bytes()

    def names(self) -> list[str]:
        return sorted(p.name for p in self.folder.iterdir() if p.is_file())


class _TooBigError(Exception):
    pass


class _ZipSource(_Source):
    def __init__(self, archive: zipfile.ZipFile, prefix: str, label: str) -> None:
        self.archive = archive
        self.prefix = prefix
        self.label = label
        self._infos = {
            info.filename[len(prefix) :]: info
            for info in archive.infolist()
            if info.filename.startswith(prefix) and not info.is_dir()
        }
        self._read_total = 0

    def exists(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        if info.file_size > MAX_FILE_BYTES or self._read_total + info.file_size > (
            MAX_PACKAGE_BYTES
        ):
            raise _TooBigError
        with self.archive.open(info) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _TooBigError
        self._read_total += len(data)
        return data

    def names(self) -> list[str]:
        return sorted(n for n in self._infos if "/" not in n)


# --------------------------------------------------------------------------- tables


@dataclass
class _Table:
    file: str
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    present: bool = False


#: The tables Hearth reads: logical name → (file names to look for, resource names).
_TABLES: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "organizations": (("organizations.csv", "organization.csv"), ("organization", "organizations")),
    "services": (("services.csv", "service.csv"), ("service", "services")),
    "locations": (("locations.csv", "location.csv"), ("location", "locations")),
    "service_at_location": (
        ("service_at_location.csv", "service_at_locations.csv", "services_at_location.csv"),
        ("service_at_location", "service_at_locations"),
    ),
    "addresses": (
        ("addresses.csv", "physical_addresses.csv", "address.csv"),
        ("address", "addresses", "physical_address", "physical_addresses"),
    ),
    "phones": (("phones.csv", "phone.csv"), ("phone", "phones")),
    "schedules": (
        ("schedules.csv", "regular_schedules.csv", "schedule.csv"),
        ("schedule", "schedules", "regular_schedule", "regular_schedules"),
    ),
    "languages": (("languages.csv", "language.csv"), ("language", "languages")),
    "required_documents": (
        ("required_documents.csv", "required_document.csv"),
        ("required_document", "required_documents"),
    ),
    "attributes": (
        ("attributes.csv", "service_attributes.csv", "service_taxonomy.csv"),
        ("attribute", "attributes", "service_attribute", "service_attributes", "service_taxonomy"),
    ),
    "taxonomy_terms": (
        ("taxonomy_terms.csv", "taxonomy_term.csv", "taxonomy.csv"),
        ("taxonomy_term", "taxonomy_terms", "taxonomy"),
    ),
    "taxonomies": (("taxonomies.csv",), ("taxonomies",)),
}
#: Columns a table must have for Hearth to use it (any one of each group).
_REQUIRED: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "organizations": (("id",), ("name",)),
    "services": (("id",), ("name",)),
    "locations": (("id",),),
    "service_at_location": (("service_id",), ("location_id",)),
    "addresses": (("location_id",), ("address_1",)),
    "phones": (("number",),),
    "languages": (("code", "name", "language"),),
    "required_documents": (("service_id",), ("document",)),
    "attributes": (("link_id", "service_id"), ("taxonomy_term_id", "taxonomy_id")),
    "taxonomy_terms": (("id",), ("name",)),
}


def _decode(data: bytes, file: str, problems: _Problems) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.add(
            file,
            None,
            "",
            _(
                "The file is not UTF-8 text. Save it again as “CSV UTF-8” (or UTF-8 "
                "JSON) and import it again."
            ),
        )
        return None


def _parse_csv(text: str, file: str, problems: _Problems) -> _Table:
    table = _Table(file, present=True)
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header: list[str] | None = None
        for index, cells in enumerate(reader, start=1):
            if header is None:
                header = [c.strip().lower() for c in cells]
                if not any(header):
                    problems.add(file, 1, "", _("The first row must name the columns."))
                    return table
                seen: set[str] = set()
                for name in header:
                    if name and name in seen:
                        problems.add(
                            file,
                            1,
                            name,
                            _("Two columns have this name. Rename or remove one."),
                        )
                    seen.add(name)
                table.columns = tuple(header)
                continue
            if not any(c.strip() for c in cells):
                continue  # a blank line
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                problems.add(
                    file,
                    index,
                    "",
                    _(
                        "This row has more cells than the first row has column names. "
                        "Check for a stray comma or a missing column name."
                    ),
                )
                continue
            row = {
                name: (cells[i].strip() if i < len(cells) else "")
                for i, name in enumerate(header)
                if name
            }
            table.rows.append((index, row))
    except csv.Error:
        problems.add(
            file,
            None,
            "",
            _("The file is not a CSV file Hearth can read. Save it again as “CSV UTF-8”."),
        )
    return table


def _check_columns(name: str, table: _Table, problems: _Problems) -> bool:
    ok = True
    for group in _REQUIRED.get(name, ()):
        if not any(column in table.columns for column in group):
            problems.add(
                table.file,
                1,
                group[0],
                _("The column “{column}” is missing. Add it to the first row.").format(
                    column=" / ".join(group)
                ),
            )
            ok = False
    return ok


def _descriptor(source: _Source, problems: _Problems, notes: list[str]) -> dict[str, Any]:
    if not source.exists("datapackage.json"):
        notes.append(
            _("There is no datapackage.json: the tables were found by their usual file names.")
        )
        return {}
    text = _decode(source.read("datapackage.json"), "datapackage.json", problems)
    if text is None:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        problems.add(
            "datapackage.json",
            error.lineno,
            "",
            _("This is not valid JSON (line {line}). Fix it, or remove the file.").format(
                line=error.lineno
            ),
        )
        return {}
    if not isinstance(data, dict):
        problems.add(
            "datapackage.json", None, "", _("The package description must be a JSON object.")
        )
        return {}
    return data


def _resource_paths(descriptor: Mapping[str, Any], problems: _Problems) -> dict[str, str]:
    """Resource name → path from ``datapackage.json`` (only safe relative paths)."""
    paths: dict[str, str] = {}
    resources = descriptor.get("resources", [])
    if not isinstance(resources, list):
        problems.add(
            "datapackage.json", None, "resources", _("“resources” must be a list of tables.")
        )
        return paths
    for index, resource in enumerate(resources, start=1):
        if not isinstance(resource, dict):
            continue
        name, path = resource.get("name"), resource.get("path")
        if not isinstance(name, str) or not isinstance(path, str):
            continue
        pure = PurePosixPath(path)
        if pure.is_absolute() or ".." in pure.parts or "\\" in path:
            problems.add(
                "datapackage.json",
                None,
                f"resources[{index - 1}].path",
                _("The path “{path}” points outside the package. Use a file name in it.").format(
                    path=_shown(path)
                ),
            )
            continue
        paths[name.lower()] = str(pure)
    return paths


# --------------------------------------------------------------------------- the build


@dataclass
class _Draft:
    """A service being assembled from its rows, with where its own row is."""

    file: str
    row: int
    raw_id: str
    hsds_id: str
    name: str
    description: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    application_process: str = ""
    organization_id: str = ""
    organization: str = ""
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    schedules: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


class _Builder:
    """Turns rows (CSV) or objects (JSON) into services, checking every one."""

    def __init__(self, problems: _Problems, package: str, progress: Progress | None) -> None:
        self.problems = problems
        self.package = package
        self.progress = progress
        self.total = 0
        self.done = 0
        self.drafts: dict[str, _Draft] = {}  # raw service id → draft
        self.seen_ids: set[str] = set()  # every service id met, good row or not
        self.terms: dict[str, Term] = {}

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def need(self, file: str, row: int, name: str, value: str) -> bool:
        if value:
            return True
        self.problems.add(file, row, name, _("This is empty. Fill it in, or remove the row."))
        return False

    def known(
        self, file: str, row: int, name: str, value: str, ids: Iterable[str], table: str
    ) -> bool:
        if not value or value in ids:
            return True
        self.problems.add(
            file,
            row,
            name,
            _("No row of {table} has the id “{id}”. Check the id, or add that row.").format(
                table=table, id=_shown(value)
            ),
        )
        return False

    def check_text(self, file: str, row: int, name: str, value: str, limit: int) -> bool:
        if len(value) <= limit:
            return True
        self.problems.add(
            file,
            row,
            name,
            _("This is {count} characters long; Hearth keeps up to {limit}. Shorten it.").format(
                count=len(value), limit=limit
            ),
        )
        return False

    def check_rule(self, file: str, row: int, name: str, value: str, rule: Rule) -> bool:
        message = rule(value)
        if message is None:
            return True
        if value.strip():
            message = _("“{value}”: {message}").format(value=_shown(value), message=message)
        self.problems.add(file, row, name, message)
        return False

    def add_service(self, file: str, row: int, values: Mapping[str, str]) -> _Draft | None:
        raw_id = values.get("id", "").strip()
        name = values.get("name", "").strip()
        ok = self.need(file, row, "id", raw_id)
        if raw_id and raw_id in self.seen_ids:
            self.problems.add(
                file,
                row,
                "id",
                _("Another service has the id “{id}” too. Each service needs its own.").format(
                    id=_shown(raw_id)
                ),
            )
            ok = False
        self.seen_ids.add(raw_id)
        for rule in rules.FIELD_RULES["name"]:
            ok = self.check_rule(file, row, "name", name, rule) and ok
        status = (values.get("status") or "active").strip().casefold()
        if status not in SERVICE_STATUSES:
            self.problems.add(
                file,
                row,
                "status",
                _("“{value}” is not a service status. Use one of: {choices}.").format(
                    value=_shown(status), choices=", ".join(SERVICE_STATUSES)
                ),
            )
            ok = False
        email = values.get("email", "").strip()
        ok = self.check_text(file, row, "email", email, rules.MAX_EMAIL_CHARS) and ok
        if email:
            ok = self.check_rule(file, row, "email", email, rules.email) and ok
        url = values.get("url", values.get("website", "")).strip()
        ok = self.check_text(file, row, "url", url, rules.MAX_WEBSITE_CHARS) and ok
        if url:
            ok = self.check_rule(file, row, "url", url, rules.website) and ok
        if not ok or not raw_id:
            return None
        organization_id = values.get("organization_id", "").strip()
        draft = _Draft(
            file=file,
            row=row,
            raw_id=raw_id,
            hsds_id=exchange_id(raw_id, package=self.package, organization=organization_id),
            name=name,
            description=plain_text(values.get("description", "")),
            url=rules.normalise_website(url),
            email=email,
            status=status,
            application_process=values.get("application_process", "").strip(),
            organization_id=organization_id,
        )
        keywords = values.get("keywords", "")
        draft.keywords = [k.strip() for k in keywords.split(",") if k.strip()]
        self.drafts[raw_id] = draft
        return draft

    def phone_text(self, file: str, row: int, values: Mapping[str, str], prefix: str) -> str | None:
        number = values.get("number", "").strip()
        if not self.need(file, row, prefix + "number", number):
            return None
        extension = str(values.get("extension", "") or "").strip()
        text = f"{number} ext {extension}" if extension else number
        if not self.check_text(file, row, prefix + "number", text, rules.MAX_PHONE_CHARS):
            return None
        if not self.check_rule(file, row, prefix + "number", text, rules.phone):
            return None
        return text

    def language(self, file: str, row: int, values: Mapping[str, str], prefix: str) -> str | None:
        code = str(values.get("code", "") or "").strip()
        name = str(values.get("name", "") or values.get("language", "") or "").strip()
        if not code and not name:
            self.problems.add(
                file,
                row,
                prefix + "code",
                _("Give the language's code (for example ar or tir) or its name."),
            )
            return None
        tag = language_code(code, name)
        if tag is None:
            shown = code or name
            self.problems.add(
                file,
                row,
                prefix + ("code" if code else "name"),
                _(
                    "Hearth does not know the language “{value}”. Give its ISO 639 code "
                    "(for example ar, ti or fas) in the code column."
                ).format(value=_shown(shown)),
            )
            return None
        return tag

    def schedule(self, file: str, row: int, values: Mapping[str, str], prefix: str) -> str | None:
        ok = True
        for name in ("opens_at", "closes_at"):
            value = str(values.get(name, "") or "").strip()
            if value and not TIME_PATTERN.match(value):
                self.problems.add(
                    file,
                    row,
                    prefix + name,
                    _("“{value}” is not a time. Write it as HH:MM, for example 09:30.").format(
                        value=_shown(value)
                    ),
                )
                ok = False
        byday = str(values.get("byday", "") or "").strip()
        weekday = str(values.get("weekday", "") or "").strip()
        if weekday:
            code = weekday_code(weekday)
            if code is None:
                self.problems.add(
                    file,
                    row,
                    prefix + "weekday",
                    _("“{value}” is not a day of the week. Use 1 (Monday) to 7 (Sunday).").format(
                        value=_shown(weekday)
                    ),
                )
                ok = False
            else:
                byday = ",".join(p for p in (byday, code) if p)
        for token in (t.strip().upper() for t in byday.split(",") if t.strip()):
            if not BYDAY_PATTERN.match(token):
                self.problems.add(
                    file,
                    row,
                    prefix + "byday",
                    _("“{value}” is not a day code. Use MO, TU, WE, TH, FR, SA or SU.").format(
                        value=_shown(token)
                    ),
                )
                ok = False
        freq = str(values.get("freq", "") or "").strip().upper()
        if freq and freq not in {"WEEKLY", "MONTHLY", "DAILY", "YEARLY"}:
            self.problems.add(
                file,
                row,
                prefix + "freq",
                _("“{value}” is not a frequency. Use WEEKLY or MONTHLY.").format(
                    value=_shown(freq)
                ),
            )
            ok = False
        if not ok:
            return None
        text = schedule_text(
            description=str(values.get("description", "") or ""),
            byday=byday,
            opens_at=str(values.get("opens_at", "") or ""),
            closes_at=str(values.get("closes_at", "") or ""),
        )
        return text or None

    def address(self, file: str, row: int, values: Mapping[str, str], prefix: str) -> str | None:
        lines = [
            str(values.get(name, "") or "").strip()
            for name in (
                "address_1",
                "address_2",
                "address_3",
                "address_4",
                "city",
                "state_province",
                "postal_code",
            )
        ]
        text = ", ".join(line for line in lines if line)
        if not self.need(file, row, prefix + "address_1", str(values.get("address_1", "")).strip()):
            return None
        if not self.check_text(file, row, prefix + "address_1", text, rules.MAX_SHORT_TEXT_CHARS):
            return None
        return text

    def document(self, file: str, row: int, values: Mapping[str, str], prefix: str) -> str | None:
        text = " ".join(str(values.get("document", "") or "").split())
        if not text:
            return None
        if not self.check_text(file, row, prefix + "document", text, rules.MAX_SHORT_TEXT_CHARS):
            return None
        return text

    # ------------------------------------------------------------------ finish
    def finish(self) -> tuple[list[Service], list[Unmapped], list[tuple[str, int]]]:
        services: list[Service] = []
        unmapped: list[Unmapped] = []
        unknown: dict[str, int] = {}
        ids: set[str] = set()
        for draft in self.drafts.values():
            if draft.hsds_id in ids:
                self.problems.add(
                    draft.file,
                    draft.row,
                    "id",
                    _("Another service has this id too. Each service needs its own."),
                )
                continue
            ids.add(draft.hsds_id)
            categories: list[NeedCategory] = []
            term_names: list[str] = []
            for term in draft.terms:
                found = term_categories(term, self.terms)
                term_names.append(term.name or term.code)
                if not found:
                    key = term.name or term.code
                    unknown[key] = unknown.get(key, 0) + 1
                categories += [c for c in found if c not in categories]
            for keyword in draft.keywords:
                found = categories_for_text(keyword)
                term_names.append(keyword)
                if not found:
                    unknown[keyword] = unknown.get(keyword, 0) + 1
                categories += [c for c in found if c not in categories]
            access, only_access = access_from(draft.application_process)
            notes = draft.description
            if not only_access:
                notes = "\n\n".join(p for p in (notes, draft.application_process) if p)
            if not self.check_text(
                draft.file, draft.row, "description", notes, rules.MAX_SERVICE_NOTES_CHARS
            ):
                continue
            organization = draft.organization if draft.organization != draft.name else ""
            service = Service(
                name=draft.name,
                categories=tuple(categories),
                languages=tuple(dict.fromkeys(draft.languages)),
                phone=draft.phones[0] if draft.phones else "",
                email=draft.email,
                website=draft.url,
                address=self._joined_places(draft),
                opening_times="; ".join(dict.fromkeys(draft.schedules)),
                access=access,
                notes=notes,
                archived=draft.status != "active",
                organization=organization,
                what_to_bring="; ".join(dict.fromkeys(draft.documents)),
                hsds_id=draft.hsds_id,
            )
            for name, value, limit in (
                ("schedules", service.opening_times, rules.MAX_SHORT_TEXT_CHARS),
                ("required_documents", service.what_to_bring, rules.MAX_SHORT_TEXT_CHARS),
                ("organization_id", service.organization, rules.MAX_SERVICE_NAME_CHARS),
            ):
                # Not inside an f-string: extraction would not see the message.
                field = _("{field} (all rows together)").format(field=name)
                if not self.check_text(draft.file, draft.row, field, value, limit):
                    break
            else:
                services.append(service)
                if not categories:
                    unmapped.append(Unmapped(draft.name, draft.hsds_id, tuple(term_names)))
        ranked = sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        return services, unmapped, ranked

    def _joined_places(self, draft: _Draft) -> str:
        places = list(dict.fromkeys(draft.addresses))
        if not places:
            return ""
        joined = "; ".join(places)
        if len(joined) <= rules.MAX_SHORT_TEXT_CHARS or len(places) == 1:
            return joined
        more = len(places) - 1
        return _("{address} (and {count} other places)").format(address=places[0], count=more)


# --------------------------------------------------------------------------- CSV read


def _read_package(source: _Source, progress: Progress | None) -> DirectoryRead:
    problems = _Problems()
    notes: list[str] = []
    descriptor = _descriptor(source, problems, notes)
    paths = _resource_paths(descriptor, problems) if descriptor else {}
    package = str(descriptor.get("name", "") or "") if descriptor else ""
    tables: dict[str, _Table] = {}
    used: set[str] = {"datapackage.json"}
    for logical, (filenames, resource_names) in _TABLES.items():
        candidates = [paths[r] for r in resource_names if r in paths] + list(filenames)
        found = next((c for c in candidates if source.exists(c)), None)
        if found is None:
            tables[logical] = _Table(filenames[0])
            continue
        used.add(found)
        try:
            data = source.read(found)
        except _TooBigError:
            problems.add(found, None, "", _("The file is too big to be a services directory."))
            tables[logical] = _Table(found)
            continue
        text = _decode(data, found, problems)
        table = _parse_csv(text, found, problems) if text is not None else _Table(found)
        if table.present and not _check_columns(logical, table, problems):
            table.rows = []
        tables[logical] = table
    if not tables["services"].present:
        problems.add(
            "services.csv",
            None,
            "",
            _("The package has no services.csv, so there are no services to import."),
        )
    ignored = [n for n in source.names() if n.endswith(".csv") and n not in used]
    if ignored:
        notes.append(
            _("Hearth does not use these tables: {files}.").format(files=", ".join(ignored))
        )
    builder = _Builder(problems, package, progress)
    builder.total = sum(len(t.rows) for t in tables.values())
    _build_from_tables(builder, tables)
    builder.done = builder.total  # tables Hearth only looks up (taxonomies) count as read
    if progress is not None:
        progress(builder.total, builder.total)
    services, unmapped, unknown = builder.finish()
    return _result(problems, services, unmapped, unknown, notes, "csv", builder.done)


def _ids(table: _Table, column: str = "id") -> set[str]:
    return {row[column] for _n, row in table.rows if row.get(column)}


def _build_from_tables(builder: _Builder, tables: Mapping[str, _Table]) -> None:
    problems = builder.problems
    organizations: dict[str, str] = {}
    table = tables["organizations"]
    for row, values in table.rows:
        builder.tick()
        org_id, name = values.get("id", ""), values.get("name", "")
        ok = builder.need(table.file, row, "id", org_id)
        if org_id and org_id in organizations:
            problems.add(
                table.file,
                row,
                "id",
                _("Another organisation has the id “{id}” too. Each needs its own.").format(
                    id=_shown(org_id)
                ),
            )
            ok = False
        ok = builder.need(table.file, row, "name", name) and ok
        ok = builder.check_text(table.file, row, "name", name, rules.MAX_SERVICE_NAME_CHARS) and ok
        if ok:
            organizations[org_id] = name
    services = tables["services"]
    for row, values in services.rows:
        builder.tick()
        organization_ok = not tables["organizations"].present or builder.known(
            services.file,
            row,
            "organization_id",
            values.get("organization_id", "").strip(),
            organizations,
            tables["organizations"].file,
        )
        draft = builder.add_service(services.file, row, values)
        if draft is not None and organization_ok:
            draft.organization = organizations.get(draft.organization_id, "")
    service_ids = set(builder.drafts)
    all_service_ids = _ids(services)
    locations = tables["locations"]
    location_ids: set[str] = set()
    for row, values in locations.rows:
        builder.tick()
        location_id = values.get("id", "")
        if builder.need(locations.file, row, "id", location_id):
            if location_id in location_ids:
                problems.add(
                    locations.file,
                    row,
                    "id",
                    _("Another location has the id “{id}” too. Each needs its own.").format(
                        id=_shown(location_id)
                    ),
                )
            location_ids.add(location_id)
    # service at location: service → its locations (and the link's own id)
    links = tables["service_at_location"]
    locations_of: dict[str, list[str]] = {}
    link_service: dict[str, str] = {}
    for row, values in links.rows:
        builder.tick()
        service_id, location_id = values.get("service_id", ""), values.get("location_id", "")
        ok = builder.need(links.file, row, "service_id", service_id)
        ok = builder.need(links.file, row, "location_id", location_id) and ok
        ok = (
            builder.known(links.file, row, "service_id", service_id, all_service_ids, services.file)
            and ok
        )
        if locations.present:
            ok = (
                builder.known(
                    links.file, row, "location_id", location_id, location_ids, locations.file
                )
                and ok
            )
        if ok:
            locations_of.setdefault(service_id, []).append(location_id)
            if values.get("id"):
                link_service[values["id"]] = service_id
    # addresses by location (physical ones first)
    addresses = tables["addresses"]
    address_of: dict[str, list[tuple[bool, str]]] = {}
    for row, values in addresses.rows:
        builder.tick()
        location_id = values.get("location_id", "")
        ok = builder.need(addresses.file, row, "location_id", location_id)
        if locations.present:
            ok = (
                builder.known(
                    addresses.file, row, "location_id", location_id, location_ids, locations.file
                )
                and ok
            )
        text = builder.address(addresses.file, row, values, "")
        if ok and text:
            kind = values.get("address_type", "").casefold()
            address_of.setdefault(location_id, []).append((kind in ("", "physical"), text))
    links_of: dict[str, list[str]] = {}  # service → its service-at-location ids
    for link_id, service_id in link_service.items():
        links_of.setdefault(service_id, []).append(link_id)
    for service_id, draft in builder.drafts.items():
        for location_id in locations_of.get(service_id, []):
            found = sorted(address_of.get(location_id, []), key=lambda p: not p[0])
            if found:
                draft.addresses.append(found[0][1])
    # phones: the service's own, else its link's, else its location's, else its organisation's
    phones = tables["phones"]
    by_owner: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for row, values in phones.rows:
        builder.tick()
        text = builder.phone_text(phones.file, row, values, "")
        ok = text is not None
        service_id = values.get("service_id", "")
        ok = (
            builder.known(
                phones.file, row, "service_id", service_id, all_service_ids, services.file
            )
            and ok
        )
        if locations.present:
            ok = (
                builder.known(
                    phones.file,
                    row,
                    "location_id",
                    values.get("location_id", ""),
                    location_ids,
                    locations.file,
                )
                and ok
            )
        if tables["organizations"].present:
            ok = (
                builder.known(
                    phones.file,
                    row,
                    "organization_id",
                    values.get("organization_id", ""),
                    organizations,
                    tables["organizations"].file,
                )
                and ok
            )
        if not ok or text is None:
            continue
        rank = 0 if values.get("type", "").casefold() in ("", "voice", "cell") else 1
        for column in ("service_id", "service_at_location_id", "location_id", "organization_id"):
            if values.get(column):
                by_owner.setdefault((column, values[column]), []).append((rank, text))
    for service_id, draft in builder.drafts.items():
        owners = [("service_id", service_id)]
        owners += [("service_at_location_id", k) for k in links_of.get(service_id, [])]
        owners += [("location_id", loc) for loc in locations_of.get(service_id, [])]
        owners += [("organization_id", draft.organization_id)] if draft.organization_id else []
        for owner in owners:
            ranked = sorted(by_owner.get(owner, []), key=lambda p: p[0])
            if ranked:
                draft.phones = [text for _rank, text in ranked]
                break
    # schedules
    schedules = tables["schedules"]
    schedules_of: dict[tuple[str, str], list[str]] = {}
    for row, values in schedules.rows:
        builder.tick()
        ok = builder.known(
            schedules.file,
            row,
            "service_id",
            values.get("service_id", ""),
            all_service_ids,
            services.file,
        )
        text = builder.schedule(schedules.file, row, values, "")
        if not ok or text is None:
            continue
        for column in ("service_id", "service_at_location_id", "location_id"):
            if values.get(column):
                schedules_of.setdefault((column, values[column]), []).append(text)
                break
    for service_id, draft in builder.drafts.items():
        owners = [("service_id", service_id)]
        owners += [("service_at_location_id", k) for k in links_of.get(service_id, [])]
        owners += [("location_id", loc) for loc in locations_of.get(service_id, [])]
        for owner in owners:
            if owner in schedules_of:
                draft.schedules = schedules_of[owner]
                break
    # languages: the service's, and those of the places it is delivered at
    languages = tables["languages"]
    by_location: dict[str, list[str]] = {}
    for row, values in languages.rows:
        builder.tick()
        tag = builder.language(languages.file, row, values, "")
        service_id = values.get("service_id", "")
        ok = builder.known(
            languages.file, row, "service_id", service_id, all_service_ids, services.file
        )
        if not ok or tag is None:
            continue
        if service_id in service_ids:
            builder.drafts[service_id].languages.append(tag)
        elif values.get("location_id"):
            by_location.setdefault(values["location_id"], []).append(tag)
    for service_id, draft in builder.drafts.items():
        for location_id in locations_of.get(service_id, []):
            draft.languages += by_location.get(location_id, [])
    # what to bring
    documents = tables["required_documents"]
    for row, values in documents.rows:
        builder.tick()
        service_id = values.get("service_id", "")
        ok = builder.need(documents.file, row, "service_id", service_id)
        ok = (
            builder.known(
                documents.file, row, "service_id", service_id, all_service_ids, services.file
            )
            and ok
        )
        text = builder.document(documents.file, row, values, "")
        if ok and text and service_id in service_ids:
            builder.drafts[service_id].documents.append(text)
    # taxonomy
    taxonomy_names = {
        values["id"]: values.get("name", "")
        for _row, values in tables["taxonomies"].rows
        if values.get("id")
    }
    terms = tables["taxonomy_terms"]
    for row, values in terms.rows:
        builder.tick()
        term_id, name = values.get("id", ""), values.get("name", "")
        ok = builder.need(terms.file, row, "id", term_id)
        ok = builder.need(terms.file, row, "name", name) and ok
        if term_id in builder.terms:
            problems.add(
                terms.file,
                row,
                "id",
                _("Another term has the id “{id}” too. Each term needs its own.").format(
                    id=_shown(term_id)
                ),
            )
            ok = False
        if ok:
            builder.terms[term_id] = Term(
                id=term_id,
                name=name,
                code=values.get("code", ""),
                taxonomy=values.get("taxonomy", "")
                or values.get("vocabulary", "")
                or taxonomy_names.get(values.get("taxonomy_id", ""), "")
                or values.get("taxonomy_id", ""),
                parent_id=values.get("parent_id", ""),
            )
    attributes = tables["attributes"]
    for row, values in attributes.rows:
        builder.tick()
        entity = values.get("link_entity", "service").casefold() or "service"
        if entity != "service":
            continue
        service_id = values.get("link_id") or values.get("service_id", "")
        term_id = values.get("taxonomy_term_id") or values.get("taxonomy_id", "")
        ok = builder.need(attributes.file, row, "link_id", service_id)
        ok = builder.need(attributes.file, row, "taxonomy_term_id", term_id) and ok
        ok = (
            builder.known(
                attributes.file, row, "link_id", service_id, all_service_ids, services.file
            )
            and ok
        )
        if terms.present:
            ok = (
                builder.known(
                    attributes.file, row, "taxonomy_term_id", term_id, builder.terms, terms.file
                )
                and ok
            )
        elif term_id:
            problems.add(
                attributes.file,
                row,
                "taxonomy_term_id",
                _("There is no taxonomy_terms.csv to say what this term is. Add it."),
            )
            ok = False
        if ok and service_id in service_ids:
            builder.drafts[service_id].terms.append(builder.terms[term_id])


def _result(
    problems: _Problems,
    services: list[Service],
    unmapped: list[Unmapped],
    unknown: list[tuple[str, int]],
    notes: list[str],
    kind: str,
    rows: int,
) -> DirectoryRead:
    if problems.items:
        return DirectoryRead(
            problems=tuple(problems.items), notes=tuple(notes), kind=kind, rows_checked=rows
        )
    return DirectoryRead(
        services=tuple(services),
        unmapped=tuple(unmapped),
        unknown_terms=tuple(unknown),
        notes=tuple(notes),
        kind=kind,
        rows_checked=rows,
    )


# --------------------------------------------------------------------------- JSON read


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return str(value).strip() if isinstance(value, str) else ""


def _flat(item: Mapping[str, Any]) -> dict[str, str]:
    return {k: _as_text(v) for k, v in item.items() if not isinstance(v, dict | list)}


def _objects(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _read_json(data: bytes, file: str, progress: Progress | None) -> DirectoryRead:
    problems = _Problems()
    text = _decode(data, file, problems)
    if text is None:
        return _result(problems, [], [], [], [], "json", 0)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        problems.add(
            file,
            None,
            "",
            _(
                "This is not valid JSON (line {line}, column {column}). Fix it and try again."
            ).format(line=error.lineno, column=error.colno),
        )
        return _result(problems, [], [], [], [], "json", 0)
    items: Any = document
    if isinstance(document, dict):
        items = document.get("items", document.get("services", document.get("contents")))
    if not isinstance(items, list):
        problems.add(
            file,
            None,
            "",
            _("The file must hold a list of services (or an object with “items”)."),
        )
        return _result(problems, [], [], [], [], "json", 0)
    builder = _Builder(problems, "", progress)
    builder.total = len(items)
    for number, item in enumerate(items, start=1):
        builder.tick()
        if not isinstance(item, dict):
            problems.add(file, number, "", _("This item is not a service object."))
            continue
        _json_service(builder, file, number, item)
    services, unmapped, unknown = builder.finish()
    return _result(problems, services, unmapped, unknown, [], "json", builder.done)


def _json_service(builder: _Builder, file: str, number: int, item: Mapping[str, Any]) -> None:
    values = _flat(item)
    organization = item.get("organization")
    if isinstance(organization, dict) and not values.get("organization_id"):
        values["organization_id"] = _as_text(organization.get("id"))
    draft = builder.add_service(file, number, values)
    if draft is None:
        return
    if isinstance(organization, dict):
        name = _as_text(organization.get("name"))
        if builder.check_text(
            file, number, "organization.name", name, rules.MAX_SERVICE_NAME_CHARS
        ):
            draft.organization = name
    for index, phone in enumerate(_objects(item.get("phones"))):
        text = builder.phone_text(file, number, _flat(phone), f"phones[{index}].")
        if text is not None:
            draft.phones.append(text)
    for index, language in enumerate(_objects(item.get("languages"))):
        tag = builder.language(file, number, _flat(language), f"languages[{index}].")
        if tag:
            draft.languages.append(tag)
    places = _objects(item.get("service_at_locations"))
    for index, link in enumerate(places):
        location = link.get("location")
        prefix = f"service_at_locations[{index}].location."
        if not isinstance(location, dict):
            continue
        for a_index, address in enumerate(_objects(location.get("addresses"))):
            text = builder.address(file, number, _flat(address), f"{prefix}addresses[{a_index}].")
            if text:
                draft.addresses.append(text)
                break
        for l_index, language in enumerate(_objects(location.get("languages"))):
            tag = builder.language(file, number, _flat(language), f"{prefix}languages[{l_index}].")
            if tag:
                draft.languages.append(tag)
        if not draft.phones:
            for p_index, phone in enumerate(_objects(location.get("phones"))):
                text = builder.phone_text(file, number, _flat(phone), f"{prefix}phones[{p_index}].")
                if text is not None:
                    draft.phones.append(text)
    for index, schedule in enumerate(_objects(item.get("schedules"))):
        text = builder.schedule(file, number, _flat(schedule), f"schedules[{index}].")
        if text:
            draft.schedules.append(text)
    for index, document in enumerate(_objects(item.get("required_documents"))):
        text = builder.document(file, number, _flat(document), f"required_documents[{index}].")
        if text:
            draft.documents.append(text)
    for index, attribute in enumerate(_objects(item.get("attributes"))):
        term = attribute.get("taxonomy_term")
        prefix = f"attributes[{index}].taxonomy_term."
        if not isinstance(term, dict):
            builder.problems.add(
                file,
                number,
                f"attributes[{index}].taxonomy_term",
                _("The attribute has no taxonomy term to say what it means."),
            )
            continue
        term_values = _flat(term)
        term_id = term_values.get("id") or stable_uuid("term", term_values.get("name", ""))
        if not builder.need(file, number, prefix + "name", term_values.get("name", "")):
            continue
        parsed = Term(
            id=term_id,
            name=term_values["name"],
            code=term_values.get("code", ""),
            taxonomy=term_values.get("taxonomy", "") or term_values.get("taxonomy_id", ""),
            parent_id=term_values.get("parent_id", ""),
        )
        builder.terms.setdefault(term_id, parsed)
        draft.terms.append(parsed)


# --------------------------------------------------------------------------- entry point


def read_directory(path: Path, *, progress: Progress | None = None) -> DirectoryRead:
    """Read an HSDS directory: a data-package folder or zip, or a JSON file.

    Nothing is stored: the caller imports ``services`` only when ``ok``. Every problem
    of every row is in ``problems``.

    Args:
        path: a folder holding ``datapackage.json`` and the CSV files (or one of its
            files), a ``.zip`` of such a folder, or a ``.json`` file of services.
        progress: called as ``progress(rows_done, rows_total)`` now and then.
    """
    name = path.name or str(path)
    if not path.exists():
        return _failed(name, _("There is no file or folder here. Choose the directory file again."))
    if path.is_dir():
        return _read_package(_FolderSource(path), progress)
    if zipfile.is_zipfile(path):
        return _read_zip(path, progress)
    if path.suffix.lower() == ".csv" or path.name.lower() == "datapackage.json":
        return _read_package(_FolderSource(path.parent), progress)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return _failed(name, _("The file is too big to be a services directory."))
        data = path.read_bytes()
    except OSError:
        return _failed(
            name,
            _("The file could not be read. Check that it is not open elsewhere, and try again."),
        )
    if path.suffix.lower() == ".json" or data.lstrip()[:1] in (b"[", b"{"):
        return _read_json(data, name, progress)
    return _failed(
        name,
        _(
            "Hearth reads Open Referral directories: a folder or .zip with datapackage.json "
            "and CSV files, or a .json file."
        ),
    )


def _read_zip(path: Path, progress: Progress | None) -> DirectoryRead:
    try:
        with zipfile.ZipFile(path) as archive:
            names = [i.filename for i in archive.infolist() if not i.is_dir()]
            if any(i.flag_bits & 0x1 for i in archive.infolist()):
                return _failed(
                    path.name,
                    _(
                        "The zip file is protected by a password. Unzip it first, then import "
                        "the folder."
                    ),
                )
            prefix = _zip_prefix(names)
            if prefix is None and not any(n.endswith(".json") for n in names):
                return _failed(
                    path.name, _("The zip file holds no datapackage.json or services.csv.")
                )
            if prefix is None:
                json_name = next(n for n in names if n.endswith(".json"))
                source = _ZipSource(archive, "", path.name)
                return _read_json(source.read(json_name), json_name, progress)
            return _read_package(_ZipSource(archive, prefix, path.name), progress)
    except (zipfile.BadZipFile, OSError, _TooBigError):
        return _failed(
            path.name, _("The zip file is damaged or too big. Make it again, or import the folder.")
        )


def _zip_prefix(names: Sequence[str]) -> str | None:
    """The folder inside a zip that holds the package ("" for the top), or None."""
    for marker in ("datapackage.json", "services.csv"):
        candidates = sorted(
            (n[: -len(marker)] for n in names if n == marker or n.endswith("/" + marker)),
            key=len,
        )
        if candidates:
            return candidates[0]
    return None


def iter_problems(read: DirectoryRead) -> Iterator[str]:
    """Yield each problem of ``read`` on one line (for a terminal or a saved report)."""
    for problem in read.problems:
        yield problem.describe()
