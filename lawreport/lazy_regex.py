"""`regex` as the stages use it, its pattern parser imported only when a pattern is compiled.

Importing `regex` costs some 65 M instructions, an eighth of a single extract: the
package imports its parser, which is pure Python, and compiles a pattern as it loads.
A run whose patterns all come from the user cache (catalog.compile_cached) parses
none: it needs only regex's compiled engine, the extension `regex._regex`, to load
them and match with them. So the stages import this module under the name `regex`:

- the flags and `escape` are regex's own values and function, written here (a test
  compares them with regex's);
- `template` gives pattern.sub a function where regex would compile a template;
- `load` and `loads` read pickles holding patterns with the engine alone, and `dump`
  and `dumps` write them (which needs regex: only a run that built something writes);
- any other name (`regex.compile`, `regex.Pattern`, `regex.error`) imports regex on
  first use, so the module reads as regex wherever a stage uses it.
"""

from __future__ import annotations

import _pickle
import io
import os
import re
from collections.abc import Callable
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any, TypeGuard

from .extensions import compiled_module

if TYPE_CHECKING:
    from regex import Match, Pattern, compile, error, match, search  # noqa: F401 - the names the stages use

# regex's flags, as its RegexFlag gives them (those the stages use).
I = IGNORECASE = 0x2
M = MULTILINE = 0x8
S = DOTALL = 0x10
U = UNICODE = 0x20
X = VERBOSE = 0x40
A = ASCII = 0x80
V0 = VERSION0 = 0x2000

_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")  # what regex.escape escapes, besides white space
_GROUP_NUMBER = re.compile(r"\\([1-9])(?!\d)")  # \1 in a replacement template: the group of that number
_ENGINE = "regex._regex"  # where regex's compiled patterns say they were made (their pickles name its compile)
_HIGHEST_PROTOCOL = -1  # pickle.HIGHEST_PROTOCOL, as a pickler reads a negative protocol


def escape(text: str) -> str:
    """regex.escape(text): each special character and white space behind a backslash."""
    return "".join(f"\\{c}" if c in _METACHARS or c.isspace() else c for c in text)


def template(replacement: str) -> str | Callable[[Match], str]:
    """What pattern.sub is to take for ``replacement``: a function filling in its groups where it refers to them
    by one digit (\\1) and has no other backslash, else the string as it is. regex compiles a template with
    its parser, which a run would import for that alone."""
    if "\\" not in replacement:
        return replacement
    pieces = _GROUP_NUMBER.split(replacement)  # literal, group number, literal, …
    literals, groups = pieces[::2], [int(number) for number in pieces[1::2]]
    if any("\\" in literal for literal in literals):
        return replacement

    def filled(m: Match) -> str:
        return literals[0] + "".join((m[group] or "") + literal for group, literal in zip(groups, literals[1:]))

    return filled


def __getattr__(name: str) -> Any:
    """Any other name of regex, importing it on first use (and keeping the name here, found directly after)."""
    import regex

    value = getattr(regex, name)
    globals()[name] = value
    return value


def engine() -> ModuleType:
    """regex's compiled engine, loaded on its own while regex is not imported (extensions.compiled_module)."""
    return compiled_module(_ENGINE)


def engine_identity() -> str:
    """What a kept compiled pattern depends on: the engine's code format and its file, which another release replaces."""
    module = engine()
    try:
        status = os.stat(module.__file__ or "")
    except (OSError, TypeError):
        import regex

        return f"regex {regex.__version__}"
    return f"{module.MAGIC} {module.__file__} {status.st_size} {status.st_mtime_ns}"


def is_pattern(value: object) -> TypeGuard[Pattern]:
    """Whether value is a compiled regex pattern: told by its type's name (the engine's `Pattern`), which is not
    to be had without compiling one."""
    kind = type(value)
    return kind.__name__ == "Pattern" and kind.__module__ == "_regex"


class _Unpickler(_pickle.Unpickler):
    """Finds the engine's compile, which a pickled pattern names, without importing regex."""

    def find_class(self, module_name: str, name: str) -> Any:
        if module_name == _ENGINE:
            return getattr(engine(), name)
        return super().find_class(module_name, name)


def load(stream: IO[bytes]) -> object:
    """The object pickled in stream, its patterns rebuilt by the engine alone."""
    return _Unpickler(stream).load()


def loads(data: bytes) -> object:
    """The object pickled as data, its patterns rebuilt by the engine alone."""
    return _Unpickler(io.BytesIO(data)).load()


def dump(value: object, stream: IO[bytes]) -> None:
    """Pickle value to stream. A pattern pickles by regex's own rule, registered when regex is imported."""
    import regex  # noqa: F401 - registers how its patterns pickle

    _pickle.dump(value, stream, protocol=_HIGHEST_PROTOCOL)


def dumps(value: object) -> bytes:
    """value pickled, as dump writes it."""
    import regex  # noqa: F401 - registers how its patterns pickle

    return _pickle.dumps(value, protocol=_HIGHEST_PROTOCOL)
