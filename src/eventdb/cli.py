"""The `eventdb` command line."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventdb import __version__
from eventdb.output import Format, copy_query, print_result

app = typer.Typer(
    name="eventdb",
    help="Political event database: ingest news, code CAMEO events, query them.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="Database file (default: $EVENTDB_DB or ./eventdb.duckdb).", show_default=False
    ),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


class _ServedElsewhere(Exception):
    """The database is held by a running `eventdb serve` at `url`."""

    def __init__(self, url: str) -> None:
        self.url = url


def _open(
    db: Path | None,
    read_only: bool = False,
    *,
    via_server: bool = False,
    locked: str | None = None,
):
    """Open the database; with `via_server`, a lock held by an announced server raises
    `_ServedElsewhere` so the command can go through the server instead. `locked` replaces
    the advice given when another process holds the file."""
    from eventdb.discovery import find_server
    from eventdb.schema import DatabaseLockedError, SchemaError, connect, resolve_path

    try:
        return connect(db, read_only=read_only)
    except DatabaseLockedError as exc:
        url = find_server(resolve_path(db)) if via_server else None
        if url:
            raise _ServedElsewhere(url) from None
        if locked:
            raise _fail(f"{resolve_path(db)} is open in another process; {locked}") from None
        raise _fail(str(exc)) from None
    except SchemaError as exc:
        raise _fail(str(exc)) from None


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        print(__version__)
        raise typer.Exit()


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or glob patterns.")],
    db: DbOption = None,
    code: Annotated[
        bool, typer.Option("--code/--no-code", help="Code events while storing.")
    ] = True,
    date: Annotated[
        str | None, typer.Option(help="Publication date for plain-text files that carry none.")
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal)."),
    ] = None,
    server: Annotated[
        str | None,
        typer.Option(
            envvar="EVENTDB_URL",
            help="Send the articles to a running `eventdb serve` (POST /v1/articles) instead of "
            "opening the database: the way to add articles while a server holds it.",
        ),
    ] = None,
    api_key: Annotated[
        str | None, typer.Option(envvar="EVENTDB_API_KEY", help="API key for --server.")
    ] = None,
) -> None:
    """Read articles (seed format, text with front matter, JSONL, CSV) and store them.

    The same article is stored once however often it is ingested; each article is one
    transaction; bad files or records are reported with file and line and skipped. Exit
    code 1 when any record failed.
    """
    from eventdb.etl.ingest import Ingestor
    from eventdb.etl.readers import read_paths

    default_date = None
    if date:
        try:
            default_date = dt.date.fromisoformat(date)
        except ValueError:
            raise _fail(f"--date {date!r} is not an ISO date (YYYY-MM-DD)") from None
    if server:
        _ingest_via_server(paths, default_date, server, api_key)
        return
    try:
        con = _open(db, via_server=True)
    except _ServedElsewhere as served:
        err.print(
            f"the database is served by {served.url}; sending the articles there", highlight=False
        )
        _ingest_via_server(paths, default_date, served.url, api_key)
        return
    coder = None
    if code:
        from eventdb.etl.coder import load_coder

        coder = load_coder()
    ingestor = Ingestor(con, coder)
    show = sys.stderr.isatty() if progress is None else progress
    records = read_paths(paths, default_date)
    if show:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("records"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as bar:
            task = bar.add_task("ingest", total=None)
            report = ingestor.run(records, progress=lambda n: bar.advance(task, n))
    else:
        report = ingestor.run(records)
    for error in report.errors:
        err.print(f"[yellow]skipped[/yellow] {error}", highlight=False, soft_wrap=True)
    totals = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)"
    ).fetchall()[0]
    con.close()
    print(
        f"read {report.read} articles: stored {report.stored} ({report.sentences} sentences, "
        f"{report.events} events), {report.duplicates} already present, {report.failed} failed; "
        f"database now holds {totals[0]} articles and {totals[1]} events"
    )
    if not report.ok:
        raise typer.Exit(1)


def _ingest_via_server(
    paths: list[str], default_date: dt.date | None, url: str, api_key: str | None
) -> None:
    """Read locally, store remotely, in batches; report like a local ingest."""
    import httpx

    from eventdb.client import ApiError, Client
    from eventdb.etl.readers import ReadError, read_paths

    counts = {"stored": 0, "duplicate": 0, "failed": 0, "events": 0}

    def flush(client: Client, batch: list) -> None:
        if not batch:
            return
        payload = [
            {k: v for k, v in r.article.model_dump(mode="json").items() if v is not None}
            for r in batch
        ]
        for record, result in zip(batch, client.ingest(payload), strict=True):
            status = result.get("status")
            if status in ("stored", "duplicate"):
                counts[status] += 1
                counts["events"] += int(result.get("events") or 0)
            else:
                counts["failed"] += 1
                err.print(
                    f"[yellow]skipped[/yellow] {record.origin}: {result.get('reason')}",
                    highlight=False,
                    soft_wrap=True,
                )
        batch.clear()

    try:
        with Client(url, api_key=api_key) as client:
            batch: list = []
            for record in read_paths(paths, default_date):
                if isinstance(record, ReadError):
                    counts["failed"] += 1
                    err.print(f"[yellow]skipped[/yellow] {record}", highlight=False, soft_wrap=True)
                    continue
                batch.append(record)
                if len(batch) >= 50:
                    flush(client, batch)
            flush(client, batch)
    except ApiError as exc:
        raise _fail(f"{url} refused the articles: {exc}") from None
    except httpx.HTTPError as exc:
        raise _fail(f"cannot reach {url}: {exc}") from None
    print(
        f"sent to {url}: stored {counts['stored']} ({counts['events']} events), "
        f"{counts['duplicate']} already present, {counts['failed']} failed"
    )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help='A SQL query, e.g. "select count(*) from events".')],
    db: DbOption = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    max_rows: Annotated[int, typer.Option(help="Rows shown in table format.")] = 100,
) -> None:
    """Run SQL against the database (opened read-only) and print or save the result.

    While `eventdb serve` holds the database, the query goes through its read-only SQL
    endpoint instead (with the server's row cap and time limit).
    """
    import duckdb

    try:
        con = _open(db, read_only=True, via_server=True)
    except _ServedElsewhere as served:
        con = _remote_result(served.url, query)
        query = "SELECT * FROM remote_result"
    try:
        if output is not None:
            copy_query(con, query, output, Format.csv if format is Format.table else format)
            print(f"wrote {output}")
            return
        if format is Format.parquet:
            raise _fail("--format parquet needs --output FILE")
        print_result(con.sql(query), format, max_rows)
    except duckdb.Error as exc:
        raise _fail(str(exc).strip()) from None
    finally:
        con.close()


def _remote_result(url: str, query: str):
    """The server's answer to `query` in an in-memory DuckDB, so output works as usual."""
    import io

    import duckdb
    import httpx
    import pyarrow.ipc as ipc

    try:
        response = httpx.post(
            f"{url}/v1/sql", json={"query": query, "format": "arrow"}, timeout=120
        )
    except httpx.HTTPError as exc:
        raise _fail(f"the database is served by {url}, which cannot be reached: {exc}") from None
    if response.status_code != 200:
        detail = response.json().get("detail", response.text) if response.content else ""
        raise _fail(f"{url}: {detail}")
    table = ipc.open_stream(io.BytesIO(response.content)).read_all()
    con = duckdb.connect()
    con.register("remote_result", table)
    return con


@app.command()
def export(
    what: Annotated[
        str,
        typer.Argument(help="A table or view name (events, event_summary, ...) or a SELECT query."),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File, or folder when partitioning.")
    ],
    db: DbOption = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="parquet or csv.")
    ] = Format.parquet,
    partition: Annotated[
        bool, typer.Option("--partition", help="Hive-partition by year=/month= of --date-column.")
    ] = False,
    date_column: Annotated[
        str, typer.Option(help="Date column used by --partition.")
    ] = "event_date",
) -> None:
    """Export a table or query to Parquet or CSV, optionally Hive-partitioned by year/month."""
    import duckdb

    if format not in (Format.parquet, Format.csv):
        raise _fail("export writes parquet or csv")
    con = _open(db, read_only=True)
    try:
        is_query = what.lstrip().lower().startswith(("select", "with", "from", "("))
        if not is_query:
            tables = {
                r[0]
                for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
            }
            if what not in tables:
                raise _fail(f"no table or view {what!r}; known: {', '.join(sorted(tables))}")
        source = what if is_query else f'SELECT * FROM "{what}"'
        partition_by = None
        if partition:
            source = (
                f"SELECT *, year({date_column}) AS year, month({date_column}) AS month"
                f" FROM ({source})"
            )
            partition_by = ["year", "month"]
        copy_query(con, source, output, format, partition_by)
        count = con.execute(f"SELECT count(*) FROM ({source})").fetchall()[0][0]
    except duckdb.Error as exc:
        raise _fail(str(exc).strip()) from None
    finally:
        con.close()
    print(f"exported {count} rows to {output}")


