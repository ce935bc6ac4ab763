"""Query parameters for the OpenAPI document.

Each endpoint's Router declares its parameters for the docs only: handlers read the raw
query and validate it with `eventdb.api.requests`, the same code the Python API uses, so
the documented vocabulary and the enforced one come from the same Spec list."""

from __future__ import annotations

from collections.abc import Iterable

from litestar.openapi.spec import Example
from litestar.params import QueryParameter

from eventdb.api.params import Spec


def documented(specs: Iterable[Spec]) -> dict[str, object]:
    parameters: dict[str, object] = {}
    for spec in specs:
        kind = list[str] | None if spec.many else str | None
        examples = [Example(value=spec.example)] if spec.example else None
        parameters[spec.name] = QueryParameter(
            annotation=kind,
            required=False,
            description=spec.description
            + (
                " Several values: repeat the parameter or separate with commas."
                if spec.many and spec.name != "q"
                else ""
            ),
            examples=examples,
        )
    return parameters
