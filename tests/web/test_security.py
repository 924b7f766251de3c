"""Static files cannot be escaped and bodies need a bounded length, on a real server
(raw requests: HTTP clients would tidy the dot segments away before sending)."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest


def raw_request(base: str, method: str, target: str, headers: dict[str, str] | None = None,
                body: bytes | None = None) -> tuple[int, bytes]:  # fmt: skip
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "target",
    [
        "/static/../pyproject.toml",
        "/static/%2e%2e/pyproject.toml",
        "/static/%2E%2E%2Fpyproject.toml",
        "/static/..%2f..%2f..%2f..%2fpyproject.toml",
        "/static/vendor/../../app.py",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/static//etc/passwd",
    ],
)
def test_static_files_stay_in_their_folder(live_server: str, target: str) -> None:
    status, body = raw_request(live_server, "GET", target)
    assert status == 404
    assert b"[project]" not in body and b"create_app" not in body and b"root:" not in body


def test_the_app_and_its_libraries_are_served(live_server: str) -> None:
    for target in ("/", "/static/js/main.js", "/static/app.css"):
        assert raw_request(live_server, "GET", target)[0] == 200


def test_a_body_needs_a_declared_length(live_server: str) -> None:
    chunked = b'10\r\n{"text": "\xd8\xa8"}  \r\n0\r\n\r\n'
    status, body = raw_request(
        live_server,
        "POST",
        "/api/extract",
        {"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        chunked,
    )
    assert status == 411
    assert b"Content-Length" in body
