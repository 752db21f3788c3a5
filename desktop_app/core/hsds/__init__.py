"""Open Referral HSDS: read a council's services directory, and write Hearth's.

Councils and charities publish their directories in the Open Referral *Human Services
Data Specification* (HSDS), either as a CSV **data package** (a folder or zip holding
``datapackage.json`` and one CSV file per table) or as **JSON** (a list of service
objects with their organisation, phones, languages, schedules, locations … nested, as
the HSDS API returns them). This module turns both into Hearth
:class:`~desktop_app.core.models.Service` records, and writes Hearth's directory back in
the same two shapes so another Hearth (or the council) can load it. Pure Python: no Qt,
no SQL; the vault stores what :func:`read_directory` returns in one transaction.

Reading checks **every row** of every table and reports each problem with the file, the
row (spreadsheet numbering: the header is row 1; in JSON, the item number) and the
field, in plain words. A file with any problem is not imported at all.

How HSDS fields become a Hearth service (HSDS 3.0 names; the HSDS 2.0 tables
``physical_addresses``, ``regular_schedules``, ``service_attributes`` / ``service_taxonomy``
and ``taxonomy`` are read too):

======================  ==========================================================
Hearth                  HSDS
======================  ==========================================================
``hsds_id``             ``services.id`` (a UUID; any other id is turned into a stable
                        UUID from the data package's name, organisation and id)
``name``                ``services.name``
``organization``        ``organizations.name`` via ``services.organization_id``; an
                        organisation named like the service itself means "none"
``notes``               ``services.description`` (HTML tags stripped), followed by
                        ``application_process`` when that is more than Hearth's own
                        "walk in / by referral" sentence
``access``              ``services.application_process``: Hearth's sentences exactly,
                        otherwise "refer…" → by referral, "walk in" / "drop in" → walk
                        in, both or neither → either
``archived``            ``services.status`` other than ``active``
``website``, ``email``  ``services.url``, ``services.email``
``phone``               the first of ``phones.number`` (+ ``extension``) of the service,
                        else of its service-at-location, its location, its organisation
``address``             ``addresses`` (or ``physical_addresses``) of the service's
                        locations via ``service_at_location``: ``address_1`` …
                        ``address_4``, ``city``, ``state_province``, ``postal_code``
``opening_times``       ``schedules.description``, or the days and hours of the
                        structured fields (``byday``, ``opens_at``, ``closes_at``;
                        2.0 ``weekday``), joined with "; "
``languages``           ``languages.code`` (ISO 639-1 or -3, or a BCP 47 tag), else
                        ``languages.name`` (English or the language's own name)
``what_to_bring``       ``required_documents.document``, joined with "; "
``categories``          taxonomy terms linked by ``attributes`` (or the 2.0 tables):
                        Hearth's own terms exactly, any other term through
                        :data:`CATEGORY_KEYWORDS` (then its parent terms)
======================  ==========================================================

A service whose terms match none of Hearth's need categories is imported without a
category and reported (:attr:`DirectoryRead.unmapped`): it shows in the directory but is
suggested for no need until staff give it one.
"""

from desktop_app.core.hsds.reading import (
    DirectoryRead,
    Problem,
    Progress,
    Unmapped,
    iter_problems,
    read_directory,
)
from desktop_app.core.hsds.vocabulary import (
    ACCESS_SENTENCES,
    CATEGORY_KEYWORDS,
    CATEGORY_TERM_NAMES,
    HEARTH_TAXONOMY,
    ISO639_3,
    LANGUAGE_ALIASES,
    access_from,
    categories_for_text,
    exchange_id,
    language_code,
)
from desktop_app.core.hsds.writing import (
    json_document,
    package_files,
    service_objects,
    write_csv_package,
    write_json,
)

__all__ = [
    "ACCESS_SENTENCES",
    "CATEGORY_KEYWORDS",
    "CATEGORY_TERM_NAMES",
    "HEARTH_TAXONOMY",
    "ISO639_3",
    "LANGUAGE_ALIASES",
    "DirectoryRead",
    "Problem",
    "Progress",
    "Unmapped",
    "access_from",
    "categories_for_text",
    "exchange_id",
    "iter_problems",
    "json_document",
    "language_code",
    "package_files",
    "read_directory",
    "service_objects",
    "write_csv_package",
    "write_json",
]
