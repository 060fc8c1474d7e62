"""Signals, orphaned workers, special files and broken streams, tested with real processes.

Each test starts `python -m lawreport` and does to it what a user or the system
would: Ctrl-C, kill -9, a FIFO as input or output, a closed or full output.
The timeouts only detect a hang; nothing here measures speed.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import SEEDS

from lawreport.errors import ExitCode

SENTENCE = ("2023年全区各级调解组织受理各类矛盾纠纷21493件,总计调解成功21446件,调解成功率为99.78%。"
            "全年共新收行政复议案件226件,办结行政复议案件212件,其中实体审查结案190件,纠错11件,直接纠错率5%。")
LAWREPORT = [sys.executable, "-m", "lawreport"]
HANG = 60  # seconds after which a process is taken to hang


def start(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([*LAWREPORT, *args], stdout=popen.pop("stdout", subprocess.PIPE),
                            stderr=subprocess.PIPE, **popen)


def one_line(err: bytes) -> str:
    text = err.decode("utf-8")
    assert text.count("\n") == 1 and text.startswith("lawreport: ") and "Traceback" not in text, text
    return text


def wait_for_reader(fifo: Path) -> int:
    """Block until a process opens `fifo` for reading; return a write end kept open, so that it waits on."""
    deadline = time.monotonic() + HANG
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def state(pid: int) -> str | None:
    """The process's state letter in /proc (R running, S asleep, Z ended, …); None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def alive(pid: int) -> bool:
    return state(pid) not in (None, "Z")


def wait_until_asleep(pid: int) -> None:
    """Block until `pid` sleeps, waiting on a read or a lock, as a run is when a user presses Ctrl-C.

    A signal landing while the interpreter is between its last look for signals and the
    call that then blocks is seen only when that call returns: sent the instant a FIFO
    opens, a test would time that window itself. Without /proc, return at once.
    """
    if not Path(f"/proc/{pid}/stat").exists():
        return
    deadline = time.monotonic() + HANG
    while state(pid) != "S" and time.monotonic() < deadline:
        time.sleep(0.01)


linux_only = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")


# --- Ctrl-C --------------------------------------------------------------------------------


def test_ctrl_c_ends_a_run_waiting_on_a_fifo(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    proc = start("extract", str(fifo))
    writer = wait_for_reader(fifo)
    wait_until_asleep(proc.pid)
    try:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=HANG)
    finally:
        os.close(writer)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert one_line(err) == "lawreport: interrupted\n"


def test_ctrl_c_stops_a_batch_whose_worker_is_busy(tmp_path):
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    (tmp_path / "b.txt").write_text(SENTENCE, encoding="utf-8")
    proc = start("extract", str(fifo), str(tmp_path / "b.txt"), "-j", "2", "-q")
    writer = wait_for_reader(fifo)  # a worker is stuck reading: nothing will ever come
    wait_until_asleep(proc.pid)
    try:
        proc.send_signal(signal.SIGINT)  # to the parent only, as `kill -INT` does
        _, err = proc.communicate(timeout=HANG)
    finally:
        os.close(writer)
    assert proc.returncode == ExitCode.INTERRUPTED, err
    assert b"Traceback" not in err


def test_a_fifo_named_on_the_command_line_is_read_like_standard_input(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    proc = start("extract", "--compact", str(fifo))
    writer = wait_for_reader(fifo)
    os.set_blocking(writer, True)
    os.write(writer, SENTENCE.encode("utf-8"))
    os.close(writer)
    out, err = proc.communicate(timeout=HANG)
    assert proc.returncode == 0, err
    assert json.loads(out)["metrics"]


@linux_only
def test_workers_end_with_their_parent_killed_outright(tmp_path):
    for i in range(8):
        (tmp_path / f"r{i}.txt").write_text(SENTENCE * 3000, encoding="utf-8")  # seconds of work each
    read_end, write_end = os.pipe()
    proc = start("extract", str(tmp_path), "-j", "2", "-q", stdout=write_end)
    os.close(write_end)
    deadline = time.monotonic() + HANG
    while len(children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children(proc.pid)
    assert workers, "no worker started"
    proc.kill()
    proc.wait()
    done = threading.Event()

    def drain():
        while os.read(read_end, 1 << 16):
            pass
        done.set()

    threading.Thread(target=drain, daemon=True).start()
    ended = done.wait(HANG)  # the pipe ends only when no process holds its write end
    os.close(read_end)
    for pid in workers:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
    assert ended, "workers outlived their parent, holding the output pipe open"


def test_an_interrupted_batch_leaves_no_temporary_files(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(60):
        (inputs / f"r{i:02}.txt").write_bytes(SEEDS[i % len(SEEDS)].read_bytes())
    out = tmp_path / "out"
    for attempt in range(4):
        proc = start("extract", str(inputs), "-o", str(out), "-j", "1", "-q", "--skip-existing")
        deadline = time.monotonic() + HANG
        while not list(out.glob("*.json")) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        time.sleep(0.05 * attempt)
        proc.send_signal(signal.SIGTERM if attempt % 2 else signal.SIGINT)
        proc.communicate(timeout=HANG)
        assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


# --- outputs that are not regular files -----------------------------------------------------


def test_output_to_a_fifo_is_written_not_replaced(tmp_path):
    fifo = tmp_path / "records.jsonl"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = subprocess.run([*LAWREPORT, "extract", str(SEEDS[0]), str(SEEDS[1]), "-o", str(fifo), "-q"],
                          capture_output=True, timeout=HANG, check=False)
    reader.join(HANG)
    assert proc.returncode == 0, proc.stderr
    assert fifo.is_fifo()
    assert len(received[0].decode("utf-8").splitlines()) == 2


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    errors = tmp_path / "errors-link.jsonl"
    errors.symlink_to(tmp_path / "errors.jsonl")
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = subprocess.run([*LAWREPORT, "extract", str(SEEDS[0]), str(tmp_path / "empty.txt"), "-o", str(link),
                           "--errors", str(errors), "-q"], capture_output=True, timeout=HANG, check=False)
    assert proc.returncode == ExitCode.SOME_FAILED
    assert link.is_symlink() and errors.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["path"] == str(SEEDS[0])
    assert json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))["kind"] == "empty"


def test_output_dash_is_standard_output(tmp_path):
    proc = subprocess.run([*LAWREPORT, "extract", str(SEEDS[0]), str(SEEDS[1]), "-o", "-", "-q"], cwd=tmp_path,
                          capture_output=True, timeout=HANG, check=False)
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 2
    assert list(tmp_path.iterdir()) == []


def test_output_to_a_socket_is_refused(tmp_path):
    path = tmp_path / "records.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        proc = subprocess.run([*LAWREPORT, "extract", str(SEEDS[0]), str(SEEDS[1]), "-o", str(path),
                               "--format", "jsonl"], capture_output=True, timeout=HANG, check=False)
    assert proc.returncode == ExitCode.UNWRITABLE
    assert "is a special file" in one_line(proc.stderr)
    assert path.is_socket()


