"""The compiled catalog kept in the user cache: reused when nothing changed, never trusted otherwise, never needed."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from lawreport.catalog import Catalog, CatalogError, _entry_digest, _PatternFile, compile_cached, load_catalog

SOURCE = (Path(__file__).resolve().parent.parent / "lawreport" / "catalog.toml").read_text(encoding="utf-8")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def _entries(kept: Path) -> dict[int, bytes]:
    """The pickled entries of a pattern file, by the digest of their keys."""
    return _PatternFile.read(kept).kept()


def _catalog_file(tmp_path: Path, text: str = SOURCE) -> Path:
    path = tmp_path / "catalog.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _cached_files(home: Path, kind: str) -> list[Path]:
    return sorted((home / "lawreport").glob(f"{kind}-*.pickle"))


def test_a_loaded_catalog_is_kept_and_read_back_alike(tmp_path: Path, cache_home: Path) -> None:
    path = _catalog_file(tmp_path)
    fresh = load_catalog(path)
    assert len(_cached_files(cache_home, "catalog")) == 1
    cached = load_catalog(path)
    assert cached is not fresh
    assert [r.key for r in cached.rules] == [r.key for r in fresh.rules]
    assert [r.labels.pattern for r in cached.rules] == [r.labels.pattern for r in fresh.rules]
    subject = "全年人民调解成功率"
    found = cached.rule("mediation_success_rate").labels.search(subject)
    assert found is not None and found.span() == fresh.rule("mediation_success_rate").labels.search(subject).span()


def test_an_edited_catalog_is_validated_again(tmp_path: Path, cache_home: Path) -> None:
    path = _catalog_file(tmp_path)
    load_catalog(path)
    _catalog_file(tmp_path, SOURCE.replace("target_cue = ", "target_cues = ", 1))
    with pytest.raises(CatalogError, match="sections: unknown field 'target_cues'"):
        load_catalog(path)
    assert len(_cached_files(cache_home, "catalog")) == 1  # a file that fails is never kept


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path, cache_home: Path) -> None:
    path = _catalog_file(tmp_path)
    load_catalog(path)
    [kept] = _cached_files(cache_home, "catalog")
    kept.write_bytes(b"not a pickle")
    assert isinstance(load_catalog(path), Catalog)
    assert kept.read_bytes() != b"not a pickle"


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # lawreport/ cannot be made inside a file
    assert isinstance(load_catalog(_catalog_file(tmp_path)), Catalog)
    assert compile_cached(r"调解(\d+)件").search("调解12件").group(1) == "12"


def _in_a_new_process(home: Path, program: str, *arguments: str) -> str:
    """What ``program`` prints, run with ``arguments`` in a process that writes its patterns to ``home`` at exit."""
    done = subprocess.run([sys.executable, "-c", program, *arguments], env={**os.environ, "XDG_CACHE_HOME": str(home)},
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _compile_in_a_new_process(home: Path, pattern: str, text: str) -> str:
    """What ``compile_cached(pattern)`` finds in ``text``, in a process of its own."""
    return _in_a_new_process(home, "import sys; from lawreport.catalog import compile_cached; "
                                   "print(compile_cached(sys.argv[1]).search(sys.argv[2]).group('unit'))", pattern, text)


def test_patterns_are_kept_at_exit_and_checked_when_read(cache_home: Path) -> None:
    pattern = r"(?r)(?P<unit>[区县]司法局)"
    assert _compile_in_a_new_process(cache_home, pattern, "宝山区司法局") == "区司法局"
    [kept] = _cached_files(cache_home, "patterns")
    store = _entries(kept)
    assert pickle.loads(store[_entry_digest(pattern)]).pattern == pattern  # each entry pickled on its own, loaded when asked for
    store[_entry_digest(pattern)] = pickle.dumps(regex.compile(r"(?P<unit>司法局)"))  # an entry that is not its key's pattern is not used
    _PatternFile.write(kept, store)
    assert _compile_in_a_new_process(cache_home, pattern, "某县司法局") == "县司法局"


def test_a_run_keeps_the_patterns_other_runs_compiled(cache_home: Path) -> None:
    first, second = r"(?P<unit>司法局)", r"(?P<unit>人民法院)"
    assert _compile_in_a_new_process(cache_home, first, "区司法局") == "司法局"
    assert _compile_in_a_new_process(cache_home, second, "区人民法院") == "人民法院"
    [kept] = _cached_files(cache_home, "patterns")
    assert set(_entries(kept)) == {_entry_digest(first), _entry_digest(second)}


def test_only_the_newest_catalogs_are_kept(tmp_path: Path, cache_home: Path) -> None:
    folder = cache_home / "lawreport"
    folder.mkdir(parents=True)
    for number in range(12):  # catalogs compiled long ago
        old = folder / f"catalog-old{number}.pickle"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + number, 1_000_000 + number))
    load_catalog(_catalog_file(tmp_path))
    kept = _cached_files(cache_home, "catalog")
    assert len(kept) == 8
    assert sum(not path.name.startswith("catalog-old") for path in kept) == 1
    assert not (folder / "catalog-old0.pickle").exists() and (folder / "catalog-old11.pickle").exists()


def _re_compile_in_a_new_process(home: Path, pattern: str, text: str) -> str:
    """What ``compile_re_cached(pattern, re.X)`` finds in ``text``, and whether it equals ``re.compile``'s pattern."""
    return _in_a_new_process(home, "import re, sys; from lawreport.catalog import compile_re_cached; "
                                   "p = compile_re_cached(sys.argv[1], re.X); "
                                   "print(p.search(sys.argv[2]).group('unit'), p == re.compile(sys.argv[1], re.X))",
                             pattern, text)


