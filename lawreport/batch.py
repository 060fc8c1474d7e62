"""Batch conversion: files and folders in; JSON Lines, CSV or one JSON file per input out.

The pieces, each usable alone:

- `discover` walks the inputs in a sorted, reproducible order, safe against
  symlink loops, converting each file once.
- `convert` turns one input into rendered text or an error record; it never
  raises, so one bad file never stops a batch.
- `convert_all` runs `convert` in a process pool and yields outcomes in input
  order, with a bounded number in flight: output order does not depend on the
  number of jobs, and memory does not grow with the number of files. Workers
  get paths and send back the rendered record's UTF-8 bytes, not models or
  text: pickling bytes is a copy, so the process writing the output does
  little more per file than write it.
- `run` wires them for the command line: sinks, skip-existing, error records,
  progress and the exit code.
"""

from __future__ import annotations

import fnmatch
import json
import os
import signal
import stat
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from .errors import ExitCode, LawreportError, out_of_memory, printable
from .load import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS
from .streams import atomic_open, output_stream, release_stdout, stdout_buffer
from .watchdog import collect_less

FORMS = ("json", "jsonl", "wide", "long")
# Formats lawreport does not read that a word processor saves as one it does: the summary of a folder run says so.
CONVERT_FIRST = {".doc": ".docx", ".wps": ".docx", ".rtf": ".docx"}  # indented JSON, one-line JSON, CSV per report, CSV per fact
INTERRUPTED = ExitCode.INTERRUPTED


