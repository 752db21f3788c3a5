"""Writing Hearth's directory as HSDS: a CSV data package (zip or folder) or JSON.

The files load into another Hearth (:func:`desktop_app.core.hsds.read_directory` gives
back every field) or into a council's HSDS tools. Identifiers are stable: the same
directory exported twice gives the same ids.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.hsds.vocabulary import (
    ACCESS_SENTENCES,
    CATEGORY_TERM_NAMES,
    HEARTH_TAXONOMY,
    HEARTH_TAXONOMY_ID,
    HEARTH_TAXONOMY_URI,
    language_english_name,
    stable_uuid,
)
from desktop_app.core.models import NeedCategory, Service, ServiceAccess

# --------------------------------------------------------------------------- export


_EXPORT_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "organizations.csv": ("id", "name", "description", "email", "website"),
    "services.csv": (
        "id", "organization_id", "name", "description", "url", "email", "status",
        "application_process",
    ),
    "locations.csv": ("id", "location_type", "organization_id", "name"),
    "service_at_location.csv": ("id", "service_id", "location_id"),
    "addresses.csv": (
        "id", "location_id", "address_1", "address_2", "city", "state_province",
        "postal_code", "country", "address_type",
    ),
    "phones.csv": ("id", "service_id", "number"),
    "schedules.csv": ("id", "service_id", "description"),
    "languages.csv": ("id", "service_id", "name", "code"),
    "required_documents.csv": ("id", "service_id", "document"),
    "taxonomies.csv": ("id", "name", "description", "uri", "version"),
    "taxonomy_terms.csv": (
        "id", "code", "name", "description", "parent_id", "taxonomy", "taxonomy_id",
    ),
    "attributes.csv": ("id", "link_id", "link_type", "link_entity", "taxonomy_term_id"),
}  # fmt: skip


def _service_id(service: Service) -> str:
    return service.hsds_id or stable_uuid("service", service.name)


def _organization(service: Service) -> tuple[str, str]:
    """An exported service's organisation: its own, else one named after the service."""
    if service.organization:
        return stable_uuid("organization", service.organization), service.organization
    return stable_uuid("organization-of", _service_id(service)), service.name


def _term_id(category: NeedCategory) -> str:
    return stable_uuid("term", category.value)


def _tables(services: Sequence[Service]) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {name: [] for name in _EXPORT_COLUMNS}
    organizations: dict[str, dict[str, str]] = {}
    for service in services:
        sid = _service_id(service)
        org_id, org_name = _organization(service)
        organizations.setdefault(
            org_id,
            {"id": org_id, "name": org_name, "description": "", "email": "", "website": ""},
        )
        tables["services.csv"].append(
            {
                "id": sid,
                "organization_id": org_id,
                "name": service.name,
                "description": service.notes,
                "url": service.website,
                "email": service.email,
                "status": "inactive" if service.archived else "active",
                "application_process": ACCESS_SENTENCES[ServiceAccess(service.access)],
            }
        )
        if service.address:
            location_id = stable_uuid("location", sid)
            tables["locations.csv"].append(
                {
                    "id": location_id,
                    "location_type": "physical",
                    "organization_id": org_id,
                    "name": service.name,
                },
            )
            tables["service_at_location.csv"].append(
                {
                    "id": stable_uuid("service-at-location", sid),
                    "service_id": sid,
                    "location_id": location_id,
                },
            )
            tables["addresses.csv"].append(
                {
                    "id": stable_uuid("address", sid),
                    "location_id": location_id,
                    "address_1": service.address,
                    "address_2": "",
                    "city": "",
                    "state_province": "",
                    "postal_code": "",
                    "country": "",
                    "address_type": "physical",
                },
            )
        if service.phone:
            tables["phones.csv"].append(
                {"id": stable_uuid("phone", sid), "service_id": sid, "number": service.phone}
            )
        if service.opening_times:
            tables["schedules.csv"].append(
                {
                    "id": stable_uuid("schedule", sid),
                    "service_id": sid,
                    "description": service.opening_times,
                },
            )
        for code in service.languages:
            tables["languages.csv"].append(
                {
                    "id": stable_uuid("language", sid, code),
                    "service_id": sid,
                    "name": language_english_name(code),
                    "code": code,
                },
            )
        if service.what_to_bring:
            tables["required_documents.csv"].append(
                {
                    "id": stable_uuid("required-document", sid),
                    "service_id": sid,
                    "document": service.what_to_bring,
                },
            )
        for category in service.categories:
            tables["attributes.csv"].append(
                {
                    "id": stable_uuid("attribute", sid, category.value),
                    "link_id": sid,
                    "link_type": "",
                    "link_entity": "service",
                    "taxonomy_term_id": _term_id(category),
                },
            )
    tables["organizations.csv"] = list(organizations.values())
    tables["taxonomies.csv"] = [
        {
            "id": HEARTH_TAXONOMY_ID,
            "name": HEARTH_TAXONOMY,
            "description": "The wider needs Hearth signposts families for.",
            "uri": HEARTH_TAXONOMY_URI,
            "version": "1",
        },
    ]
    tables["taxonomy_terms.csv"] = [
        {
            "id": _term_id(category),
            "code": category.value,
            "name": CATEGORY_TERM_NAMES[category],
            "description": CATEGORY_TERM_NAMES[category],
            "parent_id": "",
            "taxonomy": HEARTH_TAXONOMY,
            "taxonomy_id": HEARTH_TAXONOMY_ID,
        }
        for category in NeedCategory
    ]
    return tables


