"""The web app: the API, the single-page front end and its static files, read-only.

Every response carries a Content-Security-Policy that allows only this origin's
scripts and styles; request bodies are limited in size.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad import __version__
from marsad.web import api
from marsad.web.models import MAX_BODY_BYTES
from marsad.web.reader import StoreReader

STATIC = Path(__file__).parent / "static"
VENDOR = STATIC / "vendor"

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        b"form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


def create_app(db_path: str | Path) -> FastAPI:
    """The app over the store at ``db_path`` (StoreError if it cannot be opened).

    The store stays open, read-only, for as long as the app exists.
    """
    reader = StoreReader(Path(db_path))
    app = FastAPI(
        title="Marsad",
        version=__version__,
        description="Read-only access to a Marsad store: events with their evidence, "
        "annotated Arabic articles, search, and extraction of one text.",
        docs_url=None,  # Swagger UI would load from a CDN; /openapi.json is served
        redoc_url=None,
    )
    app.state.reader = reader
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    return app


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """One line naming the first bad parameter, instead of FastAPI's list of errors."""
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return JSONResponse({"detail": f"{where}: {first['msg']}"}, status_code=422)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses a body without a declared length (411) or longer than ``max_bytes`` (413).

    The server reads no more than the declared length, so checking it is enough.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH"):
            headers = dict(scope["headers"])
            length = headers.get(b"content-length", b"").decode("latin-1")
            if not length.isdigit():
                await _refuse(send, 411, "send the body with a Content-Length header")
                return
            if int(length) > self.max_bytes:
                await _refuse(
                    send, 413, f"the body is larger than {self.max_bytes:,} bytes; send less"
                )
                return
        await self.app(scope, receive, send)


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