# --- standard streams -------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["extract", str(SEEDS[0])], ["schema"], ["show", str(SEEDS[0])],
                                  ["extract", str(SEEDS[0]), str(SEEDS[1])]],
                         ids=["extract", "schema", "show", "batch"])
def test_an_output_that_refuses_writes_is_exit_code_10(tmp_path, args):
    (tmp_path / "out").write_bytes(b"")
    with open(tmp_path / "out", "rb") as out:  # every write fails, as on a full disk (EBADF instead of ENOSPC)
        proc = subprocess.run([*LAWREPORT, *args], stdout=out, stderr=subprocess.PIPE, timeout=HANG, check=False)
    assert proc.returncode == ExitCode.UNWRITABLE, proc.stderr
    assert "cannot write" in one_line(proc.stderr)


@pytest.mark.parametrize("args", [["extract", str(SEEDS[0])], ["schema"], ["show", str(SEEDS[0])]])
def test_a_closed_standard_output_is_exit_code_10(args):
    proc = subprocess.run([*LAWREPORT, *args], stderr=subprocess.PIPE, timeout=HANG,
                          preexec_fn=lambda: os.close(1), check=False)
    assert proc.returncode == ExitCode.UNWRITABLE, proc.stderr
    assert "standard output is closed" in one_line(proc.stderr)


def test_a_closed_standard_input_is_exit_code_9():
    proc = subprocess.run([*LAWREPORT, "extract", "-"], capture_output=True, timeout=HANG,
                          preexec_fn=lambda: os.close(0), check=False)
    assert proc.returncode == ExitCode.UNREADABLE
    assert "standard input is closed" in one_line(proc.stderr)


def test_show_piped_into_head_exits_0(tmp_path):
    report = tmp_path / "long.txt"
    report.write_text((SENTENCE + "\n") * 400, encoding="utf-8")  # a view far larger than a pipe's buffer
    proc = start("show", str(report))
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=HANG)
    assert proc.returncode == 0, err
    assert err == b""


@pytest.mark.parametrize("timeout, code", [("0.001", ExitCode.TIMEOUT), ("abc", ExitCode.USAGE)])
def test_show_honours_the_time_limit_with_one_line(tmp_path, timeout, code):
    report = tmp_path / "long.txt"
    report.write_text((SENTENCE + "\n") * 400, encoding="utf-8")
    proc = subprocess.run([*LAWREPORT, "show", str(report)], capture_output=True, timeout=HANG, check=False,
                          env={**os.environ, "LAWREPORT_TIMEOUT": timeout})
    assert proc.returncode == code, proc.stderr
    one_line(proc.stderr)
    assert proc.stdout == b""


# --- what reaches the terminal --------------------------------------------------------------


def test_show_escapes_control_sequences_of_the_report(tmp_path):
    report = tmp_path / "evil.txt"
    text = "标题\x1b]0;owned\x07\n全年受理调解案件12件\x1b[2J,调解成功率为99%。\n"
    report.write_text(text + SENTENCE * 20, encoding="utf-8")  # few controls in much text: not taken for binary
    proc = subprocess.run([*LAWREPORT, "show", str(report)], capture_output=True, timeout=HANG, check=False)
    assert proc.returncode == 0, proc.stderr
    assert b"\x1b" not in proc.stdout and b"\x07" not in proc.stdout
    assert b"\\x1b[2J" in proc.stdout


def test_a_line_break_in_a_file_name_stays_in_one_line_of_message(tmp_path):
    name = tmp_path / "a\nb\x1b[31m.txt"
    proc = subprocess.run([*LAWREPORT, "extract", str(name)], capture_output=True, timeout=HANG, check=False)
    assert proc.returncode == ExitCode.NOT_FOUND
    assert "a\\nb\\x1b[31m.txt: no such file" in one_line(proc.stderr)


def test_batch_messages_escape_file_names(tmp_path):
    (tmp_path / "bad\nname.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    proc = subprocess.run([*LAWREPORT, "extract", str(tmp_path), "-q"], capture_output=True, timeout=HANG,
                          check=False)
    assert proc.returncode == ExitCode.SOME_FAILED
    assert "bad\\nname.txt: file is empty" in one_line(proc.stderr)
