"""The committed JSON Schema is what `lawreport schema` prints, and records validate against it."""

from __future__ import annotations

import json

import jsonschema
from conftest import ROOT

from lawreport import extract_file
from lawreport.models import Report


def test_committed_schema_matches_models():
    committed = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    assert committed == Report.model_json_schema(), "regenerate with: lawreport schema > schemas/report.schema.json"


def test_seed_records_validate_against_schema():
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        record = json.loads(extract_file(path).model_dump_json())
        jsonschema.validate(record, schema)
