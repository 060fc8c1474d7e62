"""What a single extract's start-up no longer does, and that the record is the same without it."""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import regex

from lawreport import validation
from lawreport.catalog import _entry_digest, _PatternFile
from lawreport.errors import LawreportError
from lawreport.watchdog import deadline

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_620d212c5825e8e7.txt"


def _typed_dict_fields(schema):
    """Every typed dict's fields in ``schema``."""
    if isinstance(schema, list):
        for item in schema:
            yield from _typed_dict_fields(item)
    elif isinstance(schema, dict):
        for value in schema.values():
            yield from _typed_dict_fields(value)
        if schema.get("type") == "typed-dict":
            yield schema["fields"]


@pytest.mark.parametrize("cached", [False, True])
def test_the_plain_schema_looks_every_field_up_by_its_interned_name(tmp_path, monkeypatch, cached):
    """Built from the models or read back from the cache (where names lose their interning), each typed dict's
    fields are keyed and looked up by the interned name."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    caches = (validation._plain_schema, validation._plain_validator, validation._mapped_validator)
    for cache in caches:
        cache.cache_clear()
    try:
        if cached:
            validation._plain_schema()
            validation._plain_schema.cache_clear()
        all_fields = list(_typed_dict_fields(validation._plain_schema()))
        assert len(all_fields) > 5
        for fields in all_fields:
            for name, field in fields.items():
                assert name is sys.intern(name)
                assert field["validation_alias"] is name
    finally:
        for cache in caches:
            cache.cache_clear()


def test_a_single_extract_does_not_import_the_signal_module(tmp_path):
    """The timer is set through `_signal`: the `signal` module's enums are built for nothing."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    # main, not the installed command's run, which ends the process before a `finally` could look
    script = ("import sys\nsys.argv = ['lawreport', 'extract', sys.argv[1]]\nfrom lawreport.console import main\n"
              "try:\n    main()\nfinally:\n    print('signal' in sys.modules, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", script, str(SEED)], capture_output=True, text=True, env=env,
                          cwd=ROOT, check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "False"


def test_a_deadline_outside_the_main_thread_runs_the_block_untimed():
    ran = []

    def run() -> None:
        with deadline(0.01, "report.txt"):
            time.sleep(0.05)
            ran.append(True)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert ran == [True]


def test_the_deadline_still_stops_the_main_thread():
    with pytest.raises(LawreportError, match="longer than 0.05 s"), deadline(0.05, "report.txt"):
        time.sleep(5)


def test_a_pattern_compiled_with_flags_is_kept_apart_from_the_same_source_without(tmp_path):
    """compile_cached(source, flags) is regex.compile(source, flags=flags) in the run that compiles it and in the
    runs that load it, and never the pattern kept for the source alone (scanning.Ending's classes)."""
    program = ("import sys, regex; from lawreport.catalog import compile_cached\n"
               "folded, plain = compile_cached('a|b', regex.IGNORECASE), compile_cached('a|b')\n"
               "assert folded.flags == regex.compile('a|b', flags=regex.IGNORECASE).flags\n"
               "print(folded.match('B') is not None, plain.match('B') is not None)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=env, check=True,
                           timeout=120).stdout.strip() for _ in range(2)]
    assert runs == ["True False", "True False"]
    (kept,) = (tmp_path / "lawreport").glob("patterns-*.pickle")
    kept_keys = set(_PatternFile.read(kept).kept())
    assert {_entry_digest("a|b"), _entry_digest(("regex", "a|b", int(regex.IGNORECASE)))} <= kept_keys
