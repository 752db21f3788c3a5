"""Reading passphrases for the admin verbs: from the terminal, or one line from stdin."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO


def read_secret(prompt: str, stream: TextIO | None = None) -> str:
    """Read one secret: hidden from the terminal, or one line of stdin when piped.

    Automation pipes passphrases one per line (``init`` reads the passphrase, then its
    confirmation). The trailing newline is dropped; nothing else is changed, because
    passphrases may contain any Unicode and spaces.
    """
    source = stream if stream is not None else sys.stdin
    if source.isatty():
        return getpass.getpass(prompt)
    line = source.readline()
    if not line:
        raise EOFError("no more input")
    return line[:-1] if line.endswith("\n") else line
