"""lazy_regex: regex's values and functions as the stages use them, without importing regex's parser."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import regex
from hypothesis import given
from hypothesis import strategies as st

from lawreport import lazy_regex

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_620d212c5825e8e7.txt"

FLAG_NAMES = ["I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "U", "UNICODE", "X", "VERBOSE", "A", "ASCII",
              "V0", "VERSION0"]


def test_the_flags_are_regexs():
    for name in FLAG_NAMES:
        assert getattr(lazy_regex, name) == int(getattr(regex, name)), name


@given(st.text(alphabet=st.sampled_from("ab中 \t\n()[]{}?*+|^$\\.-#&~,:%\u3000"), max_size=30))
def test_escape_is_regexs(text):
    assert lazy_regex.escape(text) == regex.escape(text)


def test_other_names_are_regexs_own():
    assert lazy_regex.compile is regex.compile
    assert lazy_regex.error is regex.error


_LITERALS = st.text(alphabet=st.sampled_from("ab中委0 ("), max_size=4)


@given(st.lists(st.tuples(_LITERALS, st.sampled_from(["\\1", "\\2", "\\3"])), max_size=3), _LITERALS,
       st.sampled_from(["ab中委", "a中", "b委b", ""]))
def test_a_template_of_group_numbers_fills_in_as_regex_does(pieces, last, text):
    replacement = "".join(literal + group for literal, group in pieces) + last
    if re.search(r"\\[1-9]\d", replacement):  # \12: a two-digit number, regex's own case
        return
    pattern = regex.compile("(a)?(中|b)(委)?")
    assert pattern.sub(lazy_regex.template(replacement), text) == pattern.sub(replacement, text)


def test_a_template_is_a_function_only_for_group_numbers():
    assert lazy_regex.template("人民法院") == "人民法院"
    assert callable(lazy_regex.template("依法治\\1委员会"))
    for other in ("\\g<1>", "\\n\\1", "\\12", "a\\\\b"):
        assert lazy_regex.template(other) == other, other


def test_is_pattern_tells_a_regex_pattern():
    assert lazy_regex.is_pattern(regex.compile("a+"))
    assert not lazy_regex.is_pattern(re.compile("a+"))
    assert not lazy_regex.is_pattern("a+")
    assert not lazy_regex.is_pattern(None)


def test_patterns_pickle_and_load_back():
    patterns = [regex.compile(r"(?P<year>\d{4})年"), regex.compile(r"(?r)\p{Han}+", regex.I)]
    loaded = lazy_regex.loads(lazy_regex.dumps(patterns))
    assert isinstance(loaded, list)
    assert [p.pattern for p in loaded] == [p.pattern for p in patterns]
    assert [p.flags for p in loaded] == [p.flags for p in patterns]
    assert loaded[0].search("于2023年").group("year") == "2023"
    assert loaded[1].search("ab中文").group() == "中文"


def _modules_after(code: str, env: dict[str, str]) -> set[str]:
    """The regex modules a fresh interpreter has imported after running code."""
    probe = f"{code}\nimport sys\nsys.stderr.write(repr(sorted(m for m in sys.modules if m.startswith('regex'))))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    return set(ast.literal_eval(result.stderr.strip().splitlines()[-1]))


def test_a_pickled_pattern_loads_and_matches_with_the_engine_alone(tmp_path):
    pickled = tmp_path / "patterns.pickle"
    pickled.write_bytes(lazy_regex.dumps([regex.compile(r"(\d+)件")]))
    modules = _modules_after(
        "from lawreport import lazy_regex\n"
        f"p = lazy_regex.loads(open({str(pickled)!r}, 'rb').read())[0]\n"
        "assert p.search('受理案件12件')[1] == '12'\n"
        "assert p.sub(lazy_regex.template('<\\\\1>'), '3件') == '<3>'",
        dict(os.environ))
    assert modules == {"regex._regex"}


def test_a_single_extract_from_a_warm_cache_does_not_import_regexs_parser(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    run = ("import sys\n"
           f"sys.argv = ['lawreport', 'extract', {str(SEED)!r}]\n"
           "from lawreport.console import main\n"
           "main()")
    first = _modules_after(run, env)
    assert "regex._main" in first  # an empty cache: the patterns are compiled
    assert _modules_after(run, env) == {"regex._regex"}
