"""A headline a page runs into its authors on one line, longer than a title with them: a study's title and the group
of the body that wrote it (…的调研报告 某市司法局课题组, …的建言报告 某市政协某某委员会专题调研组), a news headline and its
reporters (…提升 记者 甲乙 通讯员 丙丁). The line is the title's, the authors cut from it; the study's body is its
author, a group of no body's name (第三调研组) naming none. A line longer than a title before its byline stays a paragraph.

Every text below is written for these tests; the places, bodies, names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_STUDY = ("关于“健全诉源治理机制 推动矛盾纠纷就地化解 提升基层调解组织规范化水平”的调研报告"
          " 南江市政协社会和法制委员会专题调研组\n")
_STUDY_BODY = ("为推动人民调解工作提质增效,委员会组织委员深入基层调研。\n一、基本情况\n"
               "全市现有人民调解组织1260个,全年调解纠纷8400余件,调解成功率为97.1%。\n")
_NEWS = "南江市石门县行政复议案件办理质效连续三年稳步提升 纠错率保持在一成左右 调撤率创新高 记者 周安然 通讯员 韩小禾 李明 赵青青\n"
_NEWS_BODY = "本报讯 2024年,石门县共办理行政复议案件46件,同比增长12%。\n"

CASES = [
    ("a study's title run into its group", _STUDY + _STUDY_BODY, "title",
     "关于“健全诉源治理机制 推动矛盾纠纷就地化解 提升基层调解组织规范化水平”的调研报告"),
    ("…whose body is its author", _STUDY + _STUDY_BODY, "issuer", "南江市政协社会和法制委员会"),
    ("a news headline run into its reporters", _NEWS + _NEWS_BODY, "title",
     "南江市石门县行政复议案件办理质效连续三年稳步提升 纠错率保持在一成左右 调撤率创新高"),
    ("a group of no body's name is cut from the title…", _STUDY.replace("南江市政协社会和法制委员会专题", "第三") + _STUDY_BODY,
     "title", "关于“健全诉源治理机制 推动矛盾纠纷就地化解 提升基层调解组织规范化水平”的调研报告"),
    ("…but authors nothing", _STUDY.replace("南江市政协社会和法制委员会专题", "第三") + _STUDY_BODY, "issuer", None),
    ("a line longer than a title before its byline is a paragraph, no title",
     "南江市石门县行政复议案件办理质效连续三年稳步提升纠错率保持在一成左右受理案件数量逐年增加调解和解比例明显上升群众满意度持续提高"
     " 记者 周安然\n" + _NEWS_BODY, "title", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_headline_run_into_its_authors(case, text, field, expected):
    assert read(text, field) == expected