def test_re_programs_are_kept_at_exit_and_build_the_pattern_re_compiles(cache_home: Path) -> None:
    pattern = r"(?<=[〇一二三四五六七八九])(?P<unit> [○O]+ )"
    assert _re_compile_in_a_new_process(cache_home, pattern, "二OO九年") == "OO True"
    [kept] = _cached_files(cache_home, "patterns")
    store = _entries(kept)
    assert isinstance(pickle.loads(store[_entry_digest(("re", pattern, 64))]), tuple)  # the program, not a pattern `re` parses again on loading
    assert _re_compile_in_a_new_process(cache_home, pattern, "二○○九年") == "○○ True"


def test_a_damaged_re_program_is_compiled_again(cache_home: Path) -> None:
    pattern = r"(?P<unit> 司法局 )"
    assert _re_compile_in_a_new_process(cache_home, pattern, "区司法局") == "司法局 True"
    [kept] = _cached_files(cache_home, "patterns")
    store = _entries(kept)
    flags, code, *rest = pickle.loads(store[_entry_digest(("re", pattern, 64))])
    store[_entry_digest(("re", pattern, 64))] = pickle.dumps((flags, [*code[:-3], 99999], *rest))  # a code sre refuses
    _PatternFile.write(kept, store)
    assert _re_compile_in_a_new_process(cache_home, pattern, "县司法局") == "司法局 True"


def test_pattern_shapes_are_kept_and_read_back_by_the_next_run(cache_home: Path) -> None:
    pattern = r"司法(?:局|所)$"
    program = "import regex, sys; from lawreport.scanning import Shape; print(Shape.of(regex.compile(sys.argv[1])))"

    def shape() -> str:
        return subprocess.run([sys.executable, "-c", program, pattern], env={**os.environ, "XDG_CACHE_HOME": str(cache_home)},
                              capture_output=True, text=True, check=True).stdout.strip()

    assert shape().startswith("Shape(width=3, reach=5, empty=False")
    [kept] = _cached_files(cache_home, "patterns")
    store = _entries(kept)
    key = ("shape", pattern, regex.compile(pattern).flags)
    assert pickle.loads(store[_entry_digest(key)])[0][:3] == (3, 5, False)
    store[_entry_digest(key)] = pickle.dumps(((7, 7, False, None, True),))  # what the next run reads, rather than reading the pattern again
    _PatternFile.write(kept, store)
    assert shape() == "Shape(width=7, reach=7, empty=False, last=None, anchored=True)"


def test_a_run_unpickles_only_the_patterns_it_asks_for(cache_home: Path) -> None:
    used, other = r"(?P<unit>司法局)", r"(?P<unit>人民法院)"
    assert _compile_in_a_new_process(cache_home, used, "区司法局") == "司法局"
    assert _compile_in_a_new_process(cache_home, other, "区人民法院") == "人民法院"
    [kept] = _cached_files(cache_home, "patterns")
    store = _entries(kept)
    store[_entry_digest(other)] = b"not a pickle"  # never loaded by a run that does not ask for it
    _PatternFile.write(kept, store)
    assert _compile_in_a_new_process(cache_home, used, "县司法局") == "司法局"
    assert _entries(kept)[_entry_digest(other)] == b"not a pickle"  # nothing compiled: the file stays as it was
    assert _compile_in_a_new_process(cache_home, other, "县人民法院") == "人民法院"
    assert pickle.loads(_entries(kept)[_entry_digest(other)]).pattern == other