@dataclass(frozen=True, slots=True)
class Item:
    """One input: the path to read, and its path relative to its input root (for `-o DIR`)."""

    path: str
    rel: str
    size: int = 0
    problem: LawreportError | None = None  # found while walking: a folder that cannot be listed or holds nothing


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its rendered record (UTF-8), or why there is none."""

    item: Item
    payload: bytes = b""
    metrics: int = 0
    kind: str | None = None  # None when converted; else the error kind (an exit code's name, or "internal")
    message: str = ""
    code: int = ExitCode.OK

    @property
    def ok(self) -> bool:
        return self.kind is None

    def error_record(self) -> str:
        return json.dumps({"path": self.item.path, "kind": self.kind, "message": self.message}, ensure_ascii=False)


# An Outcome's fields after its item: (payload, metrics) for a record, (b"", 0, kind, message, code) for a failure.
# What a worker sends back per input: the parent holds the items.
Result = tuple[bytes, int] | tuple[bytes, int, str, str, int]


def failed(exc: LawreportError) -> Result:
    return b"", 0, exc.kind, str(exc), exc.code


def failure(item: Item, exc: LawreportError) -> Outcome:
    return Outcome(item, *failed(exc))


# Discovery ------------------------------------------------------------------


def discover(inputs: Iterable[str], globs: Sequence[str] = (), exclude: str | os.PathLike[str] | None = None,
             passed_over: Counter[str] | None = None) -> Iterator[Item]:
    """Yield the files to convert: named files as given, folders walked recursively in sorted order.

    In folders, hidden entries (a leading dot) and anything but regular files
    are passed over, and a file is taken when its suffix is one lawreport reads
    or, with `globs`, when it matches one: a pattern without '/' matches the file
    name, one with '/' the path under the folder (where '*' also matches '/').
    A file or folder reached twice (named twice, or through a symlink) counts
    once, which also makes symlink loops harmless. `exclude` is a folder never
    entered (the output folder). A named path that cannot be read is yielded all
    the same: reading it reports why. Without `globs`, `passed_over` counts the
    files of a folder left out for their format, by lower-case suffix, so the
    summary can say what was not read (hidden files are not counted).
    """
    from .formats import READABLE_SUFFIXES

    def wanted(rel: str, name: str) -> bool:
        if not globs:
            suffix = os.path.splitext(name)[1].lower()
            if suffix in READABLE_SUFFIXES:
                return True
            if passed_over is not None:
                passed_over[suffix] += 1
            return False
        return any(fnmatch.fnmatchcase(rel if "/" in pattern else name, pattern) for pattern in globs)

    seen: set[tuple[int, int]] = set()
    if exclude is not None:
        try:
            st = os.stat(exclude)
            seen.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    for given in inputs:
        if given == "-":
            yield Item("-", "stdin")
            continue
        try:
            st = os.stat(given)
        except OSError:
            yield Item(given, os.path.basename(given.rstrip("/\\")) or given)
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue
        seen.add(key)
        if not stat.S_ISDIR(st.st_mode):
            yield Item(given, os.path.basename(given), st.st_size)
            continue
        found = False
        for item in _walk(given, wanted, seen):
            found = True
            yield item
        if not found:
            which = (f"matching {' or '.join(globs)}" if globs else
                     f"named *{', *'.join(sorted(READABLE_SUFFIXES))} (choose others with --glob)")
            yield Item(given, "", problem=LawreportError(f"{given}: is a directory holding no file {which}",
                                                         ExitCode.IS_DIRECTORY))


def _walk(root: str, wanted: Callable[[str, str], bool], seen: set[tuple[int, int]]) -> Iterator[Item]:
    """Depth first, entries sorted by name: the order of the sorted relative paths."""
    stack = [("", _listing(root))]
    while stack:
        rel, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if isinstance(entry, LawreportError):
            yield Item(os.path.join(root, rel) if rel else root, rel, problem=entry)
            continue
        if entry.name.startswith("."):
            continue
        child = f"{rel}/{entry.name}" if rel else entry.name
        try:
            st = entry.stat()
        except OSError:  # a dangling symlink, or gone since the listing: reading it says which
            if wanted(child, entry.name):
                yield Item(entry.path, child)
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue
        if stat.S_ISDIR(st.st_mode):
            seen.add(key)
            stack.append((child, _listing(entry.path)))
        elif stat.S_ISREG(st.st_mode) and wanted(child, entry.name):
            seen.add(key)
            yield Item(entry.path, child, st.st_size)


def _listing(folder: str) -> Iterator[os.DirEntry[str] | LawreportError]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return iter([LawreportError(f"{folder}: cannot list this folder ({exc.strerror or exc})",
                                    ExitCode.UNREADABLE)])
    return iter(entries)


# Conversion -----------------------------------------------------------------


def header(form: str) -> str:
    """The CSV header line of `form` ('' for JSON)."""
    if form not in ("wide", "long"):
        return ""
    from .emit import LONG_COLUMNS, csv_text, wide_columns

    return csv_text([wide_columns() if form == "wide" else LONG_COLUMNS])


def render(path: str, form: str, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
           ) -> tuple[bytes, int]:
    """One input's record in `form` as UTF-8, ending with a line break, and how many metrics it holds.

    JSON is written from the plain record (no models built) in pieces, each part of the record let go once
    written (emit.record_pieces); CSV from the Report.
    """
    if form in ("json", "jsonl"):
        from .emit import record_pieces
        from .pipeline import extract_record

        record = extract_record(Path(path), max_bytes=max_bytes, max_chars=max_chars)
        metrics = len(record["metrics"])
        return b"".join([*record_pieces(record, indent=2 if form == "json" else None), b"\n"]), metrics
    from .emit import csv_text, long_rows, wide_row
    from .pipeline import extract_file

    report = extract_file(Path(path), max_bytes=max_bytes, max_chars=max_chars)
    return (csv_text([wide_row(report)] if form == "wide" else long_rows(report)).encode("utf-8"),
            len(report.metrics))


def convert(item: Item, form: str, max_bytes: int = DEFAULT_MAX_BYTES, max_chars: int = DEFAULT_MAX_CHARS
            ) -> Outcome:
    """Read, extract and render one input. Never raises: a failure is an Outcome too."""
    return Outcome(item, *result(item, form, max_bytes, max_chars))


def result(item: Item, form: str, max_bytes: int, max_chars: int) -> Result:
    """What `convert` makes of `item`, without the item."""
    return failed(item.problem) if item.problem is not None else converted(item.path, form, max_bytes, max_chars)


def converted(path: str, form: str, max_bytes: int, max_chars: int) -> Result:
    """`render`, or why it failed. Never raises."""
    try:
        return render(path, form, max_bytes, max_chars)
    except LawreportError as exc:
        return failed(exc)
    except MemoryError:
        return failed(out_of_memory(path))
    except Exception as exc:  # noqa: BLE001 - a bug met on one input costs that input, not the batch
        return b"", 0, "internal", f"{path}: internal error ({type(exc).__name__}: {exc})", ExitCode.SOME_FAILED


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def convert_all(items: Iterable[Item], form: str, *, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                max_chars: int = DEFAULT_MAX_CHARS, group: int = 16, window: int | None = None,
                notice: Callable[[str], None] | None = None) -> Generator[Outcome, None, None]:
    """Convert `items` with `jobs` processes, yielding outcomes in input order.

    Workers take `group` inputs at a time (fewer at the end), to spread the
    cost of handing out a task and taking back its results over many files:
    the parent's threads wake for each group. At most `window` groups (default
    4 per job) are in flight, so a slow file holds up the output but never lets
    finished records pile up. Standard input is read here, in this process, and
    an input with a problem found while walking needs no worker. Closing the
    iterator before the end (Ctrl-C, --fail-fast) stops the workers at once,
    busy or not. When worker processes cannot start (no /dev/shm), `notice` is
    told why and the inputs are converted in this process.
    """
    # Loaded once, here: a broken catalog stops the run rather than failing every file, and workers fork with it.
    from . import pipeline  # noqa: F401

    pool = None
    if jobs > 1:
        try:
            pool = _pool(jobs)
        except OSError as exc:
            if notice is not None:
                notice(f"cannot start worker processes ({exc.strerror or exc}; is /dev/shm missing?): "
                       "converting in this process")
    if pool is None:
        for item in items:
            yield convert(item, form, max_bytes, max_chars)
        return
    from concurrent.futures import Future

    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    window = window or 4 * jobs
    finished = False

    def outcomes() -> Iterator[Outcome]:
        chunk, future = pending.popleft()
        for item, result in zip(chunk, future.result(), strict=True):
            yield Outcome(item, *result)

    try:
        for chunk in _groups(items, group, jobs):
            if _here(chunk[0]):
                future: Future[list[Result]] = Future()
                future.set_result([result(chunk[0], form, max_bytes, max_chars)])
            else:
                future = pool.submit(convert_group, [item.path for item in chunk], form, max_bytes, max_chars)
            pending.append((chunk, future))
            if len(pending) >= window:
                yield from outcomes()
        while pending:
            yield from outcomes()
        finished = True
    finally:
        if not finished:  # a busy worker may take minutes on its file, or wait on a FIFO for ever
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
            _close_result_pipe(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def _close_result_pipe(pool) -> None:
    """Close this process's end for writing of the pipe that brings results back.

    A worker stopped while it sends a group's records (hundreds of KB, more than
    a pipe holds) leaves half a message, which the pool's thread would wait for
    ever to complete; with no writer left once the workers are gone, it reads the
    end of the pipe instead and the pool shuts down.
    """
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


def convert_group(paths: list[str], form: str, max_bytes: int, max_chars: int = DEFAULT_MAX_CHARS) -> list[Result]:
    """A worker's task: the results of `paths`, in order."""
    return [converted(path, form, max_bytes, max_chars) for path in paths]


