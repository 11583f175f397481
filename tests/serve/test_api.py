"""The JSON API over a real store, through a real uvicorn: what a client sees (rows, pages, filters, errors)."""

from __future__ import annotations

import httpx
import pytest

from dateline import query
from dateline.serve.models import MAX_PAGE
from dateline.store import Store
from tests.serve.conftest import HOSTILE_MARK


def _error(response: httpx.Response, status: int) -> dict:
    """The one error shape, with no Python internals in it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert {"code", "message"} <= set(body["error"])
    assert "Traceback" not in response.text and ".py" not in response.text
    return body["error"]


def test_stats_are_the_library_stats(client: httpx.Client, sample_store) -> None:
    with Store.open(sample_store, readonly=True) as store:
        expected = query.stats(store).model_dump(mode="json")
    assert client.get("/api/stats").json() == expected


def test_documents_page_through_in_date_order_without_gaps(client: httpx.Client) -> None:
    first = client.get("/api/documents", params={"limit": 50}).json()
    second = client.get("/api/documents", params={"limit": 50, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 50 and len(first["items"]) == 50
    ids = [d["id"] for d in first["items"] + second["items"]]
    assert len(set(ids)) == 100
    dates = [d["date"] for d in first["items"] + second["items"] if d["date"]]
    assert dates == sorted(dates)


def test_documents_filter_by_date_range(client: httpx.Client) -> None:
    page = client.get("/api/documents", params={"from": "2025-03-01", "to": "2025-03-31", "limit": 500}).json()
    assert page["items"] and page["next_offset"] is None
    assert all("2025-03-01" <= d["date"] <= "2025-03-31" for d in page["items"])


def test_page_size_has_a_hard_limit(client: httpx.Client) -> None:
    err = _error(client.get("/api/documents", params={"limit": MAX_PAGE + 1}), 422)
    assert err["where"] == "limit" and str(MAX_PAGE) in err["message"]
    err = _error(client.get("/api/search", params={"q": "gaza", "limit": 100, "offset": 9950}), 422)
    assert err["where"] == "offset"


def test_one_document_has_annotations_and_date_evidence(client: httpx.Client, hostile_id: str) -> None:
    view = client.get(f"/api/documents/{hostile_id[:8]}").json()  # a unique prefix is enough, as in the CLI
    doc = view["annotated"]["document"]
    assert doc["id"] == hostile_id and "<script>" in doc["text"]
    assert view["dating"] == {"date": "2024-03-04", "source": "given", "confidence": 1.0,
                              "evidence": view["dating"]["evidence"]}
    text = doc["text"]
    for kind in ("timexes", "mentions", "figures"):
        assert view["annotated"][kind], kind
        for r in view["annotated"][kind]:
            assert text[r["start"]:r["end"]] == r["text"]


def test_unknown_document_is_a_404_saying_what_to_do(client: httpx.Client) -> None:
    err = _error(client.get("/api/documents/ffffffffffff"), 404)
    assert err["code"] == "E400" and "dateline docs" in err["message"]


def test_search_marks_matches_and_filters_by_outlet_and_type(client: httpx.Client) -> None:
    page = client.get("/api/search", params={"q": "hostages", "limit": 5}).json()
    assert len(page["items"]) == 5 and page["next_offset"] == 5
    hit = page["items"][0]
    assert all(hit["snippet"][m["start"]:m["end"]].lower().startswith("hostage") for m in hit["matches"])
    none = client.get("/api/search", params={"q": "hostages", "outlet": "No Such Outlet"}).json()
    assert none["items"] == []
    hostile = client.get("/api/search", params={"q": HOSTILE_MARK, "outlet": "<b>evil</b> outlet"}).json()
    assert len(hostile["items"]) == 1
    assaults = client.get("/api/search", params={"q": "killed", "type": "ASSAULT", "limit": 50}).json()["items"]
    everything = client.get("/api/search", params={"q": "killed", "limit": 50}).json()["items"]
    assert assaults and len(assaults) <= len(everything)


def test_search_syntax_error_explains_the_query_language(client: httpx.Client) -> None:
    err = _error(client.get("/api/search", params={"q": '"unclosed'}), 422)
    assert err["code"] == "E400" and "double quotes" in err["message"]


def test_bad_date_names_the_parameter(client: httpx.Client) -> None:
    err = _error(client.get("/api/events", params={"from": "2024-13-01"}), 422)
    assert err["where"] == "from" and "YYYY-MM-DD" in err["message"]
    err = _error(client.get("/api/figures", params={"from": "2025-02-01", "to": "2025-01-01"}), 422)
    assert "swap" in err["message"]


def test_entities_places_and_name_filter(client: httpx.Client) -> None:
    places = client.get("/api/entities", params={"type": "PLACE", "limit": 10}).json()["items"]
    assert places and {p["label"] for p in places} <= {"GPE", "LOC", "FAC"}
    gaza = client.get("/api/entities", params={"name": "gaza", "limit": 10}).json()["items"]
    assert gaza and all("gaza" in (e["name"] + " ".join(e["aliases"])).lower() for e in gaza)


def test_events_quotes_figures_tolls_follow_their_filters(client: httpx.Client) -> None:
    events = client.get("/api/events", params={"type": "assault", "limit": 20}).json()["items"]
    assert events and {e["type"] for e in events} == {"ASSAULT"}
    err = _error(client.get("/api/events", params={"type": "PARTY"}), 422)
    assert "ASSAULT" in err["message"]
    figures = client.get("/api/figures", params={"category": "killed", "limit": 20}).json()["items"]
    assert figures and {f["category"] for f in figures} == {"killed"}
    quotes = client.get("/api/quotes", params={"limit": 5}).json()["items"]
    assert quotes and all(q["text"] for q in quotes)
    tolls = client.get("/api/tolls", params={"category": "killed", "from": "2025-01-01"}).json()["items"]
    assert tolls and all(t["date"] >= "2025-01-01" and t["reporter"] for t in tolls)


def test_places_have_coordinates_most_mentioned_first(client: httpx.Client) -> None:
    places = client.get("/api/places", params={"limit": 20}).json()
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    assert [p["n_mentions"] for p in places] == sorted((p["n_mentions"] for p in places), reverse=True)


def test_timeline_dates_carry_summaries_and_sources(client: httpx.Client) -> None:
    timeline = client.get("/api/timeline", params={"q": "hostages", "dates": 5}).json()
    assert 1 <= len(timeline["dates"]) <= 5
    for day in timeline["dates"]:
        assert day["sentences"] and day["sources"]
        refs = {s["ref"] for s in day["sources"]}
        assert all(s["source"] in refs for s in day["sentences"])


def test_facets_list_the_filter_values(client: httpx.Client) -> None:
    facets = client.get("/api/facets").json()
    assert "ASSAULT" in {c["value"] for c in facets["event_types"]}
    assert "killed" in {c["value"] for c in facets["figure_categories"]}
    assert facets["date_min"] <= facets["date_max"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_read_only_by_default(client: httpx.Client, method: str) -> None:
    response = client.request(method, "/api/documents", json={"text": "An article."})
    err = _error(response, 403 if method == "POST" else 405)
    if method == "POST":
        assert err["code"] == "E702" and "--allow-ingest" in err["message"]


def test_unknown_path_and_security_headers(client: httpx.Client) -> None:
    err = _error(client.get("/api/nothing-here"), 404)
    assert "openapi" in err["message"]
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in page.text.replace(' type="module"', "")  # every script is a file


def test_openapi_document_describes_every_endpoint(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    expected = {"/api/stats", "/api/documents", "/api/documents/{doc_id}", "/api/search", "/api/entities",
                "/api/events", "/api/quotes", "/api/figures", "/api/tolls", "/api/places", "/api/timeline",
                "/api/facets"}
    assert expected <= paths
    assert "post" in spec["paths"]["/api/documents"]


@pytest.mark.filterwarnings("ignore:Using .httpx. with")  # starlette TestClient on httpx
def test_a_server_failure_is_json_without_details(sample_store) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve.app import create_app

    app = create_app(sample_store)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
    err = _error(r, 500)
    assert err["code"] == "E709" and "secret" not in r.text and "server's log" in err["message"]


@pytest.mark.filterwarnings("ignore:Using .httpx. with")
def test_missing_store_and_foreign_host_are_refused(tmp_path, sample_store) -> None:
    from fastapi.testclient import TestClient

    from dateline.serve.app import create_app

    with TestClient(create_app(tmp_path / "gone.db")) as c:
        err = _error(c.get("/api/stats"), 503)
    assert "dateline demo" in err["message"]
    with TestClient(create_app(sample_store, allowed_hosts=["127.0.0.1", "localhost"])) as c:
        err = _error(c.get("/api/stats", headers={"Host": "attacker.example"}), 400)
        assert err["code"] == "E707"
        assert c.get("/api/stats", headers={"Host": "localhost:8000"}).status_code == 200


def test_one_entity_with_its_documents_and_clear_errors(client: httpx.Client) -> None:
    detail = client.get("/api/entity", params={"name": "antony blinken", "limit": 5}).json()
    assert detail["entity"]["name"] == "Antony Blinken" and detail["entity"]["label"] == "PERSON"
    assert detail["documents"] and sum(m["n_documents"] for m in detail["months"]) == detail["entity"]["n_documents"]
    err = _error(client.get("/api/entity", params={"name": "Zxqwvbn Nobody"}), 404)
    assert err["code"] == "E400"
    err = _error(client.get("/api/entity", params={"name": "gaz"}), 422)
    assert "several entities" in err["message"]


def test_an_undated_document_carries_the_dating_steps_evidence(client: httpx.Client) -> None:
    undated = client.get("/api/documents", params={"undated": "true"}).json()["items"]
    view = client.get(f"/api/documents/{undated[0]['id']}").json()
    assert view["dating"]["source"] in ("unknown", "inferred")
    assert view["inference"] is not None and view["inference"]["reason"]


def test_stories_and_their_events_with_reports(client: httpx.Client) -> None:
    page = client.get("/api/stories", params={"limit": 3}).json()
    assert page["items"]
    sizes = [s["n_documents"] for s in page["items"]]
    assert sizes == sorted(sizes, reverse=True)
    story = client.get(f"/api/stories/{page['items'][0]['id']}").json()
    assert story["events"] and all(e["sources"] for e in story["events"][:5])
    event = client.get(f"/api/events/{story['events'][0]['id']}").json()
    assert event["id"] == story["events"][0]["id"] and event["sources"]
    assert _error(client.get("/api/stories/999999"), 404)["code"] == "E400"
    assert _error(client.get("/api/events/999999"), 404)["code"] == "E400"


def test_concurrent_clients_all_get_answers(server) -> None:
    """50 clients at once (the full measurement is benchmarks/serve.py): no error, no reset connection."""
    import asyncio

    async def run() -> list[int]:
        async with httpx.AsyncClient(base_url=server.url, timeout=60) as c:
            async def one(i: int) -> list[int]:
                paths = [("/api/search", {"q": ["hostages", "ceasefire", "Rafah"][i % 3]}),
                         ("/api/documents", {"limit": 5, "offset": i}), ("/api/search", {"q": "killed"})]
                return [(await c.get(p, params=q)).status_code for p, q in paths]

            return [s for codes in await asyncio.gather(*(one(i) for i in range(50))) for s in codes]

    statuses = asyncio.run(run())
    assert len(statuses) == 150 and set(statuses) == {200}
