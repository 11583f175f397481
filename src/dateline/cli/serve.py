"""`dateline serve`: the HTTP API and the web page over a store (read-only unless --allow-ingest)."""

from __future__ import annotations

import json
import os
import secrets
from typing import Annotated

import typer

from dateline.cli.common import DbOpt
from dateline.cli.output import stderr
from dateline.errors import StoreError
from dateline.store import Store

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `serve` to the main app (nothing under eval)."""
    app.command("serve")(serve_command)


def serve_command(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0 exposes it to the network).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on.", min=1, max=65535)] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept POST /api/documents from holders of the token.")
    ] = False,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="DATELINE_TOKEN", help="The ingest token (default: a random one, printed)."),
    ] = None,
    max_upload: Annotated[
        int, typer.Option("--max-upload", help="Largest POST body in bytes (413 beyond it).", min=1)
    ] = 2_000_000,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Server processes (more serve more clients at once).", min=1)
    ] = 1,
    threads: Annotated[
        int, typer.Option("--threads", help="Request threads per process (queries hold Python's GIL: keep it low).",
                          min=1, max=64)
    ] = 4,
) -> None:
    """Serve the web page and the JSON API (/api/...) over a store; read-only unless --allow-ingest.

    Example: dateline demo && dateline serve   (then open http://127.0.0.1:8000/)
    """
    if not db.exists():
        raise StoreError(f"no store at {db}: run `dateline demo --db {db}` or `dateline ingest PATH --db {db}` first")
    with Store.open(db, readonly=True):  # fail now, in the terminal, if it is not a store this dateline reads
        pass
    import uvicorn

    from dateline.serve.app import ENV_SETTINGS, KEEP_ALIVE_S, create_app

    if allow_ingest and not token:
        token = secrets.token_urlsafe(24)
        stderr.print(f"ingest token (send as `Authorization: Bearer ...`): {token}", markup=False, highlight=False)
    local = host in LOOPBACK
    options = {
        "db": str(db), "allow_ingest": allow_ingest, "token": token if allow_ingest else None,
        "max_upload": max_upload, "allowed_hosts": [*LOOPBACK, "[::1]"] if local else None, "threads": threads,
    }
    shown = f"[{host}]" if ":" in host else host
    stderr.print(
        f"dateline: serving {db} {'(read-write: ingest on)' if allow_ingest else '(read-only)'} at "
        f"http://{shown}:{port}/ - press Ctrl+C to stop",
        markup=False, highlight=False,
    )
    if not local:
        stderr.print("warning: listening beyond this machine; anyone who can reach it can read the store", markup=False)
    log_level = os.environ.get("DATELINE_LOG_LEVEL", "warning")
    if workers == 1:
        uvicorn.run(
            create_app(**options), host=host, port=port, log_level=log_level,  # type: ignore[arg-type]
            timeout_keep_alive=KEEP_ALIVE_S,
        )
    else:  # each worker process builds its own app from the same settings
        os.environ[ENV_SETTINGS] = json.dumps(options)
        uvicorn.run(
            "dateline.serve.app:app_from_env", factory=True, workers=workers, host=host, port=port,
            log_level=log_level, timeout_keep_alive=KEEP_ALIVE_S,
        )
