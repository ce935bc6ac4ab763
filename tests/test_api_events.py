"""GET /v1/events: every filter against a plain-Python reading, formats, paging, exports."""

from __future__ import annotations

import datetime as dt
import io

import polars as pl
import pytest

from eventdb.api.requests import EVENT_COLUMNS

pytest_plugins = ["test_api_data"]  # its fixtures: api_db, rows, client


def _starts(value: object, prefixes: list[str]) -> bool:
    return isinstance(value, str) and any(value.startswith(p) for p in prefixes)


def oracle(rows, **f) -> set[str]:
    """Event ids a filter should select, computed without SQL."""

    def keep(r) -> bool:
        checks = [
            "start" not in f or r["event_date"] >= f["start"],
            "end" not in f or r["event_date"] <= f["end"],
            "source" not in f or _starts(r["source_code"], f["source"]),
            "target" not in f or _starts(r["target_code"], f["target"]),
            "actor" not in f
            or _starts(r["source_code"], f["actor"])
            or _starts(r["target_code"], f["actor"]),
            "source_country" not in f or r["source_country"] in f["source_country"],
            "target_country" not in f or r["target_country"] in f["target_country"],
            "role" not in f
            or bool(set(r["source_roles"] or []) & set(f["role"]))
            or bool(set(r["target_roles"] or []) & set(f["role"])),
            "code" not in f or _starts(r["event_code"], f["code"]),
            "root" not in f or r["root_code"] in f["root"],
            "quad_class" not in f or r["quad_class"] in f["quad_class"],
            "goldstein_min" not in f or r["goldstein"] >= f["goldstein_min"],
            "goldstein_max" not in f or r["goldstein"] <= f["goldstein_max"],
            "article_id" not in f or r["article_id"] in f["article_id"],
            "modality" not in f or r["modality"] in f["modality"],
            "dataset" not in f or r["dataset"] in f["dataset"],
            "geo_country" not in f or r["geo_country"] in f["geo_country"],
            "q" not in f
            or any(r["sentence"] and q.lower() in r["sentence"].lower() for q in f["q"]),
        ]
        return all(checks)

    return {r["event_id"] for r in rows if keep(r)}


def ids(client, **params) -> set[str]:
    response = client.get("/v1/events", params={**params, "format": "arrow"})
    assert response.status_code == 200, response.text
    frame = pl.read_ipc_stream(io.BytesIO(response.content))
    assert frame["event_id"].n_unique() == frame.height
    return set(frame["event_id"])


CASES = [
    ({"start": "2023-06-01"}, {"start": dt.date(2023, 6, 1)}),
    ({"end": "2023-01-31"}, {"end": dt.date(2023, 1, 31)}),
    (
        {"start": "2023", "end": "2023"},
        {"start": dt.date(2023, 1, 1), "end": dt.date(2023, 12, 31)},
    ),
    (
        {"start": "2023-02", "end": "2023-02"},
        {"start": dt.date(2023, 2, 1), "end": dt.date(2023, 2, 28)},
    ),
    ({"source": "RUS"}, {"source": ["RUS"]}),
    ({"source": "rusgov"}, {"source": ["RUSGOV"]}),
    ({"target": "USA,UKR"}, {"target": ["USA", "UKR"]}),
    ({"actor": "IGO"}, {"actor": ["IGO"]}),
    ({"source_country": "RUS"}, {"source_country": ["RUS"]}),
    ({"target_country": ["USA", "chn"]}, {"target_country": ["USA", "CHN"]}),
    ({"role": "MIL"}, {"role": ["MIL"]}),
    ({"role": "gov,bus"}, {"role": ["GOV", "BUS"]}),
    ({"code": "19"}, {"code": ["19"]}),
    ({"code": ["112", "05"]}, {"code": ["112", "05"]}),
    ({"root": "1,19"}, {"root": ["01", "19"]}),
    ({"quad_class": "4"}, {"quad_class": [4]}),
    ({"quad_class": ["1", "2"]}, {"quad_class": [1, 2]}),
    ({"goldstein_min": "-2", "goldstein_max": "4"}, {"goldstein_min": -2, "goldstein_max": 4}),
    ({"modality": "future,intent"}, {"modality": ["future", "intent"]}),
    ({"dataset": "eventdb"}, {"dataset": ["eventdb"]}),
    ({"geo_country": "UKR"}, {"geo_country": ["UKR"]}),
    ({"q": "sanctions"}, {"q": ["sanctions"]}),
    ({"q": "100%"}, {"q": ["100%"]}),
    ({"q": "stalled_"}, {"q": ["stalled_"]}),
    ({"q": "0%"}, {"q": ["0%"]}),
    ({"q": ["kharkiv", "moscow"]}, {"q": ["kharkiv", "moscow"]}),
    (
        {"source": "IGOEEC", "target": "RUS", "code": "163", "start": "2023-01-01"},
        {"source": ["IGOEEC"], "target": ["RUS"], "code": ["163"], "start": dt.date(2023, 1, 1)},
    ),
]


