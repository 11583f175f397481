"""POST /api/documents on a server started with ingest on: the token, the size limit, all-or-nothing batches."""

from __future__ import annotations

import json

import httpx

from tests.serve.conftest import MAX_UPLOAD, TOKEN, LiveServer

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _count(base: str) -> int:
    return httpx.get(f"{base}/api/stats").json()["documents"]


def test_token_is_required(ingest_server: LiveServer) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                    {"Authorization": "Bearer t\u00e9st".encode("latin-1")}):
        r = httpx.post(f"{ingest_server.url}/api/documents", json={"text": "Anything."}, headers=headers)
        assert r.status_code == 401 and r.json()["error"]["code"] == "E703"
        assert "Bearer" in r.json()["error"]["message"]


def test_one_article_is_annotated_stored_and_readable(ingest_server: LiveServer) -> None:
    before = _count(ingest_server.url)
    article = {
        "text": "Rescue teams in Khan Younis said 14 people were killed on Tuesday, the Health Ministry said.",
        "date": "2025-04-02", "title": "Strike on Khan Younis", "source": "Test Wire",
    }
    r = httpx.post(f"{ingest_server.url}/api/documents", json=article, headers=AUTH, timeout=120)
    assert r.status_code == 201, r.text
    report = r.json()
    assert report["added"] == 1 and report["failed"] == 0 and len(report["document_ids"]) == 1
    assert _count(ingest_server.url) == before + 1
    doc = httpx.get(f"{ingest_server.url}/api/documents/{report['document_ids'][0]}").json()
    assert doc["annotated"]["document"]["title"] == "Strike on Khan Younis"
    assert any(f["category"] == "killed" for f in doc["annotated"]["figures"])
    again = httpx.post(f"{ingest_server.url}/api/documents", json=article, headers=AUTH, timeout=120).json()
    assert again["added"] == 0 and again["already_stored"] == 1  # re-posting is a no-op, as in the CLI


def test_a_bad_line_rejects_the_whole_batch_with_the_cli_code(ingest_server: LiveServer) -> None:
    before = _count(ingest_server.url)
    lines = [json.dumps({"text": "A fine article about talks in Cairo.", "date": "2025-05-01"}),
             json.dumps({"text": "", "date": "2025-05-02"})]
    r = httpx.post(
        f"{ingest_server.url}/api/documents", content="\n".join(lines) + "\n",
        headers={**AUTH, "Content-Type": "application/x-ndjson"},
    )
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "E105" and err["where"].endswith(":2")  # the same code and line as `dateline ingest`
    assert _count(ingest_server.url) == before  # nothing written, not even the good first line


def test_too_large_is_413_and_stores_nothing(ingest_server: LiveServer) -> None:
    before = _count(ingest_server.url)
    big = {"text": "Word " * (MAX_UPLOAD // 4), "date": "2025-05-03"}
    r = httpx.post(f"{ingest_server.url}/api/documents", json=big, headers=AUTH)
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E704" and f"{MAX_UPLOAD:,}" in r.json()["error"]["message"]
    assert _count(ingest_server.url) == before


def test_wrong_media_type_and_non_object_json(ingest_server: LiveServer) -> None:
    r = httpx.post(
        f"{ingest_server.url}/api/documents", content=b"plain text", headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert r.status_code == 415 and "application/json" in r.json()["error"]["message"]
    r = httpx.post(f"{ingest_server.url}/api/documents", json=["a list"], headers=AUTH)
    assert r.status_code == 422 and "text" in r.json()["error"]["message"]
