"""A heading without numbering: a short title line between paragraphs, as a page that lost its numbering or a writer
who sets titles in bold alone writes it."""

from __future__ import annotations

from lawreport import extract

OPENING = ("白川县司法局2024年法治政府建设工作报告\n"
           "2024年，我局坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n")


def _read(body: str):
    record = extract(OPENING + body)
    return record, [(s.level, s.numbering, s.title, s.kind) for s in record.sections]


def test_a_title_line_between_paragraphs_heads_a_part_below_the_numbered_one():
    record, sections = _read(
        "一、主要工作举措和成效\n"
        "规范行政决策\n"
        "全年审查规范性文件15件，提出修改意见42条，意见全部被采纳。\n"
        "提升执法质效\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷。\n")
    assert sections == [(1, "一、", "主要工作举措和成效", "achievements"),
                        (2, "", "规范行政决策", "achievements"),
                        (2, "", "提升执法质效", "achievements")]
    assert [i.title for i in record.initiatives] == ["规范行政决策", "提升执法质效"]


def test_a_title_line_naming_a_kind_of_part_heads_a_top_level_part():
    """存在的问题 and 下一步工作计划 written alone on their lines end the work part: a figure below is a target."""
    record, sections = _read(
        "一、主要工作举措和成效\n"
        "（一）规范行政决策。全年审查规范性文件15件，意见全部被采纳。\n"
        "存在的问题\n"
        "基层执法力量仍显薄弱，执法人员专业素养有待提升。\n"
        "下一步工作计划\n"
        "2025年，计划组织执法培训6期，行政复议纠错率降至5%以下。\n")
    assert [s[2:] for s in sections] == [("主要工作举措和成效", "achievements"), ("规范行政决策", "achievements"),
                                         ("存在的问题", "shortcomings"), ("下一步工作计划", "plans")]
    assert sections[2][:2] == sections[3][:2] == (1, "")
    correction = next(m for m in record.metrics if m.key == "reconsideration_correction_rate")
    assert correction.target is True


def test_a_part_title_under_a_heading_of_its_kind_introduces_it():
    """二、存在的问题 / 存在的问题主要有以下方面 / 一是…: the line introduces the list, it heads nothing."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "（一）规范行政决策。全年审查规范性文件15件，意见全部被采纳。\n"
        "二、存在的问题\n"
        "存在的问题主要有以下方面\n"
        "一是基层执法力量仍显薄弱，二是执法人员专业素养有待提升。\n")
    assert [s[2] for s in sections] == ["主要工作举措和成效", "规范行政决策", "存在的问题"]


def test_a_line_that_no_sentence_end_precedes_heads_nothing():
    """The line above runs on into it (text wrapped at the margin) or is the title block: no heading."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "全年审查规范性文件15件，提出修改意见\n"
        "全部被采纳并落实到位\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷。\n")
    assert [s[2] for s in sections] == ["主要工作举措和成效"]


def test_a_signature_a_caption_or_a_wrapped_line_heads_nothing():
    """Nor does a subtitle set off by a dash (——记…): a title opens with a Han character or a digit."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷。\n"
        "图为执法人员培训现场\n"
        "培训围绕行政处罚法展开，参训人员全部通过考试。\n"
        "——记白川县执法培训班\n"
        "培训班为期三天，课程涵盖执法程序、证据规则和文书制作。\n"
        "开展案卷评查的同时还组织了，\n"
        "执法人员旁听庭审2次，庭审后开展了专题讨论交流。\n"
        "白川县司法局\n"
        "2025年1月10日\n")
    assert [s[2] for s in sections] == ["主要工作举措和成效"]


def test_a_part_title_opening_with_its_year_heads_a_part():
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷。\n"
        "2025年工作计划\n"
        "持续深化行政执法规范化建设，全面推行行政执法三项制度。\n")
    assert sections[-1] == (1, "", "2025年工作计划", "plans")


def test_a_label_or_a_lead_in_heads_nothing():
    """附件 is a label; 具体做法: leads into what follows; a short sentence is a paragraph of its own."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷。\n"
        "全年未发生败诉案件。\n"
        "行政应诉工作持续规范，负责人出庭应诉率保持较高水平。\n"
        "具体做法：\n"
        "培训围绕行政处罚法展开，参训人员全部通过考试。\n"
        "附件\n"
        "白川县2024年行政执法数据统计表，数据截至12月底。\n")
    assert [s[2] for s in sections] == ["主要工作举措和成效"]


def test_the_title_set_again_over_the_body_heads_nothing():
    """A notice, then the document it issues under its own title: the title is the document's, not a part's."""
    record = extract("白川县人民政府办公室关于印发2025年全县法治政府建设工作要点的通知\n"
                     "各乡镇人民政府，县政府各部门：\n"
                     "现将《2025年全县法治政府建设工作要点》印发给你们，请认真抓好落实。\n"
                     "2025年全县法治政府建设工作要点\n"
                     "2025年是法治政府建设实施纲要的收官之年，全县要围绕以下任务推进法治政府建设。\n"
                     "一、健全依法行政制度体系\n"
                     "1.加强行政规范性文件合法性审核，审核率达到100%。\n")
    assert [s.numbering for s in record.sections] == ["一、", "1."]


