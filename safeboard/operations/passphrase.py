"""Where the backup passphrase comes from: the environment, else the terminal.

``SAFEBOARD_BACKUP_PASSPHRASE`` lets a scheduler run backups unattended; a
person at a terminal is asked instead (twice when making a backup, so a typing
slip cannot lock the secrets away). With neither, the command refuses.
"""

from __future__ import annotations

import getpass
import sys

from safeboard.config.env import env_str

PASSPHRASE_ENV = "SAFEBOARD_BACKUP_PASSPHRASE"  # noqa: S105 (the variable's name)

NO_PASSPHRASE = (
    f"No passphrase for the backup's secrets: set {PASSPHRASE_ENV} (for a scheduler) "
    "or run the command at a terminal to be asked for one."
)
MISMATCH = "The two passphrases differ: nothing was written. Run the command again."


class PassphraseError(Exception):
    pass


def passphrase_get(*, confirm: bool, interactive: bool | None = None) -> str:
    """The passphrase from the environment, else asked (twice if ``confirm``)."""
    given = env_str(PASSPHRASE_ENV)
    if given:
        return given
    if interactive is None:
        interactive = sys.stdin.isatty()
    if not interactive:
        raise PassphraseError(NO_PASSPHRASE)
    first = getpass.getpass("Backup passphrase: ")
    if not first:
        raise PassphraseError("An empty passphrase cannot protect the secrets.")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise PassphraseError(MISMATCH)
    return first
