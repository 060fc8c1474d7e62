"""Where output goes: a file that appears complete or not at all, standard output, devices and pipes.

Shared by the single extract (console.py), the batch (batch.py) and the other commands.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import ExitCode, LawreportError


@contextmanager
def atomic_open(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Write `target` through a temporary file beside it, renamed into place on success.

    Readers, and a later `--skip-existing`, see the whole file or none: on an
    exception (Ctrl-C included) the temporary file is removed; a process killed
    outright leaves at most a hidden `.NAME.*.tmp` beside it, never a partial NAME.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    try:  # the file is created inside the `try`: a signal landing just after its creation still removes it
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def stdout_buffer() -> BinaryIO:
    """Standard output as bytes, or a LawreportError when the shell closed it (`>&-`)."""
    if sys.stdout is None:
        raise LawreportError("<stdout>: standard output is closed", ExitCode.UNWRITABLE)
    return sys.stdout.buffer


def release_stdout() -> None:
    """Point standard output at the null device after a failed write (a closed pipe, a full disk),
    so the interpreter's last flush at exit cannot fail a second time with a traceback."""
    if sys.stdout is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def output_stream(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Where `-o FILE` and `--errors FILE` write, by what the path is.

    '-', or a path naming this process's standard output (/dev/stdout): standard
    output. A character device (/dev/null) or a FIFO: written directly, as they
    cannot be replaced. A regular file, or none yet: written atomically, through
    a symlink to its target (the link stays). Anything else (a socket, a block
    device) is refused: replacing it or writing over it is never what was meant.
    """
    name = os.fspath(target)
    try:
        st = os.stat(name)
    except FileNotFoundError:  # a new file, or a symlink to one
        st = None
    except OSError as exc:
        raise LawreportError(f"{name}: cannot write ({exc.strerror or exc})", ExitCode.UNWRITABLE) from None
    if name == "-" or st is not None and _is_stdout(st):
        yield stdout_buffer()
    elif st is None or stat.S_ISREG(st.st_mode):
        with atomic_open(os.path.realpath(name)) as fh:
            yield fh
    elif stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        with open(name, "wb") as fh:
            yield fh
    else:
        raise LawreportError(f"{name}: is a special file (a socket or block device?); name a regular file, "
                             "a character device, a FIFO or -", ExitCode.UNWRITABLE)


def _is_stdout(st: os.stat_result) -> bool:
    try:
        out = os.fstat(sys.stdout.fileno()) if sys.stdout is not None else None
    except (OSError, ValueError):
        return False
    return out is not None and (out.st_dev, out.st_ino) == (st.st_dev, st.st_ino)
