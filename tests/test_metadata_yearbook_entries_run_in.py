"""A yearbook page headed by its subject in brackets alone on a line (【司法行政】), whose first entry opens with 是年 and
whose later entries run in after their topics (【行政复议】 2022年,…): the heading titles the page and the one year its
entries open with is the year it records. Entries opening with several years record none; topics each alone on their
line are the entries' own, none heads the page.

Every sentence here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

from conftest import metadata_field as read

from lawreport import extract

_BOOK = "松岭年鉴 > 政治 > 法治\n"
_PAGE = (_BOOK + "【司法行政】\n是年，县司法局以行政执法改革为牵引，推进法治建设。\n"
         "【行政复议】 2022年，县行政复议局收到行政复议申请318件，审结281件。\n"
         "【公证】 县公证处全年办理公证事项6 917件。\n")


def test_the_one_year_the_entries_open_with_is_the_year_recorded():
    assert read(_PAGE, "report_year") == 2022
    assert {(m.key, m.year) for m in extract(_PAGE).metrics if m.key == "notarizations"} == {("notarizations", 2022)}


def test_entries_opening_with_several_years_record_none():
    assert read(_PAGE.replace("【公证】 县公证处全年", "【公证】 2021年，县公证处"), "report_year") is None


def test_the_subject_alone_on_its_line_titles_the_page():
    assert read(_PAGE, "title") == "司法行政"


def test_topics_each_alone_on_their_line_title_nothing():
    page = (_BOOK + "【人民调解】\n年内，全县调解组织调处矛盾纠纷1 260件，调处成功1 240件。\n"
            "【法律援助】\n年内，县法律援助中心受理法律援助案件482件。\n")
    assert read(page, "title") is None


def test_an_entry_set_apart_from_its_topic_by_a_blank_line_is_a_yearbook_page():
    # a database page: the category lines, the topic, a blank line, the entry opening with its year
    page = "政法\n司法行政\n【公证工作】\n\n    1994年,松岭县公证处全年办理公证事项6 917件。\n"
    assert read(page, "kind") == "yearbook"
    # …or the site's date and 来源 line between the topic and an entry opening with 年内
    dated = "【推进大调解网络建设】\n\n2015-11-20 来源: 松岭\n\n  年内,区政法办推进大调解网络建设,全区调处纠纷1 260件。\n"
    assert read(dated, "kind") == "yearbook"
    assert read(dated, "title") == "推进大调解网络建设"


def test_a_place_an_entry_names_for_its_doings_is_not_the_yearbooks():
    # a police station named by a county's short name, among others: no county of the page's
    page = "【推进大调解网络建设】\n\n  年内,区政法办在真如、甘泉、真光3个派出所建立联调工作室,全区调处纠纷1 260件。\n"
    assert read(page, "kind") == "yearbook"
    assert read(page, "county") is None


def test_an_entry_opening_with_nian_nei_run_into_its_topic_is_a_yearbook_page():
    # the page's subject over entries run into their topics, the first opening with the yearbook's 年内
    page = ("依法治县\n【依法行政】 年内,县政府常务会议集体学法10次。全县一审行政诉讼案件38件,败诉3件。\n"
            "【行政复议】 年内,县行政复议局新收行政复议案件57件。\n")
    assert read(page, "kind") == "yearbook"
    assert read(page, "report_year") is None  # 年内 with no dated line
    assert read("【人民调解】年内,全县各级调解组织调解矛盾纠纷1 870件。\n", "kind") == "yearbook"
    # a report's heading run into its paragraph opens with its work, the whole year said otherwise (全年, 今年)
    for opening in ("全年", "今年"):
        report = ("松岭县司法局2023年法治政府建设情况报告\n【强化组织领导】 " + opening
                  + ",局党组召开专题会议4次。全年办理法律援助案件230件。\n【存在问题】 基层力量薄弱。\n")
        assert read(report, "kind") == "annual_report"
