"""eventdb: news articles in, CAMEO-coded political events out, queryable.

`eventdb.connect(path)` queries a database file directly and `eventdb.Client(url)` a running
server, both returning Polars DataFrames; they are imported lazily so that the command line
starts without loading DuckDB and Polars.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventdb")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

__all__ = ["Client", "__version__", "connect"]


def __getattr__(name: str):
    if name == "connect":
        from eventdb.local import connect

        return connect
    if name == "Client":
        from eventdb.client import Client

        return Client
    raise AttributeError(f"module 'eventdb' has no attribute {name!r}")
