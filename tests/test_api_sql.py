"""/v1/sql: answers, row cap, formats, time limit, and everything it must refuse."""

from __future__ import annotations

import io
import time

import polars as pl
import pytest
from litestar.testing import TestClient

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.schema import connect

pytest_plugins = ["test_api_data"]  # its fixtures: api_db, rows, client


def sql(client, query: str, **params):
    return client.get("/v1/sql", params={"q": query, **params})


def test_select_answers_in_json(client, rows):
    body = sql(client, "SELECT count(*) AS n, max(event_date) AS last FROM events").json()
    assert body["data"] == [
        {"n": len(rows), "last": max(r["event_date"] for r in rows).isoformat()}
    ]
    assert body["columns"] == [
        {"name": "n", "type": "int64"},
        {"name": "last", "type": "date32[day]"},
    ]
    assert body["truncated"] is False and body["count"] == 1


@pytest.mark.parametrize(
    "query",
    [
        "WITH x AS (SELECT * FROM events) SELECT count(*) FROM x",
        "FROM events SELECT count(*)",
        "SELECT * FROM query_table('events') LIMIT 1",
        "SELECT * FROM query('SELECT 1 AS one')",
        "DESCRIBE events",
        "SUMMARIZE SELECT goldstein FROM events",
        "VALUES (1, 'a')",
        "SELECT 1;",
        "SELECT current_setting('enable_external_access') AS locked",
    ],
)
def test_read_only_forms_are_allowed(client, query):
    response = sql(client, query)
    assert response.status_code == 200, response.text


def test_lockdown_is_in_force(client):
    settings = sql(
        client,
        "SELECT name, value FROM duckdb_settings() WHERE name IN ('enable_external_access',"
        " 'lock_configuration', 'autoload_known_extensions', 'autoinstall_known_extensions',"
        " 'allow_community_extensions', 'max_expression_depth')",
    ).json()["data"]
    assert {s["name"]: s["value"] for s in settings} == {
        "enable_external_access": "false",
        "lock_configuration": "true",
        "autoload_known_extensions": "false",
        "autoinstall_known_extensions": "false",
        "allow_community_extensions": "false",
        "max_expression_depth": "250",
    }


def test_post_with_parameters(client, rows):
    body = {
        "query": "SELECT count(*) AS n FROM events WHERE source_code LIKE ?",
        "params": ["RUS%"],
    }
    data = client.post("/v1/sql", json=body).json()["data"]
    assert data == [{"n": sum((r["source_code"] or "").startswith("RUS") for r in rows)}]


def test_row_cap_says_truncated(client):
    body = sql(client, "SELECT event_id FROM events ORDER BY event_id").json()
    assert body["count"] == 50 and body["truncated"] is True and body["max_rows"] == 50
    response = sql(client, "SELECT event_id FROM events", format="csv")
    assert response.headers["x-truncated"] == "true" and response.headers["x-row-count"] == "50"
    assert pl.read_csv(io.BytesIO(response.content)).height == 50
    small = sql(client, "SELECT 1 AS a", format="csv")
    assert small.headers["x-truncated"] == "false"


@pytest.mark.parametrize("fmt", ["csv", "parquet", "arrow"])
def test_formats(client, fmt):
    query = "SELECT root_code, count(*) AS n FROM events GROUP BY 1 ORDER BY 1"
    want = pl.DataFrame(sql(client, query).json()["data"])
    reader = {"csv": pl.read_csv, "parquet": pl.read_parquet, "arrow": pl.read_ipc_stream}[fmt]
    got = reader(io.BytesIO(sql(client, query, format=fmt).content))
    assert got["n"].to_list() == want["n"].to_list()
    body = {"query": query, "format": fmt}
    assert (
        reader(io.BytesIO(client.post("/v1/sql", json=body).content))["n"].to_list()
        == want["n"].to_list()
    )


