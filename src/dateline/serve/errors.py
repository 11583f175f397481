"""Every failure reaches the client as one JSON shape, {"error": {"code", "message", "where"}}, never a traceback.

Library errors keep their dateline code (E4xx for a query that cannot run, E1xx for bad input...), so the API and
the CLI report the same thing; errors only the HTTP layer has get E7xx codes.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import DatelineError, InputError, QueryError, StoreError, TooLargeError

log = logging.getLogger("dateline.serve")

NOT_FOUND = "E700"
BAD_PARAMETER = "E701"
INGEST_DISABLED = "E702"
BAD_TOKEN = "E703"
TOO_LARGE = "E704"
METHOD_NOT_ALLOWED = "E705"
UNSUPPORTED_MEDIA = "E706"
INTERNAL = "E709"

# Query errors that mean "nothing by that name" rather than "the question is malformed".
_NOT_FOUND_PREFIXES = (
    "no document id starts with", "no entity named", "no corpus entity with id", "no story with id",
    "no corpus event with id",
)


def where_of(exc: DatelineError, request: Request) -> str | None:
    """The part of the request a library error is about: its own `where` (an input line), else the parameter a
    query error names (`QueryError.field`; "" for a state of the store no parameter can fix), else the route's
    path field (an unknown or ambiguous id: `doc_id`, `story_id`, `event_id`), else None."""
    if exc.where:
        return exc.where
    if isinstance(exc, QueryError):
        if exc.field is not None:
            return exc.field or None
        if request.path_params:
            return next(iter(request.path_params))
    return None


class ApiError(Exception):
    """An error of the HTTP layer itself: a status, a code and a message that says what to do."""

    def __init__(self, status: int, code: str, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.where = where


def error_response(status: int, code: str, message: str, where: str | None = None, **headers: str) -> JSONResponse:
    """The one error shape: `where` is always there, null when no part of the request is at fault."""
    body: dict[str, Any] = {"code": code, "message": message, "where": where}
    return JSONResponse({"error": body}, status_code=status, headers=headers or None)


def status_of(exc: DatelineError) -> int:
    """The HTTP status a library error maps to."""
    if isinstance(exc, TooLargeError):
        return 413
    if isinstance(exc, QueryError):
        return 404 if exc.message.startswith(_NOT_FOUND_PREFIXES) else 422
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, StoreError):
        return 503
    return 500


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    """The first problem in words a person can act on, naming the parameter."""
    errors = exc.errors()
    if not errors:
        return "the request is not valid: check its parameters against /api/openapi.json", None
    first = errors[0]
    loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
    where = ".".join(loc) or None
    msg = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
    got = first.get("input")
    shown = f" (got {got!r})" if isinstance(got, str | int | float) and len(str(got)) < 80 else ""
    hint = " Dates are YYYY-MM-DD, YYYY-MM or YYYY." if "date" in msg.lower() and "YYYY" not in msg else ""
    return f"{where or 'request'}: {msg}{shown}.{hint} Every parameter is in /api/openapi.json.", where


def _allowed_methods(request: Request) -> list[str]:
    """Every method the API takes at this path, from its OpenAPI document (Starlette's own Allow header names only
    the first matching route's, and the API has GET and POST on /api/documents in different routers)."""
    table = getattr(request.app.state, "allowed_methods", None)
    if table is None:
        table = [
            (re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$"),
             sorted(m.upper() for m in ops))
            for path, ops in request.app.openapi()["paths"].items()
        ]
        request.app.state.allowed_methods = table
    for pattern, methods in table:
        if pattern.match(request.url.path):
            return methods
    return ["GET"]


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into the one error shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.where)

    @app.exception_handler(DatelineError)
    async def _library(request: Request, exc: DatelineError) -> JSONResponse:
        status = status_of(exc)
        if status == 500:
            log.error("unexpected library error: %s", exc)
        return error_response(status, exc.code, exc.message, where_of(exc, request))

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        message, where = _validation_message(exc)
        return error_response(422, BAD_PARAMETER, message, where)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return error_response(
                404, NOT_FOUND,
                "no such page or endpoint: the API is described at /api/openapi.json (examples in docs/api.md)",
                request.url.path,
            )
        if exc.status_code == 405:
            allowed = _allowed_methods(request)
            return error_response(
                405, METHOD_NOT_ALLOWED, f"this endpoint takes {', '.join(allowed)} only: see /api/openapi.json",
                "method", Allow=", ".join(allowed),
            )
        return error_response(exc.status_code, f"E7{exc.status_code % 100:02d}", str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(
            500, INTERNAL, "the server failed on this request; the details are in the server's log. "
            "Try again, and report it if it keeps happening."
        )
