"""POST articles into the store, when the server was started with --allow-ingest and the caller has the token.

The body is one article as a JSON object, or a batch as JSON Lines (one article per line: text, date, title, url,
source, id: the same fields `dateline ingest` reads). Every record is read and checked before anything is written,
so a bad line rejects the whole request with the CLI's error code and nothing stored; the good batch is then
annotated and written in one transaction.
"""

from __future__ import annotations

import hmac
import io
import json
import logging
from typing import Annotated

import anyio
import anyio.to_thread
from fastapi import APIRouter, Header, Request
from starlette.concurrency import run_in_threadpool

from dateline.errors import DatelineError, InputError
from dateline.ingest import read_inputs
from dateline.model import Document
from dateline.serve.deps import Settings, settings
from dateline.serve.errors import BAD_TOKEN, INGEST_DISABLED, TOO_LARGE, UNSUPPORTED_MEDIA, ApiError
from dateline.serve.models import ErrorBody, IngestError, IngestResult
from dateline.store import Store

router = APIRouter(prefix="/api")
_INGEST_LIMITER = anyio.CapacityLimiter(1)
log = logging.getLogger("dateline.serve")

_JSON_TYPES = ("application/json",)
_JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines")


def _authorise(config: Settings, authorization: str | None) -> None:
    if not config.allow_ingest:
        raise ApiError(
            403, INGEST_DISABLED,
            "this server is read-only: restart it with `dateline serve --allow-ingest` to accept articles",
        )
    scheme, _, given = (authorization or "").partition(" ")
    # bytes: compare_digest refuses non-ASCII str, and a header may carry any byte
    if scheme.lower() != "bearer" or not config.token or not hmac.compare_digest(
        given.strip().encode("utf-8", "surrogateescape"), config.token.encode("utf-8")
    ):
        raise ApiError(
            401, BAD_TOKEN,
            "missing or wrong token: send `Authorization: Bearer TOKEN` with the token the server printed at start",
            where="Authorization",
        )


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refusing it (413) as soon as it passes the limit rather than after reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413, TOO_LARGE, f"the body is over the server's limit of {limit:,} bytes: send fewer articles per request "
        "(or restart the server with a larger --max-upload)",
        where="body",
    )


def _as_jsonl(body: bytes, content_type: str) -> bytes:
    """A JSON object becomes one JSONL line; JSON Lines pass as they are."""
    media = content_type.split(";")[0].strip().lower()
    if media in _JSONL_TYPES:
        return body
    if media not in _JSON_TYPES:
        raise ApiError(
            415, UNSUPPORTED_MEDIA,
            "send one article as application/json or a batch as application/x-ndjson (one JSON object a line)",
            where="Content-Type",
        )
    try:
        value = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(
            422, "E105", f"the body is not JSON ({exc}): send one JSON object with a `text` field", where="body"
        ) from exc
    if not isinstance(value, dict):
        raise ApiError(
            422, "E105", "send one JSON object with a `text` field (a batch goes as JSON Lines)", where="body"
        )
    return json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n"


def _check_records(data: bytes) -> int:
    """Read every record as `dateline ingest` would; the first bad one rejects the request."""
    n = 0
    for item in read_inputs(["-"], stdin=io.BytesIO(data)):
        if isinstance(item, InputError):
            raise item
        if isinstance(item, Document):
            n += 1
    if n == 0:
        raise InputError("no article in the body: send at least one JSON object with a `text` field", where="body")
    return n


def _ingest(config: Settings, data: bytes) -> IngestResult:
    from dateline.ingest_job import ingest  # loads the NLP pipeline: only when someone posts

    if config.pipeline is None:
        from dateline.nlp.pipeline import Pipeline

        config.pipeline = Pipeline()
    with Store.open(config.db) as store:
        report = ingest(
            ["-"], store, workers=1, batch_size=1_000_000, strict=False, pipeline=config.pipeline,
            stdin=io.BytesIO(data),
        )
        ids = [item.id for item in read_inputs(["-"], stdin=io.BytesIO(data)) if isinstance(item, Document)]
    resolved, resolve_error = False, None
    if config.resolve_after_ingest and report.added:
        resolved, resolve_error = _resolve(config)
    return IngestResult(
        read=report.read, added=report.added, already_stored=report.already_stored, duplicates=report.duplicates,
        new_sources=report.new_sources, failed=report.failed, words=report.words, seconds=round(report.seconds, 3),
        document_ids=list(dict.fromkeys(ids)),
        errors=[IngestError(code=e.code, message=e.message, where=e.where) for e in report.errors],
        resolved=resolved,
        resolve_error=resolve_error,
    )


def _resolve(config: Settings) -> tuple[bool, str | None]:
    """The corpus step on the new documents, as `dateline ingest` runs it. The documents are committed by now:
    if this step fails they stay stored, and the client is told to run `dateline resolve` later."""
    from dateline.resolve import resolve_corpus

    try:
        with Store.open(config.db) as store:
            resolve_corpus(store)
    except DatelineError as exc:
        return False, f"{exc}; the documents are stored: run `dateline resolve --db {config.db}` to finish"
    except Exception:  # a bug in a corpus step must not hide that the articles were stored
        log.exception("the corpus step failed after an ingest")
        return False, f"the corpus step failed (see the server log); run `dateline resolve --db {config.db}` later"
    return True, None


@router.post(
    "/documents",
    response_model=IngestResult,
    status_code=201,
    summary="Add articles (only with --allow-ingest and the start-up token)",
    responses={
        401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody}, 415: {"model": ErrorBody},
        422: {"model": ErrorBody}, 503: {"model": ErrorBody},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                    "text": {"type": "string"}, "date": {"type": "string"}, "title": {"type": "string"},
                    "url": {"type": "string"}, "source": {"type": "string"}, "id": {"type": "string"},
                }}},
                "application/x-ndjson": {"schema": {"type": "string", "description": "One JSON article per line."}},
            },
        }
    },
)
async def post_documents(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer TOKEN, as printed at start-up.")] = None,
) -> IngestResult:
    config = settings(request)
    _authorise(config, authorization)
    body = await _read_body(request, config.max_upload)
    data = _as_jsonl(body, request.headers.get("content-type", "application/json"))
    await run_in_threadpool(_check_records, data)
    # its own thread: an ingest takes seconds and must not hold one of the few threads readers share
    return await anyio.to_thread.run_sync(_locked_ingest, config, data, limiter=_INGEST_LIMITER)


def _locked_ingest(config: Settings, data: bytes) -> IngestResult:
    with config.ingest_lock:  # one writer at a time; readers go on meanwhile (WAL)
        return _ingest(config, data)
