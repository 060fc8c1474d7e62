"""News told by its page rather than its head: its credits by role on a line of their own ((记者:甲乙 编辑:丙丁 审核:戊己),
past a long headless body), what the reporter learned said mid-text (记者了解到,…), a media centre's writer on a line
of their own (某区融媒体中心 甲乙), a news site's path over the page (青禾新闻网 > 新闻中心 > …), a paper's today opening
its lead (今日,某局发布了…), and a headline or a lead telling that a case won an honour (…入选全省人民调解典型案例).
Each has a twin that keeps its kind: a report credited to its page's editor alone, a court's own white paper, a case's
own account, a report naming a reporter it spoke to.

Every text below is written for these tests; the bodies, names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport.metadata import _HEAD_CHARS

PARAGRAPH = ("某街道综治中心今年以来坚持把矛盾纠纷化解在基层,通过“网格+调解”的方式,组织网格员和调解员上门走访,倾听居民"
             "诉求,及时发现并处置各类苗头性问题,全年受理各类纠纷三百余起,绝大多数在社区层面得到化解,居民满意度不断提高。\n\n")
BODY = PARAGRAPH * 4
LEARNED = ("近年来,青禾市在全省率先开展行政复议规范化建设,率先出台行政复议抄告办法,率先推出便民举措,行政复议工作取得一系列成果。\n"
           "如今,在青禾,行政复议日益成为群众化解行政争议的首选途径:2021年,全市行政复议机构通过调解和解办结案件1706件;今年上半年,"
           "通过调解和解办结案件518件。经复议后再起诉的比例不断下降,复议的公信力逐步增强,群众的获得感明显提升。\n"
           "为推进改革,青禾市成立了专门的工作专班,梳理了复议受理、调解和解、调查取证等环节的流程,编制了全市统一的文书格式规范,"
           "出台了10项制度规范,各项改革任务稳步落地,复议机构的办案质量和效率持续提高,群众申请复议更加便捷。\n"
           "与此同时,青禾市还推行复议案件繁简分流,简易案件平均办理时间压缩到20日以内,复杂案件实行集体讨论,"
           "复议听证、专家论证等程序更加规范,复议决定的说理更加充分,行政机关依法行政的意识和能力不断增强。"
           "全市还建立了复议意见书、建议书制度,对复议中发现的共性问题及时向有关部门提出改进意见,推动从源头上减少行政争议。\n"
           "{said},按照改革目标,全市行政复议机关由原来的数十个缩减为市、区两级。\n")

CASES = [
    ("credits by role closing a long headless body", BODY + "(记者:张明 李华 编辑:王芳 审核:赵强)\n", "news"),
    ("a reporter's credit bare under its body", BODY + "记者:张明 通讯员:李华\n", "news"),
    ("what the reporter learned, past a long opening", LEARNED.format(said="记者了解到"), "news"),
    ("a media centre's writer on a line of their own",
     "某某区融媒体中心 王芳\n今年该区调解纠纷1200件,调解成功率98%。\n", "news"),
    ("a news site's path over the page",
     "您当前的位置:青禾新闻网 > 新闻中心 > 区县新闻\n\n青禾县多元化解纠纷见实效\n\n" + PARAGRAPH, "news"),
    ("a paper's today telling a court put its white paper out",
     ("今日,某市司法局发布了《2023年度行政复议典型案例》,市高级人民法院发布了《2023年行政诉讼白皮书》。"
      "市政府新闻办召开新闻发布会,介绍了有关情况。\n2023年,全市法院共审结一审行政案件3200件。\n"), "news"),
    ("a headline on a case's honour over its date line",
     ("某县一调解案例入选全省人民调解典型案例\n发布时间:2023-05-06\n近日,省司法厅公布了全省人民调解典型案例评选结果,"
      "某县《一场宅基地纠纷的化解》入选。该县今年已调解纠纷420件。\n"), "news"),
    # twins
    ("a report credited to its page's editor",
     ("某县司法局2023年度法治政府建设情况报告\n2023年,县司法局坚持以习近平法治思想为指导。\n一、主要工作\n"
      "全年调解矛盾纠纷1200件。\n二、存在的问题\n基层力量薄弱。\n责任编辑:王芳\n"), "annual_report"),
    ("a report naming a reporter it spoke to",
     ("某县法律援助中心2023年工作总结\n2023年,中心共办理法律援助案件503件。局长接受记者采访12次,宣传法律援助工作。\n"
      "一、主要工作\n(一)办理案件。全年办理案件503件。\n二、下一步打算\n"), "annual_report"),
    ("what the writer learned, no reporter's words", LEARNED.format(said="调研中了解到"), "other"),
    ("a court's own white paper",
     ("某市中级人民法院2023年度行政案件司法审查报告(白皮书)\n2023年,本院共受理行政案件1500件,审结1450件。"
      "本白皮书对案件情况进行了分析。\n一、案件基本情况\n"), "white_paper"),
    ("a case's own account, its honour told at its end",
     ("【案情简介】\n2023年5月,某村村民甲与乙因宅基地边界发生纠纷,双方多次争执。\n【调解过程】\n调解员多次走访,"
      "组织双方协商。\n【调解结果】\n双方达成调解协议,该案被评为全省优秀调解案例。\n"), "case_study"),
    ("a headline naming a case, no honour",
     "某县一起宅基地纠纷调解案例\n2023年5月,某村村民甲与乙因宅基地边界发生纠纷,经调解员多次上门,双方达成协议。\n",
     "case_study"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_page_telling_news_is_news(case, text, expected):
    assert field(text, "kind") == expected


def test_the_credits_and_the_words_learned_stand_past_the_head():
    assert len(BODY) > _HEAD_CHARS
    assert LEARNED.index("{said}") > _HEAD_CHARS
