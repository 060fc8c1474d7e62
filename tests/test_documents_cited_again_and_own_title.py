"""A title the text cites more than once is one document: its first citation's title, type and evidence, the verb of
the first citation that has one, and the spans of the later citations (`mentions`), each the text's own characters;
an initiative naming it at a later citation still names it. The report's own title cited over it or by a notice
sending it (浙某〔2024〕3号《某某关于…的报告》 / 现将《…总结》印发给你们) is marked `own`: the report itself, not a
document it cites. Every sentence below is written for these tests."""

from __future__ import annotations

from lawreport import extract

_REPORT = ("青禾县人力资源和社会保障局2024年法治政府建设情况报告\n一、主要工作\n"
           "(一)落实社保条例\n认真学习《社会保险经办条例》,组织专题培训2次。\n"
           "(二)规范经办服务\n贯彻《社会保险经办条例》,梳理经办事项38项,修订《青禾县社保经办规程》。\n")


def test_a_title_cited_twice_is_one_document_with_both_spans():
    report = extract(_REPORT)
    titles = [d.title for d in report.documents]
    assert titles == ["社会保险经办条例", "青禾县社保经办规程"]
    first = report.documents[0]
    assert first.verb == "贯彻" and first.type == "law"  # 学习 introduces no document: the later citation's verb
    spans = [first.evidence, *first.mentions]
    assert len(spans) == 2 and spans[0].start < spans[1].start
    assert all(_REPORT[s.start:s.end] == s.text == "社会保险经办条例" for s in spans)
    assert not first.own and not report.documents[1].mentions


def test_an_initiative_at_a_later_citation_names_the_document():
    report = extract(_REPORT)
    named = {i.title: i.documents for i in report.initiatives}
    assert named == {"落实社保条例": ["社会保险经办条例"], "规范经办服务": ["社会保险经办条例", "青禾县社保经办规程"]}


def test_titles_that_differ_are_two_documents():
    report = extract("青禾县2024年法治政府建设情况报告\n全面贯彻《行政复议法》和《中华人民共和国行政复议法实施条例》,"
                     "组织学习《行政复议法》3次。\n")
    assert [(d.title, len(d.mentions)) for d in report.documents] == [("行政复议法", 1),
                                                                      ("中华人民共和国行政复议法实施条例", 0)]


def test_the_reports_own_title_over_it_is_marked_own():
    text = ("青卫〔2024〕5号《青禾市卫生健康委关于2023年度法治政府建设情况的报告》\n"
            "青禾市卫生健康委关于2023年度法治政府建设情况的报告\n"
            "市委、市政府:\n根据《法治政府建设与责任落实督察工作规定》要求,现将我委2023年度法治政府建设情况报告如下。\n")
    report = extract(text)
    assert report.title == "青禾市卫生健康委关于2023年度法治政府建设情况的报告"
    assert [(d.title, d.own) for d in report.documents] == [
        ("青禾市卫生健康委关于2023年度法治政府建设情况的报告", True), ("法治政府建设与责任落实督察工作规定", False)]


def test_a_notice_sending_the_report_cites_it_as_its_own():
    text = ("各县区司法局:\n现将《2023年全市司法行政工作总结》印发给你们,请结合实际抓好落实。\n青禾市司法局\n2024年2月2日\n"
            "2023年全市司法行政工作总结\n2023年,全市司法行政系统扎实推进各项工作,办理法律援助案件1200件。\n")
    report = extract(text)
    assert report.title == "2023年全市司法行政工作总结"
    assert [(d.title, d.own) for d in report.documents] == [("2023年全市司法行政工作总结", True)]


def test_a_cited_title_inside_the_reports_title_is_not_its_own():
    """A reading of a report cites the report: its title is the reading's, not the report's."""
    text = ("《青禾区人民政府关于2023年度法治政府建设情况的报告》政策解读\n"
            "一、起草背景\n《青禾区人民政府关于2023年度法治政府建设情况的报告》已经区政府常务会议审议通过。\n")
    report = extract(text)
    assert report.documents and not any(d.own for d in report.documents)