def test_a_truncated_pattern_file_is_compiled_again(cache_home: Path) -> None:
    """An entry cut short where the file ends (a disk filled while writing) is compiled, not read."""
    pattern = r"(?P<unit>司法局)"
    assert _compile_in_a_new_process(cache_home, pattern, "区司法局") == "司法局"
    [kept] = _cached_files(cache_home, "patterns")
    kept.write_bytes(kept.read_bytes()[:-5])
    assert _compile_in_a_new_process(cache_home, pattern, "县司法局") == "司法局"
    assert pickle.loads(_entries(kept)[_entry_digest(pattern)]).pattern == pattern  # the run compiled it and kept it


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="counts the bytes a process reads from Linux's /proc")
def test_a_run_with_a_large_pattern_file_reads_only_the_index_and_its_entries(cache_home: Path) -> None:
    """A file that has served many catalogs costs a run the entries it asks for: the others are never read."""
    used = r"(?P<unit>司法局)"
    assert _compile_in_a_new_process(cache_home, used, "区司法局") == "司法局"
    [kept] = _cached_files(cache_home, "patterns")
    store = _entries(kept)
    for number in range(3):  # entries of other catalogs, each larger than any pattern, never valid pickles
        store[_entry_digest(f"other{number}")] = b"\xff" * 5_000_000
    _PatternFile.write(kept, store)
    program = ("import sys; from lawreport.catalog import compile_cached; compile_cached(sys.argv[1]); "
               "print(open('/proc/self/io').read().split()[1])")  # rchar: the bytes this process read by calls
    grown = int(_in_a_new_process(cache_home, program, used))
    _PatternFile.write(kept, {_entry_digest(used): store[_entry_digest(used)]})
    small = int(_in_a_new_process(cache_home, program, used))
    assert grown - small < 1_000_000  # not one of the 5 MB entries was read


@pytest.mark.parametrize("damage", [b"", b"not a pattern file", b"\xff" * 8 + b"\x00" * 64, (3).to_bytes(8, sys.byteorder)])
def test_a_pattern_file_of_other_bytes_is_compiled_again(cache_home: Path, damage: bytes) -> None:
    """Empty, foreign, a count beyond the file, a head cut short: the run compiles and writes a whole file."""
    pattern = r"(?P<unit>司法局)"
    assert _compile_in_a_new_process(cache_home, pattern, "区司法局") == "司法局"
    [kept] = _cached_files(cache_home, "patterns")
    kept.write_bytes(damage)
    assert _compile_in_a_new_process(cache_home, pattern, "县司法局") == "司法局"
    assert pickle.loads(_entries(kept)[_entry_digest(pattern)]).pattern == pattern


def _re_programs_made(cache_home: Path, seed: str, text: str) -> int:
    """How many `re` programs a fresh process extracting text, with the given hash seed, made (none found in the
    cache)."""
    probe = ("import sys\n"
             "from lawreport import catalog\n"
             "made = []\n"
             "program = catalog._re_program\n"
             "catalog._re_program = lambda *args: made.append(1) or program(*args)\n"
             "from lawreport.pipeline import extract\n"
             f"extract({text!r})\n"
             "sys.stdout.write(str(len(made)))")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONHASHSEED": seed}
    return int(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True).stdout)


def test_a_warm_run_with_another_hash_seed_compiles_no_pattern_again(cache_home: Path) -> None:
    # A pattern written from a set in its iteration order (the measure words around a lost character's ?, the cities'
    # short names) differs with the hash seed: each process would miss it in the cache and compile it again.
    text = "杭州市某区2023年法治政府建设情况报告\n全区受理行政复议案件?35件,调解成功率?98.5%。"
    assert _re_programs_made(cache_home, "1", text) > 0  # an empty cache: the programs are made and kept
    assert _re_programs_made(cache_home, "2", text) == 0
    assert _re_programs_made(cache_home, "3", text) == 0