def _here(item: Item) -> bool:
    """Converted by the parent: standard input, which only the parent reads, or a problem found while walking."""
    return item.path == "-" or item.problem is not None


def _groups(items: Iterable[Item], size: int, jobs: int) -> Iterator[list[Item]]:
    """Consecutive groups of up to `size` items for `jobs` workers; an input converted `_here` makes a group of its own.

    The walk runs `2 * jobs * size` items ahead, so the end is seen coming: the last items go out in
    shrinking groups (a share of what is left), and the workers finish together, as they do on a small batch.
    """
    walk = iter(items)
    ahead: deque[Item] = deque()
    walked = False
    while True:
        while not walked and len(ahead) < 2 * jobs * size:
            item = next(walk, None)
            if item is None:
                walked = True
            else:
                ahead.append(item)
        if not ahead:
            return
        if _here(ahead[0]):
            yield [ahead.popleft()]
            continue
        share = size if not walked else min(size, max(1, len(ahead) // (2 * jobs)))
        chunk = [ahead.popleft()]
        while ahead and len(chunk) < share and not _here(ahead[0]):
            chunk.append(ahead.popleft())
        yield chunk


def _pool(jobs: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork starts workers in milliseconds; it is safe here because this process runs no other thread
    # when the pool forks (the progress bar refreshes from this thread).
    context = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init, initargs=(os.getpid(),))


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _worker_init(parent: int) -> None:
    """Ctrl-C reaches every process of the terminal: the parent decides, and stops the workers itself.

    A worker also ends with its parent: killed outright (kill -9), the parent can
    stop no one, and a worker left running would hold the output pipe open
    (`lawreport extract DIR | wc -c` would never end).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    collect_less()  # inherited through fork; a spawned worker starts with the default schedule
    if sys.platform == "linux":
        import ctypes

        try:
            asked = ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            asked = False
        if asked:
            if os.getppid() != parent:  # the parent died before the request
                os._exit(1)
            return
    threading.Thread(target=_exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """Where prctl is not available: look for the parent twice a second."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


# Output ---------------------------------------------------------------------


class StreamSink:
    """JSON Lines or CSV into one stream: standard output, or a file written atomically."""

    def __init__(self, fh: BinaryIO, form: str, bom: bool = False):
        self.fh = fh
        self.fh.write(("\ufeff" if bom else "").encode("utf-8") + header(form).encode("utf-8"))
        self.fh.flush()

    def done(self, item: Item) -> bool:
        return False

    def claim(self, item: Item) -> Item:
        return item

    def write(self, outcome: Outcome) -> Outcome:
        self.fh.write(outcome.payload)
        self.fh.flush()  # a reader downstream (jq, head) gets each record as it is made
        return outcome


class FolderSink:
    """One NAME.json per input under `root`, mirroring the input's path under its root."""

    def __init__(self, root: Path):
        self.root = root
        self.owners: dict[Path, str] = {}  # output → input, to refuse two inputs sharing an output

    def target(self, item: Item) -> Path:
        return self.root / Path(item.rel).with_suffix(".json")

    def done(self, item: Item) -> bool:
        return item.problem is None and self.target(item).is_file()

    def claim(self, item: Item) -> Item:
        """The item, or a failed one when an earlier input already writes its output."""
        if item.problem is not None:
            return item
        target = self.target(item)
        owner = self.owners.setdefault(target, item.path)
        if owner == item.path:
            return item
        return replace(item, problem=LawreportError(
            f"{item.path}: its output {target} is already that of {owner}; convert the two in separate runs",
            ExitCode.UNWRITABLE))

    def write(self, outcome: Outcome) -> Outcome:
        target = self.target(outcome.item)
        try:
            with atomic_open(target) as fh:
                fh.write(outcome.payload)
        except OSError as exc:
            return failure(outcome.item, LawreportError(f"{target}: cannot write ({exc.strerror or exc})",
                                                        ExitCode.UNWRITABLE))
        return outcome


# Reporting ------------------------------------------------------------------


class Reporter:
    """Messages on stderr, one line each."""

    def start(self, files: int, size: int) -> None:
        pass

    def advance(self, outcome: Outcome) -> None:
        pass

    def say(self, line: str) -> None:
        if sys.stderr is not None:
            sys.stderr.write(f"lawreport: {printable(line)}\n")
            sys.stderr.flush()

    def stop(self) -> None:
        pass


class ProgressBar(Reporter):
    """Files, MB, rate and ETA on a terminal. Refreshed from this thread, so no thread runs beside the pool."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )

        self.progress = Progress(
            TextColumn("{task.fields[done]}/{task.fields[files]} files"), BarColumn(), DownloadColumn(),
            TransferSpeedColumn(), TimeRemainingColumn(),
            console=Console(stderr=True), auto_refresh=False, redirect_stdout=False, redirect_stderr=False,
        )
        self.last = 0.0

    def start(self, files: int, size: int) -> None:
        self.progress.add_task("", total=max(size, 1), files=files, done=0)
        self.progress.start()
        self.progress.refresh()

    def advance(self, outcome: Outcome) -> None:
        task = self.progress.tasks[0]
        self.progress.update(task.id, advance=outcome.item.size, done=task.fields["done"] + 1)
        now = time.monotonic()
        if now - self.last > 0.1:
            self.last = now
            self.progress.refresh()

    def say(self, line: str) -> None:
        self.progress.console.print(f"lawreport: {printable(line)}", markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self.progress.refresh()
        self.progress.stop()


@dataclass
class Tally:
    found: int = 0  # files to convert, skipped ones included
    converted: int = 0
    failed: int = 0
    skipped: int = 0
    metrics: int = 0
    first_failure: int = ExitCode.OK
    passed_over: Counter[str] = field(default_factory=Counter)  # files of folders not read, by suffix

    def summary(self, seconds: float) -> str:
        skipped = f", {self.skipped} skipped (output already there)" if self.skipped else ""
        return (f"{self.converted} converted, {self.failed} failed, {self.metrics} metrics found{skipped}"
                f"{self.not_read()} in {seconds:.1f} s")

    def not_read(self) -> str:
        """', 5 skipped: 2 .doc (not supported; convert to .docx), 3 unknown', or ''."""
        if not self.passed_over:
            return ""
        advised = sorted(suffix for suffix in self.passed_over if suffix in CONVERT_FIRST)
        parts = [f"{self.passed_over[suffix]} {suffix} (not supported; convert to {CONVERT_FIRST[suffix]})"
                 for suffix in advised]
        unknown = sum(n for suffix, n in self.passed_over.items() if suffix not in CONVERT_FIRST)
        if unknown:
            parts.append(f"{unknown} unknown")
        return f", {sum(self.passed_over.values())} skipped: {', '.join(parts)}"


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed then too."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(inputs: Sequence[str], *, form: str = "jsonl", output: Path | None = None, per_file: bool = False,
        globs: Sequence[str] = (), jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
        max_chars: int = DEFAULT_MAX_CHARS, skip_existing: bool = False,
        errors: Path | None = None, fail_fast: bool = False, quiet: bool = False, bom: bool = False,
        single: bool = False) -> int:
    """Convert `inputs` and return the exit code.

    Records go to stdout, or to `output`: a file (JSON Lines, CSV) or, with
    `per_file`, a folder of NAME.json. Each failure is a line on stderr and, with
    `errors`, a JSON line there. The code is OK; SOME_FAILED when an input failed;
    a failure's own code when `single` (one named file), when no file was found
    at all, or for the failure that stopped a `fail_fast` run.
    """
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}")
    started = time.monotonic()
    tally = Tally()
    show_bar = not quiet and not single and sys.stderr.isatty()
    reporter = ProgressBar() if show_bar else Reporter()
    try:
        with ExitStack() as stack:
            stack.enter_context(_terminate_as_interrupt())
            if per_file:
                if output is None:
                    raise ValueError("per_file needs an output folder")
                output.mkdir(parents=True, exist_ok=True)  # now, so that a walk of the inputs can leave it out
                sink: StreamSink | FolderSink = FolderSink(output)
            else:
                fh = stack.enter_context(output_stream(output)) if output else stdout_buffer()
                sink = StreamSink(fh, form, bom)
            error_log = stack.enter_context(output_stream(errors)) if errors else None

            def walk(passed_over: Counter[str] | None = None) -> Iterator[Item]:
                return discover(inputs, globs, exclude=output if per_file else None, passed_over=passed_over)

            def planned() -> Iterator[Item]:
                for item in walk(tally.passed_over):
                    if item.problem is None:
                        tally.found += 1
                        item = sink.claim(item)  # before skipping: a second input for one output is an error
                        if skip_existing and sink.done(item):
                            tally.skipped += 1
                            continue
                    yield item

            if show_bar:  # a walk ahead of the work, for the totals
                files = size = 0
                for item in walk():
                    if item.problem is None and not (skip_existing and sink.done(item)):
                        files, size = files + 1, size + item.size
                reporter.start(files, size)
            stack.callback(reporter.stop)
            outcomes = stack.enter_context(closing(convert_all(planned(), form, jobs=jobs, max_bytes=max_bytes,
                                                               max_chars=max_chars, notice=reporter.say)))
            for outcome in outcomes:
                if outcome.ok:
                    outcome = sink.write(outcome)
                reporter.advance(outcome)
                if outcome.ok:
                    tally.converted += 1
                    tally.metrics += outcome.metrics
                    continue
                tally.failed += 1
                if tally.failed == 1:
                    tally.first_failure = outcome.code
                reporter.say(outcome.message)
                if error_log is not None:
                    error_log.write((outcome.error_record() + "\n").encode("utf-8"))
                if fail_fast:
                    break
    except BrokenPipeError:  # `lawreport extract … | head` closed the pipe: not an error of ours
        release_stdout()
        return ExitCode.OK
    except KeyboardInterrupt:
        reporter.say(f"interrupted after {tally.converted} converted")
        return INTERRUPTED
    except LawreportError as exc:  # an output that cannot be written, a pool that cannot start
        reporter.say(str(exc))
        return exc.code
    except OSError as exc:  # writing an output; reading errors are outcomes
        release_stdout()
        reporter.say(f"{exc.filename or 'output'}: cannot write ({exc.strerror or exc})")
        return ExitCode.UNWRITABLE
    if not tally.failed:
        code: int = ExitCode.OK
    elif fail_fast or single or tally.found == 0:
        code = tally.first_failure
    else:
        code = ExitCode.SOME_FAILED
    if not (quiet or single or tally.found == 0 and not tally.passed_over):
        reporter.say(tally.summary(time.monotonic() - started))
    return code
