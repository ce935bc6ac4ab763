"""The HTTP API from Python: the same methods as `eventdb.connect`, over the network.

Results travel as Arrow IPC streams and arrive as Polars DataFrames with the types DuckDB
gave them, so `Client(url).counts(...)` equals `eventdb.connect(path).counts(...)` frame for
frame. Errors come back as ApiError carrying the server's problem document.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import httpx
import polars as pl

from eventdb.api.params import to_raw

Values = str | int | float | Sequence[object] | None


class ApiError(RuntimeError):
    """The server answered with an error; `problem` is its RFC 9457 document."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.problem = problem
        detail = problem.get("detail") or problem.get("title") or "request failed"
        errors = problem.get("errors") or []
        extra = "; ".join(f"{e.get('parameter')}: {e.get('detail')}" for e in errors)
        super().__init__(f"HTTP {status}: {detail}" + (f" ({extra})" if extra else ""))


class Client:
    """A connection to `eventdb serve`; use as a context manager or call close()."""

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        *,
        timeout: float = 300.0,
        http: httpx.Client | None = None,
    ) -> None:
        headers = {"X-API-Key": api_key} if api_key else {}
        self._own = http is None
        self._http = http or httpx.Client(base_url=url.rstrip("/"), timeout=timeout)
        self._headers = headers

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"detail": response.text[:500]}
            raise ApiError(response.status_code, problem)
        return response

    def _frame(self, path: str, params: Mapping[str, object]) -> pl.DataFrame:
        query = {**to_raw(params), "format": ["arrow"]}
        response = self._check(self._http.get(path, params=query, headers=self._headers))
        return pl.read_ipc_stream(io.BytesIO(response.content))

    def events(
        self,
        *,
        limit: int | None = None,
        sort: str | None = None,
        order: str | None = None,
        fields: Values = None,
        **filters: object,
    ) -> pl.DataFrame:
        """Every matching event, or the first `limit` (at most 10000) by `sort`."""
        params = {**filters, "limit": limit, "sort": sort, "order": order, "fields": fields}
        return self._frame("/v1/events", params)

    def counts(self, by: Values = None, *, fill: bool = False, **filters: object) -> pl.DataFrame:
        return self._frame("/v1/events/counts", {**filters, "by": by, "fill": fill or None})

    def dyads(self, *, level: str = "actor", limit: int = 20, **filters: object) -> pl.DataFrame:
        return self._frame("/v1/dyads", {**filters, "level": level, "limit": limit})

    def actors(
        self, search: str | None = None, *, limit: int = 50, **filters: object
    ) -> pl.DataFrame:
        return self._frame("/v1/actors", {**filters, "search": search, "limit": limit})

    def codes(self) -> pl.DataFrame:
        return self._frame("/v1/codes", {"shape": "flat"})

    def sql(self, query: str, params: Sequence[object] | None = None) -> pl.DataFrame:
        """A read-only SELECT; warns when the server's row cap cut the result short."""
        body = {"query": query, "params": list(params or []), "format": "arrow"}
        response = self._check(self._http.post("/v1/sql", json=body, headers=self._headers))
        if response.headers.get("x-truncated") == "true":
            warnings.warn(
                f"result truncated to {response.headers.get('x-row-count')} rows by the server",
                stacklevel=2,
            )
        return pl.read_ipc_stream(io.BytesIO(response.content))

    def ingest(self, articles: Mapping[str, object] | Iterable[Mapping[str, object]]) -> list[dict]:
        """Store articles through the server; one result per article, in order."""
        given = [articles] if isinstance(articles, Mapping) else list(articles)
        items = [
            {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in a.items()} for a in given
        ]
        response = self._check(self._http.post("/v1/articles", json=items, headers=self._headers))
        return response.json()["results"]

    def health(self) -> dict[str, Any]:
        return self._check(self._http.get("/health")).json()

    def close(self) -> None:
        if self._own:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
