"""Process hardening done first thing at start: no core dumps of decrypted memory.

An unlocked vault's key and the families' records live in this process's memory. If the
process crashed and the system wrote a core dump, all of it would land on disk in plain
text, outside the vault. :func:`disable_core_dumps` forbids that: the core-file size
limit goes to zero (POSIX) and, on Linux, the process is marked not dumpable, which also
covers ``core_pattern`` pipes such as systemd-coredump and stops other programs of the
same user from attaching a debugger or reading ``/proc/<pid>/mem``.

Everything here is best effort: where a call is unavailable it is skipped, and nothing
raises, so Hearth still starts on every platform.
"""

from __future__ import annotations

import sys

# From <linux/prctl.h>.
PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """Forbid core dumps of this process; return True when every available step held.

    On Windows there is nothing to set per process (Windows Error Reporting keeps no
    local dumps unless an administrator configures ``LocalDumps``), so this returns
    False there without doing anything.
    """
    if sys.platform == "win32":
        return False
    held = _zero_core_limit()
    if sys.platform.startswith("linux"):
        held = _prctl(PR_SET_DUMPABLE, 0) == 0 and held
    return held


def is_dumpable() -> bool | None:
    """Return Linux's dumpable flag for this process, or None where it cannot be read."""
    if not sys.platform.startswith("linux"):
        return None
    value = _prctl(PR_GET_DUMPABLE, 0)
    return None if value < 0 else value != 0


def _zero_core_limit() -> bool:
    try:
        import resource
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def _prctl(option: int, argument: int) -> int:
    """Call Linux's prctl(2) through libc; return -1 when it is unavailable or fails."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
    except (OSError, AttributeError):
        return -1
    prctl.restype = ctypes.c_int
    prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
    result: int = prctl(option, argument, 0, 0, 0)
    return result
