"""A real store (the bundled sample plus one hostile article) served by a real uvicorn on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from dateline.serve.app import KEEP_ALIVE_S, create_app
from dateline.store import Store

HOSTILE_MARK = "Zanzibarquux"  # a word only the hostile article has, to find it by search
HOSTILE_TEXT = (
    f"{HOSTILE_MARK} report <script>window.__pwned = 'script'</script> from Rafah. "
    "<img src=x onerror=\"window.__pwned='img'\"> The ministry said 12 people were killed on March 3, 2024. "
    "Click <a href=\"javascript:window.__pwned='link'\">here</a> for more. "
    "The file \u202egnp.exe was shared, said Ahmed Hassan."
)
HOSTILE = {
    "text": HOSTILE_TEXT,
    "title": "<img src=x onerror=\"window.__pwned='title'\"> Hostile \u202etitle",
    "date": "2024-03-04",
    "url": "javascript:window.__pwned='url'",
    "source": "<b>Evil</b> Outlet",
}


class LiveServer:
    """uvicorn serving `app` in a thread on a free port of 127.0.0.1."""

    def __init__(self, app: object) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, log_level="warning", lifespan="on", timeout_keep_alive=KEEP_ALIVE_S)
        )
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory, pipeline, sample_dir: Path) -> Path:
    """The bundled sample corpus plus the hostile article, ingested and resolved once per session (~9 s)."""
    from dateline.ingest_job import ingest

    folder = tmp_path_factory.mktemp("serve")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = folder / "sample.db"
    with Store.open(path) as store:
        report = ingest([str(sample_dir), str(hostile)], store, workers=1, pipeline=pipeline)
    assert report.added > 400 and not report.errors, report.errors
    from dateline.resolve import resolve_corpus  # the corpus step, as `dateline demo` runs it (~3 s)

    with Store.open(path) as store:
        resolve_corpus(store)
    return path


@pytest.fixture(scope="session")
def server(sample_store: Path) -> Iterator[LiveServer]:
    live = LiveServer(create_app(sample_store))
    yield live
    live.stop()


@pytest.fixture(scope="session")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


@pytest.fixture(scope="session")
def hostile_id(client: httpx.Client) -> str:
    hits = client.get("/api/search", params={"q": HOSTILE_MARK}).json()["items"]
    assert hits, "the hostile article is not in the store"
    return hits[0]["doc_id"]


TOKEN = "test-token-123"
MAX_UPLOAD = 20_000


@pytest.fixture(scope="module")
def ingest_server(sample_store: Path, tmp_path_factory: pytest.TempPathFactory, pipeline) -> Iterator[LiveServer]:
    """A server accepting POSTs with TOKEN, over its own copy of the store."""
    path = tmp_path_factory.mktemp("ingest") / "copy.db"
    shutil.copy(sample_store, path)
    app = create_app(path, allow_ingest=True, token=TOKEN, max_upload=MAX_UPLOAD)
    app.state.settings.pipeline = pipeline  # the session's loaded pipeline: no second spaCy load
    live = LiveServer(app)
    yield live
    live.stop()