def test_a_lone_title_line_below_a_heading_is_that_heading_wrapped():
    """Titles without numbering come in a series; one alone below a heading continues that heading's title."""
    _, sections = _read(
        "一、以法治思维统筹推进\n"
        "基层依法治理工作\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷。\n"
        "二、存在的问题\n"
        "基层执法力量仍显薄弱，执法人员专业素养有待提升。\n")
    assert [s[2] for s in sections] == ["以法治思维统筹推进", "存在的问题"]


def test_a_title_line_numbered_by_an_ordinal_heads_a_part():
    """第一，… / 第二，存在的问题: the ordinal is the numbering; the work part stays the work though the short report
    names its coming work (第三，2025年工作计划) near its start."""
    _, sections = _read(
        "第一，主要工作开展情况\n"
        "全年召开法治政府建设专题会议4次，培训执法人员80人次。\n"
        "第二，存在的问题\n"
        "基层执法力量仍显薄弱，执法人员专业素养有待提升。\n"
        "第三，2025年工作计划\n"
        "持续深化行政执法规范化建设，全面推行行政执法三项制度。\n")
    assert sections == [(1, "第一，", "主要工作开展情况", "achievements"), (1, "第二，", "存在的问题", "shortcomings"),
                        (1, "第三，", "2025年工作计划", "plans")]


def test_a_short_report_naming_its_next_steps_in_a_numbered_part_is_no_plan():
    _, sections = _read(
        "第一章 主要工作\n"
        "全年召开法治政府建设专题会议4次，培训执法人员80人次。\n"
        "第二章 下一步工作安排\n"
        "持续深化行政执法规范化建设，全面推行行政执法三项制度。\n")
    assert [s[3] for s in sections] == ["achievements", "plans"]



def test_a_title_of_two_phrases_parted_by_a_comma_heads_though_longer():
    """强化统筹谋划部署,全面压实依法行政工作主体责任 (23 characters) on its line is a part's title of two phrases."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "强化统筹谋划部署，全面压实依法行政工作主体责任\n"
        "召开政府常务会议专题研究法治政府建设工作4次，制定年度工作要点并分解任务36项。\n"
        "坚持严格规范执法，持续提升行政执法质量和效能\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷，整改问题12个，群众满意度持续提升。\n")
    assert [s[:3] for s in sections] == [(1, "一、", "主要工作举措和成效"),
                                         (2, "", "强化统筹谋划部署，全面压实依法行政工作主体责任"),
                                         (2, "", "坚持严格规范执法，持续提升行政执法质量和效能")]


def test_a_long_line_of_one_or_three_clauses_heads_nothing():
    """Past 20 characters a line heads only as two phrases: a run without a comma, or three clauses, is text."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "强化统筹，谋划全局，全面压实依法行政工作主体责任\n"
        "召开政府常务会议专题研究法治政府建设工作4次，制定年度工作要点并分解任务36项。\n"
        "持续提升全县行政执法工作规范化水平和质量效能\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷，整改问题12个，群众满意度持续提升。\n"
        "深入推进全县普法依法治理工作走深走实见到成效\n"
        "开展送法下乡活动30场，发放宣传资料5000余份，受教育群众1.2万人次，普法覆盖面持续扩大。\n"
        "健全矛盾纠纷多元化解，调解，信访衔接联动机制\n"
        "全年调解矛盾纠纷320件，调解成功率98%，涉法涉诉信访事项全部依法导入司法程序办理完毕。\n")
    assert [s[2] for s in sections] == ["主要工作举措和成效"]


def test_a_paired_line_past_the_longest_title_heads_nothing():
    """Two phrases of 33 characters and more are a sentence without its end, not a title."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "坚持以习近平法治思想为引领统筹谋划部署，全面压实全县依法行政主体责任\n"
        "召开政府常务会议专题研究法治政府建设工作4次，制定年度工作要点并分解任务36项，逐项明确责任单位和完成时限。\n"
        "坚持严格规范公正文明执法不断深化改革创新，持续提升全县行政执法质量和效能\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷，整改问题12个，群众满意度持续提升，执法公信力不断增强。\n")
    assert [s[2] for s in sections] == ["主要工作举措和成效"]


def test_a_title_of_two_phrases_parted_by_a_space_heads_though_longer():
    """A space parts the phrases as a comma does; two spaces part three, a line of text."""
    _, sections = _read(
        "一、主要工作举措和成效\n"
        "强化统筹谋划部署 全面压实依法行政工作主体责任\n"
        "召开政府常务会议专题研究法治政府建设工作4次，制定年度工作要点并分解任务36项。\n"
        "坚持严格规范执法 持续提升行政执法质量和效能\n"
        "组织执法人员培训5期，开展案卷评查3次，评查案卷80卷，整改问题12个，群众满意度持续提升。\n"
        "二、其他工作情况\n"
        "深入推进普法宣传 广泛开展送法下乡 扩大覆盖范围\n"
        "全年开展送法下乡活动30场，发放宣传资料5000余份，受教育群众1.2万人次。\n"
        "持续优化营商环境 深化放管服改革 提升服务效能\n"
        "清理涉企规范性文件12件，压减审批时限40%，企业开办实现一日办结，群众满意度持续提升。\n")
    assert [s[:3] for s in sections] == [(1, "一、", "主要工作举措和成效"),
                                         (2, "", "强化统筹谋划部署 全面压实依法行政工作主体责任"),
                                         (2, "", "坚持严格规范执法 持续提升行政执法质量和效能"),
                                         (1, "二、", "其他工作情况")]
