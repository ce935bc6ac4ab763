from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def con(db_path: Path):
    from eventdb.schema import connect

    connection = connect(db_path)
    yield connection
    connection.close()


def event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, object]:
    """The one stored row with this event id, as a column -> value dict."""
    cur = con.execute("SELECT * FROM events WHERE event_id = ?", [event_id])
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    assert len(rows) == 1, f"{event_id}: {len(rows)} rows"
    return dict(zip(names, rows[0], strict=True))


@pytest.fixture(scope="session")
def coder():
    """The coder on the shipped dictionaries alone (no user folders from the environment),
    loaded once per test process: modules that need another dictionary define their own."""
    from eventdb.etl.coder.dictionary import load_dictionaries
    from eventdb.etl.coder.pipeline import SpacyCoder

    return SpacyCoder(load_dictionaries(use_env=False))
