"""How a process runs extractions: a time limit on each (a hang becomes a clear error, exit code 12,
never a stuck run), and, for a process that does nothing else, the garbage collector's schedule.

Every built-in pattern is written to run in linear time (benchmarks/bench_linear.py
shows it), but a catalog is user data (LAWREPORT_CATALOG) and a pattern there,
or a bug, can still backtrack without end. Why one timer per extraction rather
than the `regex` module's `timeout=` on each call: measured, `timeout=` costs
~1.8 µs a call (a label search goes from 0.43 to 2.3 µs) and a report makes some
twenty calls per number, which would double the time of every extraction; a
SIGALRM timer costs nothing until it fires, and both `regex` and `re` look for
signals while they match. The timer runs in a process's main thread on POSIX
(the CLI and batch workers); in other threads or on Windows there is none.

The limit grows with the text (60 s plus 60 s per million characters, some
twenty times what the slowest adversarial shape takes); LAWREPORT_TIMEOUT sets
it in seconds instead.
"""

from __future__ import annotations

import _signal as signal  # type: ignore[import-not-found]  # what `signal` wraps: its enums cost ~0.6% of a start
import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import ExitCode, LawreportError

BASE_SECONDS = 60.0
SECONDS_PER_MILLION_CHARS = 60.0


class _Expired(BaseException):
    """Raised by the timer; a BaseException, so no `except Exception` on the way swallows it."""


def budget(chars: int) -> float:
    """Seconds an extraction of `chars` characters may take."""
    configured = os.environ.get("LAWREPORT_TIMEOUT")
    if configured:
        try:
            return max(0.001, float(configured))
        except ValueError:
            raise LawreportError(f"LAWREPORT_TIMEOUT={configured!r} is not a number of seconds",
                                 ExitCode.USAGE) from None
    return BASE_SECONDS + SECONDS_PER_MILLION_CHARS * chars / 1e6


@contextmanager
def deadline(seconds: float, name: str) -> Iterator[None]:
    """Run the block with a timer; when it fires, raise LawreportError(TIMEOUT) naming the input."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0]:  # no timer here, or the caller's own runs
        yield
        return

    def expire(signum, frame):
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            yield
        finally:  # the timer may fire up to here, and is caught below
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Expired:
        raise LawreportError(
            f"{name}: extraction took longer than {seconds:g} s and was stopped (a catalog pattern that "
            "backtracks? set LAWREPORT_TIMEOUT to allow more)", ExitCode.TIMEOUT) from None
    finally:
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


def collect_less() -> None:
    """Run the garbage collector's young generations 30 times less often, for the rest of the process.

    For a process that only converts reports (the command line and its workers); the library
    never changes a setting of the process it is imported into. An extraction allocates
    hundreds of thousands of small objects that live until its record is written, and the
    default schedule (a collection every 700 allocations, an older one every tenth) scans
    them again and again: measured, a 1 MB report takes 35-40% less time with this one. The
    objects of an extraction hold no reference cycles to speak of, so memory is unchanged.
    """
    gc.set_threshold(20_000, 20, 20)


def freeze_loaded() -> None:
    """Keep every object made so far (the imported modules and their tables) out of the collector's passes.

    For the command line once its modules are imported: they live as long as the process, and an
    older generation's pass would walk all of them again to free nothing. Measured on a single
    extract of a 17 KB report, 5% of its instructions.
    """
    gc.freeze()


@contextmanager
def uncollected() -> Iterator[None]:
    """The cyclic garbage collector held off over a whole extraction (pipeline), the record's building and
    validation included.

    A record is a tree of dicts and lists, no cycles, but a long one (50,000 quantities
    in 100 KB of 5%5%…): each of its tens of thousands of new containers counts
    towards a collection, and each collection walks every live container again. No
    stage makes a reference cycle either (measured: a collection after each corpus
    report and each adversarial shape finds nothing to free), so everything an
    extraction drops is freed by its reference count at once, the collector or not.
    The collector is back as it was afterwards, so the library may use it too.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