@app.command()
def info(db: DbOption = None) -> None:
    """Database path, schema version, row counts and how much of `events` is clustered."""
    from eventdb.schema import current_version, latest_version, resolve_path
    from eventdb.schema.cluster import unclustered

    con = _open(db, read_only=True)
    counts = {}
    for table in (
        "articles",
        "sentences",
        "events",
        "event_summary",
        "cameo_codes",
        "countries",
        "actor_roles",
    ):
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    span = con.execute("SELECT min(event_date), max(event_date) FROM events").fetchall()[0]
    version = current_version(con)
    tail = unclustered(con)
    con.close()
    print(f"database:        {resolve_path(db).resolve()}")
    print(f"schema version:  {version} (this eventdb: {latest_version()})")
    for table, n in counts.items():
        print(f"{table + ':':<16} {n}")
    if span[0]:
        print(f"event dates:     {span[0]} .. {span[1]}")
    print(f"unclustered:     {tail} events (stored since the last `eventdb optimize`)")


#: `optimize` is suggested once this many events, and this share of them, are unclustered
_HINT_ROWS, _HINT_SHARE = 1_000_000, 0.2


def _suggest_optimize(con) -> None:
    from eventdb.schema.cluster import unclustered

    tail = unclustered(con)
    total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    if tail >= _HINT_ROWS and tail >= _HINT_SHARE * total:
        err.print(
            f"{tail} of {total} events are unclustered: `eventdb optimize` sorts them so that "
            "filtered queries read only the row groups they need",
            highlight=False,
            soft_wrap=True,
        )


