"""eventdb: news articles in, CAMEO-coded political events out, queryable."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventdb")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

__all__ = ["__version__"]
