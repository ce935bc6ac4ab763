"""Finding the server that holds a database file.

DuckDB lets one process write a file and no other process open it meanwhile, so while
`eventdb serve` runs, the CLI cannot open the database itself. The server leaves a small
note next to the file (`<db>.server.json`: its URL and process id); the CLI reads it and
sends its query or its articles to the server instead of failing.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path


def note_path(db: Path) -> Path:
    return db.with_name(db.name + ".server.json")


@contextlib.contextmanager
def announce(db: Path, url: str) -> Iterator[None]:
    note = note_path(db)
    note.write_text(json.dumps({"url": url, "pid": os.getpid()}))
    # uvicorn re-raises SIGTERM after its graceful shutdown; turn it into SystemExit so the
    # note is removed on the way out instead of the process dying on the spot
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        with contextlib.suppress(FileNotFoundError):
            if json.loads(note.read_text()).get("pid") == os.getpid():
                note.unlink()


def _exit_on_signal(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def find_server(db: Path) -> str | None:
    """The URL of the live server holding `db`, if one announced itself."""
    try:
        note = json.loads(note_path(db).read_text())
        pid = int(note["pid"])
        os.kill(pid, 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    url = note.get("url")
    return str(url) if url else None
