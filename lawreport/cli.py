"""Command line: a thin layer over the library. Data goes to stdout, messages to stderr."""

from __future__ import annotations

import json
import stat
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand

from . import __version__
from .console import (
    catalog_or_fail,
    extract_one,
    fail,
    main,  # noqa: F401 - the entry point's old home, which scripts installed before console.py call
    one_line_errors,
    spinner_while_large,
    stdout_errors,
    write_file,
    write_stdout,
)
from .errors import EXIT_CODE_HELP, ExitCode, LawreportError, printable
from .load import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS

MAX_CHARS_HELP = ("Refuse inputs whose text (what is read from a page, DOCX or PDF) is longer than this many "
                  "characters: text dense with figures takes up to ~1.1 KB of memory per character.")

app = typer.Typer(
    name="lawreport",
    help="Turn Chinese rule-of-law government reports (法治政府建设报告) into validated, source-grounded records.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class PanelCommand(TyperCommand):
    """Options listed under their `rich_help_panel` headings in plain-text help too.

    Typer draws panels only in its rich mode, whose boxes and colours this CLI leaves off
    so that help reads the same on a terminal, in a pipe and in a man-page-like dump.
    """

    def format_options(self, ctx: Any, formatter: Any) -> None:  # click's, vendored by newer typer releases
        arguments: list[tuple[str, str]] = []
        panels: dict[str, list[tuple[str, str]]] = {}
        for param in self.get_params(ctx):
            row = param.get_help_record(ctx)
            if row is None:
                continue
            if param.param_type_name == "argument":
                arguments.append(row)
            else:
                panels.setdefault(getattr(param, "rich_help_panel", None) or "Other options", []).append(row)
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        for title, rows in panels.items():
            with formatter.section(title):
                formatter.write_dl(rows)


def examples(*lines: str) -> str:
    """An epilog of example command lines, kept as written (click rewraps other paragraphs)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


INPUT, OUTPUT, BATCH, LIMITS = "Input", "Output", "Batch runs", "Extraction limits"


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"lawreport {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn Chinese rule-of-law government reports into validated, source-grounded records."""


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class CsvLayout(str, Enum):
    wide = "wide"
    long = "long"


# A format named by the suffix of -o; any other -o is a folder of JSON files.
_FORMAT_OF_SUFFIX = {".jsonl": Format.jsonl, ".ndjson": Format.jsonl, ".csv": Format.csv}


@app.command(cls=PanelCommand, epilog=examples(
    "lawreport extract report.txt                   # one record as indented JSON",
    "lawreport extract report.txt -o record.json",
    "lawreport extract reports/ -o records.jsonl    # a folder, one record a line",
    "lawreport extract reports/ -o out/ --skip-existing",
    "lawreport extract reports/ --format csv --bom -o table.csv",
) + "\n\nExit codes:\n\n" + EXIT_CODE_HELP.replace("\n", "\n\n"))
def extract(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH",
        help="Report files (text, any common Chinese encoding), folders (searched recursively), or - for stdin."),
    output: Path | None = typer.Option(
        None, "--output", "-o", rich_help_panel=OUTPUT,
        help="Instead of stdout: with --format json a folder receiving one NAME.json per input, mirroring each "
             "input's tree (reports/a/b.txt -> DIR/a/b.json), or for one input a file named *.json; with jsonl "
             "or csv one file. Without --format, the format follows its suffix (.jsonl, .ndjson, .csv; .json "
             "for one input; anything else is a folder of JSON). Missing folders are created."),
    fmt: Format | None = typer.Option(
        None, "--format", case_sensitive=False, rich_help_panel=OUTPUT,
        help="json: indented JSON (one input, or -o DIR); jsonl: one record a line, in input order (the default "
             "for several inputs or a folder); csv: RFC 4180, UTF-8, see --csv-layout."),
    csv_layout: CsvLayout = typer.Option(
        CsvLayout.wide, "--csv-layout", case_sensitive=False, rich_help_panel=OUTPUT,
        help="wide: a row per report, a column per headline metric for the report's year, chosen by the rule of "
             "`lawreport table` when a key is stated more than once (every value is in the JSON and the long "
             "layout); a notes column flags derived, approximate and target values. long: a row per metric, "
             "and per rate that is not a metric."),
    bom: bool = typer.Option(False, "--bom", rich_help_panel=OUTPUT,
                             help="Start the CSV with a byte-order mark, so Excel reads its Chinese text as UTF-8."),
    globs: list[str] | None = typer.Option(
        None, "--glob", metavar="PATTERN", rich_help_panel=INPUT,
        help="In folders, take the files matching PATTERN (repeatable) instead of every file of a format "
             "lawreport reads; without '/' it matches the name, with '/' the path under the folder. "
             "Hidden files are passed over."),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", min=1, rich_help_panel=BATCH,
        help="Processes converting in parallel [default: the CPUs available]. The output does not depend on it."),
    skip_existing: bool = typer.Option(
        False, "--skip-existing", rich_help_panel=BATCH,
        help="With -o DIR: leave out inputs whose NAME.json is there already, to resume an interrupted run "
             "(outputs are written atomically)."),
    errors: Path | None = typer.Option(
        None, "--errors", metavar="FILE", rich_help_panel=BATCH,
        help="Also write each failure to FILE as a JSON line: path, kind, message."),
    fail_fast: bool = typer.Option(False, "--fail-fast", rich_help_panel=BATCH,
                                   help="Stop at the first input that fails, with its exit code."),
    quiet: bool = typer.Option(False, "--quiet", "-q", rich_help_panel=BATCH,
                               help="No progress bar and no summary line; failures are still reported."),
    compact: bool = typer.Option(False, "--compact", rich_help_panel=OUTPUT,
                                 help="One line of JSON instead of indented JSON."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, rich_help_panel=LIMITS,
                                  help="Refuse inputs larger than this."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, rich_help_panel=LIMITS,
                                  help=MAX_CHARS_HELP),
    fields: list[str] | None = typer.Option(
        None, "--fields", metavar="NAMES", rich_help_panel=OUTPUT,
        help="Keep only these parts of one input's JSON record (repeatable or comma-separated): top-level "
             "fields such as metrics, rates, documents, or the group metadata; source is kept."),
) -> None:
    """Extract reports' records (metrics, rates, documents, metadata) as JSON, JSON Lines or CSV.

    One file gives its record as indented JSON. Several inputs give JSON Lines,
    one record a line in a fixed order (folders sorted by path); a file that
    fails is reported on stderr and the others go on, and the exit code is 1 when
    any failed. A progress bar shows on a terminal; a summary line ends the run.
    """
    single = len(paths) == 1 and (paths[0] == "-" or not Path(paths[0]).is_dir())
    if output is not None and str(output) == "-":
        output = None
    if fmt is None:
        fmt = _FORMAT_OF_SUFFIX.get(output.suffix.lower(), Format.json) if output else (
            Format.json if single else Format.jsonl)
        if output is not None and _is_stream(output):  # a device or FIFO cannot be a folder
            fmt = Format.jsonl
    # one input and -o NAME.json: the record goes to that file, not to a folder of that name
    one_file = (single and fmt is Format.json and output is not None and output.suffix.lower() == ".json"
                and not output.is_dir())
    if fields and not (single and fmt is Format.json and (output is None or one_file)):
        fail("--fields applies to one input's JSON (on stdout or -o NAME.json)", ExitCode.USAGE)
    if single and fmt is Format.json and (output is None or one_file) and not (errors or skip_existing or bom):
        include = None
        if fields:
            from .emit import record_fields

            try:
                include = set(record_fields(fields))
            except ValueError as exc:
                fail(str(exc), ExitCode.USAGE)
        extract_one(paths[0], output=output, compact=compact, fields=include, max_bytes=max_bytes,
                    max_chars=max_chars)
        return
    per_file = fmt is Format.json and output is not None and not one_file
    if fmt is Format.json and not (single or per_file):
        fail("several inputs as --format json need -o DIR (one file each); or use --format jsonl", ExitCode.USAGE)
    if per_file and output is not None and output.exists() and not output.is_dir():
        fail(f"{output}: is a file; --format json writes a folder of NAME.json", ExitCode.USAGE)
    if not per_file and output is not None and output.is_dir():
        fail(f"{output}: is a folder; --format {fmt.value} writes one file", ExitCode.USAGE)
    if skip_existing and not per_file:
        fail("--skip-existing resumes a run writing -o DIR with --format json", ExitCode.USAGE)
    if bom and fmt is not Format.csv:
        fail("--bom applies to --format csv", ExitCode.USAGE)
    from .batch import available_cpus, run

    catalog_or_fail()
    form = {Format.json: "jsonl" if compact else "json", Format.jsonl: "jsonl", Format.csv: csv_layout.value}[fmt]
    raise typer.Exit(run(
        paths, form=form, output=output, per_file=per_file, globs=globs or (),
        jobs=1 if single else jobs or available_cpus(),
        max_bytes=max_bytes, max_chars=max_chars, skip_existing=skip_existing, errors=errors, fail_fast=fail_fast, quiet=quiet, bom=bom,
        single=single,
    ))


