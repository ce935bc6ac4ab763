"""The command line, as a user runs it."""

from __future__ import annotations

import json

import polars as pl
from typer.testing import CliRunner

from eventdb.cli import app
from eventdb.schema import latest_version

from conftest import SEEDS

runner = CliRunner()


def run(*args: str):
    result = runner.invoke(app, list(args))
    return result


def test_every_command_has_help():
    result = run("--help")
    assert result.exit_code == 0
    commands = ["ingest", "sql", "export", "info"]
    for command in commands:
        assert command in result.output
        sub = run(command, "--help")
        assert sub.exit_code == 0, command
        assert "Usage" in sub.output


def test_ingest_sql_info_export(tmp_path):
    db = str(tmp_path / "e.duckdb")
    result = run("ingest", "--db", db, "--no-code", str(SEEDS))
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.output
    result = run("sql", "--db", db, "-f", "csv", "select count(*) as n from articles")
    assert result.output.splitlines() == ["n", "2"]
    result = run("sql", "--db", db, "-f", "json", "select pub_date from articles order by 1")
    assert [json.loads(line)["pub_date"] for line in result.output.splitlines()] == [
        "2023-04-07",
        "2025-03-21",
    ]
    again = run("ingest", "--db", db, "--no-code", str(SEEDS))
    assert again.exit_code == 0 and "2 already present" in again.output
    info = run("info", "--db", db)
    assert "articles:        2" in info.output
    assert f"schema version:  {latest_version()}" in info.output
    out = tmp_path / "sentences.parquet"
    result = run("export", "sentences", "--db", db, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert pl.read_parquet(out).height == 34
    folder = tmp_path / "articles"
    result = run(
        "export",
        "articles",
        "--db",
        db,
        "-o",
        str(folder),
        "--partition",
        "--date-column",
        "pub_date",
    )
    assert result.exit_code == 0, result.output
    assert (folder / "year=2023" / "month=4").is_dir() and (
        folder / "year=2025" / "month=3"
    ).is_dir()
    frame = pl.read_parquet(folder / "**/*.parquet", hive_partitioning=True)
    assert frame.height == 2
    result = run(
        "sql", "--db", db, "-f", "parquet", "-o", str(tmp_path / "q.parquet"), "select 42 as x"
    )
    assert result.exit_code == 0
    assert pl.read_parquet(tmp_path / "q.parquet")["x"].to_list() == [42]


def test_env_db_and_errors(tmp_path, monkeypatch):
    db = tmp_path / "env.duckdb"
    monkeypatch.setenv("EVENTDB_DB", str(db))
    assert run("ingest", "--no-code", str(SEEDS / "000_cfdfa1bb2d51612f.txt")).exit_code == 0
    assert db.exists()
    bad = run("sql", "select * from nowhere")
    assert bad.exit_code == 2 and "nowhere" in bad.output
    missing = run("sql", "--db", str(tmp_path / "none.duckdb"), "select 1")
    assert missing.exit_code == 2 and "no such database" in missing.output
    (tmp_path / "bad.jsonl").write_text('{"date": "x", "text": "y"}\n')
    failed = run("ingest", "--no-code", str(tmp_path / "bad.jsonl"))
    assert failed.exit_code == 1
    assert f"{tmp_path / 'bad.jsonl'}:1: date:" in failed.output
