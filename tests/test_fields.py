"""`extract --fields`: only the parts of a record asked for."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from lawreport.cli import app
from lawreport.emit import record_fields

TEXT = "上海市宝山区司法局2023年法治政府建设工作报告\n全年调解成功率为97%。依据《行政复议法》办理案件。\n"


def test_groups_and_fields_in_record_order_with_the_source():
    assert record_fields(["rates,metadata"]) == [
        "source", "kind", "title", "issuer", "region", "report_year", "published", "rates", "metadata_evidence"]
    assert record_fields(["documents", "metrics"]) == ["source", "metrics", "documents"]


def test_an_unknown_name_is_refused():
    with pytest.raises(ValueError, match="unknown field 'metric'"):
        record_fields(["metric"])


def test_extract_keeps_only_the_named_parts(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--fields", "metrics,report_year"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert list(record) == ["source", "report_year", "metrics"]
    assert record["report_year"] == 2023 and record["metrics"][0]["value"] == 97
    assert CliRunner().invoke(app, ["extract", str(path), "--fields", "nothing"]).exit_code == 2