@pytest.mark.parametrize(("params", "expected"), CASES, ids=[str(c[0]) for c in CASES])
def test_each_filter_selects_what_it_says(client, rows, params, expected):
    want = oracle(rows, **expected)
    assert ids(client, **params) == want
    if "q" not in params:  # the sample is big enough that each filter keeps some, drops some
        assert 0 < len(want) < len(rows)


def test_article_id_filter(client, rows):
    aid = next(r["article_id"] for r in rows if r["article_id"])
    assert ids(client, article_id=aid) == oracle(rows, article_id=[aid])
    assert len(oracle(rows, article_id=[aid])) == 2


def test_q_matches_only_coded_sentences(client, rows):
    got = ids(client, q="SANCTIONS")
    assert len(got) == 2
    assert all(r["dataset"] == "eventdb" for r in rows if r["event_id"] in got)


def test_json_page_shape(client):
    response = client.get("/v1/events", params={"limit": 5, "source": "USA"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["count"] == 5 and body["limit"] == 5 and body["next_cursor"]
    first = body["data"][0]
    assert list(first)[:3] == ["event_id", "dataset", "event_date"]
    assert "__sort_key" not in first
    dates = [d["event_date"] for d in body["data"]]
    assert dates == sorted(dates, reverse=True)


def _walk(client, **params) -> list[dict]:
    seen, token, pages = [], None, 0
    while True:
        query = {**params, **({"cursor": token} if token else {})}
        body = client.get("/v1/events", params=query).json()
        seen += body["data"]
        pages += 1
        token = body["next_cursor"]
        if not token:
            return seen
        assert pages < 1000


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("event_date", "desc"),
        ("event_date", "asc"),
        ("goldstein", "asc"),
        ("num_mentions", "desc"),
        ("event_code", "asc"),
        ("event_id", "desc"),
        ("quad_class", "desc"),
    ],
)
def test_cursor_walk_sees_every_row_once(client, rows, sort, order):
    got = _walk(client, limit=7, sort=sort, order=order, dataset="gdelt,icews,phoenix")
    want = oracle(rows, dataset=["gdelt", "icews", "phoenix"])
    got_ids = [r["event_id"] for r in got]
    assert len(got_ids) == len(set(got_ids)) == len(want)
    assert set(got_ids) == want
    keys = [(r[sort], r["event_id"]) for r in got]
    assert keys == sorted(keys, reverse=order == "desc")


def test_cursor_pages_are_stable_when_rows_arrive(api_db, tmp_path):
    """A row inserted between pages does not shift the pages after it."""
    import shutil

    from litestar.testing import TestClient
    from test_api_data import ARTICLES

    from eventdb.api.app import create_app
    from eventdb.api.settings import Settings

    copy = tmp_path / "copy.duckdb"
    shutil.copy(api_db, copy)
    app = create_app(
        Settings(
            db=copy, api_key="k", coder_factory=lambda: __import__("test_api_data").KeywordCoder()
        )
    )
    with TestClient(app=app) as c:
        first = c.get(
            "/v1/events", params={"limit": 3, "sort": "event_date", "order": "asc"}
        ).json()
        late = {**ARTICLES[0], "text": "EU sanctions hit Russia again.", "date": "2022-01-01"}
        stored = c.post("/v1/articles", json=late, headers={"X-API-Key": "k"}).json()
        assert stored["stored"] == 1
        second = c.get(
            "/v1/events",
            params={
                "limit": 3,
                "sort": "event_date",
                "order": "asc",
                "cursor": first["next_cursor"],
            },
        ).json()
    last = (first["data"][-1]["event_date"], first["data"][-1]["event_id"])
    assert all((r["event_date"], r["event_id"]) > last for r in second["data"])


def test_cursor_for_other_query_is_refused(client):
    token = client.get("/v1/events", params={"limit": 2}).json()["next_cursor"]
    for params in (
        {"limit": 2, "source": "RUS"},
        {"limit": 2, "order": "asc"},
        {"limit": 2, "sort": "goldstein"},
    ):
        response = client.get("/v1/events", params={**params, "cursor": token})
        assert response.status_code == 400
        assert response.json()["errors"][0]["parameter"] == "cursor"
    response = client.get("/v1/events", params={"cursor": "garbage!!"})
    assert response.status_code == 400


@pytest.mark.parametrize("fmt", ["csv", "parquet", "arrow"])
def test_whole_result_streams_in_each_format(client, rows, fmt):
    response = client.get("/v1/events", params={"format": fmt, "actor": "RUS"})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    reader = {"csv": pl.read_csv, "parquet": pl.read_parquet, "arrow": pl.read_ipc_stream}[fmt]
    frame = reader(io.BytesIO(response.content))
    assert set(frame["event_id"]) == oracle(rows, actor=["RUS"])
    assert frame.width == len(EVENT_COLUMNS)
    if fmt == "csv":  # list columns become ;-joined text in CSV
        sample = frame.filter(pl.col("source_code") == "RUSGOV")["source_roles"][0]
        assert sample == "GOV"
    else:
        assert frame.schema["source_roles"] == pl.List(pl.String)
        assert frame.schema["event_date"] == pl.Date


