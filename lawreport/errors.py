"""Input and output failures, each with its own exit code.

A batch user scripts around these codes, so they are stable and documented
(``lawreport extract --help`` lists them).
"""

from __future__ import annotations

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


EXIT_CODE_HELP = "\n".join(
    f"{code.value:>3}  {code.name.lower().replace('_', ' ')}" for code in ExitCode
)


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
