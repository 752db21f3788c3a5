"""Where ``hearth sync --period`` gets its release: the statistics layer, when it offers one.

The statistics layer computes indicators, applies disclosure control and freezes a
period's release. Its entry point is looked up by name —
``desktop_app.stats.release.release_payload(services, period) -> Payload`` — so the sync
layer can send a given :class:`~desktop_app.stats.payload.Payload` today and the
computed one as soon as it exists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.i18n import _
from desktop_app.stats.payload import Payload
from desktop_app.sync.errors import SyncError

if TYPE_CHECKING:
    from desktop_app.vault.services import VaultServices

RELEASE_MODULE = "desktop_app.stats.release"
RELEASE_FUNCTION = "release_payload"


class ReleaseUnavailableError(SyncError):
    """This build cannot compute a period's release yet."""


def release_for_period(services: VaultServices, period: str) -> Payload:
    """Return the statistics layer's frozen release of ``period``.

    Raises:
        ReleaseUnavailableError: the statistics layer does not offer it (yet).
    """
    try:
        module = importlib.import_module(RELEASE_MODULE)
    except ModuleNotFoundError:
        module = None
    build: Callable[[VaultServices, str], Payload] | None = getattr(module, RELEASE_FUNCTION, None)
    if build is None:
        raise ReleaseUnavailableError(
            _("This version of Hearth cannot compute a period's figures for sending yet."),
            hint=_("Give the figures to send as a payload file with --payload."),
        )
    return build(services, period)
