"""A socket guard: records (and refuses) every outgoing connection Python code attempts.

It patches ``socket.socket.connect``/``connect_ex`` and ``socket.create_connection`` —
every Python path to a connection (``http.client``, ``urllib``, ``ssl``) ends in one of
them — and ``socket.getaddrinfo``, so even a name lookup counts. Connections made by C++
code that never enters Python (Qt's own networking, which Hearth does not use) are not
seen; ``test_no_network.py`` checks that Hearth imports no QtNetwork either.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


class NetworkRefusedError(OSError):
    """Raised in place of a connection while the guard is on."""


@contextmanager
def socket_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, Any]]]:
    """Refuse every connection and name lookup; yield the list of what was attempted."""
    attempts: list[tuple[str, Any]] = []

    def refuse(kind: str, target: Any) -> NetworkRefusedError:
        attempts.append((kind, target))
        return NetworkRefusedError(f"network use during a guarded test: {kind} {target!r}")

    def connect(self: socket.socket, address: Any) -> None:
        raise refuse("connect", address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        raise refuse("connect_ex", address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        raise refuse("create_connection", address)

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        raise refuse("getaddrinfo", (host, port))

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    try:
        yield attempts
    finally:
        monkeypatch.undo()
