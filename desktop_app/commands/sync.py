"""``hearth sync``: send a release to a target, and set up what sending needs.

The only verb that may open a network connection, and only for a DHIS2 target. Without
``--payload``/``--period`` it retries what waits in the target's outbox. ``--device-key``
exports this device's public key for a coordinator to enrol; ``--add-receiver`` adds a
coordinator's key once its fingerprint is confirmed.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

from desktop_app.commands.common import register_verb, unlock_from_args
from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _, ngettext


class PayloadFileError(UserFacingError):
    """The payload file could not be read."""

    exit_code = 20


def register(subparsers: Any) -> None:
    """Add the ``sync`` verb."""
    parser = register_verb(
        subparsers,
        "sync",
        _("send released figures to a target (the only verb that uses the network)"),
        _(
            "Send a period's released figures to a configured target: a folder, a DHIS2 "
            "server or an ADX file. What cannot be delivered stays in the outbox and is "
            "tried again the next time you sync."
        ),
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--target", metavar="NAME", help=_("the target to send to"))
    action.add_argument(
        "--list", action="store_true", help=_("list this device's id, targets and outbox")
    )
    action.add_argument(
        "--device-key",
        metavar="FILE",
        type=Path,
        help=_("write this device's public key to FILE, for a coordinator to enrol"),
    )
    action.add_argument(
        "--add-receiver",
        metavar="FILE",
        type=Path,
        help=_("add a coordinator's public key from FILE (you confirm its fingerprint)"),
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--period", metavar="P", help=_("the period to send, e.g. 2026-10 or 2026Q4"))
    what.add_argument(
        "--payload", metavar="FILE", type=Path, help=_("send the released figures in FILE")
    )
    parser.add_argument(
        "--resend",
        action="store_true",
        help=_("send a release again although it was delivered (the same content)"),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=_("with --add-receiver: the fingerprint was already checked"),
    )
    parser.set_defaults(func=run)


def confirm_line(prompt: str) -> bool:
    """Ask a yes/no question on the terminal, or read the answer as one line of stdin."""
    if sys.stdin.isatty():
        answer = input(prompt)
    else:
        print(prompt, end="", flush=True)
        answer = sys.stdin.readline().strip()
    accepted = {"y", "yes", _fold(_("yes"))}
    return _fold(answer) in accepted


def _fold(text: str) -> str:
    """Lower-case ``text`` without accents, so "si" answers a question that says "sí"."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _read_payload(path: Path) -> Any:
    from desktop_app.stats.payload import Payload

    try:
        return Payload.from_json(path.read_bytes())
    except OSError as error:
        raise PayloadFileError(
            _("The payload file could not be read."),
            hint=_("Check that the file exists and that you may open it."),
        ) from error
    except ValueError as error:
        raise PayloadFileError(
            _("This file is not a Hearth payload."),
            hint=_("Use the JSON that Hearth shows as the payload of a release."),
        ) from error


def run(args: argparse.Namespace) -> int:
    """Unlock, then do the asked thing."""
    from desktop_app.stats.release import release_payload
    from desktop_app.sync.keys import DeviceIdentity, KeyKind, read_key_file, trust_receiver
    from desktop_app.sync.service import SyncService
    from desktop_app.sync.targets import load_target
    from desktop_app.vault.services import VaultServices

    with unlock_from_args(args) as vault:
        services = VaultServices.from_vault(vault)
        repo = services.sync
        if args.device_key is not None:
            identity = DeviceIdentity.of_vault(repo)
            args.device_key.write_bytes(identity.public_key_file().to_bytes())
            print(
                _("Device id (its fingerprint): {fingerprint}").format(
                    fingerprint=identity.device_id
                )
            )
            return 0
        if args.add_receiver is not None:
            key = read_key_file(args.add_receiver, KeyKind.RECEIVER)
            print(
                _("Coordinator key fingerprint: {fingerprint}").format(fingerprint=key.fingerprint)
            )
            confirmed = args.yes or confirm_line(
                _("Does it match the fingerprint the coordinator gave you? [yes/no] ")
            )
            trust_receiver(repo, key, confirm=confirmed)
            print(_("The coordinator's key was added."))
            return 0
        service = SyncService(repo)
        if args.list:
            print(_("Device id: {device}").format(device=service.device.device_id))
            for receiver in repo.receivers():
                print(_("Coordinator key: {fingerprint}").format(fingerprint=receiver.fingerprint))
            for target in repo.targets():
                waiting = len(service.pending(target.name))
                print(
                    ngettext(
                        "Target {name} ({kind}): {count} release waiting",
                        "Target {name} ({kind}): {count} releases waiting",
                        waiting,
                    ).format(name=target.name, kind=target.kind, count=waiting)
                )
            return 0
        payload = None
        if args.payload is not None:
            payload = _read_payload(args.payload)
        elif args.period is not None:
            load_target(repo, args.target)  # an unknown target freezes no release
            payload = release_payload(services, args.period)
        report = service.sync(args.target, payload, resend=args.resend)
    for delivery in report.deliveries:
        status = _("sent") if delivery.delivered else _("not sent")
        print(
            _("{period} revision {revision}: {status}").format(
                period=delivery.period, revision=delivery.revision, status=status
            )
        )
        print("  " + delivery.message.replace("\n", "\n  "))
    if not report.deliveries:
        print(_("Nothing to send: the outbox of {target} is empty.").format(target=report.target))
    if report.still_pending:
        print(
            ngettext(
                "{count} release is waiting in the outbox; sync again to retry.",
                "{count} releases are waiting in the outbox; sync again to retry.",
                report.still_pending,
            ).format(count=report.still_pending)
        )
        return 23
    return 0
