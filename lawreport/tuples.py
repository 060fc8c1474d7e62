"""Named tuples built from the tuple of their fields, in C.

A NamedTuple's own ``__new__`` is a Python function that takes each field as an argument (some 1,400
instructions a call, more again with keywords), and the stages make one for every number, line, heading,
name and document they find. ``tuple.__new__(cls, fields)`` builds the same object without it: the fields
are given in the class's order, all of them, and nothing checks their count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, TypeVar

T = TypeVar("T", bound=tuple)

# Called as new_tuple(cls, fields) where one loop makes a great many (a quantity per number, a hit per place
# name): a maker's partial costs each call about a tenth more.
new_tuple = tuple.__new__


def maker(cls: type[T]) -> Callable[[Iterable[Any]], T]:
    """A builder of ``cls`` from the tuple of its fields: ``maker(Line)((start, end, text, …))``."""
    return partial(tuple.__new__, cls)
