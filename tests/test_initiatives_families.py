"""Sections and initiatives on the layouts reports use besides the seeds' one: single-sentence
items, run-in lists, headings above their body, work-area headings, plan documents, page
toolbars and text wrapped at a fixed width. Every sentence here is written for the test."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.initiatives import (
    _QUOTED,
    _after_pauses,
    _claim_parts,
    _first_claims,
    _indexed,
    _inside,
    _plain_word,
    find_initiatives,
    paragraphs,
)
from lawreport.normalize import normalize
from lawreport.structure import ITEM_NUMBERING_OPENERS, Outline


@pytest.mark.parametrize(("text", "found"), [
    ("甲。(一)乙;1.丙:一是丁", [2, 7, 11]),  # numbering, or the indent or bracket before it, may follow
    ("甲。 (二)", [2]),
    ("甲。乙;\n丙:你", []),  # an ideograph other than a Chinese digit, or a line break: no item here
    ("甲。", [2]),  # the text's end: nothing rules an item out
    ("甲。【乙】;\U00020000", [2, 6]),  # outside the common ideographs
])
def test_an_item_may_follow_a_pause_where_numbering_may_open(text, found):
    assert _after_pauses(text) == found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲一(1 。;:,\n【", max_size=40))
def test_the_pauses_found_one_at_a_time_are_those_a_class_of_them_finds(text):
    one_pattern = re.compile(rf"[。;:](?=[{ITEM_NUMBERING_OPENERS}]|\Z)")
    assert _after_pauses(text) == [m.end() for m in one_pattern.finditer(text)]


@pytest.mark.parametrize(("text", "claims"), [
    ("我区在全省范围内率先建成智慧调解平台。", ["全省范围内率先"]),
    ("本市首批试点街道已经挂牌。", ["本市首批"]),
    ("我区建成智慧调解平台,在全省推广。", []),  # none of the words: no part is scanned, none is found
    ("率先", []),  # the word without what must open the claim
])
def test_a_first_claim_is_found_by_the_part_holding_its_word(text, claims):
    assert [m.group(0) for m in _first_claims(text)] == claims


def test_a_claim_part_is_skipped_by_its_word_only_when_it_matches_nothing_else():
    assert all(word is None or word in part.pattern for word, part in _claim_parts())
    assert _plain_word(regex.compile("全国(?:率先)"), 2) is None  # not plain text
    assert _plain_word(regex.compile("(?i)全国ab"), 6) is None  # may match AB too
    assert _plain_word(regex.compile("全国首批"), 2) == "首批"


def initiatives(text: str) -> list[tuple[str, str]]:
    """(title, category) of each initiative, titles in normalized form."""
    normalized = normalize(text)
    return [(normalized[i.title_start:i.title_end], i.category)
            for i in find_initiatives(normalized, Outline(normalized))]


def titles(text: str) -> list[str]:
    return [t for t, _ in initiatives(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.heading.title, s.kind) for s in Outline(normalize(text)).sections]


# --- a numbered item that is a single sentence ---------------------------------------------------

def test_a_numbered_item_of_one_sentence_is_an_initiative():
    text = ("一、工作成效\n全年办理案件三百件。\n二、下一步打算\n"
            "（一）加强执法队伍建设。\n（二）完善行政复议案件审理机制。\n")
    assert initiatives(text) == [("加强执法队伍建设", "plans"), ("完善行政复议案件审理机制", "plans")]


def test_a_numbered_heading_with_numbered_children_is_no_initiative():
    text = "一、工作成效\n（一）强化组织保障\n1.召开专题会议研究部署。\n2.制定年度工作方案。\n"
    assert titles(text) == ["召开专题会议研究部署", "制定年度工作方案"]


# --- the title: a lead sentence of at most 30 characters, else its first clause ------------------

@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("（一）深化府院联动，推动行政争议实质性化解。", "深化府院联动,推动行政争议实质性化解"),  # 18 characters: whole
        ("（一）规范行政应诉工作，确保行政诉讼案件负责人出庭应诉率继续保持在百分之百。", "规范行政应诉工作"),  # long: first clause
        ("（一）推进执法信息化建设。全年新建执法终端二十台，覆盖全部乡镇。", "推进执法信息化建设"),  # run-in heading
        ("（一）在队伍建设上，基层执法人员的专业素养与繁重的执法任务仍不相适应。", "在队伍建设上,基层执法人员的专业素养与繁重的执法任务仍不相适应"),
        ("（一）在全市范围推广行政执法数字化监督平台，实现各镇街执法数据实时归集。", "在全市范围推广行政执法数字化监督平台"),
        ("（一）全年公证办证量力争达到12,600件以上，网上申办比例提升到三成，群众满意率稳步提高。", "全年公证办证量力争达到12,600件以上"),
        ("（一）人民调解成功率:保持在98%以上。", "人民调解成功率"),
        ("（一）复议诉讼比提高到2.5:1以上。", "复议诉讼比提高到2.5:1以上"),
    ],
)
def test_the_title_is_the_lead_phrase(item, title):
    assert titles(f"一、工作计划\n{item}\n") == [title]


# --- run-in lists --------------------------------------------------------------------------------

def test_a_numbered_list_run_into_one_paragraph_gives_one_initiative_each():
    text = ("一、2024年工作安排\n"
            "（一）推进复议体制改革，提升办案质效；（二）加强执法监督；（三）深化法治宣传教育。\n")
    assert titles(text) == ["推进复议体制改革,提升办案质效", "加强执法监督", "深化法治宣传教育"]


def test_a_run_in_list_after_an_introduction():
    text = "一、主要做法\n全局重点抓了三件事：1.建立联席会议制度；2.开展案卷评查；3.组织旁听庭审。\n"
    assert titles(text) == ["建立联席会议制度", "开展案卷评查", "组织旁听庭审"]


def test_numbers_after_a_pause_that_do_not_count_from_one_are_no_list():
    text = "一、规范行政执法\n全年开展执法检查。其中；3、4月份检查较多；5、6月份较少，总体平稳有序地完成了任务。\n"
    assert titles(text) == ["规范行政执法"]


def test_run_in_numbering_of_two_families_is_not_one_list():
    text = "一、规范行政执法\n全年做了两项工作。（1）完善制度；2.加强培训。\n"
    assert titles(text) == ["规范行政执法"]


@pytest.mark.parametrize(("heading", "found"), [
    # the heading's own (一) opens the paragraph: the 1./2. run in after it are the list, the heading no item
    ("（一）以改革促规范", ["推行包容审慎监管", "完善信用修复机制"]),
    ("1.以改革促规范", ["推行包容审慎监管", "完善信用修复机制"]),  # …as after a heading of the items' own family
    ("（二）以改革促规范", ["推行包容审慎监管", "完善信用修复机制"]),
])
def test_items_numbered_one_two_run_in_after_the_heading_opening_their_paragraph(heading, found):
    text = (f"一、主要举措\n{heading}。1.推行包容审慎监管。首违不罚清单适用案件86件。"
            "2.完善信用修复机制。全年修复企业信用记录40条。\n")
    assert titles(text) == found


def test_a_heading_s_numbering_with_no_list_run_in_after_it_stays_the_item():
    text = "一、主要举措\n（一）以改革促规范。首违不罚清单适用案件86件。（1）完善制度；2.加强培训。\n"
    assert titles(text) == ["以改革促规范"]


def test_yi_shi_items_run_into_a_heading_line():
    text = "一、加强组织领导\n全年召开会议三次。\n二、存在的不足。一是执法力量薄弱；二是信息化水平不高。\n"
    assert initiatives(text) == [("加强组织领导", "achievements"), ("执法力量薄弱", "shortcomings"),
                                 ("信息化水平不高", "shortcomings")]


@pytest.mark.parametrize(
    ("intro", "category"),
    [
        ("同时，工作中还存在以下问题和不足：", "shortcomings"),
        ("下一步，我们将重点抓好以下工作：", "plans"),
        ("针对存在的问题，我们采取了以下措施：", "achievements"),  # the last clause names what the items are
        ("", "achievements"),  # the list opens its paragraph: no introduction names another kind
    ],
)
def test_an_unheaded_list_takes_the_kind_its_introduction_names(intro, category):
    text = f"一、主要工作\n（一）强化领导\n召开会议三次。\n（二）规范执法\n{intro}一是案卷质量不高；二是培训不足。\n"
    assert initiatives(text)[-2:] == [("案卷质量不高", category), ("培训不足", category)]


# --- headings above their body, work areas, genre headings ---------------------------------------

def test_a_heading_alone_on_its_line_is_the_initiative_and_its_body_is_not():
    text = ("一、主要举措\n（一）坚持从严治院，锻造过硬队伍\n"
            "　　深入开展主题教育，严格落实防止干预司法的各项规定，全年组织业务培训十二期。\n"
            "（二）深化诉源治理\n　　加强诉前调解。推动纠纷在诉前化解。\n")
    assert titles(text) == ["坚持从严治院,锻造过硬队伍", "深化诉源治理"]


def test_lead_sentence_paragraphs_under_a_heading_are_its_initiatives():
    text = ("一、主要举措\n（一）统筹推进法治建设\n加强统筹谋划抓好落实。召开委员会会议两次。\n"
            "深化督察考评压实责任。开展专项督察一次。\n")
    assert titles(text) == ["加强统筹谋划抓好落实", "深化督察考评压实责任"]


def test_a_work_area_heading_without_sub_items_is_an_initiative_a_genre_heading_is_not():
    text = ("一、人民调解工作。全县调解纠纷一千件。\n二、公证工作。全年办理公证五百件。\n"
            "三、主要负责人履行第一责任人职责情况\n县长主持召开常务会议研究法治工作。\n"
            "四、存在的问题\n基层力量仍然薄弱，经费保障不足。\n")
    assert initiatives(text) == [("人民调解工作", "achievements"), ("公证工作", "achievements")]


@pytest.mark.parametrize(
    "lead",
    ["2020年，市公安局将执法", "此外，还完成了", "同时，加强了", "另外，新建了", "近年来，持续推进", "今年以来，共计", "全年，累计",
     "“十三五”期间，全县", "疫情期间，坚持", "（注：按所在地统计", "案例2：某村诉某镇政府", "受理行政复议案件120件"],
)
def test_a_paragraph_opening_with_a_time_a_setting_a_note_a_case_or_a_figure_names_no_measure(lead):
    text = f"一、主要举措\n加强统筹谋划抓好落实。召开会议两次。\n{lead}。开展检查五次，效果良好。\n"
    assert titles(text) == ["加强统筹谋划抓好落实"]


# --- section kinds: plan documents and cue words --------------------------------------------------

PLAN = ("某县人民政府关于印发某县法治政府建设实施方案(2021—2025年)的通知\n\n"
        "一、发展基础\n全县法治政府建设取得积极成效。\n二、总体要求\n到2025年基本建成法治政府。\n"
        "三、主要任务\n（一）健全依法决策机制。\n四、保障措施\n各部门要加强领导。\n")


def test_every_part_of_a_plan_document_after_its_review_is_a_plan():
    assert kinds(PLAN) == [("发展基础", "achievements"), ("总体要求", "plans"), ("主要任务", "plans"),
                           ("保障措施", "plans")]


@pytest.mark.parametrize("head", ["2024年全市法治政府建设工作要点\n", "某省公共法律服务体系建设规划\n",
                                  "为推进依法行政，制定本方案。\n", "现将全市法治政府建设工作要点如下：\n",
                                  "某区法治政府建设行动计划(2023—2025年)\n"])
def test_a_plan_document_names_itself_near_its_start(head):
    text = head + "一、加强组织领导\n（一）健全工作机制。\n"
    assert kinds(text) == [("加强组织领导", "plans")]


def test_a_report_that_mentions_a_plan_is_no_plan_document():
    text = ("某区司法局2023年工作总结\n根据《某区法治政府建设实施方案》，现将工作总结如下。\n"
            "一、加强组织领导\n召开会议三次。\n二、存在的问题\n力量薄弱。\n")
    assert kinds(text) == [("加强组织领导", "achievements"), ("存在的问题", "shortcomings")]


@pytest.mark.parametrize("review", ["发展基础", "现实基础", "工作基础", "发展现状", "发展环境", "规划背景", "十三五工作回顾",
                                    "上一阶段工作总结"])
def test_a_plan_documents_review_is_achievements(review):
    text = f"某市法治建设规划\n一、{review}\n成效明显。\n二、重点任务\n（一）推进改革。\n"
    assert kinds(text) == [(review, "achievements"), ("重点任务", "plans")]


def test_a_plan_documents_part_without_a_review_word_is_a_plan():
    text = "某市法治建设规划\n一、面临形势\n任务艰巨。\n二、重点任务\n（一）推进改革。\n"
    assert kinds(text) == [("面临形势", "plans"), ("重点任务", "plans")]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("司法建议", "plans"), ("意见建议", "plans"), ("问题与建议", "shortcomings"),
        ("困难和建议", "shortcomings"), ("存在的不足及建议", "shortcomings"), ("工作建议", "plans"),
        ("存在的问题及下一步工作", "plans"), ("存在问题和下步打算", "plans"), ("2023年工作计划完成情况", "achievements"),
        ("下阶段工作", "plans"), ("2024年工作重点", "plans"), ("工作安排", "plans"), ("下一步工作思路", "plans"),
        ("工作思路", "plans"),
        # work arranged as a whole, a new line found: work done, no cue (other after a plans part)
        ("围绕中心,统筹安排,全力推进法治政府建设", "other"), ("深入学习法治思想,法治建设取得新思路", "other"),
        ("“十三五”工作回顾", "achievements"), ("质量管理情况", "achievements"),
        ("依法行政工作", "other"),  # no cue: after a plans part it stays other
        ("情况通报制度建设", "other"),  # 情况 only counts at the end of a title
    ],
)
def test_section_kind_cues(heading, kind):
    text = f"一、2024年工作计划\n推进改革。\n二、{heading}\n完成任务。\n"
    assert kinds(text)[1] == (heading, kind)


def test_work_arranged_or_a_line_found_opens_no_plan():
    text = ("某县2023年法治政府建设情况报告\n一、围绕中心,统筹安排,全力推进法治政府建设\n召开会议三次。\n"
            "二、深入学习法治思想,法治建设取得新思路\n完成任务。\n三、2024年工作思路\n推进改革。\n")
    assert [kind for _, kind in kinds(text)] == ["achievements", "achievements", "plans"]


# --- page toolbars --------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["【字体：大 中 小】", "【打印本页】", "【关闭窗口】", "【相关链接】"])
def test_a_page_toolbar_is_no_section(line):
    assert kinds(f"某局2023年工作报告\n{line}\n一、主要工作\n完成任务。\n") == [("主要工作", "achievements")]


def test_a_bracket_heading_is_a_section():
    assert kinds("【基本情况】\n全年办结案件一百件。\n") == [("基本情况", "achievements")]


# --- text wrapped at a fixed width ---------------------------------------------------------------

WRAPPED = ("一、主要举措和成效\n"
           "（一）强化行政执法监督。组织开展行政执法案卷评查，抽查案卷1 260宗，案卷\n"
           "评查合格率96.5%；全市行政规范性文件合法性审核率100%。推进综合行政\n"
           "执法规范化建设。\n"
           "（二）健全依法决策机制。严格执行重大行政决策程序，市政府重大行政\n"
           "决策事项全部履行法定程序。\n")


def test_a_paragraph_runs_on_across_a_line_break_that_ends_no_sentence():
    text = normalize(WRAPPED)
    spans = [text[first.start:end] for first, end in paragraphs(Outline(text))]
    assert len(spans) == 3
    assert spans[1].startswith("(一)强化") and spans[1].endswith("执法规范化建设。")


def test_line_fragments_of_wrapped_text_are_no_initiatives():
    assert titles(WRAPPED) == ["强化行政执法监督", "健全依法决策机制"]


def test_a_short_heading_alone_on_its_line_does_not_run_on_into_its_body():
    text = normalize("一、主要举措\n（一）统筹推进法治建设\n加强统筹谋划抓好落实。召开会议。\n")
    assert [text[first.start:end] for first, end in paragraphs(Outline(text))][1] == "(一)统筹推进法治建设"


def test_a_wrapped_run_in_list_is_read_across_its_lines():
    text = ("一、下一步安排\n（一）全面实施新修订的行政复议法，力争全年行政复议调解和解率达到百分之\n"
            "三十以上；（二）确保行政机关负责人出庭应诉率保持在99%以上；（三）深\n化综合执法改革。\n")
    assert titles(text) == ["全面实施新修订的行政复议法", "确保行政机关负责人出庭应诉率保持在99%以上", "深\n化综合执法改革"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="案件一、(二)1.。;\n 　是加强", max_size=80))
@example("1、\n\n1")  # double-spaced: the numbering and its title across a blank line
def test_paragraphs_are_ordered_disjoint_and_hold_no_blank_line(text):
    outline = Outline(text)
    spans = [(first.start, end) for first, end in paragraphs(outline)]
    assert all(a[1] < b[0] for a, b in pairwise(spans))
    for start, end in spans:
        assert text[start:end].strip()
        # A blank line only inside one line of the outline: a double-spaced page's numbering set apart from its
        # title by one (1、⏎⏎标题), which the outline joins into one heading line.
        for blank in (m.start() for m in re.finditer("\n(?=\n)", text[start:end])):
            assert any(line.start <= start + blank < line.end for line in outline.lines)


def test_a_numbering_set_apart_by_a_blank_line_is_one_paragraph_with_its_title_on_a_double_spaced_page():
    text = "1、\n\n加强组织领导\n\n2、\n\n完善工作机制\n"
    assert [text[first.start:end] for first, end in paragraphs(Outline(text))] == \
        ["1、\n\n加强组织领导", "2、\n\n完善工作机制"]


# --- what is no measure: notes and bracket headings -------------------------------------------

@pytest.mark.parametrize("note", ["注：", "备注：", "说明："])
def test_a_list_in_a_note_lists_no_measures(note):
    text = f"一、规范行政执法\n全年开展执法检查五次。\n{note}1.案件数按受理时间统计；2.复议诉讼比按受理数计算。\n"
    assert titles(text) == ["规范行政执法"]


def test_a_list_after_a_word_that_opens_like_a_note_is_read():
    text = "一、规范行政执法\n注重源头治理：1.建立联席会议制度；2.开展案卷评查。\n"
    assert titles(text) == ["建立联席会议制度", "开展案卷评查"]


def test_a_bracket_heading_is_no_initiative():
    text = "【基本案情】\n某村民与镇政府因土地补偿发生争议。\n【典型意义】\n本案明确了补偿标准。\n"
    assert titles(text) == []


# --- a part that lists nothing: paragraphs opening with a measure verb ----------------------------

VERBS = ["严格", "加强", "推进", "深化", "健全", "完善", "落实", "开展", "建立", "强化", "推行", "坚持", "扎实", "着力", "实施",
         "规范", "优化", "提升", "打造", "构建", "发挥", "做好", "抓好", "狠抓", "创新", "组织", "拓宽", "建强", "细化", "严控",
         "实行", "压实"]


@pytest.mark.parametrize("verb", VERBS)
def test_in_a_part_that_lists_nothing_a_paragraph_opening_with_a_measure_verb_is_an_initiative(verb):
    text = f"一、质量管理情况\n{verb}公证案卷质量检查制度，每季度抽查案卷一次，全年发现问题十二个并全部整改到位。\n"
    assert titles(text) == [f"{verb}公证案卷质量检查制度"]


def test_a_paragraph_opening_with_its_subject_names_no_measure():
    text = "一、主要负责人履行第一责任人职责情况\n县政府主要负责同志认真履行职责，主持召开常务会议研究法治工作四次，带头出庭应诉。\n"
    assert titles(text) == []


def test_a_paragraph_under_a_work_area_heading_is_its_body_not_an_initiative():
    text = "一、规范行政执法\n严格落实行政执法三项制度，全年开展案卷评查两次，评查案卷三百余卷，整改问题二十个。\n"
    assert titles(text) == ["规范行政执法"]


def test_work_requirements_addressed_to_others_are_plans():
    text = "一、基本情况\n全年应诉案件二百件。\n二、工作要求\n（一）提高思想认识。\n"
    assert initiatives(text) == [("提高思想认识", "plans")]
    assert kinds("一、坚持依法行政的工作原则\n完成任务。\n")[0][1] == "achievements"


@pytest.mark.parametrize("line", ["【信息来源：市司法局】", "【编辑：王芳】", "【本报讯】", "【文匯網訊】", "【我要纠错】", "【免责声明】",
                                  "【推广】", "【广告】"])
def test_a_bracket_line_of_page_chrome_is_no_section(line):
    assert kinds(f"{line}\n【人民调解】\n全年调解纠纷一千件。\n") == [("人民调解", "achievements")]


@pytest.mark.parametrize("line", ["【法律援助】", "【公证工作讯息】", "【推广普法】", "【典型案例广告牌整治】"])
def test_a_bracket_heading_that_only_holds_a_chrome_word_is_a_section(line):
    assert [title for title, _ in kinds(f"{line}\n全年办理案件一百件。\n")] == [line.strip("【】")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”ab,", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_the_matches_inside_a_span_are_those_that_start_and_end_in_it(text, start, end):
    quotes = list(_QUOTED.finditer(text))
    assert _inside(_indexed(quotes, quotes), start, end) == [m for m in quotes if start <= m.start() and m.end() <= end]


# --- numbering a page lost ---------------------------------------------------------------------------

@pytest.mark.parametrize(("item", "title"), [
    ("是深入学习贯彻法治思想。健全中心组学法制度,全年集中学法6次。", "深入学习贯彻法治思想"),  # 一是 without its 一
    (")周密安排部署。制定印发年度工作要点,明确任务清单。", "周密安排部署"),  # (一) without (一
    # a phrase opening on 是否 or with its numbering whole keeps its first character
    ("是否合法的审查全面推行。全年审查文件12件。", "是否合法的审查全面推行"),
    ("一是深入学习贯彻法治思想。健全中心组学法制度。", "深入学习贯彻法治思想"),
])
def test_what_is_left_of_lost_numbering_opens_no_title(item, title):
    text = (f"某县2023年法治政府建设情况报告\n一、加强组织领导\n{item}\n强化督促检查。开展专项督察3次。\n"
            "二、存在的问题\n力量薄弱。\n")
    assert title in titles(text)
