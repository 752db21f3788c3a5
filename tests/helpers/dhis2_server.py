"""A DHIS2 stand-in on 127.0.0.1 over HTTPS, following the ``dataValueSets`` contract.

It checks what a real server checks — the token, the JSON shape, UIDs, the period
format, known data elements, org units and the data set — and answers with import
summaries in DHIS2 2.36+'s web-message wrapper (``{"httpStatus", "httpStatusCode",
"status", "message", "response": {importSummary}}``). Tests can queue faults (401, 500,
a slow answer) for the next requests. The certificate comes from a throw-away CA made
with ``cryptography``; tests hand its PEM to Hearth as the organisation's CA file.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import re
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")
PERIOD = re.compile(r"^\d{4}$|^\d{4}(0[1-9]|1[0-2])$|^\d{4}Q[1-4]$|^\d{4}W([1-9]|[1-4]\d|5[0-3])$")
TOKEN = "d2pat_testtoken0123456789"


@dataclass(frozen=True)
class Tls:
    """A CA file to trust and the server's certificate chain and key."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def make_tls(folder: Path) -> Tls:
    """Make a CA and a certificate for 127.0.0.1/localhost signed by it."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Hearth test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    tls = Tls(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    tls.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    tls.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    tls.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return tls


@dataclass
class Request:
    """One request the server received."""

    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    @property
    def dry_run(self) -> bool:
        return self.query.get("dryRun") == ["true"]


@dataclass
class Dhis2State:
    """What the server knows and what it saw; faults queued by the test."""

    data_set: str = "HeArThDs001"
    org_units: set[str] = field(default_factory=lambda: {"OrgUnitRv01"})
    data_elements: set[str] = field(default_factory=set)
    combos: set[str] = field(default_factory=set)
    stored: dict[tuple[str, str, str, str], str] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)  # "401", "403", "500", "slow", "redirect"
    release: threading.Event = field(default_factory=threading.Event)


def _message(status_code: int, summary: dict[str, Any]) -> dict[str, Any]:
    ok = summary["status"] != "ERROR"
    return {
        "httpStatus": "OK" if ok else "Conflict",
        "httpStatusCode": status_code,
        "status": "OK" if ok and summary["status"] == "SUCCESS" else summary["status"],
        "message": "Import was successful."
        if ok
        else "An error occurred, please check import summary.",
        "response": summary,
    }


def import_data_value_set(
    state: Dhis2State, body: Any, *, dry_run: bool
) -> tuple[int, dict[str, Any]]:
    """Check a dataValueSets body as DHIS2 does; store it unless ``dry_run``."""

    def error(description: str) -> tuple[int, dict[str, Any]]:
        summary = {
            "responseType": "ImportSummary",
            "status": "ERROR",
            "description": description,
            "importCount": {"imported": 0, "updated": 0, "ignored": 0, "deleted": 0},
            "conflicts": [],
        }
        return 409, _message(409, summary)

    if not isinstance(body, dict) or not isinstance(body.get("dataValues"), list):
        return error("The data value set is not valid")
    if body.get("dataSet") != state.data_set:
        return error(f"Data set not found or not accessible: `{body.get('dataSet')}`")
    counts = {"imported": 0, "updated": 0, "ignored": 0, "deleted": 0}
    conflicts: list[dict[str, Any]] = []
    staged: dict[tuple[str, str, str, str], str] = {}
    for index, value in enumerate(body["dataValues"]):
        period = value.get("period", body.get("period"))
        org_unit = value.get("orgUnit", body.get("orgUnit"))
        element = value.get("dataElement")
        combo = value.get("categoryOptionCombo", "default")
        problem = None
        if not isinstance(period, str) or not PERIOD.match(period):
            problem = (str(period), "Period not valid")
        elif not isinstance(org_unit, str) or org_unit not in state.org_units:
            problem = (str(org_unit), "Organisation unit not found or not accessible")
        elif (
            not isinstance(element, str)
            or not UID.match(element)
            or element not in state.data_elements
        ):
            problem = (str(element), "Data element not found or not accessible")
        elif combo != "default" and combo not in state.combos:
            problem = (str(combo), "Category option combo not found or not accessible")
        elif not isinstance(value.get("value"), str) or not value["value"].isdigit():
            problem = (str(element), "Data value is not a non-negative integer")
        if problem is not None:
            conflicts.append({"object": problem[0], "value": problem[1], "indexes": [index]})
            counts["ignored"] += 1
            continue
        key = (period, org_unit, element, combo)
        previous = state.stored.get(key)
        if previous is None:
            counts["imported"] += 1
        elif previous == value["value"]:
            counts["ignored"] += 1
        else:
            counts["updated"] += 1
        staged[key] = value["value"]
    if not dry_run:
        state.stored.update(staged)
    summary = {
        "responseType": "ImportSummary",
        "status": "WARNING" if conflicts else "SUCCESS",
        "importOptions": {"dryRun": dry_run, "importStrategy": "CREATE_AND_UPDATE"},
        "importCount": counts,
        "conflicts": conflicts,
    }
    return 200, _message(200, summary)


def _handler(state: Dhis2State) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _reply(self, status: int, data: dict[str, Any] | None = None, **headers: str) -> None:
            raw = json.dumps(data).encode() if data is not None else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            parts = urlsplit(self.path)
            request = Request(parts.path, parse_qs(parts.query), dict(self.headers), body)
            state.requests.append(request)
            fault = state.faults.pop(0) if state.faults else None
            if fault == "slow":
                state.release.wait(10)  # longer than the client's timeout
                return
            if fault == "redirect":
                self._reply(302, None, Location="https://elsewhere.example/api/dataValueSets")
                return
            if fault == "500":
                self._reply(500, {"httpStatus": "Internal Server Error", "httpStatusCode": 500})
                return
            if fault == "403":
                self._reply(403, {"httpStatus": "Forbidden", "httpStatusCode": 403})
                return
            if fault == "401" or self.headers.get("Authorization") != f"ApiToken {TOKEN}":
                self._reply(401, {"httpStatus": "Unauthorized", "httpStatusCode": 401})
                return
            if parts.path != "/api/dataValueSets":
                self._reply(404, {"httpStatus": "Not Found", "httpStatusCode": 404})
                return
            if not self.headers.get("Content-Type", "").startswith("application/json"):
                self._reply(415, {"httpStatus": "Unsupported Media Type"})
                return
            try:
                data = json.loads(body)
            except ValueError:
                self._reply(400, {"httpStatus": "Bad Request", "httpStatusCode": 400})
                return
            status, answer = import_data_value_set(state, data, dry_run=request.dry_run)
            self._reply(status, answer)

    return Handler


@contextmanager
def dhis2_server(
    folder: Path, state: Dhis2State | None = None
) -> Iterator[tuple[str, Dhis2State, Tls]]:
    """Run the stand-in; yield its base URL, its state and the TLS files."""
    tls = make_tls(folder)
    state = state or Dhis2State()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tls.cert_file, tls.key_file)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", state, tls
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join()
