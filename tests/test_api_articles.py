"""POST /v1/articles (keys, per-article status, visibility), GET /v1/articles/{id}, /health,
the OpenAPI docs, CORS, size limits, access logs and error shapes."""

from __future__ import annotations

import json
import logging

import pytest
from litestar.testing import TestClient
from test_api_data import ARTICLES, KeywordCoder

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.schema import connect, latest_version

pytest_plugins = ["test_api_data"]  # its fixtures: api_db, rows, client

KEY = "s3cret-key"


@pytest.fixture
def writable(tmp_path):
    path = tmp_path / "w.duckdb"
    connect(path).close()
    settings = Settings(
        db=path,
        api_key=KEY,
        coder_factory=KeywordCoder,
        max_body_bytes=64 * 1024,
        max_articles=5,
        cors_origins=("https://app.example",),
    )
    with TestClient(app=create_app(settings)) as c:
        yield c


def post(c, body, key: str | None = KEY, bearer: bool = False):
    headers = {}
    if key is not None:
        headers = {"Authorization": f"Bearer {key}"} if bearer else {"X-API-Key": key}
    return c.post("/v1/articles", json=body, headers=headers)


def test_writes_are_disabled_without_a_configured_key(client):
    response = post(client, ARTICLES[0])
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:eventdb:problem:writes-disabled"
    assert "disabled" in response.json()["detail"]


@pytest.mark.parametrize("key", [None, "wrong", KEY + "x", ""])
def test_wrong_or_missing_key_is_401(writable, key):
    response = post(writable, ARTICLES[0], key=key)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert writable.get("/health").json()["counts"]["articles"] == 0


def test_store_code_and_see_at_once(writable):
    response = post(writable, ARTICLES[0], bearer=True)
    assert response.status_code == 200
    body = response.json()
    assert (body["stored"], body["duplicate"], body["error"]) == (1, 0, 0)
    [result] = body["results"]
    assert result["status"] == "stored" and result["sentences"] == 3 and result["events"] == 2
    aid = result["article_id"]
    article = writable.get(f"/v1/articles/{aid}").json()
    assert article["article"]["external_id"] == "a1" and article["article"]["title"] == "Sanctions"
    assert [s["sentence_index"] for s in article["sentences"]] == [0, 1, 2]
    assert [e["event_code"] for e in article["events"]] == ["163", "190"]
    assert article["events"][0]["source_code"] == "IGOEEC"
    events = writable.get("/v1/events", params={"article_id": aid}).json()
    assert events["count"] == 2
    assert writable.get("/v1/events", params={"q": "kharkiv"}).json()["count"] == 1


def test_batch_with_duplicate_and_errors(writable):
    batch = [
        ARTICLES[0],
        {**ARTICLES[0], "id": "again", "text": "  " + ARTICLES[0]["text"].replace(" ", "  ")},
        {"date": "not a date", "text": "x"},
        {"text": "no date"},
        "just a string",
    ]
    body = post(writable, batch).json()
    statuses = [(r["index"], r["status"]) for r in body["results"]]
    assert statuses == [(0, "stored"), (1, "duplicate"), (2, "error"), (3, "error"), (4, "error")]
    assert body["results"][1]["article_id"] == body["results"][0]["article_id"]
    assert "date" in body["results"][2]["reason"] and "date" in body["results"][3]["reason"]
    assert body["results"][4]["reason"] == "not a JSON object"
    again = post(writable, ARTICLES[0]).json()["results"][0]
    assert again["status"] == "duplicate"
    assert writable.get("/health").json()["counts"]["articles"] == 1


def test_extra_fields_are_reported(writable):
    result = post(writable, {**ARTICLES[1], "author": "x"}).json()["results"][0]
    assert result["status"] == "error" and "author" in result["reason"]


def test_request_limits(writable):
    too_many = [{**ARTICLES[1], "text": f"Story {n}."} for n in range(6)]
    response = post(writable, too_many)
    assert (
        response.status_code == 413
        and response.json()["type"] == "urn:eventdb:problem:too-many-articles"
    )
    big = {**ARTICLES[1], "text": "word " * 20_000}
    response = post(writable, big)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert post(writable, []).status_code == 400
    bad = writable.post(
        "/v1/articles",
        content=b"{nope",
        headers={"X-API-Key": KEY, "content-type": "application/json"},
    )
    assert bad.status_code == 400 and bad.headers["content-type"] == "application/problem+json"


