"""The API answers over imported GDELT rows as it does over coded articles."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from litestar.testing import TestClient

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.etl.importers import gdelt
from eventdb.schema import connect

FIXTURES = Path(__file__).parent / "fixtures" / "import" / "gdelt"


def test_events_counts_dyads_and_sql_over_gdelt_rows(tmp_path):
    path = tmp_path / "gdelt.duckdb"
    con = connect(path)
    report = gdelt.import_files(con, [str(FIXTURES / "20150218230000.export.CSV")])
    assert report.rows_stored > 0
    expected = con.execute(
        "SELECT root_code, count(*) FROM events WHERE dataset = 'gdelt' GROUP BY 1"
    ).fetchall()
    total = sum(n for _, n in expected)
    con.close()

    with TestClient(app=create_app(Settings(db=path))) as client:
        page = client.get(
            "/v1/events", params={"dataset": "gdelt", "limit": 1000, "format": "arrow"}
        )
        assert page.status_code == 200
        frame = pl.read_ipc_stream(page.content)
        assert frame.height == total
        assert set(frame["dataset"].unique()) == {"gdelt"}

        counts = client.get("/v1/events/counts", params={"by": "root", "dataset": "gdelt"}).json()
        got = {row["root_code"]: row["count"] for row in counts["data"]}
        assert got == dict(expected)

        dyads = client.get("/v1/dyads", params={"dataset": "gdelt", "limit": 5})
        assert dyads.status_code == 200 and dyads.json()["data"]

        sql = client.post(
            "/v1/sql", json={"query": "SELECT count(*) AS n FROM events WHERE dataset = 'gdelt'"}
        )
        assert sql.json()["data"] == [{"n": total}]