def test_all_true_and_unpaged_exports_have_no_row_cap(client, rows):
    for params in ({"format": "parquet", "all": "true"}, {"format": "csv"}):
        frame = (pl.read_parquet if params["format"] == "parquet" else pl.read_csv)(
            io.BytesIO(client.get("/v1/events", params=params).content)
        )
        assert frame.height == len(rows) > 100


def test_binary_page_with_limit_carries_cursor_in_headers(client):
    response = client.get(
        "/v1/events", params={"format": "arrow", "limit": 10, "sort": "goldstein"}
    )
    frame = pl.read_ipc_stream(io.BytesIO(response.content))
    assert frame.height == 10
    token = response.headers["x-next-cursor"]
    assert 'rel="next"' in response.headers["link"] and "cursor=" in response.headers["link"]
    following = client.get(
        "/v1/events", params={"format": "arrow", "limit": 10, "sort": "goldstein", "cursor": token}
    )
    second = pl.read_ipc_stream(io.BytesIO(following.content))
    assert not set(frame["event_id"]) & set(second["event_id"])


def test_sorted_export_is_sorted(client):
    response = client.get(
        "/v1/events", params={"format": "arrow", "sort": "goldstein", "order": "asc"}
    )
    frame = pl.read_ipc_stream(io.BytesIO(response.content))
    assert frame["goldstein"].is_sorted()


def test_fields_choose_columns(client):
    body = client.get("/v1/events", params={"fields": "event_id,goldstein", "limit": 3}).json()
    assert [list(r) for r in body["data"]] == [["event_id", "goldstein"]] * 3
    assert body["next_cursor"]


def test_empty_result_in_each_format(client):
    params = {"source": "ZZZ"}
    assert client.get("/v1/events", params=params).json() == {
        "count": 0,
        "limit": 100,
        "sort": "event_date",
        "order": "desc",
        "next_cursor": None,
        "data": [],
    }
    csv = client.get("/v1/events", params={**params, "format": "csv"}).text
    assert csv.startswith('"event_id","dataset"') and csv.count("\n") == 1
    arrow = client.get("/v1/events", params={**params, "format": "arrow"}).content
    assert pl.read_ipc_stream(io.BytesIO(arrow)).shape == (0, len(EVENT_COLUMNS))


BAD = [
    ({"start": "2023-13-01"}, "start"),
    ({"start": "yesterday"}, "start"),
    ({"start": "2024-01-01", "end": "2023-01-01"}, "end"),
    ({"start": ["2020", "2021"]}, "start"),
    ({"source": "US-A"}, "source"),
    ({"source_country": "US"}, "source_country"),
    ({"role": "XXX"}, "role"),
    ({"code": "99"}, "code"),
    ({"code": "abc"}, "code"),
    ({"root": "21"}, "root"),
    ({"quad_class": "5"}, "quad_class"),
    ({"goldstein_min": "-11"}, "goldstein_min"),
    ({"goldstein_min": "nan"}, "goldstein_min"),
    ({"goldstein_min": "3", "goldstein_max": "1"}, "goldstein_max"),
    ({"modality": "maybe"}, "modality"),
    ({"dataset": "acled"}, "dataset"),
    ({"article_id": "a b"}, "article_id"),
    ({"q": "x" * 201}, "q"),
    ({"limit": "0"}, "limit"),
    ({"limit": "10001"}, "limit"),
    ({"limit": "ten"}, "limit"),
    ({"sort": "avg_tone"}, "sort"),
    ({"order": "up"}, "order"),
    ({"format": "xml"}, "format"),
    ({"fields": "password"}, "fields"),
    ({"all": "true"}, "all"),
    ({"all": "true", "limit": "5", "format": "csv"}, "all"),
    ({"all": "perhaps", "format": "csv"}, "all"),
    ({"colour": "red"}, "colour"),
    ({"source": ",".join(["USA"] * 101)}, "source"),
]


@pytest.mark.parametrize(("params", "bad"), BAD, ids=[str(b[0])[:60] for b in BAD])
def test_invalid_values_are_problem_details(client, params, bad):
    response = client.get("/v1/events", params=params)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:eventdb:problem:invalid-parameters"
    assert body["status"] == 400 and body["title"] and bad in body["detail"]
    [error] = [e for e in body["errors"] if e["parameter"] == bad]
    assert error["valid"] and error["detail"]


def test_every_bad_parameter_is_reported_at_once(client):
    response = client.get("/v1/events", params={"root": "0", "quad_class": "9", "dataset": "x"})
    assert {e["parameter"] for e in response.json()["errors"]} == {"root", "quad_class", "dataset"}


def test_values_never_reach_sql_text(client):
    attack = "USA' OR 1=1 --"
    assert client.get("/v1/events", params={"q": attack}).json()["count"] == 0
    assert client.get("/v1/events", params={"geo_country": "x' OR '1'='1"}).json()["count"] == 0
