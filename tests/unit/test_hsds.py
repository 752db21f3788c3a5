"""Open Referral HSDS: councils' directories in, Hearth's directory out, every field kept."""

from __future__ import annotations

import csv
import io
import json
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from desktop_app.core import hsds
from desktop_app.core.hsds import read_directory
from desktop_app.core.models import NeedCategory, Service, ServiceAccess

C = NeedCategory

ORG = "0b9f1f7e-1c1d-4a56-9a1e-5c0e8f3b2a10"
FOOD = "3c5a1b6e-8f9d-4e2a-b7c1-9d0e2f4a6b81"
CLINIC = "7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a52"
YOUTH = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b13"
HALL = "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716"


def write_csv(folder: Path, name: str, rows: Sequence[Mapping[str, str]]) -> None:
    columns = list(dict.fromkeys(c for row in rows for c in row))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    (folder / name).write_text(out.getvalue(), encoding="utf-8", newline="")


def attribute(row_id: str, link: str, term: str, *, entity: str = "service") -> dict[str, str]:
    return {"id": row_id, "link_id": link, "taxonomy_term_id": term, "link_entity": entity}


def council_package(folder: Path) -> Path:
    """A small council directory in HSDS 3.0 shape, using the council's own taxonomy."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(
        json.dumps(
            {
                "name": "northfield-fis",
                "profile": "tabular-data-package",
                "resources": [
                    {"name": "services", "path": "services.csv"},
                    {"name": "phones", "path": "tables/phones.csv"},
                ],
            }
        ),
        encoding="utf-8",
    )
    write_csv(
        folder,
        "organizations.csv",
        [
            {"id": ORG, "name": "Northfield Community Trust", "description": "A charity"},
            {"id": "org-youth", "name": "Northfield Youth Club", "description": ""},
        ],
    )
    write_csv(
        folder,
        "services.csv",
        [
            {
                "id": FOOD,
                "organization_id": ORG,
                "name": "Northfield Food Bank",
                "description": "<p>Emergency food &amp; toiletries.</p><p>Halal parcels.</p>",
                "url": "www.northfield-food.example",
                "email": "food@northfield.example",
                "status": "active",
                "application_process": "You need a referral voucher from the school or GP.",
            },
            {
                "id": CLINIC,
                "organization_id": ORG,
                "name": "Asylum Advice Clinic",
                "description": "Regulated immigration advice.",
                "url": "https://clinic.example/advice",
                "email": "",
                "status": "temporarily closed",
                "application_process": "By referral only.",
            },
            {
                "id": YOUTH,
                "organization_id": "org-youth",
                "name": "Northfield Youth Club",
                "description": "",
                "url": "",
                "email": "",
                "status": "active",
                "application_process": "Drop in on club nights.",
            },
        ],
    )
    write_csv(folder, "locations.csv", [{"id": HALL, "location_type": "physical", "name": "Hall"}])
    write_csv(
        folder,
        "service_at_location.csv",
        [
            {"id": "sal-1", "service_id": FOOD, "location_id": HALL},
            {"id": "sal-2", "service_id": YOUTH, "location_id": HALL},
        ],
    )
    write_csv(
        folder,
        "addresses.csv",
        [
            {
                "id": "a-post",
                "location_id": HALL,
                "address_1": "PO Box 12",
                "city": "Northfield",
                "postal_code": "NF1 1AA",
                "address_type": "postal",
            },
            {
                "id": "a-1",
                "location_id": HALL,
                "address_1": "St Mary's Hall, 4 Church Street",
                "city": "Northfield",
                "postal_code": "NF1 2AB",
                "country": "GB",
                "address_type": "physical",
            },
        ],
    )
    (folder / "tables").mkdir()
    write_csv(
        folder / "tables",
        "phones.csv",
        [
            {"id": "p-1", "service_id": FOOD, "number": "01632 960500", "type": "voice"},
            {"id": "p-2", "location_id": HALL, "number": "01632 960501", "extension": "12"},
            {"id": "p-3", "organization_id": ORG, "number": "01632 960502"},
        ],
    )
    write_csv(
        folder,
        "schedules.csv",
        [
            {"id": "s-1", "service_id": FOOD, "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
             "opens_at": "10:00", "closes_at": "13:00Z"},
            {"id": "s-2", "service_id": FOOD, "freq": "WEEKLY", "byday": "SA",
             "opens_at": "09:00", "closes_at": "11:00"},
            {"id": "s-3", "service_id": CLINIC, "description": "Thursdays, by appointment"},
        ],
    )  # fmt: skip
    write_csv(
        folder,
        "languages.csv",
        [
            {"id": "l-1", "service_id": FOOD, "code": "ara", "name": "Arabic"},
            {"id": "l-2", "service_id": FOOD, "code": "", "name": "Tigrinya"},
            {"id": "l-3", "service_id": CLINIC, "code": "prs", "name": "Dari"},
            {"id": "l-4", "service_id": CLINIC, "code": "uk", "name": "Ukrainian"},
            {"id": "l-5", "location_id": HALL, "code": "en", "name": "English"},
        ],
    )
    write_csv(
        folder,
        "required_documents.csv",
        [
            {"id": "d-1", "service_id": FOOD, "document": "A food bank voucher"},
            {"id": "d-2", "service_id": FOOD, "document": "A bag"},
            {"id": "d-3", "service_id": CLINIC, "document": "Home Office letters"},
        ],
    )
    write_csv(
        folder,
        "taxonomy_terms.csv",
        [
            {"id": "t-basic", "name": "Basic needs", "taxonomy": "Northfield FIS"},
            {"id": "t-food", "name": "Emergency food", "parent_id": "t-basic"},
            {"id": "t-pantry", "name": "Parcels", "parent_id": "t-food"},
            {"id": "t-legal", "name": "Immigration advice"},
            {"id": "t-mental", "name": "Mental health support"},
            {"id": "t-youth", "name": "Youth clubs"},
            {"id": "t-bins", "name": "Bin collections"},
        ],
    )
    write_csv(
        folder,
        "attributes.csv",
        [
            attribute("x-1", FOOD, "t-pantry"),
            attribute("x-2", CLINIC, "t-legal"),
            attribute("x-3", CLINIC, "t-mental"),
            attribute("x-4", YOUTH, "t-youth"),
            attribute("x-5", HALL, "t-bins", entity="location"),
        ],
    )  # fmt: skip
    return folder


EXPECTED = {
    FOOD: Service(
        name="Northfield Food Bank",
        categories=(C.FOOD,),
        languages=("ar", "ti", "en"),
        phone="01632 960500",
        email="food@northfield.example",
        website="https://www.northfield-food.example",
        address="St Mary's Hall, 4 Church Street, Northfield, NF1 2AB",
        opening_times="Mon–Fri 10:00–13:00; Sat 09:00–11:00",
        access=ServiceAccess.REFERRAL,
        notes=(
            "Emergency food & toiletries.\n\nHalal parcels.\n\n"
            "You need a referral voucher from the school or GP."
        ),
        organization="Northfield Community Trust",
        what_to_bring="A food bank voucher; A bag",
        hsds_id=FOOD,
    ),
    CLINIC: Service(
        name="Asylum Advice Clinic",
        categories=(C.IMMIGRATION_LEGAL_ADVICE, C.MENTAL_HEALTH_WELLBEING),
        languages=("fa-AF", "uk"),
        phone="01632 960502",  # the organisation's: the service has none of its own
        website="https://clinic.example/advice",
        opening_times="Thursdays, by appointment",
        access=ServiceAccess.REFERRAL,
        notes="Regulated immigration advice.",
        archived=True,  # temporarily closed
        organization="Northfield Community Trust",
        what_to_bring="Home Office letters",
        hsds_id=CLINIC,
    ),
    YOUTH: Service(
        name="Northfield Youth Club",
        categories=(C.SOCIAL_CONNECTION,),
        languages=("en",),
        phone="01632 960501 ext 12",  # the location's
        address="St Mary's Hall, 4 Church Street, Northfield, NF1 2AB",
        access=ServiceAccess.WALK_IN,
        notes="Drop in on club nights.",
        organization="",  # the organisation is named like the service
        hsds_id=YOUTH,
    ),
}


def by_id(services: Sequence[Service]) -> dict[str, Service]:
    return {s.hsds_id: s for s in services}


def test_a_council_csv_package_lands_field_by_field(tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    read = read_directory(
        council_package(tmp_path / "council"), progress=lambda d, t: progress.append((d, t))
    )
    assert read.problems == ()
    assert read.ok
    assert read.kind == "csv"
    assert by_id(read.services) == EXPECTED
    assert [s.hsds_id for s in read.services] == [FOOD, CLINIC, YOUTH]  # file order
    assert read.unmapped == ()
    # The bin-collections term belongs to a location: not a service's term at all.
    assert read.unknown_terms == ()
    assert progress[-1][0] == progress[-1][1] == read.rows_checked > 20


def test_the_same_package_zipped_in_a_folder_reads_the_same(tmp_path: Path) -> None:
    folder = council_package(tmp_path / "council")
    archive = tmp_path / "council.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in folder.rglob("*"):
            if path.is_file():
                z.write(path, "northfield-directory/" + str(path.relative_to(folder)))
    read = read_directory(archive)
    assert read.problems == ()
    assert by_id(read.services) == EXPECTED
    # Choosing one of the package's files reads the whole package.
    assert by_id(read_directory(folder / "services.csv").services) == EXPECTED


def test_an_hsds_json_file_lands_field_by_field(tmp_path: Path) -> None:
    items = [
        {
            "id": FOOD,
            "name": "Northfield Food Bank",
            "description": "<p>Emergency food &amp; toiletries.</p><p>Halal parcels.</p>",
            "url": "www.northfield-food.example",
            "email": "food@northfield.example",
            "status": "active",
            "application_process": "You need a referral voucher from the school or GP.",
            "organization": {"id": ORG, "name": "Northfield Community Trust"},
            "phones": [{"id": "p", "number": "01632 960500"}],
            "languages": [{"code": "ara"}, {"name": "Tigrinya"}],
            "schedules": [
                {"byday": "MO,TU,WE,TH,FR", "opens_at": "10:00", "closes_at": "13:00Z"},
                {"byday": "SA", "opens_at": "09:00", "closes_at": "11:00"},
            ],
            "required_documents": [{"document": "A food bank voucher"}, {"document": "A bag"}],
            "service_at_locations": [
                {
                    "location": {
                        "id": HALL,
                        "addresses": [
                            {
                                "address_1": "St Mary's Hall, 4 Church Street",
                                "city": "Northfield",
                                "postal_code": "NF1 2AB",
                            }
                        ],
                        "languages": [{"code": "en"}],
                    }
                }
            ],
            "attributes": [
                {"taxonomy_term": {"id": "t-food", "name": "Emergency food"}},
            ],
        },
        {
            "id": CLINIC,
            "name": "Asylum Advice Clinic",
            "description": "Regulated immigration advice.",
            "url": "https://clinic.example/advice",
            "status": "temporarily closed",
            "application_process": "By referral only.",
            "organization": {"id": ORG, "name": "Northfield Community Trust"},
            "phones": [{"number": "01632 960502"}],
            "languages": [{"code": "prs"}, {"code": "uk"}],
            "schedules": [{"description": "Thursdays, by appointment"}],
            "required_documents": [{"document": "Home Office letters"}],
            "attributes": [
                {"taxonomy_term": {"name": "Immigration advice"}},
                {"taxonomy_term": {"name": "Mental health support"}},
            ],
        },
    ]
    path = tmp_path / "directory.json"
    path.write_text(json.dumps({"total_items": 2, "items": items}), encoding="utf-8")
    read = read_directory(path)
    assert read.problems == ()
    assert read.kind == "json"
    assert by_id(read.services) == {FOOD: EXPECTED[FOOD], CLINIC: EXPECTED[CLINIC]}


def test_bad_rows_are_each_named_and_nothing_is_read(tmp_path: Path) -> None:
    folder = council_package(tmp_path / "council")
    write_csv(
        folder,
        "services.csv",
        [
            {"id": FOOD, "organization_id": ORG, "name": "Northfield Food Bank",
             "email": "food@", "url": "ftp//nowhere", "status": "open"},
            {"id": CLINIC, "organization_id": "no-such-org", "name": "", "status": "active"},
            {"id": FOOD, "organization_id": ORG, "name": "Duplicate", "status": "active"},
            {"id": YOUTH, "organization_id": "org-youth", "name": "x" * 121},
        ],
    )  # fmt: skip
    write_csv(
        folder / "tables",
        "phones.csv",
        [
            {"id": "p-1", "service_id": FOOD, "number": "call us!"},
            {"id": "p-2", "service_id": "ghost", "number": "01632 960501"},
        ],
    )
    write_csv(
        folder,
        "languages.csv",
        [
            {"id": "l-1", "service_id": FOOD, "code": "klingon"},
            {"id": "l-2", "service_id": FOOD, "name": "Elvish"},
        ],
    )
    write_csv(
        folder,
        "schedules.csv",
        [{"id": "s-1", "service_id": FOOD, "byday": "MO,XX", "opens_at": "25:00"}],
    )
    read = read_directory(folder)
    assert read.services == ()
    assert not read.ok
    found = {(p.file, p.row, p.field) for p in read.problems}
    assert found >= {
        ("services.csv", 2, "email"),
        ("services.csv", 2, "url"),
        ("services.csv", 2, "status"),
        ("services.csv", 3, "organization_id"),
        ("services.csv", 3, "name"),
        ("services.csv", 4, "id"),
        ("services.csv", 5, "name"),
        ("tables/phones.csv", 2, "number"),
        ("tables/phones.csv", 3, "service_id"),
        ("languages.csv", 2, "code"),
        ("languages.csv", 3, "name"),
        ("schedules.csv", 2, "byday"),
        ("schedules.csv", 2, "opens_at"),
    }
    # Plain words with what to do, the value quoted, the place in the file first.
    messages = {(p.file, p.row, p.field): p for p in read.problems}
    email = messages[("services.csv", 2, "email")]
    assert "food@" in email.message
    assert "name@example.org" in email.message
    assert email.describe().startswith("services.csv, row 2, email: ")
    assert "no-such-org" in messages[("services.csv", 3, "organization_id")].message
    assert "121" in messages[("services.csv", 5, "name")].message


def test_file_level_problems_are_plain(tmp_path: Path) -> None:
    missing = read_directory(tmp_path / "nowhere")
    assert not missing.ok
    assert missing.problems[0].file == "nowhere"
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "datapackage.json").write_text("{not json", encoding="utf-8")
    read = read_directory(folder)
    assert {(p.file, p.row) for p in read.problems} == {
        ("datapackage.json", 1),
        ("services.csv", None),
    }
    latin1 = tmp_path / "latin1"
    latin1.mkdir()
    (latin1 / "services.csv").write_bytes("id,name\n1,Caf\xe9 club\n".encode("latin-1"))
    assert "UTF-8" in read_directory(latin1).problems[0].message
    no_columns = tmp_path / "cols"
    no_columns.mkdir()
    (no_columns / "services.csv").write_text("identifier,title\n1,Club\n", encoding="utf-8")
    problems = read_directory(no_columns).problems
    assert {(p.file, p.row, p.field) for p in problems} == {
        ("services.csv", 1, "id"),
        ("services.csv", 1, "name"),
    }
    broken_json = tmp_path / "broken.json"
    broken_json.write_text('[{"id": 1,', encoding="utf-8")
    assert "not valid JSON" in read_directory(broken_json).problems[0].message


def test_a_resource_path_outside_the_package_is_refused(tmp_path: Path) -> None:
    folder = council_package(tmp_path / "council")
    (tmp_path / "secret.csv").write_text("id,name\n1,x\n", encoding="utf-8")
    (folder / "datapackage.json").write_text(
        json.dumps({"resources": [{"name": "services", "path": "../secret.csv"}]}),
        encoding="utf-8",
    )
    read = read_directory(folder)
    assert [(p.file, p.field) for p in read.problems] == [("datapackage.json", "resources[0].path")]


def test_an_hsds_2_package_reads_too(tmp_path: Path) -> None:
    folder = tmp_path / "v2"
    folder.mkdir()
    write_csv(folder, "organizations.csv", [{"id": "1", "name": "Millbrook Trust"}])
    write_csv(
        folder,
        "services.csv",
        [{"id": "10", "organization_id": "1", "name": "Homework Club", "status": "active",
          "keywords": "homework, after school"}],
    )  # fmt: skip
    write_csv(folder, "locations.csv", [{"id": "20", "name": "Millbrook Centre"}])
    write_csv(folder, "services_at_location.csv", [{"id": "30", "service_id": "10",
                                                   "location_id": "20"}])  # fmt: skip
    write_csv(
        folder,
        "physical_addresses.csv",
        [{"id": "40", "location_id": "20", "address_1": "8 Elm Road", "city": "Millbrook"}],
    )
    write_csv(
        folder,
        "regular_schedules.csv",
        [
            {"id": "50", "service_id": "10", "weekday": "2", "opens_at": "15:30",
             "closes_at": "17:30"},
        ],
    )  # fmt: skip
    write_csv(folder, "languages.csv", [{"id": "60", "service_id": "10", "language": "Somali"}])
    write_csv(folder, "taxonomy.csv", [{"id": "70", "name": "Tuition", "vocabulary": "local"}])
    write_csv(folder, "service_taxonomy.csv", [{"id": "80", "service_id": "10",
                                                "taxonomy_id": "70"}])  # fmt: skip
    read = read_directory(folder)
    assert read.problems == ()
    (service,) = read.services
    assert service.categories == (C.TUTORING,)
    assert service.address == "8 Elm Road, Millbrook"
    assert service.opening_times == "Tue 15:30–17:30"
    assert service.languages == ("so",)
    assert service.organization == "Millbrook Trust"
    # "10" is only unique inside this file: it becomes a stable UUID.
    assert uuid.UUID(service.hsds_id)
    assert service.hsds_id == hsds.exchange_id("10", organization="1")
    assert service.hsds_id != hsds.exchange_id("10", package="another-council", organization="1")


def test_services_no_category_matches_are_kept_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    write_csv(folder, "services.csv", [{"id": "1", "name": "Library cards"},
                                       {"id": "2", "name": "Bins"}])  # fmt: skip
    write_csv(folder, "taxonomy_terms.csv", [{"id": "t", "name": "Libraries"}])
    write_csv(folder, "attributes.csv", [{"id": "a", "link_id": "1", "taxonomy_term_id": "t"}])
    read = read_directory(folder)
    assert read.ok
    assert [s.categories for s in read.services] == [(), ()]
    assert [(u.name, u.terms) for u in read.unmapped] == [("Library cards", ("Libraries",)),
                                                          ("Bins", ())]  # fmt: skip
    assert read.unknown_terms == (("Libraries", 1),)


@pytest.mark.parametrize(
    ("term", "categories"),
    [
        ("Mental health support", [C.MENTAL_HEALTH_WELLBEING]),
        ("Health visitors", [C.PHYSICAL_HEALTH]),
        ("Food banks", [C.FOOD]),
        ("Youth clubs", [C.SOCIAL_CONNECTION]),
        ("ESOL", [C.ESOL_FOR_PARENTS]),
        ("Domestic-abuse support", [C.SAFETY]),
        ("Childcare & early years", [C.CHILDCARE_YOUNGER_SIBLINGS]),
        ("Update your details", []),  # "data" is not in "update"
        ("Jobs and housing", [C.HOUSING, C.EMPLOYMENT_TRAINING]),
    ],
)
def test_the_keyword_table(term: str, categories: list[NeedCategory]) -> None:
    assert sorted(hsds.categories_for_text(term)) == sorted(categories)


@pytest.mark.parametrize(
    ("code", "name", "tag"),
    [
        ("ar", "", "ar"),
        ("ara", "", "ar"),
        ("prs", "", "fa-AF"),
        ("fa_af", "", "fa-AF"),
        ("TIR", "", "ti"),
        ("", "Farsi", "fa"),
        ("", "العربية", "ar"),
        ("", "Kurdish (Sorani)", "ckb"),
        ("xx", "", None),
        ("", "Elvish", None),
    ],
)
def test_language_codes_and_names(code: str, name: str, tag: str | None) -> None:
    assert hsds.language_code(code, name) == tag


def hearth_directory() -> list[Service]:
    return [
        Service(
            name="Welcome Hub, “Drop-in”",
            categories=(C.EDUCATION_SYSTEM_GUIDANCE, C.SOCIAL_CONNECTION, C.HOUSING),
            languages=("en", "ar", "fa-AF", "ckb", "ti"),
            phone="01632 960101 ext 3",
            email="hello@welcome.example",
            website="https://welcome.example/a?b=c,d",
            address="2 Market Row, Brackenford",
            opening_times="Mon–Fri 09:30–16:30; Sat 10:00–12:00",
            access=ServiceAccess.WALK_IN,
            notes='Line one, with "quotes".\nLine two — العربية.',
            organization="Brackenford Welcome CIC",
            what_to_bring="Letters from the council; photo ID",
            hsds_id=str(uuid.uuid4()),
        ),
        Service(
            name="Food bank",
            categories=(C.FOOD,),
            languages=("so",),
            access=ServiceAccess.REFERRAL,
            archived=True,
            hsds_id=str(uuid.uuid4()),
        ),
        Service(
            name="Tutors",
            categories=(),
            access=ServiceAccess.EITHER,
            organization="Brackenford Welcome CIC",  # shared with the hub
            hsds_id=str(uuid.uuid4()),
        ),
    ]


@pytest.mark.parametrize("shape", ["folder", "zip", "json"])
def test_export_then_import_keeps_every_field(tmp_path: Path, shape: str) -> None:
    services = hearth_directory()
    if shape == "json":
        target = hsds.write_json(services, tmp_path / "directory.json")
    else:
        name = "directory.zip" if shape == "zip" else "directory"
        target = hsds.write_csv_package(services, tmp_path / name)
    read = read_directory(target)
    assert read.problems == ()
    assert list(read.services) == services
    assert [u.name for u in read.unmapped] == ["Tutors"]


def test_export_is_stable_and_shaped_like_hsds(tmp_path: Path) -> None:
    services = hearth_directory()
    first = hsds.package_files(services)
    second = hsds.package_files(services)
    assert {k: v for k, v in first.items() if k != "datapackage.json"} == {
        k: v for k, v in second.items() if k != "datapackage.json"
    }
    descriptor = json.loads(first["datapackage.json"])
    paths = {r["path"] for r in descriptor["resources"]}
    assert paths == set(first) - {"datapackage.json"}
    assert {"services.csv", "organizations.csv", "locations.csv", "service_at_location.csv",
            "phones.csv", "languages.csv", "schedules.csv"} <= paths  # fmt: skip
    organizations = list(csv.DictReader(io.StringIO(first["organizations.csv"].decode())))
    assert sorted(o["name"] for o in organizations) == ["Brackenford Welcome CIC", "Food bank"]
    with pytest.raises(FileExistsError):
        hsds.write_csv_package(services, tmp_path)


def test_the_demo_town_directory_is_a_clean_hsds_package() -> None:
    from desktop_app.core.resources import resource_dir

    read = read_directory(resource_dir() / "demo" / "hsds")
    assert read.problems == ()
    assert read.unmapped == ()
    assert 20 <= len(read.services) <= 30
    assert all(s.what_to_bring and s.organization is not None for s in read.services)
    names = " ".join(s.name for s in read.services).casefold()
    for kind in (
        "uniform",
        "food bank",
        "esol",
        "immigration",
        "health centre",
        "wellbeing",
        "device",
        "housing",
        "stay and play",
        "youth club",
        "bike",
    ):
        assert kind in names, kind  # fmt: skip
