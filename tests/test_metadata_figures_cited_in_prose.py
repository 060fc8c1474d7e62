"""Figures a text cites in its prose do not make it a statistics release: 统计数据 or 数据统计 read as the kind's cue only
where they name the text (its title, a heading or a column closing its line, a table, 现发布…统计数据如下), not where a
commentary, an essay or a report cites figures (一组统计数据显示, 基于…权威统计数据, 结合…统计数据撰写, 加强数据统计工作).
A place named only as an example of what the text says (以某县为例,…) is no place of its own: such a text, naming no
other, has no region.

Every text below is written for these tests; the places are real where the division list must know them, the figures
made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_COMMENTARY = ("今年前8个月,某市两级法院共受理行政诉讼案件120件。\n"
               "有报纸引用的一组统计数据显示,在法院审结的一审行政案件中,原告胜诉率平均为三成。我们不妨看看,异地审理"
               "之后的情形会有什么不同。\n")
_ESSAY = ("当前人民调解制度在基层社会治理中发挥着第一道防线作用,近年来成效日益显著,在化解婚姻家庭、邻里纠纷等常见矛盾中"
          "作用突出。\n"
          "这一判断建立在大量研究和权威统计数据之上。研究发现,调解组织网络的覆盖是其成效的主要来源。\n")

KINDS = [
    ("a commentary citing a set of figures", _COMMENTARY, "other"),
    ("an essay resting on figures", _ESSAY, "other"),
    ("a disclosure report saying what figures it was written from",
     ("本报告依据《中华人民共和国政府信息公开条例》要求,结合青禾县司法局政府信息公开工作有关统计数据撰写。本报告包括总体"
      "情况、主动公开政府信息情况等内容。\n一、总体情况\n全年主动公开政府信息120条。\n"), "annual_report"),
    ("a yearly report speaking of its figures' upkeep",
     ("2023年,青禾县司法局进一步加强数据统计工作,深入推进法治政府建设。现将有关情况报告如下:\n一、主要工作\n"
      "全年调解纠纷120件,调解成功118件。\n"), "annual_report"),
    # a release stays one
    ("the figures named in the title", "2024年全市人民调解工作数据统计\n来源:青禾市司法局\n全年调解纠纷5808件,调解成功5807件。\n",
     "statistics"),
    ("…said the other way round", "2024年全市人民调解工作统计数据\n全年调解纠纷5808件,调解成功5807件。\n", "statistics"),
    ("a heading of figures closing its line", "青禾县2024年司法行政工作\n一、统计数据\n全年调解纠纷5808件,调解成功5807件。\n",
     "statistics"),
    ("a table of figures", "青禾县2024年司法行政工作\n表1 人民调解数据统计表\n调解纠纷 | 5808\n调解成功 | 5807\n", "statistics"),
]


@pytest.mark.parametrize(("case", "text", "expected"), KINDS, ids=[c[0] for c in KINDS])
def test_figures_cited_in_prose_make_no_release(case, text, expected):
    assert read(text, "kind") == expected


REGIONS = [
    ("an essay naming a county only as its example", _ESSAY + "以桐庐县为例,2024年调解纠纷531件,调解成功率接近百分之百。\n",
     (None, None, None)),
    ("…in its first sentence", "人民调解成效显著,以桐庐县为例,2024年调解纠纷531件。这些权威统计数据印证了调解的作用。\n",
     (None, None, None)),
    ("…a province so", _ESSAY + "以浙江省调解协会公布的数据为例,该省2024年调解纠纷约80万件。\n", (None, None, None)),
    # a text naming its own place keeps it
    ("a county's report naming one of its towns as its example",
     "2024年,桐庐县坚持依法行政,深入推进法治政府建设。现将有关情况报告如下:\n一、主要工作\n以分水镇为例,全年调解纠纷531件。\n",
     ("浙江省", "杭州市", "桐庐县")),
    ("a place named besides the example", "2024年,桐庐县坚持依法行政。以某乡为例,全年调解纠纷531件。\n桐庐县全年调解纠纷5800件。\n",
     ("浙江省", "杭州市", "桐庐县")),
]


@pytest.mark.parametrize(("case", "text", "expected"), REGIONS, ids=[c[0] for c in REGIONS])
def test_a_place_named_only_as_an_example_is_no_region(case, text, expected):
    assert read(text, "region") == expected
