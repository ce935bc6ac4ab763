"""An EventFilter as a SQL WHERE clause over `events AS e`, with every value a parameter.

Only column names and operators written here reach the SQL text; whatever the caller sent
travels as a bound parameter, so no filter value can change the shape of a query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventdb.api.params import EventFilter


@dataclass
class Where:
    """Conditions joined with AND, and the parameters their placeholders take, in order."""

    conditions: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, condition: str, *params: object) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.conditions) if self.conditions else "true"


def _prefix(column: str) -> str:
    # LIKE with a constant prefix lets DuckDB push the test into the scan; codes hold only
    # letters and digits (checked in params), so no value can carry a wildcard.
    return f"{column} LIKE ?"


def _any(conditions: list[str]) -> str:
    return conditions[0] if len(conditions) == 1 else "(" + " OR ".join(conditions) + ")"


def _in(column: str, count: int) -> str:
    return f"{column} IN ({', '.join('?' * count)})" if count > 1 else f"{column} = ?"


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where(f: EventFilter, alias: str = "e") -> Where:
    w = Where()
    c = f"{alias}."
    if f.start:
        w.add(f"{c}event_date >= ?", f.start)
    if f.end:
        w.add(f"{c}event_date <= ?", f.end)
    for column, prefixes in (("source_code", f.source), ("target_code", f.target)):
        if prefixes:
            w.add(_any([_prefix(c + column)] * len(prefixes)), *[p + "%" for p in prefixes])
    if f.actor:
        both = [_prefix(c + "source_code"), _prefix(c + "target_code")] * len(f.actor)
        w.add(_any(both), *[p + "%" for p in f.actor for _ in range(2)])
    for column, values in (
        ("source_country", f.source_country),
        ("target_country", f.target_country),
        ("root_code", f.root),
        ("quad_class", f.quad_class),
        ("article_id", f.article_id),
        ("modality", f.modality),
        ("dataset", f.dataset),
        ("geo_country", f.geo_country),
    ):
        if values:
            w.add(_in(c + column, len(values)), *values)
    if f.role:
        roles = list(f.role)
        w.add(
            f"(list_has_any({c}source_roles, ?::VARCHAR[])"
            f" OR list_has_any({c}target_roles, ?::VARCHAR[]))",
            roles,
            roles,
        )
    if f.code:
        w.add(_any([_prefix(c + "event_code")] * len(f.code)), *[p + "%" for p in f.code])
    if f.goldstein_min is not None:
        w.add(f"{c}goldstein >= ?", f.goldstein_min)
    if f.goldstein_max is not None:
        w.add(f"{c}goldstein <= ?", f.goldstein_max)
    if f.q:
        texts = " OR ".join(["s.text ILIKE ? ESCAPE '\\'"] * len(f.q))
        w.add(
            f"EXISTS (SELECT 1 FROM sentences AS s WHERE s.article_id = {c}article_id"
            f" AND s.sentence_index = {c}sentence_index AND ({texts}))",
            *[f"%{_like_escape(t)}%" for t in f.q],
        )
    return w
