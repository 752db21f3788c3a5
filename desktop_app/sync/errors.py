"""What can go wrong while sealing, opening and sending — each in plain words.

Messages name keys by fingerprint and releases by period and revision: public facts
about the work, never anything about a family.
"""

from __future__ import annotations

from desktop_app.core.errors import UserFacingError


class SyncError(UserFacingError):
    """Base of every known sync failure."""

    exit_code = 20


class KeyFileError(SyncError):
    """A public key file could not be read."""


class FingerprintNotConfirmedError(SyncError):
    """A key was about to be trusted without its fingerprint being confirmed."""


class BundleError(SyncError):
    """A bundle was refused; nothing was imported from it."""

    exit_code = 21


class NotABundleError(BundleError):
    """The file is not a Hearth bundle (or is cut short)."""


class WrongReceiverError(BundleError):
    """The bundle was sealed to another coordinator's key."""


class UnknownDeviceError(BundleError):
    """The bundle names a device that is not enrolled here."""


class TamperedBundleError(BundleError):
    """The bundle was changed after it was sealed (or its header was swapped)."""


class WrongSignerError(BundleError):
    """The bundle's signature is not the named device's."""


class DuplicateBundleError(BundleError):
    """This device's release of this period and revision was already imported."""


class OutdatedRevisionError(BundleError):
    """A newer revision of this device's period was already imported."""


class TargetError(SyncError):
    """A target is unknown, misconfigured, or could not be reached."""

    exit_code = 22


class DeliveryError(TargetError):
    """Sending failed in a way that may pass later; the content stays in the outbox."""


class Dhis2AuthError(TargetError):
    """DHIS2 refused the access token (401/403)."""


class Dhis2RejectedError(TargetError):
    """DHIS2 refused the values (a 409 or an import summary with errors)."""
