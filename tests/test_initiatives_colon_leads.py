"""Initiatives whose lead phrase a colon closes: a paragraph opening 深化执法改革:… names its measure as a
lead sentence (…。) does, when the phrase opens with a measure verb."""

from __future__ import annotations

import pytest

from lawreport import extract

_HEAD = "2024年,我镇扎实推进法治建设。\n一、主要举措和成效\n(一)规范行政权力运行\n"


def _titles(body: str) -> list[str]:
    return [i.title for i in extract(_HEAD + body).initiatives]


def test_a_lead_phrase_closed_by_a_colon_names_its_measure():
    body = ("严格落实合法性审查。镇政府签订的合同全部经法律顾问审查,全年审查合同35份。\n"
            "完善行政执法程序:组织执法人员参加培训3次,推行执法全过程记录,全年办理行政处罚案件6件。\n")
    assert _titles(body) == ["严格落实合法性审查", "完善行政执法程序"]


def test_a_colon_lead_of_two_phrases_is_the_whole_phrase():
    body = ("强化府院联动,化解行政争议:与县法院建立联席会议制度,全年实质化解行政争议4件。\n"
            "推进普法宣传:开展送法进村活动18场,发放资料2000余份。\n")
    assert _titles(body) == ["强化府院联动,化解行政争议", "推进普法宣传"]


@pytest.mark.parametrize("paragraph", [
    "主要做法:组织执法人员参加培训3次,推行执法全过程记录,全年办理行政处罚案件6件。\n",  # a genre word, no measure
    "我镇的具体情况:组织执法人员参加培训3次,全年办理行政处罚案件6件。\n",  # the report's subject
    "2024年以来,完善执法程序:全年办理行政处罚案件6件。\n",  # a time
    "完善行政执法程序,落实执法责任,健全执法监督,压实部门职责,规范执法行为,提升执法水平:全年办理案件6件。\n",  # too long
])
def test_a_colon_after_no_measure_or_a_long_run_names_none(paragraph):
    """One lead paragraph beside it: the part lists no measures of its own, its heading is the measure."""
    lead = "严格落实合法性审查。镇政府签订的合同全部经法律顾问审查,全年审查合同35份。\n"
    assert _titles(lead + paragraph) == ["规范行政权力运行"]
