"""pydantic-core's compiled validator and serializer, loaded without the Python package around it.

Importing the `pydantic_core` package defines its core-schema types (some eighty TypedDicts,
through typing_extensions) for type checkers: about a quarter of the instructions of a single
`lawreport extract`. Validating and writing the record needs only the compiled module the
package wraps, so that module is loaded by itself (extensions.compiled_module): when the
library's models import the package later, the package uses the same module.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING

from .extensions import compiled_module

_COMPILED = "pydantic_core._pydantic_core"

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator, ValidationError, __version__, to_json
else:
    _module = compiled_module(_COMPILED)
    SchemaValidator, ValidationError, to_json = _module.SchemaValidator, _module.ValidationError, _module.to_json
    __version__ = _module.__version__


# pydantic-core's first serialization looks up the types it writes besides JSON's own, importing the
# modules of two of them: uuid (and platform with it) and fractions, some 3% of a single extract's
# instructions. A record holds JSON's types alone (dicts, lists, str, numbers, bool, None).
_LOOKED_UP = {"uuid": "UUID", "fractions": "Fraction"}


class _NoValue:
    """A type of no value: what that lookup takes for UUID and Fraction under `json_types_only`.

    Kept for the process's life, as the lookup keeps it."""


@contextmanager
def json_types_only() -> Iterator[None]:
    """While in it, a first serialization looks up stand-ins for the modules of `_LOOKED_UP` not imported yet.

    Afterwards they import as usual, but to_json then writes no UUID or Fraction in this process: for
    a process that writes records alone (`lawreport extract FILE`). A serialization before it has made the
    lookup already, and the stand-ins change nothing.
    """
    stand_ins = {}
    for name, type_name in _LOOKED_UP.items():
        if name not in sys.modules:
            stand_ins[name] = ModuleType(name)
            setattr(stand_ins[name], type_name, _NoValue)
    sys.modules.update(stand_ins)
    try:
        yield
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


__all__ = ["SchemaValidator", "ValidationError", "__version__", "json_types_only", "to_json"]
