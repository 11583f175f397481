"""The FastAPI application: the JSON API under /api, the web page at /, strict security headers on everything."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dateline import __version__
from dateline.serve import errors, routes_corpus, routes_ingest, routes_read
from dateline.serve.deps import DEFAULT_MAX_UPLOAD, Settings
from dateline.serve.errors import error_response

STATIC = Path(str(files("dateline.serve") / "static"))

# No inline script or style, nothing from another origin: data shown on the page can never run as code.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

DESCRIPTION = """Read a dateline store over HTTP: the same queries as the `dateline` command line.

Every list is paged (`limit`, `offset`; the response's `next_offset` is null on the last page). Errors are
`{"error": {"code", "message", "where"}}` with a message that says what to do. Examples: docs/api.md.
"""


class _Guard:
    """Pure ASGI middleware: refuses unknown Host headers (DNS rebinding) and adds the security headers to every
    response (cheaper than Starlette's BaseHTTPMiddleware on each request)."""

    def __init__(self, app: ASGIApp, hosts: set[str] | None) -> None:
        self.app = app
        self.hosts = hosts
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.hosts is not None:
            host = Headers(scope=scope).get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name.lower() not in self.hosts:
                response = error_response(
                    400, "E707", "unknown Host header: open the page at the address the server printed at start",
                    "Host",
                )
                response.headers.update(SECURITY_HEADERS)
                await response(scope, receive, send)
                return
        api = scope["path"].startswith("/api/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for k, v in self.headers:
                    headers.append(k.decode(), v.decode())
                if api and "cache-control" not in headers:
                    headers.append("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, with_headers)


ENV_SETTINGS = "DATELINE_SERVE_SETTINGS"
# Seconds an idle keep-alive connection stays open. Longer than HTTP clients' own expiry (httpx: 5 s), so a client
# never reuses a connection at the instant the server drops it (a reset under load otherwise).
KEEP_ALIVE_S = 20


# Threads running the (synchronous) routes of one server process. Few: the queries hold the GIL, and with anyio's
# default of 40 the threads fight over it (measured with 50 clients: 2 threads 152 req/s, 4 threads 135, 40
# threads 79, and 40 threads let timelines wait 2.5 s at p95). Ingest runs on its own thread, not on these.
DEFAULT_THREADS = 4


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    anyio.to_thread.current_default_thread_limiter().total_tokens = app.state.settings.threads
    yield


def app_from_env() -> FastAPI:
    """The app for each of several uvicorn worker processes (`dateline serve --workers N`): they import this
    factory and read the settings the command put in the environment as JSON."""
    return create_app(**json.loads(os.environ[ENV_SETTINGS]))


def create_app(
    db: str | Path,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    max_upload: int = DEFAULT_MAX_UPLOAD,
    allowed_hosts: Sequence[str] | None = None,
    resolve_after_ingest: bool = True,
    threads: int = DEFAULT_THREADS,
) -> FastAPI:
    """The app over the store at `db`. `allowed_hosts` (the Host header's name) guards a loopback server
    against DNS rebinding: another website's page cannot then read it through the browser."""
    if allow_ingest and not token:
        raise ValueError("--allow-ingest needs a token")
    app = FastAPI(
        title="dateline",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # the Swagger page loads scripts from a CDN: the schema is at /api/openapi.json
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=_lifespan,
    )
    app.state.settings = Settings(
        db=Path(db), allow_ingest=allow_ingest, token=token, max_upload=max_upload,
        resolve_after_ingest=resolve_after_ingest, threads=max(1, threads),
    )
    errors.install(app)
    app.include_router(routes_read.router)
    app.include_router(routes_corpus.router)
    app.include_router(routes_ingest.router)
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
    app.add_middleware(_Guard, hosts={h.lower() for h in allowed_hosts} if allowed_hosts else None)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    return app