@app.command(epilog=examples("lawreport schema > report.schema.json"))
def schema() -> None:
    """Print the JSON Schema of the record `extract` emits."""
    from .models import Report

    write_stdout(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command(epilog=examples(
    "lawreport show report.txt | less -R",
    "lawreport show report.txt --html pages/report.html",
))
def show(
    path: str = typer.Argument(..., help="A report file (text, any common Chinese encoding), or - for stdin."),
    html: Path | None = typer.Option(
        None, "--html", help="Write a self-contained HTML evidence page here instead ('-' for stdout)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help=MAX_CHARS_HELP),
) -> None:
    """Show one report's record with the sentence behind every value (plain text when piped)."""
    from . import watchdog
    from .load import load
    from .pipeline import build_report

    with one_line_errors(path):
        source = load(path, max_bytes=max_bytes, max_chars=max_chars)
        # one time limit for extracting and rendering; build_report's own timer defers to this one
        with watchdog.deadline(watchdog.budget(len(source.text)), source.path or "<stdin>"):
            with spinner_while_large(path):
                report = build_report(source)
            if html is None:
                _print_view(report, source.text)
                return
            from .htmlview import render_html

            page = render_html(report, source.text)
    if str(html) == "-":
        write_stdout(page)
        return
    write_file(html, page)
    if sys.stderr is not None:
        sys.stderr.write(f"lawreport: wrote {printable(str(html))}\n")


def _print_view(report, text: str) -> None:
    from rich.console import Console  # deferred: rich costs start-up time the other commands need not pay

    from .show import render
    from .streams import stdout_buffer

    class ViewConsole(Console):
        def on_broken_pipe(self) -> None:  # rich's own exits with 1; a closed pipe is no error of ours
            self.quiet = True
            raise BrokenPipeError

    stdout_buffer()  # a closed standard output is an error, not a view rendered to nothing
    with stdout_errors():
        render(report, text, ViewConsole())
        sys.stdout.flush()


@app.command("eval", epilog=examples(
    "lawreport eval gold/ --docs docs/",
    "lawreport eval gold/ --docs docs/ --json --min-f1 0.6   # a gate in CI",
))
def eval_(
    gold_dir: Path = typer.Argument(..., help="A folder of gold *.json files (the format of spec/metrics.md)."),
    docs: Path = typer.Option(..., "--docs", help="The folder holding the documents the gold files name."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    min_f1: float | None = typer.Option(None, "--min-f1", min=0, max=1, help="Exit 1 if headline F1 is lower."),
    min_recall: float | None = typer.Option(None, "--min-recall", min=0, max=1,
                                               help="Exit 1 if headline recall is lower."),
    min_precision: float | None = typer.Option(None, "--min-precision", min=0, max=1,
                                                  help="Exit 1 if headline precision is lower."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Leave out the list of misses and false positives."),
) -> None:
    """Score extraction against gold files: P/R/F1 per key, metadata accuracy per field, both per gold kind,
    every miss and false positive.

    The last line is the reference scorer's score line, character for character.
    """
    from .evaluate import evaluate, render_text, threshold_failures, to_json
    from .pipeline import extract_record

    if not gold_dir.is_dir():
        fail(f"{gold_dir}: no such folder", ExitCode.NOT_FOUND)
    catalog_or_fail()
    try:
        result = evaluate(gold_dir, docs, extract_record)
    except FileNotFoundError as exc:
        fail(f"{exc.filename}: no such file" if exc.filename else str(exc), ExitCode.NOT_FOUND)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        fail(f"cannot read the gold files: {exc!r}", ExitCode.UNREADABLE)
    if as_json:
        write_stdout(json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n")
    else:
        write_stdout(render_text(result, verbose=not quiet))
    failures = threshold_failures(result, min_f1=min_f1, min_precision=min_precision, min_recall=min_recall)
    if failures:
        fail("; ".join(failures), ExitCode.SOME_FAILED)


@app.command("table", epilog=examples(
    "lawreport table reports/ -o table.csv --findings findings.csv",
    "lawreport extract reports/ -o records.jsonl && lawreport table records.jsonl --wide",
))
def table_(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH", help="Report files or folders (extracted now), or .jsonl files of records "
                                 "written by `extract --format jsonl` (read as they are)."),
    fmt: str = typer.Option("csv", "--format", help="csv (LF line ends), jsonl, or sqlite (needs -o)."),
    output: str | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    wide: bool = typer.Option(False, "--wide", help="A row per region × year: a column per key and a KEY_source "
                                                    "column saying where its value came from."),
    findings: str | None = typer.Option(None, "--findings", metavar="FILE",
                                           help="Write the findings (conflicting values, restatements) as CSV."),
    bom: bool = typer.Option(False, "--bom", help="Start the CSV with a byte-order mark (for Excel)."),
    headers: str = typer.Option("en", "--headers", help="en, or zh for Chinese column headers."),
    plot_to: str | None = typer.Option(None, "--plot", metavar="OUT.png|svg",
                                          help="Also draw each region's rates across years (needs lawreport[plot])."),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="Processes extracting reports in parallel "
                                                                        "[default: the CPUs available]."),
) -> None:
    """One row per region × year × metric across reports, each value with its evidence and source.

    Where reports restate a year, the report about that year wins, then the latest
    published; disagreements and a report's own conflicting values are findings
    (a summary on stderr, every one with --findings).
    """
    from .table import run

    try:
        out, code = run(paths, fmt=fmt, output=output, wide=wide, findings=findings, bom=bom, headers=headers,
                        plot_to=plot_to, jobs=jobs, say=lambda line: sys.stderr.write(f"lawreport: {line}\n"))
    except LawreportError as exc:
        fail(str(exc), exc.code)
    write_stdout(out)
    raise typer.Exit(int(code))


def _is_stream(path: Path) -> bool:
    """A character device or a FIFO (/dev/null, /dev/stdout, a named pipe): written to, never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


