"""The headline rule, the table across reports, and the formats it is written in."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import lawreport
from lawreport.emit import long_rows, wide_columns, wide_row
from lawreport.table import (
    COLUMNS,
    FINDING_COLUMNS,
    agree,
    build,
    conflicts,
    facts,
    headline,
    headline_value,
    wide_rows,
)

HEAD = "上海市宝山区司法局{year}年法治政府建设工作报告\n"


def report(body: str, year: int | None = 2023):
    return lawreport.extract((HEAD.format(year=year) if year else "上海市宝山区司法局法治政府建设情况\n") + body)


def headline_values(rep) -> dict[tuple[int | None, str], float]:
    return {(f.row["year"], f.row["key"]): f.row["value"] for f in facts(rep)}


# The rule within one report ------------------------------------------------------


def test_cases_succeeded_and_rate_come_from_one_statement():
    rep = report("2023年，全区各类调解组织共调解矛盾纠纷9000件。"
                 "区矛盾调解中心受理调解案件500件，调解成功480件，调解成功率96%。\n")
    values = headline_values(rep)
    assert values[(2023, "mediation_cases")] == 500  # beside 480 and 96%, not the 9000 of another sentence
    assert values[(2023, "mediation_succeeded")] == 480 and values[(2023, "mediation_success_rate")] == 96
    [finding] = conflicts(rep)
    assert finding["kind"] == "conflicting_values" and finding["key"] == "mediation_cases"
    assert (finding["value"], finding["other_value"]) == (500, 9000)
    assert finding["other_evidence"].endswith("9000件")
    notes = dict(zip(wide_columns(), wide_row(rep), strict=True))["notes"]
    assert notes == "mediation_cases: also 9000"


def test_of_two_coherent_statements_the_whole_unit_gives_every_figure():
    rep = report("区矛盾调解中心受理调解案件500件，调解成功480件，调解成功率96%。"
                 "全区共受理调解案件9000件，调解成功8900件，调解成功率98.9%。\n")
    values = headline_values(rep)
    assert [values[(2023, k)] for k in ("mediation_cases", "mediation_succeeded", "mediation_success_rate")] == [
        9000, 8900, 98.9]
    assert {f["key"] for f in conflicts(rep)} == {"mediation_cases", "mediation_succeeded", "mediation_success_rate"}


def test_the_whole_unit_over_a_part_of_it():
    rep = report("区政府为被告的一审行政诉讼案件30件。全年一审行政诉讼案件120件。\n")
    chosen = headline(rep, "litigation_first_instance", 2023)
    assert chosen is not None and chosen.value == 120
    assert [(f["value"], f["other_value"]) for f in conflicts(rep)] == [(120, 30)]


def test_the_same_value_stated_twice_is_no_conflict():
    rep = report("全年办理公证1200件。其他工作中，全年办理公证1200件。\n")
    assert [m.value for m in rep.metrics if m.key == "notarizations"] == [1200, 1200]
    assert conflicts(rep) == []


def test_an_exact_rate_over_a_bound_it_meets_and_no_conflict():
    rep = report("全年调解成功率保持在98%以上。区调解中心统计调解成功率为98.85%。\n")
    assert [m.qualifier for m in rep.metrics] == ["at_least", None]
    assert headline(rep, "mediation_success_rate", 2023).value == 98.85
    assert conflicts(rep) == []
    below = report("全年调解成功率保持在98%以上。区调解中心统计调解成功率为97.5%。\n")
    assert [(f["value"], f["other_value"]) for f in conflicts(below)] == [(97.5, 98)]


def test_values_agree_as_written():
    def row(value, qualifier=None, unit="%"):
        return {"value": value, "qualifier": qualifier, "unit": unit}

    assert agree(row(98.62), row(98.6)) and agree(row(98.6), row(98.62))  # rounded as written
    assert not agree(row(98.64), row(98.7)) and not agree(row(99.0), row(98.0))
    assert agree(row(1200, "at_least", "count"), row(1250, None, "count"))
    assert not agree(row(1200, "at_least", "count"), row(1150, None, "count"))
    assert not agree(row(1200, unit="count"), row(1201, unit="count"))


def test_a_derived_value_from_approximate_counts_is_about():
    # approximate counts derive no rate in a report (checks.derive); a value derived from them, as a merged report may
    # hold, is about
    rep = report("全年受理调解案件2000余件，调解成功1900余件。\n")
    assert "mediation_success_rate" not in {f.row["key"] for f in facts(rep)}
    assert {f.row["key"]: f.row["qualifier"] for f in facts(rep)}["mediation_cases"] == "at_least"
    cases, succeeded = sorted(rep.metrics, key=lambda m: m.evidence.start)
    evidence = cases.evidence.model_copy(update={"end": succeeded.evidence.end,
                                                 "text": "调解案件2000余件，调解成功1900余件"})
    rate = succeeded.model_copy(update={"key": "mediation_success_rate", "value": 95.0, "unit": "%", "qualifier": None,
                                        "derived": True, "evidence": evidence,
                                        "sources": [cases.evidence, succeeded.evidence]})
    rep = rep.model_copy(update={"metrics": [*rep.metrics, rate]})
    row = {f.row["key"]: f.row for f in facts(rep)}["mediation_success_rate"]
    assert row["value"] == 95 and row["derived"] is True and row["qualifier"] == "about"
    notes = dict(zip(wide_columns(), wide_row(rep), strict=True))["notes"]
    assert "mediation_success_rate: derived, about" in notes


def test_stated_before_derived_and_an_achievement_before_a_target():
    rep = report("2023年力争调解成功率达到99%。2023年调解成功率为97%。\n")
    rates = [m for m in rep.metrics if m.key == "mediation_success_rate"]
    assert sorted((m.value, m.target) for m in rates) == [(97, False), (99, True)]
    assert headline(rep, "mediation_success_rate", 2023).value == 97
    assert conflicts(rep) == []  # a target is not a second statement of the year's result
    derived = rates[0].model_copy(update={"value": 90.0, "derived": True})
    with_derived = rep.model_copy(update={"metrics": [derived, *rep.metrics]})
    assert headline(with_derived, "mediation_success_rate", 2023).value == 97


def test_a_plan_figure_alone_is_kept_as_a_target_of_its_year():
    rep = report("一、主要成效\n全年调解成功率为97%。\n二、下一步工作计划\n力争调解成功率达到99%。\n")
    rows = {(f.row["year"], f.row["key"]): f.row for f in facts(rep)}
    assert rows[(2023, "mediation_success_rate")]["target"] is False
    assert rows[(2024, "mediation_success_rate")]["value"] == 99 and rows[(2024, "mediation_success_rate")]["target"]


def test_a_report_without_a_year_fills_no_dated_value_into_its_row():
    rep = report("2022年调解成功率为95%。全年办理公证1200件。\n", year=None)
    assert rep.report_year is None
    assert headline_value(rep, "mediation_success_rate") is None  # said of 2022; the row says no year
    assert headline_value(rep, "notarizations").value == 1200  # said of no year, like the row
    assert headline_values(rep)[(2022, "mediation_success_rate")] == 95


def test_the_long_csv_gives_region_and_each_rate_once():
    rep = report("全年调解成功率为97%，群众满意率为99%。\n")
    rows = list(csv.reader(io.StringIO("".join(",".join(r) + "\n" for r in long_rows(rep)))))
    facts_column = [r[7] for r in rows]
    assert facts_column.count("metric") == 1 and facts_column.count("rate") == 1  # 调解成功率 once, 满意率 once
    assert rows[0][1:6] == ["上海市", "上海市", "宝山区", "310113", "2023"]


# Across reports -------------------------------------------------------------------


def restating_reports():
    later = report("2023年调解成功率为98%，2022年调解成功率为97%。\n", year=2023)
    earlier = report("全年调解成功率为96%。全年办理公证800件。\n", year=2022)
    return later, earlier


def test_a_year_comes_from_the_report_about_it_and_a_restatement_that_differs_is_a_finding():
    later, earlier = restating_reports()
    table = build([later, earlier])
    rows = {(r["year"], r["key"]): r for r in table.rows}
    assert rows[(2022, "mediation_success_rate")]["value"] == 96  # the 2022 report, not the 2023 one's 97
    assert rows[(2022, "mediation_success_rate")]["report_year"] == 2022
    assert rows[(2023, "mediation_success_rate")]["value"] == 98
    assert len(table.rows) == 3 and all(r["county"] == "宝山区" for r in table.rows)
    [finding] = table.findings
    assert finding["kind"] == "restated_differently" and (finding["value"], finding["other_value"]) == (96, 97)


def test_of_two_reports_about_one_year_the_later_published_wins():
    first = lawreport.extract(HEAD.format(year=2023) + "发布时间：2024年3月9日\n全年办理公证800件。\n")
    revised = lawreport.extract(HEAD.format(year=2023) + "发布时间：2024年5月20日\n全年办理公证820件。\n")
    table = build([first, revised])
    assert [r["value"] for r in table.rows] == [820] and table.rows[0]["published"] == "2024-05-20"
    assert [f["other_value"] for f in table.findings] == [800]


def test_between_reports_about_one_year_a_stated_rate_over_a_derived_one():
    derived = report("全年受理调解案件1000件，调解成功950件。\n")
    stated = report("全年调解成功率为95.5%。\n")
    rows = {r["key"]: r for r in build([derived, stated]).rows}
    assert rows["mediation_success_rate"]["value"] == 95.5 and rows["mediation_success_rate"]["derived"] is False


def test_reports_of_different_regions_stay_apart():
    a = report("全年办理公证800件。\n")
    b = lawreport.extract("上海市闵行区司法局2023年法治政府建设工作报告\n全年办理公证900件。\n")
    table = build([a, b])
    assert sorted(r["value"] for r in table.rows) == [800, 900] and table.findings == []


def test_reports_without_a_region_are_never_merged():
    a = lawreport.extract("某单位2023年工作总结\n全年办理公证800件。\n")
    b = lawreport.extract("另一单位2023年工作总结\n全年办理公证900件。\n")
    assert a.region is None and b.region is None
    assert sorted(r["value"] for r in build([a, b]).rows) == [800, 900]


def test_the_wide_table_has_a_value_and_a_source_per_key():
    later, earlier = restating_reports()
    table = build([later, earlier])
    columns, rows = wide_rows(table.facts)
    assert columns[:5] == ["province", "city", "county", "code", "year"]
    assert "mediation_success_rate_source" in columns
    by_year = {r["year"]: r for r in rows}
    assert by_year[2022]["notarizations"] == 800 and by_year[2023]["notarizations"] is None
    assert by_year[2023]["mediation_success_rate_source"].endswith("«调解成功率为98%»")


# The command and its formats ---------------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "lawreport", *args], cwd=cwd, capture_output=True, env=env,
                          timeout=120, check=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reports")
    (root / "r2023.txt").write_text(HEAD.format(year=2023) + "2023年受理调解案件1000件，调解成功950件，调解成功率95%。"
                                    "2022年调解成功率为97%。\n", encoding="utf-8")
    (root / "r2022.txt").write_text(HEAD.format(year=2022) + "全年调解成功率为96%。\n", encoding="utf-8")
    return root


def test_csv_from_reports_and_from_their_jsonl_records_is_the_same(folder: Path):
    direct = cli("table", str(folder), "--findings", "findings.csv", cwd=folder.parent)
    assert direct.returncode == 0, direct.stderr
    assert b"\r\n" not in direct.stdout
    rows = list(csv.DictReader(io.StringIO(direct.stdout.decode("utf-8"))))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 4
    by = {(r["year"], r["key"]): r for r in rows}
    assert by[("2022", "mediation_success_rate")]["value"] == "96"
    assert by[("2023", "mediation_cases")]["derived"] == "false"
    assert b"1 restated_differently" in direct.stderr
    findings = list(csv.DictReader(io.StringIO((folder.parent / "findings.csv").read_text(encoding="utf-8"))))
    assert tuple(findings[0]) == FINDING_COLUMNS and findings[0]["other_value"] == "97"
    records = cli("extract", str(folder), "-q", "--format", "jsonl", "-o", "records.jsonl", cwd=folder.parent)
    assert records.returncode == 0
    again = cli("table", "records.jsonl", cwd=folder.parent)
    assert again.stdout == direct.stdout


def test_jsonl_holds_booleans_and_numbers(folder: Path):
    proc = cli("table", str(folder), "--format", "jsonl", cwd=folder.parent)
    rows = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert all(r["derived"] is False and r["target"] is False for r in rows)
    assert {type(r["value"]) for r in rows} <= {int, float} and all(isinstance(r["year"], int) for r in rows)


def test_csv_with_bom_and_chinese_headers(folder: Path):
    proc = cli("table", str(folder), "--bom", "--headers", "zh", "--wide", cwd=folder.parent)
    assert proc.stdout.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(proc.stdout.decode("utf-8-sig"))))
    assert header[:5] == ["省", "市", "县区", "区划代码", "年度"] and "调解成功率出处" in header


def test_sqlite_tables_load(folder: Path, tmp_path: Path):
    target = tmp_path / "table.db"
    proc = cli("table", str(folder), "--format", "sqlite", "-o", str(target), cwd=folder.parent)
    assert proc.returncode == 0, proc.stderr
    db = sqlite3.connect(target)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"reports", "facts", "rates", "documents", "institutions"}
    assert db.execute("SELECT count(*) FROM reports").fetchone() == (2,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index'").fetchone()[0] >= 5
    value, year, derived, report_year = db.execute(
        "SELECT f.value, f.year, f.derived, r.report_year FROM facts f JOIN reports r ON r.id = f.report_id "
        "WHERE f.key = 'mediation_success_rate' AND f.year = 2022").fetchone()
    assert (value, year, derived, report_year) == (96, 2022, 0, 2022)
    assert db.execute("SELECT value FROM facts WHERE key = 'mediation_cases'").fetchone() == (1000,)
    assert isinstance(db.execute("SELECT value FROM facts WHERE key = 'mediation_cases'").fetchone()[0], int)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE facts SET derived = 2")
    assert db.execute("SELECT count(*) FROM rates").fetchone()[0] >= 3


def test_pandas_reads_the_csv(folder: Path):
    pandas = pytest.importorskip("pandas")
    proc = cli("table", str(folder), cwd=folder.parent)
    frame = pandas.read_csv(io.BytesIO(proc.stdout))
    assert list(frame.columns) == list(COLUMNS) and frame["derived"].dtype == bool


def test_plot_draws_rates(folder: Path, tmp_path: Path):
    pytest.importorskip("matplotlib")
    target = tmp_path / "rates.png"
    proc = cli("table", str(folder), "--plot", str(target), cwd=folder.parent)
    assert proc.returncode == 0, proc.stderr
    assert target.read_bytes().startswith(b"\x89PNG")


def test_usage_errors(folder: Path):
    assert cli("table", str(folder), "--format", "sqlite", cwd=folder.parent).returncode == 2
    assert cli("table", str(folder), "--format", "xml", cwd=folder.parent).returncode == 2
    bad = folder.parent / "bad.jsonl"
    bad.write_text("{}\n", encoding="utf-8")
    proc = cli("table", str(bad), cwd=folder.parent)
    assert proc.returncode == 1 and b"bad.jsonl:1: not a lawreport record" in proc.stderr


def test_plot_without_matplotlib_is_a_one_line_error(folder: Path, monkeypatch, capsys):
    from typer.testing import CliRunner

    from lawreport.cli import app

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now raises ImportError
    result = CliRunner().invoke(app, ["table", str(folder), "--plot", "out.png"])
    assert result.exit_code == 11
    assert "pip install 'lawreport[plot]'" in result.output
