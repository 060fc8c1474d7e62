"""Command line: a thin layer over the library. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .errors import EXIT_CODE_HELP, ExitCode, LawreportError
from .load import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="lawreport",
    help="Turn Chinese rule-of-law government reports (法治政府建设报告) into validated, source-grounded records.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: ExitCode) -> None:
    """One line on stderr and a distinct exit code; never a traceback."""
    sys.stderr.write(f"lawreport: {message}\n")
    raise typer.Exit(int(code))


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"lawreport {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn Chinese rule-of-law government reports into validated, source-grounded records."""


@app.command(epilog="Exit codes:\n\n" + EXIT_CODE_HELP.replace("\n", "\n\n"))
def extract(
    path: str = typer.Argument(..., help="A report file (text, any common Chinese encoding), or - for stdin."),
    compact: bool = typer.Option(False, "--compact", help="One line of JSON instead of indented JSON."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
) -> None:
    """Extract one report's record (metrics, rates, documents, metadata) as JSON."""
    from .pipeline import extract_file

    try:
        report = extract_file(path, max_bytes=max_bytes)
    except LawreportError as exc:
        fail(str(exc), exc.code)
    data = report.model_dump_json(indent=None if compact else 2)
    _write_stdout(data + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record `extract` emits."""
    from .models import Report

    _write_stdout(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


def _write_stdout(data: str) -> None:
    try:
        sys.stdout.write(data)
        sys.stdout.flush()
    except BrokenPipeError:  # `lawreport extract … | head` closed the pipe: not an error of ours
        sys.stderr.close()
        raise typer.Exit(0) from None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
