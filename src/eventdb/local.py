"""The database from Python, without a server: the API's questions as Polars DataFrames.

`eventdb.connect(path).counts(by="month", source="IGOEEC", target="RUS", code="163")` runs
the very SQL `GET /v1/events/counts` runs, after the same parameter checks, so a notebook
and the HTTP API cannot disagree. Arguments take the API's names and values (a list or a
comma-separated string where the API allows several values; dates as date objects or
ISO strings).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import duckdb
import polars as pl

from eventdb.api import queries
from eventdb.api.execute import fetch_table
from eventdb.api.params import Vocabulary, to_raw
from eventdb.api.requests import parse_actors, parse_counts, parse_dyads, parse_events
from eventdb.schema import connect as open_database

Values = str | int | float | Sequence[object] | None


class EventDB:
    """An open database; use as a context manager or call close()."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.vocabulary = Vocabulary.from_connection(con)

    def _frame(self, query: queries.Query) -> pl.DataFrame:
        return pl.from_arrow(fetch_table(self.con, query))

    def events(
        self,
        *,
        limit: int | None = None,
        sort: str | None = None,
        order: str | None = None,
        fields: Values = None,
        **filters: object,
    ) -> pl.DataFrame:
        """Every matching event (or the first `limit` by `sort`), as /v1/events returns them.

        Without sort or order the rows come in storage order, as an export does.
        """
        raw = to_raw({**filters, "limit": limit, "sort": sort, "order": order, "fields": fields})
        req = parse_events({**raw, "format": ["arrow"]}, self.vocabulary)
        frame = self._frame(queries.events(req))
        if req.limit is not None:
            frame = frame.head(req.limit).drop(queries.SORT_KEY, queries.ID_KEY)
        return frame

    def counts(self, by: Values = None, *, fill: bool = False, **filters: object) -> pl.DataFrame:
        """Counts per time bucket and grouping, like /v1/events/counts."""
        raw = to_raw({**filters, "by": by, "fill": fill or None})
        return self._frame(queries.counts(parse_counts(raw, self.vocabulary)))

    def dyads(self, *, level: str = "actor", limit: int = 20, **filters: object) -> pl.DataFrame:
        """The top source-target pairs, like /v1/dyads."""
        raw = to_raw({**filters, "level": level, "limit": limit})
        return self._frame(queries.dyads(parse_dyads(raw, self.vocabulary)))

    def actors(
        self, search: str | None = None, *, limit: int = 50, **filters: object
    ) -> pl.DataFrame:
        """Actors by code prefix or name with their event counts, like /v1/actors."""
        raw = to_raw({**filters, "search": search, "limit": limit})
        return self._frame(queries.actors(parse_actors(raw, self.vocabulary)))

    def codes(self) -> pl.DataFrame:
        """The CAMEO code table, flat."""
        return self._frame(queries.Query(queries.CODES_SQL, []))

    def sql(self, query: str, params: Sequence[object] | None = None) -> pl.DataFrame:
        """Any SQL on this connection (read-only unless opened for writing)."""
        relation = self.con.sql(query, params=list(params) if params else None)
        if relation is None:
            return pl.DataFrame()
        return pl.from_arrow(relation.to_arrow_table())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(path: str | os.PathLike[str] | None = None, *, read_only: bool = True) -> EventDB:
    """Open the database at `path` (default: $EVENTDB_DB or ./eventdb.duckdb).

    Read-only by default, so several notebooks can read one file at once; a file the
    server holds is reachable only through the server (`eventdb.Client`).
    """
    return EventDB(open_database(path, read_only=read_only))
