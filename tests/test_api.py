"""The Python API: text and files cannot be confused, records read well in a notebook, the package is typed."""

from __future__ import annotations

import builtins
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from conftest import ROOT

import lawreport
from lawreport import extract, extract_file
from lawreport.models import FLAT_METRIC_COLUMNS

SEED = ROOT / "seeds" / "000_620d212c5825e8e7.txt"
REPORT = ("某区司法局2023年法治政府建设工作报告\n"
          "2023年，全区各级调解组织受理各类矛盾纠纷2521件，调解成功2486件，调解成功率为98.6%。\n")


# --- text or file ------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["seeds/000.txt", "report.html", "C:\\reports\\2023.DOCX", "a.pdf", "page.htm", "-"])
def test_extract_refuses_a_file_name(path):
    with pytest.raises(TypeError, match=r"extract_file\("):
        extract(path)


def test_extract_refuses_the_name_of_an_existing_file_without_suffix(tmp_path):
    report = tmp_path / "report"
    report.write_text(REPORT, encoding="utf-8")
    with pytest.raises(TypeError, match="extract_file"):
        extract(str(report))


@pytest.mark.parametrize("source", [SEED, SEED.read_bytes()], ids=["Path", "bytes"])
def test_extract_refuses_paths_and_bytes(source):
    with pytest.raises(TypeError, match="extract_file"):
        extract(source)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    REPORT,
    "调解成功率为98.6%。",  # one line, no suffix, no such file: text
    "《某区法治政府建设实施方案.docx》印发后，全区受理调解案件12件。\n",  # a suffix inside text with a line break
])
def test_extract_takes_text(text):
    assert extract(text).source.encoding == "str"


def test_extract_file_takes_str_path_pathlike_and_bytes():
    records = [extract_file(str(SEED)), extract_file(SEED), extract_file(SEED.read_bytes())]
    assert records[0].model_dump(exclude={"source"}) == records[1].model_dump(exclude={"source"}) \
        == records[2].model_dump(exclude={"source"})
    assert records[0].metrics and records[2].source.path is None


def test_extract_file_refuses_report_text():
    with pytest.raises(TypeError, match=r"extract\(\)"):
        extract_file(REPORT)


def test_extract_file_reads_stdin():
    code = "import lawreport\nr = lawreport.extract_file('-')\nprint(r.metrics[0].value)\n"
    proc = subprocess.run([sys.executable, "-c", code], input=REPORT.encode(), capture_output=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == "2521"


# --- the record --------------------------------------------------------------------------

def test_counts_are_integers_and_rates_keep_decimals_in_json():
    record = json.loads(extract(REPORT).model_dump_json())
    values = {m["key"]: m["value"] for m in record["metrics"]}
    assert values["mediation_cases"] == 2521 and type(values["mediation_cases"]) is int
    assert type(values["mediation_success_rate"]) is float
    assert '"value":2521,' in extract(REPORT).model_dump_json()
    counts = [q[field] for q in record["quantities"] if q["kind"] == "count" for field in ("value", "low", "high")]
    assert counts and all(type(v) is int for v in counts)


def test_a_whole_rate_stays_a_float():
    record = json.loads(extract("2023年，全区调解成功率为100%。\n").model_dump_json())
    rates = [m["value"] for m in record["metrics"]] + [r["value"] for r in record["rates"]]
    assert rates and all(type(v) is float for v in rates)


def test_schema_says_a_count_is_an_integer():
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    record = json.loads(extract(REPORT).model_dump_json())
    jsonschema.validate(record, schema)
    metric = next(m for m in record["metrics"] if m["unit"] == "count")
    metric["value"] = 2521.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, schema)


def test_repr_is_one_short_line():
    report = extract_file(SEED)
    text = repr(report)
    assert "\n" not in text and len(text) < 300
    assert text == str(report)
    assert f"title={report.title!r}" in text and "kind='annual_report'" in text and "region='上海市宝山区'" in text
    assert f"metrics={len(report.metrics)}" in text and f"documents={len(report.documents)}" in text


