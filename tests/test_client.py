"""eventdb.connect (local) and eventdb.Client (HTTP) give the same frames as the API, and a
real `eventdb serve` process answers them."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import polars as pl
import pytest
from litestar.testing import TestClient
from polars.testing import assert_frame_equal

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.client import ApiError, Client
from eventdb.etl.importers.synth import generate
from eventdb.local import connect as local_connect
from eventdb.schema import DatabaseLockedError, connect
from eventdb.schema.codes import CodeBook

SANCTION_MONTHS = {
    dt.date(2022, 3, 1): 4,
    dt.date(2022, 4, 1): 1,
    dt.date(2022, 7, 1): 6,
    dt.date(2023, 1, 1): 2,
}


def _sanction_rows() -> list[dict[str, object]]:
    """EU sanctions on Russia (CAMEO 163) in known months, some aimed at RUSGOV or RUSBUS."""
    code = CodeBook.shipped().get("163")
    rows = []
    for month, n in SANCTION_MONTHS.items():
        for i in range(n):
            rows.append(
                {
                    "event_id": f"eu-{month:%Y%m}-{i}",
                    "event_date": month + dt.timedelta(days=3 * i),
                    "date_precision": "day",
                    "source_code": "IGOEEC",
                    "source_roles": ["IGO"],
                    "target_code": ["RUS", "RUSGOV", "RUSBUS"][i % 3],
                    "target_country": "RUS",
                    "event_code": code.code,
                    "base_code": code.base_code,
                    "root_code": code.root_code,
                    "quad_class": code.quad_class,
                    "goldstein": code.goldstein,
                    "num_mentions": 1 + i,
                    "coder": "test",
                    "created_at": dt.datetime(2024, 1, 1),
                    "dataset": "icews",
                }
            )
    return rows


@pytest.fixture(scope="module")
def paths(tmp_path_factory) -> tuple[Path, Path]:
    """Two identical databases: one for the server, one opened locally."""
    import pyarrow as pa

    base = tmp_path_factory.mktemp("client")
    server_db, local_db = base / "server.duckdb", base / "local.duckdb"
    con = connect(server_db)
    generate(con, events=30_000, seed=11, start=dt.date(2021, 1, 1), end=dt.date(2023, 12, 31))
    extra = pa.Table.from_pylist(_sanction_rows())
    con.register("extra", extra)
    con.execute("INSERT INTO events BY NAME SELECT * FROM extra")
    con.close()
    shutil.copy(server_db, local_db)
    return server_db, local_db


@pytest.fixture(scope="module")
def http(paths):
    with TestClient(app=create_app(Settings(db=paths[0], sql_max_rows=1_000_000))) as c:
        yield c


@pytest.fixture(scope="module")
def remote(http):
    return Client("http://testserver.local", http=http)


@pytest.fixture(scope="module")
def local(paths):
    db = local_connect(paths[1])
    yield db
    db.close()


CALLS = [
    ("events", {"source": "USA", "target": ["RUS", "CHN"], "start": dt.date(2022, 1, 1)}),
    (
        "events",
        {
            "quad_class": 4,
            "root": [18, 19],
            "end": "2021-06",
            "fields": "event_id,event_date,goldstein",
        },
    ),
    ("events", {"limit": 250, "sort": "goldstein", "order": "asc", "actor": "IGO"}),
    ("events", {"role": "MIL", "goldstein_max": -5, "geo_country": "UKR"}),
    ("counts", {"by": "month,root", "source": "IGOEEC", "target": "RUS"}),
    ("counts", {"by": ["quarter", "quad_class"], "fill": True, "actor": "UKR", "start": "2021"}),
    ("counts", {"by": "dyad", "code": "04", "dataset": "synth"}),
    ("counts", {}),
    ("dyads", {"start": "2022", "end": "2022"}),
    ("dyads", {"level": "country", "limit": 50, "quad_class": [3, 4]}),
    ("actors", {"search": "russia"}),
    ("actors", {"limit": 10, "start": "2023-06"}),
]


@pytest.mark.parametrize(
    ("method", "kwargs"), CALLS, ids=[f"{m}-{i}" for i, (m, _) in enumerate(CALLS)]
)
def test_local_and_http_give_identical_frames(local, remote, method, kwargs):
    mine = getattr(local, method)(**kwargs)
    theirs = getattr(remote, method)(**kwargs)
    assert mine.height > 0 or method == "events"
    if method == "events" and "sort" not in kwargs:
        mine, theirs = mine.sort("event_id"), theirs.sort("event_id")
    assert_frame_equal(mine, theirs)


def test_sql_is_identical(local, remote):
    query = (
        "SELECT root_code, count(*) AS n, sum(goldstein) AS g FROM events GROUP BY ALL ORDER BY 1"
    )
    assert_frame_equal(local.sql(query), remote.sql(query))
    with_params = "SELECT count(*) AS n FROM events WHERE source_code LIKE ? AND quad_class = ?"
    assert_frame_equal(local.sql(with_params, ["RUS%", 4]), remote.sql(with_params, ["RUS%", 4]))


def test_codes_are_identical(local, remote):
    assert_frame_equal(local.codes(), remote.codes())


def test_eu_sanctions_on_russia_per_month_three_ways(http, remote, local):
    """Counts endpoint, ad hoc SQL and Polars over exported events tell the same story."""
    question = {"source": "IGOEEC", "target": "RUS", "code": "163"}
    api = http.get("/v1/events/counts", params={**question, "by": "month"}).json()["data"]
    from_api = {dt.date.fromisoformat(d["period"]): d["count"] for d in api}

    sql = remote.sql(
        "SELECT date_trunc('month', event_date)::DATE AS month, count(*) AS n FROM events"
        " WHERE source_code LIKE 'IGOEEC%' AND target_code LIKE 'RUS%' AND event_code LIKE '163%'"
        " GROUP BY 1 ORDER BY 1"
    )
    from_sql = dict(zip(sql["month"], sql["n"], strict=True))

    frame = (
        remote.events(**question)
        .group_by(pl.col("event_date").dt.truncate("1mo").alias("month"))
        .len()
        .sort("month")
    )
    from_polars = dict(zip(frame["month"], frame["len"], strict=True))

    assert from_api == from_sql == from_polars
    for month, n in SANCTION_MONTHS.items():  # the planted events are all there
        assert from_api[month] >= n
    local_counts = local.counts(by="month", **question)
    assert dict(zip(local_counts["period"], local_counts["count"], strict=True)) == from_api


def test_invalid_arguments_raise_the_same_way(local, remote):
    with pytest.raises(ValueError, match="quad_class"):
        local.events(quad_class=9)
    with pytest.raises(ApiError) as err:
        remote.events(quad_class=9)
    assert err.value.status == 400
    assert err.value.problem["errors"][0]["parameter"] == "quad_class"


def test_sql_truncation_warns(paths, tmp_path):
    copy = tmp_path / "c.duckdb"
    shutil.copy(paths[1], copy)
    app = create_app(Settings(db=copy, sql_max_rows=10))
    with TestClient(app=app) as c, pytest.warns(UserWarning, match="truncated to 10 rows"):
        frame = Client("http://testserver.local", http=c).sql("SELECT event_id FROM events")
    assert frame.height == 10


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_real_server_process(paths, tmp_path):
    """`eventdb serve` in its own process: health, queries, ingestion with the real coder."""
    db = tmp_path / "served.duckdb"
    shutil.copy(paths[1], db)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "EVENTDB_API_KEY": "process-key"}
    command = [
        str(Path(sys.executable).parent / "eventdb"),
        "serve",
        "--db",
        str(db),
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{url}/health", timeout=2).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.2)
        assert health["writes"] == "enabled" and health["counts"]["events"] > 30_000

        with pytest.raises(DatabaseLockedError, match="POST /v1/articles"):
            local_connect(db)

        with Client(url, api_key="process-key") as client:
            with local_connect(paths[1]) as local:
                kwargs = {"by": "year,quad_class", "actor": "RUS"}
                assert_frame_equal(client.counts(**kwargs), local.counts(**kwargs))
            text = "The European Union imposed sanctions on Russia on Monday."
            [result] = client.ingest({"id": "live-1", "date": dt.date(2024, 2, 5), "text": text})
            assert result["status"] == "stored" and result["events"] >= 1
            coded = client.events(article_id=result["article_id"])
            assert coded["event_code"].to_list()[:1] == ["163"]
            assert client.ingest([{"date": "2024-02-05", "text": text}])[0]["status"] == "duplicate"
        with pytest.raises(ApiError) as err, Client(url, api_key="wrong") as intruder:
            intruder.ingest({"date": "2024-02-05", "text": "Anything."})
        assert err.value.status == 401
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=20)
    logged = [line for line in stderr.splitlines() if line.startswith('{"method"')]
    assert any('"path":"/v1/articles","status":200' in line for line in logged)
