"""/v1/events/counts (grouping, zero fill, formats), /v1/dyads, /v1/actors and /v1/codes."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict

import polars as pl
import pytest

pytest_plugins = ["test_api_data"]  # its fixtures: api_db, rows, client


def _month(day: dt.date) -> str:
    return day.replace(day=1).isoformat()


def _quarter(day: dt.date) -> str:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1).isoformat()


def _week(day: dt.date) -> str:
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def grouped(rows, key) -> dict[tuple, dict[str, float]]:
    out: dict[tuple, dict[str, float]] = defaultdict(
        lambda: {"count": 0, "goldstein_sum": 0.0, "mentions": 0, "articles": set(), "imported": 0}
    )
    for r in rows:
        g = out[key(r)]
        g["count"] += 1
        g["goldstein_sum"] += r["goldstein"]
        g["mentions"] += r["num_mentions"]
        if r["article_id"]:
            g["articles"].add(r["article_id"])
        else:
            g["imported"] += r["num_articles"]
    return {k: {**v, "articles": len(v["articles"]) + v["imported"]} for k, v in out.items()}


def test_counts_by_month_and_root_match_python(client, rows):
    body = client.get("/v1/events/counts", params={"by": "month,root"}).json()
    assert body["by"] == ["month", "root"] and body["truncated"] is False
    want = grouped(rows, lambda r: (_month(r["event_date"]), r["root_code"]))
    got = {(d["period"], d["root_code"]): d for d in body["data"]}
    assert set(got) == set(want)
    for key, expected in want.items():
        assert got[key]["count"] == expected["count"]
        assert got[key]["goldstein_sum"] == pytest.approx(expected["goldstein_sum"])
        assert got[key]["goldstein_mean"] == pytest.approx(
            expected["goldstein_sum"] / expected["count"]
        )
        assert got[key]["mentions"] == expected["mentions"]
        assert got[key]["articles"] == expected["articles"]
    keys = [(d["period"], d["root_code"]) for d in body["data"]]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("by", "key"),
    [
        ("week", lambda r: (_week(r["event_date"]),)),
        ("quarter", lambda r: (_quarter(r["event_date"]),)),
        ("year", lambda r: (f"{r['event_date'].year}-01-01",)),
        ("day", lambda r: (r["event_date"].isoformat(),)),
    ],
)
def test_time_buckets(client, rows, by, key):
    body = client.get("/v1/events/counts", params={"by": by}).json()
    want = {k: v["count"] for k, v in grouped(rows, key).items()}
    assert {(d["period"],): d["count"] for d in body["data"]} == want


@pytest.mark.parametrize(
    ("by", "columns"),
    [
        ("dyad", ["source_code", "target_code"]),
        ("code", ["event_code"]),
        ("base", ["base_code"]),
        ("quad_class", ["quad_class"]),
        ("source_country,target_country", ["source_country", "target_country"]),
        ("source", ["source_code"]),
        ("target,dataset", ["target_code", "dataset"]),
        ("geo_country", ["geo_country"]),
    ],
)
def test_dimensions_without_time(client, rows, by, columns):
    body = client.get("/v1/events/counts", params={"by": by}).json()
    want = {k: v["count"] for k, v in grouped(rows, lambda r: tuple(r[c] for c in columns)).items()}
    got = {tuple(d[c] for c in columns): d["count"] for d in body["data"]}
    assert got == want
    counts = [d["count"] for d in body["data"]]
    assert counts == sorted(counts, reverse=True)


def test_no_grouping_is_one_total(client, rows):
    [total] = client.get("/v1/events/counts", params={"dataset": "gdelt"}).json()["data"]
    assert total["count"] == sum(r["dataset"] == "gdelt" for r in rows)
    [nothing] = client.get("/v1/events/counts", params={"source": "ZZZ"}).json()["data"]
    assert (nothing["count"], nothing["mentions"], nothing["articles"]) == (0, 0, 0)


def test_filters_apply_to_counts(client, rows):
    body = client.get(
        "/v1/events/counts", params={"by": "year", "quad_class": "4", "actor": "RUS"}
    ).json()
    want = grouped(
        [
            r
            for r in rows
            if r["quad_class"] == 4
            and "RUS" in ((r["source_code"] or "")[:3], (r["target_code"] or "")[:3])
        ],
        lambda r: (f"{r['event_date'].year}-01-01",),
    )
    assert {(d["period"],): d["count"] for d in body["data"]} == {
        k: v["count"] for k, v in want.items()
    }


def test_zero_fill_covers_the_requested_range(client, rows):
    params = {
        "by": "month",
        "source": "IGOEEC",
        "start": "2022-06",
        "end": "2023-05",
        "fill": "true",
    }
    data = client.get("/v1/events/counts", params=params).json()["data"]
    assert [d["period"] for d in data] == [
        dt.date(2022 + (5 + m) // 12, (5 + m) % 12 + 1, 1).isoformat() for m in range(12)
    ]
    picked = [
        r
        for r in rows
        if (r["source_code"] or "").startswith("IGOEEC")
        and dt.date(2022, 6, 1) <= r["event_date"] <= dt.date(2023, 5, 31)
    ]
    want = grouped(picked, lambda r: _month(r["event_date"]))
    for d in data:
        expected = want.get(d["period"])
        assert d["count"] == (expected["count"] if expected else 0)
        if not expected:
            assert d["goldstein_sum"] == 0 and d["mentions"] == 0 and d["goldstein_mean"] is None
    assert any(d["count"] == 0 for d in data) and any(d["count"] > 0 for d in data)


def test_zero_fill_per_group_and_without_range(client, rows):
    data = client.get(
        "/v1/events/counts", params={"by": "quarter,quad_class", "fill": "true"}
    ).json()["data"]
    periods = sorted({d["period"] for d in data})
    classes = sorted({r["quad_class"] for r in rows})
    assert len(data) == len(periods) * len(classes)  # every quarter for every class
    first, last = min(r["event_date"] for r in rows), max(r["event_date"] for r in rows)
    assert periods[0] == _quarter(first) and periods[-1] == _quarter(last)
    assert sum(d["count"] for d in data) == len(rows)


def test_fill_with_nothing_found_is_empty_or_zero(client):
    empty = client.get(
        "/v1/events/counts", params={"by": "month", "fill": "true", "source": "ZZZ"}
    ).json()
    assert empty["data"] == []
    zeros = client.get(
        "/v1/events/counts",
        params={
            "by": "month",
            "fill": "true",
            "source": "ZZZ",
            "start": "2023-01",
            "end": "2023-03",
        },
    ).json()["data"]
    assert [(d["period"], d["count"]) for d in zeros] == [
        ("2023-01-01", 0),
        ("2023-02-01", 0),
        ("2023-03-01", 0),
    ]


@pytest.mark.parametrize("fmt", ["csv", "parquet", "arrow"])
def test_counts_in_each_format(client, fmt):
    params = {"by": "month,quad_class"}
    want = pl.DataFrame(client.get("/v1/events/counts", params=params).json()["data"])
    response = client.get("/v1/events/counts", params={**params, "format": fmt})
    reader = {"csv": pl.read_csv, "parquet": pl.read_parquet, "arrow": pl.read_ipc_stream}[fmt]
    got = reader(io.BytesIO(response.content))
    assert got.columns == want.columns
    assert got["count"].to_list() == want["count"].to_list()
    if fmt != "csv":
        assert got.schema["period"] == pl.Date


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"by": "month,year"}, "by"),
        ({"by": "colour"}, "by"),
        ({"fill": "true"}, "fill"),
        ({"by": "root", "fill": "true"}, "fill"),
        ({"by": "day", "fill": "true", "start": "1700", "end": "2023"}, "fill"),
        ({"by": "month", "limit": "3"}, "limit"),
    ],
)
def test_counts_bad_parameters(client, params, bad):
    response = client.get("/v1/events/counts", params=params)
    assert response.status_code == 400
    assert bad in {e["parameter"] for e in response.json()["errors"]}


def test_dyads_top_pairs_with_split(client, rows):
    body = client.get("/v1/dyads", params={"limit": 5, "start": "2023"}).json()
    picked = [
        r
        for r in rows
        if r["source_code"] and r["target_code"] and r["event_date"] >= dt.date(2023, 1, 1)
    ]
    counts = grouped(picked, lambda r: (r["source_code"], r["target_code"]))
    best = sorted(counts.items(), key=lambda kv: (-kv[1]["count"], kv[0]))[:5]
    assert [(d["source"], d["target"], d["count"]) for d in body["data"]] == [
        (*k, v["count"]) for k, v in best
    ]
    for d in body["data"]:
        pair = [
            r for r in picked if (r["source_code"], r["target_code"]) == (d["source"], d["target"])
        ]
        assert d["cooperation"] == sum(r["quad_class"] <= 2 for r in pair)
        assert d["conflict"] == sum(r["quad_class"] >= 3 for r in pair)
        assert d["cooperation"] + d["conflict"] == d["count"]
        assert d["goldstein_net"] == pytest.approx(sum(r["goldstein"] for r in pair))


def test_dyads_by_country(client, rows):
    data = client.get("/v1/dyads", params={"level": "country", "limit": 1000}).json()["data"]
    want = grouped(
        [r for r in rows if r["source_country"] and r["target_country"]],
        lambda r: (r["source_country"], r["target_country"]),
    )
    assert {(d["source"], d["target"]): d["count"] for d in data} == {
        k: v["count"] for k, v in want.items()
    }
    assert all(len(d["source"]) == 3 for d in data)


def test_dyads_bad_level(client):
    assert client.get("/v1/dyads", params={"level": "planet"}).status_code == 400


def test_actors_search_by_prefix_and_name(client, rows):
    data = client.get("/v1/actors", params={"search": "rus"}).json()["data"]
    codes = {d["code"] for d in data}
    assert codes == {"RUS", "RUSGOV", "RUSMIL", "RUSBUS"}  # prefix, and the country name "Russia"
    rusgov = next(d for d in data if d["code"] == "RUSGOV")
    assert rusgov["as_source"] == sum(r["source_code"] == "RUSGOV" for r in rows)
    assert rusgov["as_target"] == sum(r["target_code"] == "RUSGOV" for r in rows)
    assert rusgov["events"] == rusgov["as_source"] + rusgov["as_target"]
    assert rusgov["country_name"] == "Russia"
    eu = client.get("/v1/actors", params={"search": "European"}).json()["data"]
    assert [d["code"] for d in eu] == ["IGOEEC"] and eu[0]["name"] == "European Union"
    united = {
        d["code"]
        for d in client.get("/v1/actors", params={"search": "united states"}).json()["data"]
    }
    assert united == {"USA", "USAGOV", "USAMIL"}


def test_actors_with_filters_and_limit(client):
    # coded events only: IGOEEC->RUS twice, RUSMIL->UKR once; ties go by code
    data = client.get("/v1/actors", params={"limit": 3, "dataset": "eventdb"}).json()["data"]
    assert [(d["code"], d["events"]) for d in data] == [("IGOEEC", 2), ("RUS", 2), ("RUSMIL", 1)]


def test_codes_nested_and_flat(client):
    nested = client.get("/v1/codes").json()["data"]
    assert [n["code"] for n in nested] == [f"{i:02d}" for i in range(1, 21)]
    sanctions = next(
        c for c in next(n for n in nested if n["code"] == "16")["children"] if c["code"] == "163"
    )
    assert sanctions["goldstein"] == -8.0 and sanctions["quad_class"] == 4
    assert sanctions["quad_class_name"] == "Material conflict"
    csv = client.get("/v1/codes", params={"shape": "flat", "format": "csv"}).content
    flat = pl.read_csv(io.BytesIO(csv), infer_schema=False)
    assert flat.height > 250 and {"010", "163", "1831"} <= set(flat["code"])
    assert client.get("/v1/codes", params={"format": "csv"}).status_code == 400
