"""Deleting any cue of a [[metadata.kind]] entry must change how a text of the metadata tests is read: its kind, or
the span the record gives as the kind's evidence.

For each title, head and told cue of each kind, the kind's rule is compiled again without it and every text of
tests/test_metadata*.py and of KINDS below that holds a match of the cue is read again (metadata.read_metadata); for a
told cue, which narrows its kind's title cues, every text that holds one of those. The texts are the string constants
of those files and the strings their modules hold (tables of cases, texts joined from pieces), each read alone.
A cue no text depends on is one no test would miss: a new cue needs a text of its own that is read otherwise without
it. The cues in UNDEFENDED lack one (each marked xfail, strictly: once a text defends it, it must go from there).

KINDS holds texts written for these cues; NOT_KINDS twins of some of them, which lack the cue and so its kind.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import regex
from conftest import catalog_in_use, strings_of_tests

from lawreport.catalog import DEFAULT_PATH, Catalog, get_catalog
from lawreport.catalog_file import CatalogFile, kind_rule
from lawreport.metadata import read_metadata
from lawreport.normalize import normalize
from lawreport.structure import Outline

TESTS = Path(__file__).parent
FIELDS = ("title", "head", "told")
_HAN = re.compile(r"[\u4e00-\u9fff]")

# (text, kind, evidence): a cue makes the text's kind, the evidence being what it matched
KINDS = [
    # yearbook: an entry opening the page with its 【topic】 and a sentence run on after it, no year needed
    ("【人民调解】全县共有人民调解组织300个,调解员1500名,全年调解纠纷2000件,调解成功1980件。\n【法律援助】全县共有法律援助工作站20个。\n",
     "yearbook", "【人民调解】全县共有人民调解组织300个,调解员1500名,全年调解纠纷2000件,调解成功1980件。"),
    # …or closing with its writer's credit (撰稿:…)
    ("司法行政\n全县有律师事务所5家,执业律师60名,全年办理各类法律事务1200件。(撰稿:李华)\n", "yearbook", "(撰稿:"),
    # news: the paper's own reporter, the byline word whole
    ("青禾县律师协会召开会员大会\n本报记者 李华\n县律师协会日前召开第三次会员大会,选举产生新一届理事会。\n", "news", "本报记者"),
    # …or a lead opening with the day that tells a court put its white paper out, under a headline the white paper's cue
    # would claim
    ("青禾县人民法院发布2023年度行政审判白皮书\n1月10日,青禾县人民法院发布《2023年度行政审判白皮书》,回顾一年来全县行政案件的审理情况。\n",
     "news", "1月10日,青禾县人民法院发布《2023年度行政审判白皮书"),
    # …or a lead opening with the day a congress's group came to look into the work, under a headline on its visit that
    # the yearly report's 工作情况 would claim; a body's own account of its inspections keeps the claim
    (("青禾县人大常委会视察全县法治政府建设工作情况\n6月2日,县人大常委会副主任带领视察组来我县视察法治政府建设工作。"
      "2023年,全县共受理行政复议申请56件,办结52件。\n"), "news", "6月2日,县人大常委会副主任带领视察"),
    ("青禾县2023年行政执法检查工作情况\n2023年,县司法局组织开展行政执法检查12次,发现问题35个。\n", "annual_report", "工作情况"),
    # other: a speech, whatever meeting it was given at
    ("在2023年度全县法治政府建设工作总结会上的讲话\n同志们:\n今天召开全县法治政府建设工作总结会,主要任务是总结一年来的工作。\n", "other",
     "讲话"),
    # other: an untitled notice saying what it is without 现将 (…,经研究,有关事项通知如下:), whatever report it asks for
    (("各乡镇人民政府,县直各单位:\n为做好2024年度法治政府建设情况报告工作,经研究,有关事项通知如下:\n一、报告内容\n"
     "各单位报告应包括推进法治政府建设的主要举措和成效。\n"), "other", "有关事项通知如下"),
    # case_study: a headline naming the ways a body did something (…的主要做法), or a part headed so
    ("青禾县推行行政执法“首违不罚”的主要做法\n青禾县司法局\n2023年,县司法局会同各执法部门梳理首违不罚事项清单,全年对120家市场主体免予处罚。\n",
     "case_study", "做法"),
    ("青禾县白沙镇化解一起土地承包纠纷\n案例内容:\n2023年3月,白沙镇两户村民因土地承包边界发生纠纷,镇调委会调解员多次上门调解。\n",
     "case_study", "案例内容"),
    ("青禾县“一站式”矛盾纠纷调处中心建设\n【主要做法】\n县里整合信访、调解、法律援助等力量,建成矛盾纠纷调处中心。\n",
     "case_study", "【主要做法】"),
    # white_paper: a court's review of the cases it judged, by its title or by what it says it reports
    ("青禾市中级人民法院2023年度司法审查报告\n2023年,全市法院共受理一审行政案件860件。\n", "white_paper", "司法审查"),
    ("现将2023年度全市法院行政诉讼司法审查情况报告如下:\n2023年,全市法院共受理一审行政案件860件。\n", "white_paper",
     "司法审查情况报告"),
    ("青禾县人民法院2023年行政诉讼案件情况报告\n2023年,本院共受理一审行政案件86件,审结80件。\n", "white_paper",
     "行政诉讼案件情况报告"),
    # statistics: figures released as such, said under the title
    ("青禾县法律服务业发展情况\n——2023年度司法行政统计公报\n2023年末,全县共有律师事务所12家,执业律师160名。\n", "statistics",
     "统计公报"),
    ("2023年行政复议案件情况分析\n一、统计分析\n全年共收到行政复议申请320件,受理298件。\n", "statistics", "统计分析"),
    ("青禾县2023年行政执法情况\n一、数据统计\n全年各执法部门共办理行政处罚案件3200件。\n", "statistics", "数据统计"),
    ("青禾县2023年行政执法情况\n一、统计信息\n全年各执法部门共办理行政处罚案件3200件。\n", "statistics", "统计信息"),
    ("青禾县2023年行政执法情况\n一、数据发布\n全年各执法部门共办理行政处罚案件3200件。\n", "statistics", "数据发布"),
]

# (text, kind): the twin of a text of KINDS without its cue, which is not of that kind
NOT_KINDS = [
    # the white paper itself, and the meeting's own summary
    ("青禾县人民法院2023年度行政审判白皮书\n2023年,本院共受理一审行政案件86件,审结80件。\n", "news"),
    ("2023年度全县法治政府建设工作总结\n2023年,全县坚持依法行政,推进法治政府建设取得新成效。\n", "other"),
    # a case told under another heading
    ("青禾县白沙镇化解一起土地承包纠纷\n基本经过:\n2023年3月,白沙镇两户村民因土地承包边界发生纠纷,镇调委会调解员多次上门调解。\n",
     "case_study"),
    # a report's 【heading】 stands on its own line
    ("【人民调解】\n全县共有人民调解组织300个,调解员1500名,全年调解纠纷2000件,调解成功1980件。\n", "yearbook"),
    ("司法行政\n全县有律师事务所5家,执业律师60名,全年办理各类法律事务1200件。\n", "yearbook"),
    # a report saying what it is in a report's words
    (("2024年,县司法局坚持依法行政,推进法治政府建设取得新成效,有关情况报告如下:\n一、主要举措\n"
     "各单位推进法治政府建设的主要举措和成效。\n"), "other"),
    ("青禾县推行行政执法“首违不罚”的主要情况\n青禾县司法局\n2023年,县司法局会同各执法部门梳理首违不罚事项清单,全年对120家市场主体免予处罚。\n",
     "case_study"),
    ("青禾县“一站式”矛盾纠纷调处中心建设\n【主要成效】\n县里整合信访、调解、法律援助等力量,建成矛盾纠纷调处中心。\n", "case_study"),
    ("青禾县人民法院2023年民事案件情况报告\n2023年,本院共受理一审民事案件860件,审结800件。\n", "white_paper"),
    ("青禾县法律服务业发展情况\n——2023年度司法行政工作公报\n2023年末,全县共有律师事务所12家,执业律师160名。\n", "statistics"),
    ("青禾县2023年行政执法情况\n一、基本情况\n全年各执法部门共办理行政处罚案件3200件。\n", "statistics"),
]

# A yearbook's page under its path (…> 年鉴 > 正文): the title's 年鉴 is the evidence of its kind, not the path's.
YEARBOOK_UNDER_ITS_PATH = "您的位置:首页 > 年鉴 > 正文\n青禾县年鉴\n发布时间:2024-01-05\n【司法行政】 2022年,县司法局内设股室6个,下辖司法所12个。\n"

# Cues no text of the tests depends on yet, `kind field cue`.
UNDEFENDED: set[str] = set()


def _read(copy: str) -> tuple[str, tuple[int, int] | None]:
    """The kind of a normalized text and the span its record gives as the kind's evidence."""
    meta = read_metadata(copy, Outline(copy))
    return meta.kind, meta.kind_span


