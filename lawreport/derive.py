"""What a stage builds from the catalog (patterns, word tables), kept until the catalog changes.

Stages read the catalog when they run, through get_catalog(), never from a
value taken at import: so LAWREPORT_CATALOG set before the first use, or a
test that clears get_catalog's cache and points it at another file, is what
they see. Something costly to build from the catalog (a compiled pattern) is
remembered with the catalog it came from and rebuilt when get_catalog()
returns another one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from .catalog import Catalog, MetricRule, get_catalog

T = TypeVar("T")


def from_catalog(build: Callable[[Catalog], T]) -> Callable[[], T]:
    """`build` applied to the current catalog, built once per catalog."""
    last: list[tuple[Catalog, T]] = []  # one (catalog, built) pair, replaced whole: safe across threads

    @functools.wraps(build)
    def current() -> T:
        catalog = get_catalog()
        if last and last[0][0] is catalog:
            return last[0][1]
        built = build(catalog)
        last[:] = [(catalog, built)]
        return built

    return current


@from_catalog
def rules_by_key(catalog: Catalog) -> dict[str, tuple[MetricRule, ...]]:
    """Each key's rules in the catalog's order, the first being the one `Catalog.rule` gives (行政复议办结数: 审结…,
    作出复议决定…)."""
    rules: dict[str, tuple[MetricRule, ...]] = {}
    for rule in catalog.rules:
        rules[rule.key] = (*rules.get(rule.key, ()), rule)
    return rules