def _csv_bytes(columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue().encode("utf-8")


def _datapackage(created: datetime) -> bytes:
    resources = []
    for path, columns in _EXPORT_COLUMNS.items():
        resources.append(
            {
                "name": path.removesuffix(".csv"),
                "path": path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": c, "type": "string"} for c in columns],
                    "primaryKey": "id",
                },
            }
        )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "hearth-services-directory",
        "title": "Services directory exported by Hearth (Open Referral HSDS 3.0)",
        "created": created.isoformat(),
        "resources": resources,
    }
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def package_files(
    services: Sequence[Service], *, created: datetime | None = None
) -> dict[str, bytes]:
    """Return the files of the CSV data package for ``services`` (name → bytes)."""
    tables = _tables(services)
    files = {"datapackage.json": _datapackage(created or datetime.now(UTC).replace(microsecond=0))}
    for name, columns in _EXPORT_COLUMNS.items():
        files[name] = _csv_bytes(columns, tables[name])
    return files


def write_csv_package(
    services: Sequence[Service], target: Path, *, created: datetime | None = None
) -> Path:
    """Write ``services`` as an HSDS CSV data package: a ``.zip`` file, or a new folder.

    Raises:
        FileExistsError: ``target`` exists already (nothing is overwritten).
        OSError: it could not be written.
    """
    files = package_files(services, created=created)
    if target.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        _write_new(target, buffer.getvalue())
        return target
    # Written beside the target and renamed: a failure half-way leaves no half package.
    if target.exists():
        raise FileExistsError(target)
    partial = target.with_name(f".{target.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        for name, data in files.items():
            (partial / name).write_bytes(data)
        partial.rename(target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target


def _write_new(target: Path, data: bytes) -> None:
    """Write a new file whole: a failure half-way removes what was written."""
    with target.open("xb") as handle:
        try:
            handle.write(data)
            handle.flush()
        except BaseException:
            handle.close()
            target.unlink(missing_ok=True)
            raise


def service_objects(services: Sequence[Service]) -> list[dict[str, Any]]:
    """Return ``services`` as HSDS service objects (the JSON shape, nested)."""
    items = []
    for service in services:
        sid = _service_id(service)
        org_id, org_name = _organization(service)
        item: dict[str, Any] = {
            "id": sid,
            "organization_id": org_id,
            "name": service.name,
            "description": service.notes,
            "url": service.website,
            "email": service.email,
            "status": "inactive" if service.archived else "active",
            "application_process": ACCESS_SENTENCES[ServiceAccess(service.access)],
            "organization": {"id": org_id, "name": org_name, "description": ""},
            "phones": (
                [{"id": stable_uuid("phone", sid), "service_id": sid, "number": service.phone}]
                if service.phone
                else []
            ),
            "schedules": (
                [
                    {
                        "id": stable_uuid("schedule", sid),
                        "service_id": sid,
                        "description": service.opening_times,
                    }
                ]
                if service.opening_times
                else []
            ),
            "languages": [
                {
                    "id": stable_uuid("language", sid, code),
                    "service_id": sid,
                    "name": language_english_name(code),
                    "code": code,
                }
                for code in service.languages
            ],
            "required_documents": (
                [
                    {
                        "id": stable_uuid("required-document", sid),
                        "service_id": sid,
                        "document": service.what_to_bring,
                    }
                ]
                if service.what_to_bring
                else []
            ),
            "service_at_locations": [],
            "attributes": [
                {
                    "id": stable_uuid("attribute", sid, category.value),
                    "link_id": sid,
                    "link_entity": "service",
                    "taxonomy_term_id": _term_id(category),
                    "taxonomy_term": {
                        "id": _term_id(category),
                        "code": category.value,
                        "name": CATEGORY_TERM_NAMES[category],
                        "description": CATEGORY_TERM_NAMES[category],
                        "taxonomy": HEARTH_TAXONOMY,
                        "taxonomy_id": HEARTH_TAXONOMY_ID,
                    },
                }
                for category in service.categories
            ],
        }
        if service.address:
            location_id = stable_uuid("location", sid)
            item["service_at_locations"] = [
                {
                    "id": stable_uuid("service-at-location", sid),
                    "service_id": sid,
                    "location_id": location_id,
                    "location": {
                        "id": location_id,
                        "location_type": "physical",
                        "name": service.name,
                        "addresses": [
                            {
                                "id": stable_uuid("address", sid),
                                "location_id": location_id,
                                "address_1": service.address,
                                "city": "",
                                "state_province": "",
                                "postal_code": "",
                                "country": "",
                                "address_type": "physical",
                            }
                        ],
                    },
                }
            ]
        items.append(item)
    return items


def json_document(services: Sequence[Service]) -> dict[str, Any]:
    """Return the JSON export: one page of services, as the HSDS API lists them."""
    items = service_objects(services)
    return {
        "total_items": len(items),
        "total_pages": 1,
        "page_number": 1,
        "size": len(items),
        "first_page": True,
        "last_page": True,
        "empty": not items,
        "contents": items,
    }


def write_json(services: Sequence[Service], target: Path) -> Path:
    """Write ``services`` as HSDS JSON to a new file.

    Raises:
        FileExistsError: ``target`` exists already (nothing is overwritten).
        OSError: it could not be written.
    """
    data = json.dumps(json_document(services), ensure_ascii=False, indent=2) + "\n"
    _write_new(target, data.encode("utf-8"))
    return target
