"""Review findings on the API, through a real uvicorn over a real store: the 10,000-row paging window holds on
every paged list, and every error says where the fault is (`where`), as docs/api.md promises."""

from __future__ import annotations

import httpx
import pytest

from dateline.serve.models import MAX_WINDOW
from tests.serve.conftest import MAX_UPLOAD, TOKEN

# Every paged endpoint with the parameters it needs, as docs/api.md lists them.
PAGED = [
    ("/api/documents", {}),
    ("/api/search", {"q": "killed"}),
    ("/api/search", {"q": "killed", "type": "ASSAULT"}),  # the faceted path pages differently
    ("/api/entities", {}),
    ("/api/events", {}),
    ("/api/quotes", {}),
    ("/api/figures", {}),
    ("/api/tolls", {"category": "killed"}),
    ("/api/stories", {}),
]


def _error(response: httpx.Response, status: int) -> dict:
    """The documented error shape, exactly: {"error": {"code", "message", "where"}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "where"}, body
    assert body["error"]["message"] and "Traceback" not in response.text
    return body["error"]


@pytest.mark.parametrize(("path", "params"), PAGED)
def test_a_page_past_row_10000_is_refused_naming_offset(client: httpx.Client, path: str, params: dict) -> None:
    err = _error(client.get(path, params={**params, "offset": MAX_WINDOW - 10, "limit": 20}), 422)
    assert err["code"] == "E701" and err["where"] == "offset"
    assert "10,000" in err["message"] and "narrow the query" in err["message"]


@pytest.mark.parametrize(("path", "params"), PAGED)
def test_the_last_page_inside_the_window_is_served(client: httpx.Client, path: str, params: dict) -> None:
    page = client.get(path, params={**params, "offset": MAX_WINDOW - 20, "limit": 20})
    assert page.status_code == 200, page.text
    assert page.json()["offset"] == MAX_WINDOW - 20


def test_the_window_is_in_the_openapi_document(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    offset = next(p for p in spec["paths"]["/api/documents"]["get"]["parameters"] if p["name"] == "offset")
    assert "10,000" in offset["description"]
    detail = spec["components"]["schemas"]["ErrorDetail"]
    assert set(detail["required"]) == {"code", "message", "where"}


@pytest.mark.parametrize(
    ("path", "params", "status", "where"),
    [
        ("/api/search", {"q": '"unclosed'}, 422, "q"),  # an FTS query that cannot run (E400)
        ("/api/timeline", {"q": '"unclosed'}, 422, "q"),
        ("/api/documents/ffffffffffff", {}, 404, "doc_id"),  # unknown ids name the path field
        ("/api/stories/999999", {}, 404, "story_id"),
        ("/api/events/999999", {}, 404, "event_id"),
        ("/api/entity", {"name": "Zxqwvbn Nobody"}, 404, "name"),
        ("/api/entity", {"name": "gaz"}, 422, "name"),  # several entities match
        ("/api/entity", {"id": 999999999}, 404, "id"),
        ("/api/timeline", {"entity": "Zxqwvbn Nobody"}, 404, "entity"),
        ("/api/figures", {"from": "2025-02-01", "to": "2025-01-01"}, 422, "from"),  # swapped range
        ("/api/documents", {"undated": "true", "from": "2025-01-01"}, 422, "undated"),
    ],
)
def test_library_errors_name_the_parameter_at_fault(
    client: httpx.Client, path: str, params: dict, status: int, where: str
) -> None:
    err = _error(client.get(path, params=params), status)
    assert err["code"] == "E400" and err["where"] == where, err


def test_a_document_prefix_matching_several_names_doc_id(client: httpx.Client) -> None:
    ids = [d["id"] for d in client.get("/api/documents", params={"limit": 500}).json()["items"]]
    first = {i[0] for i in ids}
    prefix = next(c for c in sorted(first) if sum(i.startswith(c) for i in ids) > 1)
    err = _error(client.get(f"/api/documents/{prefix}"), 422)
    assert err["where"] == "doc_id" and "several documents" in err["message"]


def test_http_layer_errors_carry_where_too(client: httpx.Client) -> None:
    err = _error(client.get("/api/nothing-here"), 404)
    assert err["code"] == "E700" and err["where"] == "/api/nothing-here"
    err = _error(client.delete("/api/documents"), 405)
    assert err["code"] == "E705" and err["where"] == "method"
    err = _error(client.get("/api/documents", params={"limit": 501}), 422)
    assert err["code"] == "E701" and err["where"] == "limit"
    err = _error(client.post("/api/documents", json={"text": "An article."}), 403)
    assert err["code"] == "E702" and err["where"] is None  # nothing in the request can fix a read-only server


def test_ingest_errors_name_the_header_or_body_at_fault(ingest_server) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    as_json = {**auth, "Content-Type": "application/json"}
    with httpx.Client(base_url=ingest_server.url, timeout=60) as c:
        err = _error(c.post("/api/documents", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}), 401)
        assert err["code"] == "E703" and err["where"] == "Authorization"
        err = _error(c.post("/api/documents", content=b"text", headers={**auth, "Content-Type": "text/plain"}), 415)
        assert err["code"] == "E706" and err["where"] == "Content-Type"
        err = _error(c.post("/api/documents", content=b"{not json", headers=as_json), 422)
        assert err["where"] == "body"
        big = b'{"text": "' + b"a" * MAX_UPLOAD + b'"}'
        err = _error(c.post("/api/documents", content=big, headers=as_json), 413)
        assert err["code"] == "E704" and err["where"] == "body"
        lines = b'{"text": "Talks resume in Cairo.", "date": "2025-05-01"}\n{"text": ""}\n'
        ndjson = {**auth, "Content-Type": "application/x-ndjson"}
        err = _error(c.post("/api/documents", content=lines, headers=ndjson), 422)
        assert err["code"] == "E105" and err["where"] == "-:2"
