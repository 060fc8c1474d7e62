"""The report's title below a portal's path or a site's banner (当前位置:首页 > … / 某县…率达100%).

The interpreter reads the title line the metadata found, not the page's first line: a headline figure the body states
again is one fact (the body's), and the title names the topic of a bare count below it, as a title on the first line
does. Every text here is written for the test (invented bodies and numbers; real places, which the region rules read).
"""

from __future__ import annotations

from lawreport import extract

_PATH = "当前位置:首页 > 工作动态 > 法治建设\n"


def _metrics(text: str) -> list[tuple[str, float, str]]:
    return sorted((m.key, m.value, m.evidence.text) for m in extract(text).metrics)


def test_a_headline_figure_restated_below_a_page_path_is_one_fact():
    text = (_PATH + "青川县行政机关负责人出庭应诉率达100%\n发布时间:2025-01-20 来源:青川县司法局\n"
            "2024年,青川县行政机关负责人出庭应诉率达100%,一审行政诉讼案件31件。\n")
    assert _metrics(text) == [("head_appearance_rate", 100.0, "行政机关负责人出庭应诉率达100%"),
                              ("litigation_first_instance", 31, "一审行政诉讼案件31件")]
    assert [m.evidence.start for m in extract(text).metrics if m.key == "head_appearance_rate"] \
        == [text.index("2024年,") + len("2024年,青川县")]  # the body's statement stands


def test_a_headline_figure_the_body_does_not_repeat_stays_below_a_page_path():
    text = (_PATH + "青川县去年办理法律援助案件412件\n发布时间:2025-01-20 来源:青川县司法局\n"
            "2024年,县法律援助中心为困难群众挽回经济损失三百余万元。\n")
    assert _metrics(text) == [("legal_aid_cases", 412, "法律援助案件412件")]


def test_a_title_below_a_page_path_names_the_topic_of_a_bare_count():
    text = (_PATH + "青川县公证处2024年度工作总结\n发布时间:2025-01-08 来源:青川县司法局\n"
            "一、业务情况\n全年办证量2615件,同比增长4%。\n")
    assert _metrics(text) == [("notarizations", 2615, "年办证量2615件")]
