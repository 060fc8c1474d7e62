"""The `lawreport` command's entry, and what its commands share: one-line failures, writing stdout and files.

The most common call, `lawreport extract FILE` (a shell loop converting one report at
a time), is run here without building the typer app: parsing it needs no option
parser, and importing typer would be a fifth of its start-up. It runs `extract_one`,
the very function the typer command runs for one input's JSON; every other command
line, `--help` included, goes to the typer app (cli.py).
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from .errors import ExitCode, LawreportError, out_of_memory, printable
from .load import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS


def main() -> None:
    from .watchdog import collect_less

    collect_less()
    arguments = sys.argv[1:]
    if _one_file_as_json(arguments):
        extract_one(arguments[1])
        return
    from .cli import app

    app()


def run() -> NoReturn:
    """The installed command: `main`, then the end of the process without tearing down every object the run made
    (a twentieth of a single extract's instructions). The exit hooks run first (the pattern cache is saved at exit);
    the output is written and flushed by then. A command that fails or a typer command ends through SystemExit, as
    before."""
    main()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(0)


def _one_file_as_json(arguments: list[str]) -> bool:
    """`extract PATH` and nothing else, PATH a file or - (a folder is a batch): its JSON goes to stdout."""
    return (len(arguments) == 2 and arguments[0] == "extract"
            and (arguments[1] == "-" or not (arguments[1].startswith("-") or os.path.isdir(arguments[1]))))


def extract_one(path: str, *, output: Path | None = None, compact: bool = False,
                fields: Collection[str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                max_chars: int = DEFAULT_MAX_CHARS) -> None:
    """One input's record as JSON on stdout or in the file `output`: only its top-level `fields` if given."""
    from .emit import record_pieces
    from .engine import json_types_only
    from .pipeline import extract_record
    from .watchdog import freeze_loaded, uncollected

    freeze_loaded()
    # The collector held off until the record is written, as it is over the extraction (pipeline): back on as the
    # extraction ends, its first pass would walk the whole record once more (4% of 1 MB of one clause), which the
    # writing empties, dropping each of its containers by its reference count.
    with one_line_errors(path), spinner_while_large(path), uncollected():
        record = extract_record(Path(path), max_bytes=max_bytes, max_chars=max_chars)
        with json_types_only():  # the process writes this record alone
            # the record let go as it is written
            pieces = [*record_pieces(record, indent=None if compact else 2, fields=fields), b"\n"]
    if output is None:
        write_stdout(*pieces)
    else:
        write_file(output, *pieces)


def fail(message: str, code: ExitCode) -> NoReturn:
    """One line on stderr and a distinct exit code; never a traceback."""
    if sys.stderr is not None:
        sys.stderr.write(f"lawreport: {printable(message)}\n")
    raise SystemExit(int(code))


@contextmanager
def one_line_errors(name: str) -> Iterator[None]:
    """Every way reading and extracting `name` can fail, as one line and its exit code."""
    try:
        yield
    except LawreportError as exc:
        fail(str(exc), exc.code)
    except MemoryError:
        error = out_of_memory(name)
        fail(str(error), error.code)
    except KeyboardInterrupt:
        fail("interrupted", ExitCode.INTERRUPTED)


def catalog_or_fail() -> None:
    """Load the catalog up front, for a command that reads many inputs: a malformed one is one line and its exit
    code before any input is read, not a failure of each."""
    from .catalog import get_catalog

    with one_line_errors("catalog"):
        get_catalog()


# From about this size a file takes seconds to extract: long enough that a terminal should show work going on.
SPINNER_BYTES = 256 * 1024


@contextmanager
def spinner_while_large(path: str) -> Iterator[None]:
    """A spinner on stderr while a large file is extracted, when stderr is a terminal (never when piped)."""
    try:
        large = path != "-" and os.stat(path).st_size >= SPINNER_BYTES
    except OSError:  # reading it will say why
        large = False
    if not (large and sys.stderr is not None and sys.stderr.isatty()):
        yield
        return
    from rich.console import Console
    from rich.text import Text

    with Console(stderr=True).status(Text(f"extracting {printable(path)}")):
        yield


def write_stdout(*parts: str | bytes) -> None:
    """parts written to standard output in turn: text through sys.stdout, UTF-8 bytes straight to its buffer."""
    from .streams import stdout_buffer

    with one_line_errors("<stdout>"):
        buffer = stdout_buffer()
    with stdout_errors():
        for part in parts:
            if isinstance(part, bytes):
                sys.stdout.flush()
                buffer.write(part)
            else:
                sys.stdout.write(part)
        sys.stdout.flush()


def write_file(path: Path, *parts: str | bytes) -> None:
    """Write an output file atomically, creating missing folders; a failure is one line and exit code 10."""
    from .streams import output_stream

    try:
        with output_stream(path) as fh:
            for part in parts:
                fh.write(part if isinstance(part, bytes) else part.encode("utf-8"))
    except LawreportError as exc:
        fail(str(exc), exc.code)
    except OSError as exc:
        fail(f"{path}: cannot write ({exc.strerror or exc})", ExitCode.UNWRITABLE)


@contextmanager
def stdout_errors() -> Iterator[None]:
    """A closed pipe ends the run quietly (`lawreport … | head`); a full disk is exit code 10."""
    from .streams import release_stdout

    try:
        yield
    except BrokenPipeError:  # not an error of ours
        release_stdout()
        raise SystemExit(0) from None
    except OSError as exc:
        release_stdout()
        fail(f"<stdout>: cannot write ({exc.strerror or exc})", ExitCode.UNWRITABLE)
