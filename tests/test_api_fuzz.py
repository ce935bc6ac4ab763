"""Generated requests from the OpenAPI document: whatever arrives, no 500 and a problem body.

Hypothesis builds requests for every operation from its documented parameters and body
(schemathesis strategies), so parameters added later are fuzzed without touching this file.
"""

from __future__ import annotations

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from litestar.testing import TestClient

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.etl.importers.synth import generate
from eventdb.schema import connect


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "f.duckdb"
    con = connect(path)
    generate(con, events=3_000, seed=2, start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31))
    con.close()
    return create_app(Settings(db=path, sql_timeout=1.0, api_key="fuzz-key"))


def test_no_generated_request_breaks_the_server(app):
    with TestClient(app=app) as client:
        schema = schemathesis.openapi.from_dict(client.get("/docs/openapi.json").json())
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 10
        for operation in operations:
            label = f"{operation.method.upper()} {operation.path}"

            @given(case=operation.as_strategy())
            @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
            def check(case):
                kwargs = case.as_transport_kwargs(base_url="http://testserver.local")
                kwargs.pop("cookies", None)  # none are documented
                response = client.request(**kwargs)
                assert response.status_code < 500, f"{label}: {response.text}"  # noqa: B023
                if response.status_code >= 400:
                    media = response.headers["content-type"]
                    assert media.startswith("application/problem+json"), label  # noqa: B023

            check()
