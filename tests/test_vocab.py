"""The record's closed sets of names come from lawreport/vocab.py, and the record refuses others."""

from __future__ import annotations

import importlib.metadata
from typing import get_args

import pytest
from pydantic import ValidationError

import lawreport
from lawreport import vocab
from lawreport.models import (
    Document,
    Institution,
    Metric,
    Quantity,
    Section,
    YearMention,
)

SPAN = {"text": "", "start": 0, "end": 0}


def _metric(unit: str) -> dict:
    return {"key": "legal_aid_cases", "label": "法律援助案件数", "value": 3, "unit": unit, "evidence": SPAN}


def _section(kind: str) -> dict:
    return {"level": 1, "numbering": "一、", "title": "成效", "kind": kind, "start": 0, "end": 0, "evidence": SPAN}


CASES = [
    (Metric, _metric, vocab.UNITS, "percent"),
    (Section, _section, get_args(vocab.SectionKind), "problems"),
    (Document, lambda t: {"title": "条例", "type": t, "evidence": SPAN},
     get_args(vocab.DocumentType), "regulation"),
    (Institution, lambda t: {"name": "区法院", "canonical": None, "type": t, "evidence": [SPAN]},
     vocab.INSTITUTION_TYPES, "tribunal"),
    (Quantity, lambda k: {"subject": "案件", "value": 1, "unit": "件", "kind": k, "evidence": SPAN},
     get_args(vocab.QuantityKind), "bare"),
    (YearMention, lambda k: {"kind": k, "value": "2023", "evidence": SPAN}, get_args(vocab.YearKind), "decade"),
]


@pytest.mark.parametrize(("model", "build", "names", "unknown"), CASES)
def test_the_record_takes_every_name_of_its_enumeration_and_no_other(model, build, names, unknown):
    for name in names:
        model.model_validate(build(name))
    with pytest.raises(ValidationError):
        model.model_validate(build(unknown))


def test_the_document_kind_of_a_report_is_one_of_vocab_kinds():
    schema = lawreport.Report.model_json_schema()
    assert tuple(schema["properties"]["kind"]["enum"]) == vocab.KINDS


def test_every_qualifier_the_scanner_gives_is_one_the_record_takes():
    from lawreport.numbers import grammar

    assert set(grammar().qualifiers.values()) | {"range"} == set(vocab.QUALIFIERS)


def test_the_version_is_written_once():
    assert importlib.metadata.version("lawreport") == lawreport.__version__


def test_the_division_levels_are_vocab_s_and_name_the_region_s_fields_from_the_top():
    from lawreport import regions

    assert vocab.DIVISION_LEVELS == (vocab.PROVINCE, vocab.CITY, vocab.COUNTY)
    (county,) = regions.divisions_named("慈溪市")
    assert [unit.level for unit in (*regions.ancestors(county), county)] == list(vocab.DIVISION_LEVELS)
    assert {unit.level for unit in regions.provinces()} == {vocab.PROVINCE}
    found = regions.resolve("慈溪市召开会议。慈溪市法治政府建设。")
    assert (found.province, found.city, found.county) == ("浙江省", "宁波市", "慈溪市")