def test_coder_failure_is_per_article(tmp_path):
    class Exploding(KeywordCoder):
        def code_sentences(self, sentences):
            if any("explode" in s.text for s in sentences):
                raise RuntimeError("parser crashed")
            return super().code_sentences(sentences)

    path = tmp_path / "x.duckdb"
    connect(path).close()
    with TestClient(app=create_app(Settings(db=path, api_key=KEY, coder_factory=Exploding))) as c:
        body = post(c, [{"date": "2024-01-01", "text": "Please explode."}, ARTICLES[1]]).json()
    assert [r["status"] for r in body["results"]] == ["error", "stored"]
    assert "parser crashed" in body["results"][0]["reason"]


def test_coder_is_loaded_once_and_only_when_writing(tmp_path):
    made = []

    def factory():
        made.append(1)
        return KeywordCoder()

    path = tmp_path / "y.duckdb"
    connect(path).close()
    with TestClient(app=create_app(Settings(db=path, api_key=KEY, coder_factory=factory))) as c:
        c.get("/v1/events")
        assert made == []
        post(c, ARTICLES[0])
        post(c, ARTICLES[1])
    assert made == [1]


def test_article_not_found(client):
    response = client.get("/v1/articles/0000000000000000")
    assert response.status_code == 404
    assert response.json() == {
        "type": "urn:eventdb:problem:not-found",
        "title": "Article not found",
        "status": 404,
        "detail": "no article '0000000000000000'",
        "instance": "/v1/articles/0000000000000000",
    }


def test_health(client, rows, api_db):
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["schema_version"] == latest_version()
    assert body["db"] == str(api_db.resolve())
    assert body["counts"] == {"articles": 2, "sentences": 5, "events": len(rows)}
    assert body["writes"] == "disabled"


def test_openapi_docs(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "swagger" in page.text.lower()
    schema = client.get("/docs/openapi.json").json()
    paths = schema["paths"]
    for path in [
        "/v1/events",
        "/v1/events/counts",
        "/v1/dyads",
        "/v1/actors",
        "/v1/codes",
        "/v1/articles/{article_id}",
        "/v1/articles",
        "/v1/sql",
        "/health",
    ]:
        assert path in paths
    names = {p["name"] for p in paths["/v1/events"]["get"]["parameters"]}
    assert {
        "start",
        "end",
        "source",
        "target",
        "actor",
        "role",
        "code",
        "q",
        "cursor",
        "format",
    } <= names
    counts = {p["name"] for p in paths["/v1/events/counts"]["get"]["parameters"]}
    assert {"by", "fill", "quad_class", "geo_country"} <= counts
    assert "apiKey" in schema["components"]["securitySchemes"]


def test_unknown_route_and_method_are_problems(client):
    for response, status in ((client.get("/v2/nothing"), 404), (client.delete("/v1/events"), 405)):
        assert response.status_code == status
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["status"] == status


def test_cors(writable, client):
    preflight = writable.options(
        "/v1/events",
        headers={"Origin": "https://app.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.headers["access-control-allow-origin"] == "https://app.example"
    simple = writable.get(
        "/v1/events", params={"limit": 1}, headers={"Origin": "https://app.example"}
    )
    assert simple.headers["access-control-allow-origin"] == "https://app.example"
    assert "x-next-cursor" in simple.headers["access-control-expose-headers"].lower()
    other = writable.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    assert (
        "access-control-allow-origin"
        not in client.get("/health", headers={"Origin": "https://app.example"}).headers
    )


def test_access_log_is_one_json_line_per_request(client, caplog):
    with caplog.at_level(logging.INFO, logger="eventdb.access"):
        client.get("/v1/events", params={"limit": 1})
        client.get("/missing")
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "eventdb.access"]
    assert [(line["method"], line["path"], line["status"]) for line in lines] == [
        ("GET", "/v1/events", 200),
        ("GET", "/missing", 404),
    ]
    assert all(line["duration_ms"] >= 0 and line["bytes"] > 0 for line in lines)
