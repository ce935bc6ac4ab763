"""The HTTP API (`eventdb serve`) and the query layer it shares with `eventdb.connect`.

Modules that build and run queries (params, requests, filters, queries, execute, formats)
import no web framework, so the Python API can use them without Litestar; the `http_*`
modules, `app` and `server` are the web side.
"""
