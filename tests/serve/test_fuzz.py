"""The API fuzzed from its own OpenAPI document: whatever the parameters, never a 5xx, always the error shape."""

from __future__ import annotations

import pytest

from tests.serve.conftest import TOKEN, LiveServer

schemathesis = pytest.importorskip("schemathesis", reason="pip install schemathesis (a test dependency)")
from hypothesis import HealthCheck, settings  # noqa: E402  (hypothesis comes with schemathesis)
from schemathesis.checks import positive_data_acceptance  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(server: LiveServer) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{server.url}/api/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_error(case: schemathesis.Case) -> None:
    # Every schemathesis check (status codes, content types, response schemas, Allow headers, bad input refused...)
    # except that a schema-valid request is always accepted: some rules span parameters (`undated` with `from`,
    # offset + limit within 10,000), which OpenAPI cannot state, and they are refused with a 422 saying why.
    response = case.call_and_validate(timeout=30, excluded_checks=[positive_data_acceptance])
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] and body["error"]["message"]
        assert "Traceback" not in response.text


@pytest.fixture(scope="module")
def ingest_api_schema(ingest_server: LiveServer) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_url(f"{ingest_server.url}/api/openapi.json")


ingest_schema = schemathesis.pytest.from_fixture("ingest_api_schema").include(method="POST")


@ingest_schema.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_ingest_never_fails_with_a_server_error(case: schemathesis.Case) -> None:
    """Random bodies with the right token: stored, or refused with the error shape, never a 5xx."""
    response = case.call_and_validate(
        timeout=120, headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=[positive_data_acceptance]
    )
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert set(response.json()) == {"error"}
