"""Input and output failures, each with its own exit code.

A batch user scripts around these codes, so they are stable and documented
(``lawreport extract --help`` lists them).
"""

from __future__ import annotations

import functools
import re
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    SOME_FAILED = 1  # a batch where at least one input failed
    USAGE = 2  # bad command-line arguments (typer/click's own code)
    NOT_FOUND = 3
    IS_DIRECTORY = 4
    EMPTY = 5
    BINARY = 6
    UNDECODABLE = 7
    TOO_LARGE = 8
    UNREADABLE = 9
    UNWRITABLE = 10
    MISSING_EXTRA = 11
    TIMEOUT = 12
    CATALOG = 13  # the catalog file named by LAWREPORT_CATALOG is malformed or lacks what the stages need
    INTERRUPTED = 130  # Ctrl-C or SIGTERM: the shell's code for a run stopped by SIGINT


EXIT_CODE_HELP = "\n".join(
    f"{code.value:>3}  {code.name.lower().replace('_', ' ')}" for code in ExitCode
)


def out_of_memory(name: str) -> LawreportError:
    """The error for a MemoryError: the input is too large for this machine, which is a size problem."""
    return LawreportError(f"{name}: larger than the memory available can extract (lower --max-chars, or split "
                          "the report)", ExitCode.TOO_LARGE)


class LawreportError(Exception):
    """A failure the user can act on: one line of text and an exit code, never a traceback."""

    code: ExitCode = ExitCode.UNREADABLE

    def __init__(self, message: str, code: ExitCode | None = None):
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def kind(self) -> str:
        return self.code.name.lower()


@functools.cache
def _unprintable() -> re.Pattern[str]:
    """C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that reorder
    what a terminal shows: compiled on first use, since a run that fails nothing prints no name (~0.3 ms)."""
    return re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""`text` safe for a terminal or a log line: each control character as a visible escape (\x1b, \n, \u202e).

    A report's text or a file's name may hold ESC sequences that would drive the
    terminal, or a line break that would split a one-line message.
    """
    return _unprintable().sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return {9: "\\t", 10: "\\n", 13: "\\r"}.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def text_too_long(name: str, max_chars: int) -> LawreportError:
    """The error of a reader whose text outgrows `max_chars` (exit code 8, like a file too large)."""
    return LawreportError(f"{name}: its text is larger than the limit of {max_chars} characters "
                          "(raise it with --max-chars)", ExitCode.TOO_LARGE)
