"""Coordinator mode: import devices' bundles, keep the latest revisions, merge, export.

A coordinator's vault holds its receiver key (devices seal to it) and the enrolled
devices' public keys. :meth:`Hub.import_folder` opens every bundle in a folder, each on
its own: a refused bundle is reported with its reason and the others still import. For
each device and period only the latest revision counts; values from several devices in
the same area are added up. A cell suppressed on any device stays suppressed in the sum
(its number never left that device).

Disclosure control over the merged tables belongs to the statistics layer: the hub
re-applies :func:`desktop_app.stats.disclosure.protect_cells` to the sums (see
:func:`reapply_disclosure_control`); a test may pass another filter to :class:`Hub`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.i18n import _
from desktop_app.stats.disclosure import protect_cells
from desktop_app.stats.payload import Payload, Suppression
from desktop_app.sync.bundle import FILE_SUFFIX, OpenedBundle, open_bundle, read_header
from desktop_app.sync.errors import BundleError, DuplicateBundleError, OutdatedRevisionError
from desktop_app.sync.formats import Cell, Dhis2Mapping, adx_xml, cells_of, csv_text, dhis2_json
from desktop_app.sync.keys import PublicKeyFile, ReceiverIdentity, enrol_device
from desktop_app.vault.repositories.sync import SyncRepository

_BUNDLE_LIMIT = 16 * 1024 * 1024


class ImportStatus(StrEnum):
    """What became of one bundle file."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # this release was already here
    OUTDATED = "outdated"  # a newer revision was already here
    REFUSED = "refused"  # not trusted: wrong receiver, unknown device, tampered, …


@dataclass(frozen=True, slots=True)
class ImportResult:
    """One bundle file's fate, in plain words."""

    file_name: str
    status: ImportStatus
    message: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What a folder import did."""

    results: tuple[ImportResult, ...]

    def count(self, status: ImportStatus) -> int:
        """Return how many files ended with ``status``."""
        return sum(1 for r in self.results if r.status is status)


CellFilter = Callable[[Sequence[Cell]], list[Cell]]


def reapply_disclosure_control(cells: Sequence[Cell]) -> list[Cell]:
    """Apply the statistics layer's disclosure control to merged cells."""
    return protect_cells(cells)


def merge(payloads: Sequence[Payload]) -> list[Cell]:
    """Add up the cells of several devices' payloads, per period, area and cell.

    Callers pass one payload per device and period (the latest revision). A cell
    suppressed in any payload is suppressed in the sum — primary if any part was.
    """
    sums: dict[tuple[str, str, str, tuple[tuple[str, str], ...]], list[Cell]] = defaultdict(list)
    for payload in payloads:
        for cell in cells_of(payload):
            sums[(cell.period, cell.area, cell.indicator, cell.dimensions)].append(cell)
    merged = []
    for (period, area, indicator, dimensions), parts in sorted(sums.items()):
        hidden = [p.suppressed for p in parts if p.value is None]
        if hidden:
            why = Suppression.PRIMARY if Suppression.PRIMARY in hidden else Suppression.SECONDARY
            merged.append(Cell(period, area, indicator, dimensions, None, why))
        else:
            total = sum(p.value or 0 for p in parts)
            merged.append(Cell(period, area, indicator, dimensions, total))
    return merged


class Hub:
    """A coordinator's view of its vault: keys, imports and merged tables."""

    def __init__(self, repo: SyncRepository, *, disclosure: CellFilter | None = None) -> None:
        self._repo = repo
        self._disclosure = disclosure or reapply_disclosure_control
        self._identity: ReceiverIdentity | None = None

    @property
    def identity(self) -> ReceiverIdentity:
        """The coordinator's receiver key (made on first use)."""
        if self._identity is None:
            self._identity = ReceiverIdentity.of_vault(self._repo)
        return self._identity

    def enrol(self, key: PublicKeyFile, *, confirm: bool) -> str:
        """Accept a device's bundles once its fingerprint is confirmed; return its id."""
        return enrol_device(self._repo, key, confirm=confirm)

    def _device_key(self, device_id: str) -> bytes | None:
        device = self._repo.device(device_id)
        return None if device is None else device.public_key

    def open(self, data: bytes) -> OpenedBundle:
        """Open and verify a bundle against the enrolled devices and the imports so far."""
        return open_bundle(data, self.identity, self._device_key, self._repo.hub_revisions)

    def import_bundle(self, data: bytes) -> OpenedBundle:
        """Open a bundle and keep its payload (raises a :class:`BundleError` if refused)."""
        opened = self.open(data)
        self._repo.hub_store(
            opened.header.sender,
            opened.header.period,
            opened.header.revision,
            opened.payload.area,
            opened.payload_bytes,
        )
        return opened

    def import_folder(self, folder: Path) -> ImportReport:
        """Import every ``*.hearth-bundle`` in ``folder``, oldest revision first."""
        if not folder.is_dir():
            raise BundleError(
                _("The folder {folder} is not available.").format(folder=folder),
                hint=_("Plug in the drive or connect the shared folder, then try again."),
            )
        files = sorted(p for p in folder.iterdir() if p.name.endswith(FILE_SUFFIX) and p.is_file())
        loaded = []
        for path in files:
            try:
                with path.open("rb") as handle:
                    loaded.append((path, handle.read(_BUNDLE_LIMIT + 1)))
            except OSError:
                loaded.append((path, b""))
        # Revisions in order, so revision 0 then 1 both import instead of 1 then "0 is older".
        loaded.sort(key=lambda item: _revision_hint(item[1]))
        results = []
        for path, data in loaded:
            try:
                opened = self.import_bundle(data)
            except DuplicateBundleError as error:
                results.append(ImportResult(path.name, ImportStatus.DUPLICATE, str(error)))
            except OutdatedRevisionError as error:
                results.append(ImportResult(path.name, ImportStatus.OUTDATED, str(error)))
            except BundleError as error:
                results.append(ImportResult(path.name, ImportStatus.REFUSED, str(error)))
            else:
                results.append(
                    ImportResult(
                        path.name,
                        ImportStatus.IMPORTED,
                        _(
                            "Imported period {period}, revision {revision} from device {device}."
                        ).format(
                            period=opened.header.period,
                            revision=opened.header.revision,
                            device=opened.header.sender,
                        ),
                    )
                )
        return ImportReport(tuple(results))

    def periods(self) -> list[str]:
        """Return the periods imports exist for."""
        return self._repo.hub_periods()

    def latest_payloads(self, period: str | None = None) -> list[Payload]:
        """Return each device's latest revision (of one period)."""
        return [Payload.from_json(i.payload) for i in self._repo.hub_latest(period)]

    def merged(self, period: str | None = None) -> list[Cell]:
        """Return the merged, disclosure-controlled cells (of one period)."""
        return self._disclosure(merge(self.latest_payloads(period)))

    def export_csv(self, period: str | None = None) -> bytes:
        """Return the merged cells as CSV."""
        return csv_text(self.merged(period)).encode("utf-8")

    def export_adx(self, period: str | None = None, *, data_set: str = "HEARTH") -> bytes:
        """Return the merged cells as ADX XML."""
        return adx_xml(self.merged(period), data_set=data_set)

    def export_dhis2(self, mapping: Dhis2Mapping, period: str | None = None) -> bytes:
        """Return the merged cells as a ``dataValueSets`` JSON body."""
        return dhis2_json(self.merged(period), mapping)


def _revision_hint(data: bytes) -> int:
    try:
        return read_header(data).revision
    except BundleError:
        return -1