def test_range_bounds_and_ratio_terms_are_in_the_record():
    record = extract("2023年，全区开展法治讲座10-20场，复议诉讼比为3.97:1。\n")
    by_kind = {q.kind: q for q in record.quantities}
    assert (by_kind["count"].qualifier, by_kind["count"].low, by_kind["count"].high) == ("range", 10, 20)
    assert by_kind["ratio"].ratio_to == 1


# --- metrics_frame -----------------------------------------------------------------------

def test_metrics_frame():
    pandas = pytest.importorskip("pandas")
    report = extract(REPORT)
    frame = report.metrics_frame()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(FLAT_METRIC_COLUMNS) and len(frame) == len(report.metrics)
    row = frame[frame["key"] == "mediation_cases"].iloc[0]
    assert row["value"] == 2521 and REPORT[row["start"]:row["end"]] == row["evidence"]


def test_metrics_frame_of_a_report_without_metrics_has_the_columns():
    pytest.importorskip("pandas")
    frame = extract("没有数字的一句话。\n").metrics_frame()
    assert frame.empty and list(frame.columns) == list(FLAT_METRIC_COLUMNS)


def test_metrics_frame_without_pandas_says_how_to_install_it(monkeypatch):
    real_import = builtins.__import__

    def no_pandas(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match="pip install pandas"):
        extract(REPORT).metrics_frame()


def test_pandas_is_not_a_dependency():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "pandas" not in dependencies


# --- the package -------------------------------------------------------------------------

def test_py_typed_is_shipped():
    assert files("lawreport").joinpath("py.typed").is_file()
    assert '"py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_dir_lists_the_public_names():
    assert {"extract", "extract_file", "Report", "LawreportError", "__version__"} <= set(dir(lawreport))
    assert not [name for name in dir(lawreport) if name.startswith("_") and name != "__version__"]


MODULES = sorted(p.stem for p in (ROOT / "lawreport").glob("*.py") if p.stem not in ("__init__", "__main__")) + \
    [f"readers.{p.stem}" for p in (ROOT / "lawreport" / "readers").glob("*.py") if p.stem != "__init__"]


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_first_in_a_fresh_interpreter(module):
    """A cycle shows as an ImportError when the module of the cycle is imported first."""
    proc = subprocess.run([sys.executable, "-c", f"import lawreport.{module}"], capture_output=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr.decode()


def test_loading_modules_import_no_cycle():
    """source ← decode ← formats ← load: none of them imports one that comes after it."""
    import ast

    order = ["source", "decode", "formats", "load"]
    for i, name in enumerate(order):
        tree = ast.parse((ROOT / "lawreport" / f"{name}.py").read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and not node.module
                     for alias in node.names}
        assert not imported & set(order[i + 1:]), (name, imported)


def _module_level_imports(path: Path) -> set[str]:
    """lawreport modules a module imports when it is loaded (deferred imports in functions left out)."""
    import ast

    package = "readers." if path.parent.name == "readers" else ""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = node.module or ""
            if node.level == 1 and package:
                base = package + base
            names |= {base} if base else {alias.name for alias in node.names}
    return {name.removesuffix(".") for name in names}


def test_no_import_cycle_among_modules():
    paths = [p for p in (ROOT / "lawreport").glob("*.py")] + list((ROOT / "lawreport" / "readers").glob("*.py"))
    graph = {("readers." if p.parent.name == "readers" else "") + p.stem: _module_level_imports(p) for p in paths}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> None:
        assert name not in visiting, " → ".join([*visiting[visiting.index(name):], name])
        if name in done or name not in graph:
            return
        visiting.append(name)
        for imported in graph[name]:
            visit(imported)
        visiting.pop()
        done.add(name)

    for name in graph:
        visit(name)


def test_record_says_what_the_offsets_of_an_html_page_index():
    page = ("<!DOCTYPE html><html><body><div><p>" + REPORT.replace("\n", "</p><p>") + "</p></div></body></html>")
    record = extract_file(page.encode())
    assert record.source.format == "html" and "HTML" in record.source.note
    assert extract(REPORT).source.note is None