REJECTED = [
    "COPY events TO '/tmp/eventdb-leak.csv'",
    "COPY (SELECT 1) TO '/tmp/eventdb-leak.parquet' (FORMAT parquet)",
    "ATTACH '/tmp/eventdb-other.duckdb' AS other",
    "DETACH other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
    "RESET memory_limit",
    "PRAGMA enable_profiling",
    "PRAGMA version",
    "EXPORT DATABASE '/tmp/eventdb-export'",
    "IMPORT DATABASE '/tmp/eventdb-export'",
    "CALL pragma_version()",
    "CHECKPOINT",
    "CREATE TABLE t AS SELECT 1",
    "CREATE MACRO m(x) AS x",
    "DROP TABLE events",
    "INSERT INTO events (event_id) VALUES ('x')",
    "UPDATE events SET goldstein = 0",
    "DELETE FROM events",
    "BEGIN TRANSACTION",
    "USE memory",
    "EXPLAIN SELECT 1",
    "SELECT 1; DROP TABLE events",
    "SELECT 1; SELECT 2",
    "",
    "-- only a comment",
    "SELEC 1",
]


@pytest.mark.parametrize("query", REJECTED)
def test_statements_other_than_one_select_are_refused(client, query):
    responses = [client.post("/v1/sql", json={"query": query})]
    if query:  # an empty q is a missing parameter for GET
        responses.append(sql(client, query))
    for response in responses:
        assert response.status_code == 400, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"] == "urn:eventdb:problem:sql-rejected"


REFUSED_BY_DATABASE = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/hostname')",
    "SELECT * FROM '/etc/passwd'",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')",
    "SELECT * FROM read_json('http://169.254.169.254/latest/meta-data')",
    "SELECT * FROM sniff_csv('/etc/passwd')",
    "SELECT * FROM query('DELETE FROM events')",
    "SELECT * FROM query('COPY events TO ''/tmp/eventdb-leak2.csv''')",
    "SELECT * FROM query('SELECT * FROM read_csv(''/etc/passwd'')')",
    "SELECT getenv('HOME')",
    "SELECT no_such_column FROM events",
]


@pytest.mark.parametrize("query", REFUSED_BY_DATABASE)
def test_file_network_and_nested_tricks_fail(client, query):
    response = sql(client, query)
    assert response.status_code == 400, response.text
    assert response.json()["type"] == "urn:eventdb:problem:sql-error"


def test_nothing_was_written(client, rows, tmp_path):
    import os

    assert sql(client, "SELECT count(*) AS n FROM events").json()["data"] == [{"n": len(rows)}]
    for leak in (
        "/tmp/eventdb-leak.csv",
        "/tmp/eventdb-leak.parquet",
        "/tmp/eventdb-leak2.csv",
        "/tmp/eventdb-other.duckdb",
        "/tmp/eventdb-export",
    ):
        assert not os.path.exists(leak)


def test_missing_or_bad_input(client):
    assert client.get("/v1/sql").status_code == 400
    assert client.get("/v1/sql", params={"q": "SELECT 1", "x": "1"}).status_code == 400
    assert client.post("/v1/sql", json={"sql": "SELECT 1"}).status_code == 400
    assert client.post("/v1/sql", json={"query": "SELECT 1", "format": "xml"}).status_code == 400
    assert (
        client.post(
            "/v1/sql", content=b"not json", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )


def test_deep_expressions_are_refused(client):
    deep = "SELECT " + "(" * 400 + "1" + ")" * 400
    response = sql(client, deep)
    assert response.status_code == 400


def test_long_query_is_stopped(tmp_path):
    path = tmp_path / "t.duckdb"
    connect(path).close()
    app = create_app(Settings(db=path, sql_timeout=0.3))
    with TestClient(app=app) as c:
        started = time.perf_counter()
        response = c.get("/v1/sql", params={"q": "SELECT count(*) FROM range(1000000000000)"})
        elapsed = time.perf_counter() - started
        assert response.status_code == 408
        assert response.json()["type"] == "urn:eventdb:problem:query-timeout"
        assert "0.3 s" in response.json()["detail"]
        assert elapsed < 5
        # the server goes on answering
        assert c.get("/v1/sql", params={"q": "SELECT 42 AS x"}).json()["data"] == [{"x": 42}]


def test_long_query_string_is_refused_early(client):
    response = client.get("/v1/sql", params={"q": "SELECT 1 --" + "x" * 10_000})
    assert response.status_code == 414
    assert response.headers["content-type"] == "application/problem+json"
    long = {"query": "SELECT 1 AS one --" + "x" * 10_000}
    assert client.post("/v1/sql", json=long).json()["data"] == [{"one": 1}]
