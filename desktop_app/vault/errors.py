"""The vault's known failures, each with a translated message and what to do next.

None of them ever carries family data, a passphrase, a key or a file's content: they
are shown on screen and printed by the admin verbs. Exit codes let scripts tell them
apart (``hearth init`` in a folder that already has a vault exits 3, and so on).
"""

from __future__ import annotations

from desktop_app.core.errors import UserFacingError
from desktop_app.i18n import _


class VaultError(UserFacingError):
    """Base class of the vault's known failures."""

    exit_code = 2


class WrongPassphraseError(VaultError):
    """The name and passphrase do not open this vault (never says which was wrong)."""

    exit_code = 4

    def __init__(self) -> None:
        super().__init__(
            _("That name and passphrase do not open this vault."),
            hint=_("Check the name and type the passphrase again."),
        )


class WrongRecoveryCodeError(VaultError):
    """The recovery code does not open this vault."""

    exit_code = 4

    def __init__(self, *, typo: bool = False) -> None:
        if typo:
            message = _("That recovery code has a typing mistake in it.")
            hint = _("Compare each group with the printed code and type it again.")
        else:
            message = _("That recovery code does not open this vault.")
            hint = _("Check that it is the code printed for this vault.")
        super().__init__(message, hint=hint)


class NoVaultError(VaultError):
    """There is no vault in the folder."""

    exit_code = 3

    def __init__(self, folder: str) -> None:
        super().__init__(
            _("There is no Hearth vault in {folder}.").format(folder=folder),
            hint=_("Create one with “hearth init”, or choose another folder with --vault."),
        )


class VaultExistsError(VaultError):
    """A vault (or other files) already lives where a new vault would go."""

    exit_code = 3

    def __init__(self, folder: str) -> None:
        super().__init__(
            _("There is already a Hearth vault in {folder}.").format(folder=folder),
            hint=_("Nothing was changed. Choose an empty folder with --vault."),
        )


class NotAVaultFileError(VaultError):
    """The database file is not an encrypted Hearth vault (plain SQLite, another file)."""

    exit_code = 5

    def __init__(self) -> None:
        super().__init__(
            _("This file is not a Hearth vault."),
            hint=_("Nothing was changed. Choose the folder of a Hearth vault."),
        )


class DamagedVaultError(VaultError):
    """The vault's files are damaged, truncated or missing a part."""

    exit_code = 6

    def __init__(self, what: str) -> None:
        super().__init__(
            what,
            hint=_(
                "Nothing was changed. Restore the latest backup with “hearth restore”, "
                "or ask your IT contact for help."
            ),
        )


class UnknownUserError(VaultError):
    """An admin verb named a user who has no keyslot (only after unlocking)."""

    exit_code = 7

    def __init__(self, user: str) -> None:
        super().__init__(
            _("There is no user called {user} in this vault.").format(user=user),
            hint=_("See who can open it with “hearth user list”."),
        )


class UserExistsError(VaultError):
    """A user with that name already has a keyslot."""

    exit_code = 7

    def __init__(self, user: str) -> None:
        super().__init__(
            _("There is already a user called {user} in this vault.").format(user=user),
            hint=_("Choose another name, or change that user's passphrase with “hearth passwd”."),
        )


class ChooseUserError(VaultError):
    """Several users share the vault and none was named."""

    exit_code = 7

    def __init__(self) -> None:
        super().__init__(
            _("Several people use this vault: say who you are."),
            hint=_("Add --user NAME (see “hearth user list”)."),
        )


class LastUserError(VaultError):
    """Removing this user would leave only the recovery code able to open the vault."""

    exit_code = 7

    def __init__(self) -> None:
        super().__init__(
            _("This is the last user of the vault and cannot be removed."),
            hint=_("Add another user first with “hearth user add”."),
        )


class VaultBusyError(VaultError):
    """Another Hearth is writing to the vault right now."""

    exit_code = 8

    def __init__(self) -> None:
        super().__init__(
            _("The vault is busy: another Hearth window or command is using it."),
            hint=_("Close it, then try again. Nothing was changed."),
        )


class VaultFullError(VaultError):
    """The disk (or the folder's quota) has no room for the vault to grow."""

    exit_code = 12

    def __init__(self) -> None:
        super().__init__(
            _("There is no room left on this computer's disk to save this."),
            hint=_(
                "Nothing was changed and what you typed is still here. Free some space "
                "(empty the bin, move large files away), then save again."
            ),
        )
