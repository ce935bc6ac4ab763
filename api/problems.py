"""Every error as an RFC 9457 problem document (application/problem+json).

Clients get one error shape from every endpoint, whatever raised it: our own checks, a
query that ran too long, Litestar's routing and body limits, or a bug (500, details only
in the server log).
"""

from __future__ import annotations

import logging

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException

from eventdb.api.execute import QueryTimeout, ResultTooLarge
from eventdb.api.params import InvalidParameters, ParamError
from eventdb.api.sandbox import SqlRejected

MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("eventdb.api")


class Problem(Exception):
    """An error with an HTTP status, a stable type URI and a human-readable detail."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str,
        *,
        kind: str | None = None,
        errors: list[ParamError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.kind = kind
        self.errors = errors
        self.headers = headers or {}

    def body(self, instance: str | None = None) -> bytes:
        document: dict[str, object] = {
            "type": f"urn:eventdb:problem:{self.kind}" if self.kind else "about:blank",
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            document["instance"] = instance
        if self.errors is not None:
            document["errors"] = self.errors
        return msgspec.json.encode(document)


def problem_response(problem: Problem, instance: str | None = None) -> Response:
    return Response(
        problem.body(instance),
        status_code=problem.status,
        media_type=MEDIA_TYPE,
        headers=problem.headers,
    )


def invalid(errors: list[ParamError]) -> Problem:
    names = ", ".join(dict.fromkeys(e.parameter for e in errors))
    return Problem(
        400, "Invalid parameters", f"check {names}", kind="invalid-parameters", errors=errors
    )


def _on_problem(request: Request, exc: Problem) -> Response:
    return problem_response(exc, request.url.path)


def _on_invalid(request: Request, exc: InvalidParameters) -> Response:
    return problem_response(invalid(exc.errors), request.url.path)


def _on_timeout(request: Request, exc: QueryTimeout) -> Response:
    problem = Problem(408, "Query timed out", str(exc), kind="query-timeout")
    return problem_response(problem, request.url.path)


def _on_rejected(request: Request, exc: SqlRejected) -> Response:
    problem = Problem(400, "SQL not allowed", str(exc), kind="sql-rejected")
    return problem_response(problem, request.url.path)


def _on_validation(request: Request, exc: ValidationException) -> Response:
    errors = []
    for item in exc.extra if isinstance(exc.extra, list) else []:
        if isinstance(item, dict):
            where = str(item.get("key") or item.get("source") or "body")
            errors.append(ParamError(where, str(item.get("message", "invalid")), "see /docs"))
    problem = Problem(400, "Invalid request", exc.detail, kind="invalid-request", errors=errors)
    return problem_response(problem, request.url.path)


def _on_http(request: Request, exc: HTTPException) -> Response:
    status = exc.status_code
    title = {404: "Not found", 405: "Method not allowed", 413: "Request body too large"}.get(
        status, "Request failed"
    )
    headers = dict(exc.headers or {})
    problem = Problem(status, title, exc.detail, headers=headers)
    return problem_response(problem, request.url.path)


def _on_too_large(request: Request, exc: ResultTooLarge) -> Response:
    problem = Problem(
        413,
        "Result too large",
        f"{exc}; select fewer or smaller columns, or aggregate",
        kind="result-too-large",
    )
    return problem_response(problem, request.url.path)


def _on_recursion(request: Request, exc: RecursionError) -> Response:
    # msgspec gives up on deeply nested JSON with RecursionError, which Litestar's body
    # decoding does not turn into a 400 itself
    problem = Problem(
        400, "Invalid request", "the JSON body is nested too deeply", kind="invalid-request"
    )
    return problem_response(problem, request.url.path)


def _on_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    problem = Problem(500, "Internal error", "the server failed; the error is in its log")
    return problem_response(problem, request.url.path)


EXCEPTION_HANDLERS = {
    Problem: _on_problem,
    InvalidParameters: _on_invalid,
    QueryTimeout: _on_timeout,
    SqlRejected: _on_rejected,
    ValidationException: _on_validation,
    HTTPException: _on_http,
    RecursionError: _on_recursion,
    ResultTooLarge: _on_too_large,
    Exception: _on_error,
}
