"""Hostile and concurrent use of the API: arbitrary bodies to POST /v1/articles, SQL bombs,
and ingestion through the server while 16 clients query. Nothing is lost, nothing is
half-stored, and the server stays healthy."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient
from test_api_data import KeywordCoder

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.schema import connect

pytest_plugins = ["test_api_data"]
KEY = "k-hostile"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
article_like = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "date": st.one_of(json_values, st.dates().map(str)),
        "text": json_values,
        "title": json_values,
        "source": json_values,
        "url": json_values,
        "junk": json_values,
    },
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from _server(tmp_path_factory)


@pytest.fixture
def sql_server(tmp_path_factory):
    yield from _server(tmp_path_factory)


def _server(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "h.duckdb"
    connect(path).close()
    app = create_app(
        Settings(
            db=path,
            api_key=KEY,
            coder_factory=KeywordCoder,
            sql_timeout=2.0,
            max_body_bytes=256 * 1024,
            max_articles=20,
        )
    )
    with TestClient(app=app) as client:
        yield client


def _consistent(client) -> tuple[int, int]:
    body = {
        "query": "SELECT (SELECT count(*) FROM articles) AS a,"
        " (SELECT count(*) FROM articles x WHERE NOT EXISTS"
        "   (SELECT 1 FROM sentences s WHERE s.article_id = x.article_id)) AS bare,"
        " (SELECT count(*) FROM sentences s WHERE s.article_id NOT IN (SELECT article_id FROM articles))"
        "   + (SELECT count(*) FROM events e WHERE e.article_id NOT IN (SELECT article_id FROM articles)) AS orphans"
    }
    row = client.post("/v1/sql", json=body).json()["data"][0]
    return row["a"], row["bare"] + row["orphans"]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.one_of(article_like, st.lists(article_like, max_size=4), json_values))
def test_arbitrary_bodies_never_break_ingestion(server, body):
    response = server.post("/v1/articles", json=body, headers={"X-API-Key": KEY})
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        for result in response.json()["results"]:
            assert result["status"] in ("stored", "duplicate", "error")
            if result["status"] == "error":
                assert result["reason"]
    else:
        assert response.headers["content-type"].startswith("application/problem+json")
    assert _consistent(server)[1] == 0


def test_malformed_oversized_and_nested_bodies(server):
    headers = {"X-API-Key": KEY, "Content-Type": "application/json"}
    for raw in (
        b"{not json",
        b"[" * 100_000 + b"]" * 100_000,
        b'"' + b"x" * 600_000 + b'"',
        b"\xff\xfe\x00",
    ):
        response = server.post("/v1/articles", content=raw, headers=headers)
        assert 400 <= response.status_code < 500, (raw[:20], response.status_code)
    assert server.get("/health").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n FROM r, range(2)) SELECT * FROM r",
        "SELECT count(*) FROM range(100000) a, range(100000) b, range(100000) c",
        "SELECT * FROM range(1000000000)",
        "SELECT repeat('x', 1000000) FROM range(100000)",
        "SELECT string_agg(repeat('y', 1000), '') FROM range(10000000)",
    ],
)
def test_sql_bombs_are_stopped_and_the_server_stays_healthy(sql_server, query):
    server = sql_server
    started = time.monotonic()
    response = server.post("/v1/sql", json={"query": query})
    assert response.status_code in (200, 400, 408, 413, 422), response.text
    if response.status_code == 200:
        assert response.json()["truncated"] is True  # only ever a capped slice
    assert time.monotonic() - started < 30
    assert server.get("/health").status_code == 200


@pytest.mark.slow
def test_ingest_through_the_server_while_sixteen_clients_query(tmp_path):
    path = tmp_path / "busy.duckdb"
    connect(path).close()
    app = create_app(Settings(db=path, api_key=KEY, coder_factory=KeywordCoder))
    articles = [
        {
            "id": f"n{n}",
            "date": "2024-05-01",
            "text": " ".join(
                f"Russia attacked Ukraine over item {n}-{k}. The EU sanctioned Russia again {n}-{k}."
                for k in range(1 + n % 4)
            ),
        }
        for n in range(120)
    ]
    errors: list[str] = []
    partial: list[int] = []
    stop = threading.Event()
    with TestClient(app=app) as client:

        def reader(n: int) -> None:
            queries = [
                "/v1/events?limit=50",
                "/v1/events/counts?by=month,root",
                "/v1/dyads",
                "/health",
            ]
            i = 0
            while not stop.is_set():
                try:
                    r = client.get(queries[(n + i) % len(queries)])
                    if r.status_code != 200:
                        errors.append(f"{r.status_code} {r.text[:100]}")
                    _, bad = _consistent(client)
                    if bad:
                        partial.append(bad)
                except (httpx.HTTPError, json.JSONDecodeError, KeyError) as exc:
                    errors.append(repr(exc))
                i += 1

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(16)]
        for t in threads:
            t.start()
        try:
            for start in range(0, len(articles), 10):
                r = client.post(
                    "/v1/articles", json=articles[start : start + 10], headers={"X-API-Key": KEY}
                )
                assert r.status_code == 200, r.text
                assert all(x["status"] == "stored" for x in r.json()["results"])
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
        assert errors == [] and partial == []
        stored, bad = _consistent(client)
        assert (stored, bad) == (120, 0)