@app.command()
def optimize(db: DbOption = None) -> None:
    """Sort the events table by year, source, target and date, so that queries filtered on
    actors or dates skip most of it. Run it after large imports; it needs the database to
    itself (stop `eventdb serve` first)."""
    from eventdb.schema.cluster import cluster_events

    con = _open(db, locked="optimize rewrites the events table, so stop `eventdb serve` first")
    con.execute("SET enable_progress_bar = false")  # the status line below stands for it
    with err.status("sorting events ..."):
        report = cluster_events(con)
    con.close()
    print(f"clustered {report.rows} events in {report.seconds:.1f} s")


ProcessesOption = Annotated[
    int, typer.Option("--processes", "-j", help="Parser processes (0 = one per core).")
]
DictOption = Annotated[
    list[str] | None,
    typer.Option("--dictionaries", help="Extra dictionary folder(s), loaded after ours."),
]


def _processes(n: int) -> int:
    import os

    return n if n > 0 else (os.cpu_count() or 1)


@app.command()
def code(
    input: Annotated[
        str, typer.Argument(help="JSON Lines file of {id, date, text}, or - for stdin.")
    ] = "-",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    processes: ProcessesOption = 1,
    dictionaries: DictOption = None,
) -> None:
    """Code events in JSON Lines records without storing them.

    Writes one line per input record, in order: {"id", "events": [{"source", "target",
    "code", "source_name", "target_name", "date", "modality", ...}]}; a bad record gives
    {"id", "error"} on its line and exit code 1 at the end.
    """
    import json

    from eventdb.etl.coder import load_coder
    from eventdb.etl.coder.stream import code_records, event_json, read_records
    from eventdb.schema.codes import CodeBook

    coder = load_coder(_processes(processes), dictionaries)
    codebook = CodeBook.shipped()
    source = sys.stdin if input == "-" else open(input, encoding="utf-8")  # noqa: SIM115
    sink = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    failed = 0
    try:
        for record, per_sentence in code_records(coder, read_records(source)):
            if record.error:
                failed += 1
                line = {"id": record.id, "error": record.error}
            else:
                events = [
                    event_json(e, i, codebook) for i, evs in enumerate(per_sentence) for e in evs
                ]
                line = {"id": record.id, "events": events}
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if source is not sys.stdin:
            source.close()
        if sink is not sys.stdout:
            sink.close()
    if failed:
        err.print(f"{failed} record(s) could not be coded", highlight=False)
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON Lines: {id, date, text, events}.")],
    json_output: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    errors: Annotated[
        Path | None, typer.Option(help="Write every mismatching sentence to this JSONL file.")
    ] = None,
    processes: ProcessesOption = 1,
    dictionaries: DictOption = None,
) -> None:
    """Precision, recall and F1 against gold sets: root level, full codes, no-event sentences."""
    import json

    from eventdb.etl.coder import load_coder
    from eventdb.etl.coder.stream import CodingRecord, code_records, event_json
    from eventdb.etl.evaluate import format_report, load_gold, score
    from eventdb.schema.codes import CodeBook

    coder = load_coder(_processes(processes), dictionaries)
    codebook = CodeBook.shipped()
    results = {}
    mismatches = []
    for path in gold:
        try:
            records = load_gold(path)
        except (OSError, ValueError) as exc:
            raise _fail(str(exc)) from None
        inputs = [
            CodingRecord(r.get("id"), dt.date.fromisoformat(r["date"]), r["text"]) for r in records
        ]
        predicted = [
            [event_json(e, i, codebook) for i, evs in enumerate(per) for e in evs]
            for _, per in code_records(coder, inputs)
        ]
        result = score(zip(records, predicted, strict=True))
        results[str(path)] = result.as_dict()
        mismatches += [{"file": str(path), **e} for e in result.errors]
        if not json_output:
            print(format_report(str(path), result))
            print()
    if json_output:
        print(json.dumps(results, indent=2))
    if errors:
        with errors.open("w", encoding="utf-8") as handle:
            for item in mismatches:
                handle.write(json.dumps(item, ensure_ascii=False) + "\n")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Interface to bind; localhost unless told otherwise.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="EVENTDB_API_KEY", help="Key required by write endpoints; unset disables them."
        ),
    ] = None,
    cors: Annotated[
        list[str] | None,
        typer.Option(
            "--cors", envvar="EVENTDB_CORS_ORIGINS", help="Allowed CORS origin (repeatable)."
        ),
    ] = None,
    sql_timeout: Annotated[float, typer.Option(help="Seconds an ad hoc SQL query may run.")] = 10.0,
    sql_max_rows: Annotated[int, typer.Option(help="Row cap for ad hoc SQL results.")] = 100_000,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    """Serve the HTTP API (Litestar on uvicorn): events, counts, dyads, SQL, ingestion."""
    from eventdb.api.server import run
    from eventdb.discovery import announce
    from eventdb.schema import resolve_path

    path = resolve_path(db)
    shown = f"[{host}]" if ":" in host else host
    with announce(path, f"http://{shown}:{port}"):
        run(
            db=path,
            host=host,
            port=port,
            api_key=api_key,
            cors_origins=list(cors or []),
            sql_timeout=sql_timeout,
            sql_max_rows=sql_max_rows,
            log_level=log_level,
        )


