"""Targets: where a release goes — a folder, a DHIS2 server, an ADX file.

None is configured by default. Each is stored in the vault as its kind and a JSON
configuration (the DHIS2 token with it, so it is as well protected as the casebook).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop_app.i18n import _
from desktop_app.sync.dhis2 import Dhis2Server
from desktop_app.sync.errors import DeliveryError, TargetError
from desktop_app.sync.formats import Dhis2Mapping
from desktop_app.vault.repositories.sync import StoredTarget, SyncRepository


class TargetKind(StrEnum):
    """The kinds of target."""

    FOLDER = "folder"  # a sealed bundle written to a folder (USB stick, shared drive)
    DHIS2 = "dhis2"  # dataValueSets JSON over HTTPS
    ADX = "adx"  # an ADX XML file written to a folder


@dataclass(frozen=True, slots=True)
class FolderTarget:
    """Write sealed bundles for one coordinator into a folder."""

    name: str
    folder: Path
    receiver: str  # the trusted coordinator key's fingerprint
    kind: TargetKind = field(default=TargetKind.FOLDER, init=False)

    def config(self) -> dict[str, Any]:
        """Return the JSON configuration."""
        return {"folder": str(self.folder), "receiver": self.receiver}


@dataclass(frozen=True, slots=True)
class Dhis2Target:
    """Import into a DHIS2 data set."""

    name: str
    server: Dhis2Server
    mapping: Dhis2Mapping
    kind: TargetKind = field(default=TargetKind.DHIS2, init=False)

    def config(self) -> dict[str, Any]:
        """Return the JSON configuration."""
        return {
            "base_url": self.server.base_url,
            "token": self.server.token,
            "ca_file": None if self.server.ca_file is None else str(self.server.ca_file),
            "timeout": self.server.timeout,
            "retries": self.server.retries,
            "mapping": self.mapping.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class AdxTarget:
    """Write ADX XML files into a folder."""

    name: str
    folder: Path
    data_set: str = "HEARTH"
    kind: TargetKind = field(default=TargetKind.ADX, init=False)

    def config(self) -> dict[str, Any]:
        """Return the JSON configuration."""
        return {"folder": str(self.folder), "data_set": self.data_set}


Target = FolderTarget | Dhis2Target | AdxTarget


def save_target(repo: SyncRepository, target: Target) -> None:
    """Add or replace a target."""
    if not target.name.strip():
        raise TargetError(_("A target needs a name."), hint=_("Give the target a short name."))
    if isinstance(target, Dhis2Target):
        target.server.check()
        target.mapping.check()
    if isinstance(target, FolderTarget) and repo.receiver(target.receiver) is None:
        raise unknown_receiver(target.receiver)
    repo.save_target(target.name, target.kind.value, json.dumps(target.config(), sort_keys=True))


def unknown_receiver(fingerprint: str) -> TargetError:
    """The error for a folder target whose coordinator key is not (or no longer) trusted."""
    return TargetError(
        _("The coordinator key {fingerprint} is not among this vault's receiver keys.").format(
            fingerprint=fingerprint
        ),
        hint=_("Add the coordinator's key (and confirm its fingerprint) first."),
    )


def load_target(repo: SyncRepository, name: str) -> Target:
    """Return a configured target by name.

    Raises:
        TargetError: no such target, or its configuration is damaged.
    """
    stored = repo.target(name)
    if stored is None:
        known = ", ".join(t.name for t in repo.targets()) or _("none")
        raise TargetError(
            _("There is no target called {name}.").format(name=name),
            hint=_("Configured targets: {names}.").format(names=known),
        )
    return target_from_stored(stored)


def target_from_stored(stored: StoredTarget) -> Target:
    """Rebuild a target from its stored kind and configuration."""
    try:
        config = json.loads(stored.config)
        kind = TargetKind(stored.kind)
        if kind is TargetKind.FOLDER:
            return FolderTarget(stored.name, Path(config["folder"]), str(config["receiver"]))
        if kind is TargetKind.ADX:
            return AdxTarget(
                stored.name, Path(config["folder"]), str(config.get("data_set", "HEARTH"))
            )
        ca_file = config.get("ca_file")
        server = Dhis2Server(
            base_url=str(config["base_url"]),
            token=str(config["token"]),
            ca_file=None if ca_file is None else Path(ca_file),
            timeout=float(config.get("timeout", 30.0)),
            retries=int(config.get("retries", 2)),
        )
        return Dhis2Target(stored.name, server, Dhis2Mapping.from_dict(config["mapping"]))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise TargetError(
            _("The settings of target {name} are damaged.").format(name=stored.name),
            hint=_("Configure the target again."),
        ) from error


def write_atomically(folder: Path, name: str, content: bytes) -> Path:
    """Write ``content`` to ``folder/name`` whole or not at all; return the path.

    The bytes go to a temporary file in the same folder, are flushed to the disk, and
    the file is renamed into place — a pulled USB stick leaves no half bundle under
    the final name.

    Raises:
        DeliveryError: the folder is missing or cannot be written (the content stays
            in the outbox).
    """
    if not folder.is_dir():
        raise DeliveryError(
            _("The folder {folder} is not available.").format(folder=folder),
            hint=_("Plug in the drive or connect the shared folder, then sync again."),
        )
    final = folder / name
    try:
        handle, temporary = tempfile.mkstemp(prefix=".hearth-", suffix=".part", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, final)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise DeliveryError(
            _("The file could not be written to {folder}.").format(folder=folder),
            hint=_("Check that the drive has space and may be written to, then sync again."),
        ) from error
    return final
