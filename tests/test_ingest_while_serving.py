"""Ingesting while `eventdb serve` holds the database: the CLI says what to do, and
`--server` stores through the running server, visible to queries at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from conftest import SEEDS


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.slow
def test_cli_ingest_against_a_served_database(tmp_path):
    db = tmp_path / "served.duckdb"
    env = {**os.environ, "EVENTDB_API_KEY": "s3cret", "EVENTDB_DB": str(db)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "eventdb",
            "ingest",
            "--no-code",
            str(SEEDS / "000_cfdfa1bb2d51612f.txt"),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "eventdb", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not come up"
            time.sleep(0.3)

        # a plain ingest finds the server through its note and sends the articles there
        direct = subprocess.run(
            [sys.executable, "-m", "eventdb", "ingest", str(SEEDS / "003_826d54d813a8dbd1.txt")],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert direct.returncode == 0, direct.stderr
        assert "served by" in direct.stderr and "stored 1" in direct.stdout
        # and `eventdb sql` reads through the server too
        query = subprocess.run(
            [
                sys.executable,
                "-m",
                "eventdb",
                "sql",
                "-f",
                "csv",
                "select count(*) as n from articles",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert query.stdout.splitlines() == ["n", "2"], query.stderr

        routed = subprocess.run(
            [sys.executable, "-m", "eventdb", "ingest", "--server", url, str(SEEDS)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert routed.returncode == 0, routed.stderr
        assert "stored 0" in routed.stdout and "2 already present" in routed.stdout
        count = httpx.get(
            f"{url}/v1/sql", params={"q": "select count(*) as n from articles"}, timeout=30
        ).json()
        assert count["data"] == [{"n": 2}]
        events = httpx.get(
            f"{url}/v1/sql", params={"q": "select count(*) as n from events"}, timeout=30
        )
        assert events.json()["data"][0]["n"] > 0  # coded by the server

        bad_key = subprocess.run(
            [
                sys.executable,
                "-m",
                "eventdb",
                "ingest",
                "--server",
                url,
                "--api-key",
                "wrong",
                str(SEEDS),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert bad_key.returncode == 2 and "refused" in bad_key.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_lock_without_a_server_says_what_to_do(tmp_path):
    db = tmp_path / "held.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        env = {**os.environ, "EVENTDB_DB": str(db)}
        for args, advice in (
            (["ingest", "--no-code", str(SEEDS)], "eventdb ingest --server URL"),
            (["optimize"], "stop `eventdb serve` first"),
        ):
            result = subprocess.run(
                [sys.executable, "-m", "eventdb", *args],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert result.returncode == 2
            assert advice in result.stderr.replace("\n", " ")
    finally:
        holder.kill()
        holder.wait()