@app.command()
def synth(
    events: Annotated[
        int, typer.Option("--events", "-n", help="How many events to generate.")
    ] = 1_000_000,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same data.")] = 0,
    start: Annotated[str, typer.Option(help="First event date.")] = "2015-01-01",
    end: Annotated[str, typer.Option(help="Last event date.")] = "2024-12-31",
    db: DbOption = None,
) -> None:
    """Generate a synthetic event database with GDELT-like shape, for benchmarks."""
    from eventdb.etl.importers.synth import generate

    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise _fail("--start and --end must be YYYY-MM-DD") from None
    if events < 1 or first > last:
        raise _fail("--events must be positive and --start not after --end")
    con = _open(db)
    written = generate(con, events=events, seed=seed, start=first, end=last)
    total = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    _suggest_optimize(con)
    con.close()
    print(f"generated {written} synthetic events; database now holds {total} events")


import_app = typer.Typer(
    help="Import existing event datasets (GDELT, ICEWS, Phoenix).", no_args_is_help=True
)
app.add_typer(import_app, name="import")


def _run_import(dataset: str, files: list[str], db: Path | None) -> None:
    from importlib import import_module

    module = import_module(f"eventdb.etl.importers.{dataset}")
    con = _open(db)
    report = module.import_files(con, files)
    _suggest_optimize(con)
    con.close()
    for error in report.errors:
        err.print(f"[yellow]skipped[/yellow] {error}", highlight=False, soft_wrap=True)
    print(report.summary())
    if report.errors:
        raise typer.Exit(1)


@import_app.command("gdelt")
def import_gdelt(
    files: Annotated[list[str], typer.Argument(help="GDELT 1.0 or 2.0 event files (.CSV, .zip).")],
    db: DbOption = None,
) -> None:
    """Import GDELT 1.0 daily files (57/58 columns) or 2.0 event exports (61 columns)."""
    _run_import("gdelt", files, db)


@import_app.command("icews")
def import_icews(
    files: Annotated[
        list[str], typer.Argument(help="ICEWS event tables (tab-separated, with header).")
    ],
    db: DbOption = None,
) -> None:
    """Import ICEWS event tables."""
    _run_import("icews", files, db)


@import_app.command("phoenix")
def import_phoenix(
    files: Annotated[list[str], typer.Argument(help="Phoenix event files (tab-separated).")],
    db: DbOption = None,
) -> None:
    """Import Phoenix (Open Event Data Alliance) event files."""
    _run_import("phoenix", files, db)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
