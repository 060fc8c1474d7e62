"""Bad input gets one line on stderr, a distinct exit code, and nothing on stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS_DIR

from lawreport.errors import ExitCode


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lawreport", *args], capture_output=True, input=stdin, timeout=60,
                          check=False)


def assert_clean_failure(proc: subprocess.CompletedProcess, code: ExitCode, words: str) -> None:
    assert proc.returncode == int(code), proc.stderr
    assert proc.stdout == b""
    err = proc.stderr.decode("utf-8")
    assert err.count("\n") == 1 and err.startswith("lawreport: "), err
    assert words in err
    assert "Traceback" not in err


def test_missing_file(tmp_path):
    assert_clean_failure(run("extract", str(tmp_path / "nope.txt")), ExitCode.NOT_FOUND, "no such file")


def test_directory(tmp_path):
    assert_clean_failure(run("extract", str(tmp_path)), ExitCode.IS_DIRECTORY, "is a directory")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert_clean_failure(run("extract", str(p)), ExitCode.EMPTY, "empty")


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(" \n\u3000\n".encode("utf-8"))
    assert_clean_failure(run("extract", str(p)), ExitCode.EMPTY, "white space")


def test_binary_file(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert_clean_failure(run("extract", str(p)), ExitCode.BINARY, "binary")


def test_nul_bytes(tmp_path):
    p = tmp_path / "nul.txt"
    p.write_bytes("调解成功率为99.78%".encode() + b"\x00\x00\x01")
    assert_clean_failure(run("extract", str(p)), ExitCode.BINARY, "NUL")


def test_undecodable_file(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"abc \x80\xff\x81\xfe" * 50)
    assert_clean_failure(run("extract", str(p)), ExitCode.UNDECODABLE, "cannot decode")


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes("调解成功率为99.78%。\n".encode() * 100)
    assert_clean_failure(run("extract", "--max-bytes", "100", str(p)), ExitCode.TOO_LARGE, "limit")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("调解成功率为99.78%", encoding="utf-8")
    p.chmod(0)
    assert_clean_failure(run("extract", str(p)), ExitCode.UNREADABLE, "permission denied")


def test_stdin_is_read():
    raw = (SEEDS_DIR / "000_620d212c5825e8e7.txt").read_bytes()
    proc = run("extract", "--compact", "-", stdin=raw)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(b"\n") == 1
    assert b'"mediation_success_rate"' in proc.stdout


def test_exit_codes_are_documented():
    proc = run("extract", "--help")
    assert proc.returncode == 0
    help_text = proc.stdout.decode("utf-8")
    for code in ExitCode:
        assert code.name.lower().replace("_", " ") in help_text


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_unreadable_even_for_root():
    # Reading /proc/self/mem from offset 0 fails with EIO whoever asks.
    assert_clean_failure(run("extract", "/proc/self/mem"), ExitCode.UNREADABLE, "cannot read")


@pytest.mark.parametrize("output", ["out.jsonl", "out.csv", "folder"])
def test_unwritable_output(tmp_path, output):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    seeds = [str(SEEDS_DIR / "000_620d212c5825e8e7.txt"), str(SEEDS_DIR / "001_e4eb8e5b584018fc.txt")]
    assert_clean_failure(run("extract", "--quiet", *seeds, "-o", str(blocker / output)),
                         ExitCode.UNWRITABLE, "cannot write")
