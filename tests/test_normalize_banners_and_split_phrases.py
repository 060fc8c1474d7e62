"""Banners of document-sharing and template sites ([banners] in the catalog) and phrases split across a PDF's lines,
both cut from the copy the rules read."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import IDENTITY, normalize, normalize_mapped


@pytest.mark.parametrize(("raw", "copy"), [
    # a site's word, a slogan and an address in the middle of a phrase; the Han characters before the site's word stay
    ("各级领导干部压实法治建设第一秘书之家—全网资源每日更新www.example.com责任人职责。", "各级领导干部压实法治建设第一责任人职责。"),
    # letters or digits opening the site's name go with it, and so do the spaces around the banner
    ("全县各级行政机关持续推进 5A范文网 www.example.net 严格规范公正文明执法", "全县各级行政机关持续推进严格规范公正文明执法"),
    # a slogan before an address, the address with its scheme
    ("政府信息公开条例是免费论文检测软件http://www.example.com/check第一个规范", "政府信息公开条例是第一个规范"),
    # a site's word before a slogan, no address
    ("各级领导干部落实依法行政第一范文网—资源每日更新责任人", "各级领导干部落实依法行政第一责任人"),
    # a source in brackets naming a site, in ASCII or full-width brackets, written in traditional characters too
    ("行政复议纠错率为12%(来源:某某范文网)。", "行政复议纠错率为12%。"),
    ("全年调解案件30件（来源：某某文庫）。", "全年调解案件30件。"),
    # the notices
    ("全面推行本文由某某文库用户上传行政执法三项制度", "全面推行行政执法三项制度"),
    ("依法决策。仅供学习与交流，如有侵权请联系网站删除 谢谢2\n二、", "依法决策。\n二、"),
    # a template site's name and address closing a heading, and its name before its slogan after a pause
    ("一、存在的不足 公文汇 www.example.com\n(一)统筹不够。", "一、存在的不足\n(一)统筹不够。"),
    ("(二)宣传不够深入。 稿子汇 www.example.com\n", "(二)宣传不够深入。\n"),
    ("司法局2024年上半年工作总结 公文汇,办公文档之家\n今年以来", "司法局2024年上半年工作总结\n今年以来"),
])
def test_banners_are_cut(raw, copy):
    assert normalize_mapped(raw).copy == copy


@pytest.mark.parametrize("raw", [
    "详情请访问www.example.gov.cn查询。",  # an address the report gives, after its own words
    "依托12348中国法网www.example.gov.cn提供咨询",  # a site the report names, with its address
    "建成法治文库,收录典型案例20个",  # a site's word alone
    "行政复议纠错率为12%(来源:某某日报)。",  # a source in brackets naming no site
    "本文由区司法局供稿",  # a source that uploads nothing
    "秘书之家2024年工作",  # a site's word before no slogan and no address
    "印发《法规公文汇编》,收录文件30件",  # a site's word inside a word (公文汇编), before no address
    "某某汇,办公文档整理规范",  # a pause before no slogan
    # opening a line, words that may be the rest of the site's name: the line is left to the rules of whole lines
    "某某之家—全网资源每日更新www.example.com青禾省人民政府关于2023年度法治政府建设情况的报告",
    "目录\n某某范文网 www.example.net 青禾省人民政府关于2023年度法治政府建设情况的报告",
])
def test_text_like_a_banner_is_kept(raw):
    mapped = normalize_mapped(raw)
    assert mapped.copy == normalize(raw)
    assert mapped.offsets == IDENTITY


def test_spans_after_a_banner_index_the_original():
    raw = "全年全县共办理案件秘书之家—全网资源每日更新www.example.com58件"
    mapped = normalize_mapped(raw)
    assert mapped.copy == "全年全县共办理案件58件"
    start, end = mapped.span(9, 12)
    assert raw[start:end] == "58件"
    start, end = mapped.span(0, 12)  # a span across the banner cites the original, banner and all
    assert raw[start:end] == raw


def test_a_label_broken_by_a_banner_is_read_whole():
    text = ("某县2024年法治政府建设情况报告\n一、主要成效\n"
            "全年行政复议纠错率秘书之家—全网资源每日更新www.example.com为12.5%。")
    rates = [m for m in extract(text).model_dump()["metrics"] if m["key"] == "reconsideration_correction_rate"]
    assert [(m["value"], m["label"]) for m in rates] == [(12.5, "行政复议纠错率")]
    evidence = rates[0]["evidence"]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    assert evidence["text"].startswith("行政复议纠错率") and evidence["text"].endswith("12.5%")


# --- phrases split across the lines of a PDF's text layer -------------------------------------------

_PARAGRAPH = ("全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当的行政\n"
              "行为，全年共作出撤销、变更、确认违法等直接纠错决定八件，纠错率高\n"
              "达百分之十二点五；行政机关负责人出庭应诉工作同步加强，全年实现应\n"
              "诉全覆盖。\n")


def test_a_phrase_split_across_wrapped_lines_reads_whole():
    raw = "二、主要成效\n" + _PARAGRAPH
    mapped = normalize_mapped(raw)
    assert "纠错率高达百分之十二点五" in mapped.copy and "违法或者不当的行政行为" in mapped.copy
    assert "实现应诉全覆盖" in mapped.copy  # the paragraph's last full line, beside a wider line before it
    at = mapped.copy.index("纠错率高达")
    start, end = mapped.span(at, at + 5)
    assert raw[start:end] == "纠错率高\n达"  # the evidence cites the original, line break and all


@pytest.mark.parametrize("raw", [
    # a title, no clause in it, over a paragraph's line as wide
    "首页\n某某县人民政府关于二〇二四年度法治政府建设工作情况的报告书\n县委、县人大常委会：今年以来全县各级行政机关认真落实。\n",
    # a numbered heading with a clause, over a paragraph's line as wide
    "首页\n一、坚持党的全面领导，压实法治建设第一责任人职责走深走实\n全县各级行政机关认真落实行政复议决定，依法纠正违法行为。\n",
    # a paragraph's full line before a numbered heading
    "首页\n全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当的行政\n二、全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当\n",
    # a lead phrase on its own line over a paragraph written on one line, far wider
    ("首页\n坚持依法科学民主决策，持续健全重大行政决策程序制度体系\n全县严格落实重大行政决策程序规定，"
     "对涉及群众切身利益的决策事项全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。\n"),
    # lines narrower than a page
    "首页\n依法行政，严格执法\n公正司法，全民守法\n",
    # rows of a table, a clause in a cell
    "首页\n行政复议案件 | 撤销、变更 | 确认违法 | 驳回、维持 | 终止审理\n行政诉讼案件 | 撤诉、调解 | 判决败诉 | 驳回、维持 | 终结诉讼\n",
])
def test_lines_that_split_no_phrase_are_kept(raw):
    assert normalize_mapped(raw).copy == normalize(raw)


# A label and its number, or a number and its unit, on two lines; the paragraph's first line indented.
_NUMBER_PARAGRAPH = ("　　全年共办理一审行政应诉案件四十二件，开庭审理三十件，行政机关负责人出庭应诉率\n"
                     "100%，败诉两件；全县人民调解组织受理各类矛盾纠纷共计一万余件，调解成功1.26\n"
                     "万件，各级行政复议机构依法审结行政复议案件一百余件，其中纠错七件。\n")


def test_a_label_and_its_number_split_across_wrapped_lines_read_whole():
    raw = "二、主要成效\n" + _NUMBER_PARAGRAPH
    mapped = normalize_mapped(raw)
    assert "出庭应诉率100%" in mapped.copy and "调解成功1.26万件" in mapped.copy
    rates = [m for m in extract(raw).model_dump()["metrics"] if m["key"] == "head_appearance_rate"]
    assert [m["value"] for m in rates] == [100]
    assert rates[0]["evidence"]["text"].endswith("出庭应诉率\n100%")


@pytest.mark.parametrize("raw", [
    # a paragraph's last line ends in a Han character; the next line, a date, is far narrower
    "首页\n　　全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当的行政行为\n2024年3月5日\n",
    # a comma ends a line over a numbered heading as wide
    "首页\n全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当的行政行为，\n二、全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当\n",
    # a number ends a line over a heading's line as wide
    "首页\n全县各级行政机关认真落实行政复议决定，全年依法纠正违法行政行为共计12\n二、全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当\n",
])
def test_a_number_beside_a_break_that_splits_no_phrase_is_kept_apart(raw):
    assert normalize_mapped(raw).copy == normalize(raw)


def test_a_sentence_broken_after_a_comma_keeps_the_context_of_its_first_line():
    raw = ("二、主要成效\n"
           "　　全年各级行政复议机构依法受理行政复议案件三百一十二件，审结二百九十件，\n"
           "直接纠错率为6.2%，行政机关负责人出庭应诉工作同步加强，全年实现应诉全覆盖。\n")
    assert "审结二百九十件,直接纠错率为6.2%" in normalize_mapped(raw).copy
    rates = [m for m in extract(raw).model_dump()["metrics"] if m["key"] == "reconsideration_correction_rate"]
    assert [m["value"] for m in rates] == [6.2]


@pytest.mark.parametrize("cut", ["5 \n316", "5\n316"])
def test_a_number_grouped_by_a_space_and_wrapped_inside_reads_whole(cut):
    raw = ("二、主要成效\n"
           "　　全年各级行政复议机构依法受理行政复议案件一百余件，人民调解组织受理矛盾纠纷" + cut[:-4] + "\n"
           + cut[-3:] + "宗，调解成功率为99.2%，行政机关负责人出庭应诉工作同步加强，实现应诉全覆盖。\n")
    mediation = [m for m in extract(raw).model_dump()["metrics"] if m["key"] == "mediation_cases"]
    assert [m["value"] for m in mediation] == [5316]


def test_a_line_ending_in_a_number_before_a_line_opening_with_a_year_is_kept_apart():
    raw = ("首页\n全县各级行政机关认真落实行政复议决定，全年依法纠正违法行政行为共计12\n"
           "2024年全县各级行政机关认真落实行政复议决定，依法纠正违法或者不当\n")
    assert normalize_mapped(raw).copy == normalize(raw)


_TWO_LINE_PLAN = ("三、下一步工作打算\n"
                  "　　持续深化行政复议体制改革，推动行政争议实质性化解，确保行政机关负责人\n"
                  "出庭应诉率达到100%。\n"
                  "　　全面推进严格规范公正文明执法，全年组织开展行政执法案卷评查不少于两次，\n"
                  "对评查发现的问题逐项整改销号，推动执法质量持续提升。\n")


def test_a_two_line_paragraph_split_at_a_page_width_line_reads_whole():
    mapped = normalize_mapped(_TWO_LINE_PLAN)
    assert "负责人出庭应诉率达到100%" in mapped.copy
    rates = [m for m in extract(_TWO_LINE_PLAN).model_dump()["metrics"] if m["key"] == "head_appearance_rate"]
    assert [(m["value"], m["target"]) for m in rates] == [(100, True)]


def test_a_full_line_over_a_line_that_ends_no_sentence_is_kept_apart():
    raw = _TWO_LINE_PLAN.replace("出庭应诉率达到100%。", "出庭应诉率达到100%")
    assert "负责人\n出庭应诉率" in normalize_mapped(raw).copy