def kind_read(text: str) -> tuple[str, str | None]:
    """The text's kind and the words of its evidence."""
    copy = normalize(text)
    kind, span = _read(copy)
    return kind, None if span is None else copy[slice(*span)]


@pytest.mark.parametrize(("text", "kind", "evidence"), KINDS)
def test_a_cue_names_the_kind(text, kind, evidence):
    assert kind_read(text) == (kind, evidence)


@pytest.mark.parametrize(("text", "kind"), NOT_KINDS)
def test_a_text_without_the_cue_is_of_another_kind(text, kind):
    assert kind_read(text)[0] != kind


def test_a_title_s_cue_is_the_evidence_of_its_kind():
    copy = normalize(YEARBOOK_UNDER_ITS_PATH)
    title = copy.index("青禾县年鉴")
    assert _read(copy) == ("yearbook", (title + 3, title + 5))


@cache
def _catalog_file() -> CatalogFile:
    return CatalogFile.model_validate(tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8")))


def _items() -> Iterator[tuple[str, int, str, int]]:
    """(name, entry index, field, cue index) of every cue, named `kind field cue`."""
    for index, entry in enumerate(_catalog_file().metadata.kind):
        for field in FIELDS:
            for position, cue in enumerate(getattr(entry, field) or []):
                yield f"{entry.kind} {field} {cue}", index, field, position


def _strings_held(value: object, found: set[str]) -> None:
    """The strings holding a Chinese character in `value`, its lists, tuples, dicts and pytest.param sets."""
    if isinstance(value, str):
        if _HAN.search(value):
            found.add(value)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _strings_held(item, found)
    elif isinstance(value, dict):
        _strings_held(list(value.values()), found)
    elif type(value).__name__ == "ParameterSet":
        _strings_held(value.values, found)


@cache
def _texts() -> tuple[str, ...]:
    """The texts of the metadata tests and of this file, normalized as the reader has them."""
    found = set(strings_of_tests("test_metadata*.py", lambda text: bool(_HAN.search(text))))
    for path in [*sorted(TESTS.glob("test_metadata*.py")), Path(__file__)]:
        for name, value in vars(importlib.import_module(path.stem)).items():
            if not name.startswith("__"):
                _strings_held(value, found)
    return tuple(sorted({normalize(text) for text in found}))


@cache
def _shipped_reading(copy: str) -> tuple[str, tuple[int, int] | None]:
    """_read with the shipped catalog: asked only outside catalog_in_use."""
    return _read(copy)


def _without(shipped: Catalog, index: int, field: str, position: int) -> Catalog:
    entry = _catalog_file().metadata.kind[index]
    cues = list(getattr(entry, field))
    del cues[position]
    rules = list(shipped.kinds)
    rules[index] = kind_rule(entry.model_copy(update={field: cues or None}), _catalog_file().metadata.cues)
    return type(shipped)(**{**vars(shipped), "kinds": tuple(rules)})


def read_otherwise(index: int, field: str, position: int) -> tuple[int, bool]:
    """How many texts hold the cue, and whether one of them is read otherwise without it."""
    entry = _catalog_file().metadata.kind[index]
    # (a told cue narrows the kind's title cues: the texts their titles may hold are those it may change)
    held = regex.compile("|".join(entry.title) if field == "told" else getattr(entry, field)[position], regex.M)
    readings = {copy: _shipped_reading(copy) for copy in _texts() if held.search(copy)}
    with catalog_in_use(_without(get_catalog(), index, field, position)):
        return len(readings), any(_read(copy) != reading for copy, reading in readings.items())


ITEMS = list(_items())


@pytest.mark.parametrize(("index", "field", "position"), [
    pytest.param(index, field, position, id=f"{name.split()[0]}-{field}-{position}", marks=pytest.mark.xfail(
        strict=True, reason="no text of the tests is read otherwise without it") if name in UNDEFENDED else ())
    for name, index, field, position in ITEMS])
def test_deleting_a_kind_cue_changes_a_reading(index, field, position):
    held, changed = read_otherwise(index, field, position)
    assert changed, f"{held} texts hold it and none is read otherwise without it"


def test_every_undefended_cue_is_one_of_the_catalog():
    assert sorted(UNDEFENDED - {name for name, *_ in ITEMS}) == []
