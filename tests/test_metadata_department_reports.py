"""A department's or a town's report as its portal posts it, and the pages that only look like one: a column kicker
over the title, a link to the next item naming a plan, the portal's editor credited under the report, a budget's
self-evaluation, a field study and a writer's article; the year a half-year summary plans and a news lead's cited
figures are of, the office a town's sign-off spells out, a portal's name after a browser title, a department titled by
its level alone (区人社局, 市住房城乡建设委) that its 来源 line names in full. Each case has a twin that must stay what
it is.

Every text below is written for these tests; the places are real, the bodies' sentences and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport import extract

_REPORT = ("青田县司法局2023年度法治政府建设情况的报告\n\n"
           "2023年，县司法局坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下：\n"
           "一、主要举措和成效\n全年收到行政复议申请120件，办结108件。\n"
           "二、存在的不足\n基层司法所力量薄弱。\n"
           "三、2024年工作安排\n力争复议诉讼比达到2:1以上。\n")


def _sections(text: str) -> list[tuple[str, str]]:
    return [(s.numbering, s.title) for s in extract(text).sections]


def _targets(text: str) -> dict[str, bool]:
    return {m.key: m.target for m in extract(text).metrics}


@pytest.mark.parametrize("kicker", ["【法治政府建设年度报告专栏】", "【依法行政系列报道】"])
def test_a_column_or_series_kicker_in_brackets_heads_no_part(kicker):
    assert _sections(f"{kicker}\n\n{_REPORT}")[0] == ("一、", "主要举措和成效")


def test_a_bracketed_part_named_by_its_work_stays_a_heading():
    text = "2023年，县司法局扎实推进法治政府建设。\n【主要做法】\n全年办结行政复议案件108件。\n【存在问题】\n力量薄弱。\n"
    assert _sections(text) == [("【】", "主要做法"), ("【】", "存在问题")]


def test_a_link_to_the_next_item_naming_a_plan_makes_no_plan_of_the_report():
    text = _REPORT + "\n分享到：微信 微博\n上一篇：青田县司法局2023年政府信息公开工作年度报告\n下一篇：青田县2024年普法依法治理工作要点\n"
    targets = _targets(text)
    assert targets["reconsideration_received"] is False and targets["reconsideration_litigation_ratio"] is True


def test_a_plan_titled_so_is_still_a_plan():
    text = "青田县2024年普法依法治理工作要点\n\n一、主要任务\n全年办结行政复议案件不少于100件。\n"
    assert field(text, "kind") == "plan"


def test_the_portal_editor_credited_under_a_yearly_report_leaves_it_a_report():
    text = "□ 来源：青田县司法局  □ 发布时间：2024年3月4日  □ 编辑：王丽\n\n" + _REPORT
    assert field(text, "kind") == "annual_report"


def test_an_editor_credited_under_a_headline_makes_a_news_item():
    text = ("青田县行政复议工作取得新成效\n□ 来源：青田县司法局  □ 发布时间：2024年1月9日  □ 编辑：王丽\n\n"
            "近日，从县司法局获悉，2023年全县收到行政复议申请120件，办结108件。\n")
    assert field(text, "kind") == "news"


# Each would read as a yearly report by its parts (what was done, what falls short, what comes next) but for its title
# or its opening.
_SELF_EVALUATION = ("青田县司法局2023年度部门整体支出绩效自评报告\n\n2023年，县司法局受理法律援助案件812件。\n"
                    "一、绩效目标完成情况\n全年预算执行率96.1%。\n二、存在的问题\n支出进度偏慢。\n三、下一步改进措施\n加强预算执行监控。\n")
_FIELD_STUDY = ("关于青田县行政复议体制改革运行情况的调研报告\n\n2023年，全县收到行政复议申请643件。\n"
                "一、改革运行情况\n复议渠道作用显现。\n二、存在的问题\n案多人少。\n三、对策建议\n充实复议队伍。\n")
_ARTICLE = ("司法局工作亮点回顾与思路\n\n引言\n司法局是推进依法治理的重要部门。本文将梳理司法局的主要做法并提出思路。\n"
            "一、主要做法\n全年收到行政复议申请426件，审结398件。\n二、存在的短板\n基层力量不足。\n三、下一步思路\n持续提升复议质效。\n")
_SAID = "本文将梳理司法局的主要做法并提出思路。"


@pytest.mark.parametrize("text", [
    _SELF_EVALUATION, _SELF_EVALUATION.replace("部门整体支出绩效", "法律援助项目支出"),
    _FIELD_STUDY, _FIELD_STUDY.replace("调研报告", "调查报告"),
])
def test_a_self_evaluation_or_a_field_study_is_no_yearly_report(text):
    assert field(text, "kind") == "other"


def test_the_body_s_yearly_report_stays_one():
    assert field(_REPORT, "kind") == "annual_report"


@pytest.mark.parametrize("said", [_SAID, "本文拟从三个方面梳理司法局的做法。", "本文旨在总结司法局的经验。"])
def test_a_writer_s_article_saying_what_it_sets_out_to_do_is_no_report(said):
    assert field(_ARTICLE.replace(_SAID, said), "kind") == "other"


def test_a_source_note_on_this_text_is_no_writer_s_plan():
    assert field(_ARTICLE.replace(_SAID, "本文来源于某县司法局门户网站。"), "kind") == "annual_report"


_STUDY = ("关于青田县行政复议工作的调研报告\n\n{byline}\n\n为全面掌握改革运行情况，课题组于今年4月开展专题调研，现将调研情况报告如下。\n"
          "一、基本情况\n2023年收到行政复议申请643件，审结571件。\n二、对策建议\n充实复议队伍。\n")


def test_a_study_by_a_body_s_group_is_the_body_s():
    assert field(_STUDY.format(byline="青田县司法局课题组"), "issuer") == "青田县司法局"


def test_a_group_named_by_no_body_names_no_author():
    assert field(_STUDY.format(byline="课题组"), "issuer") is None


_HALF = ("青田县司法局2025年上半年工作总结\n\n今年以来，县司法局统筹推进各项工作。现将上半年工作情况总结如下：\n"
         "一、上半年工作开展情况\n上半年，全县调解矛盾纠纷1200件，调解成功1188件，调解成功率99%。\n"
         "二、存在的问题\n基层力量不足。\n三、{plans}\n确保全年调解成功率稳定在98%以上。\n")


def _planned_years(text: str) -> list[int | None]:
    return [m.year for m in extract(text).metrics if m.target]


def test_a_half_year_summary_plans_the_rest_of_its_own_year():
    assert _planned_years(_HALF.format(plans="下半年工作打算")) == [2025]


def test_a_yearly_summary_plans_the_next_year():
    text = _HALF.replace("2025年上半年", "2025年").replace("上半年", "全年").format(plans="下一步工作打算")
    assert _planned_years(text) == [2026]


def test_an_indented_part_on_the_next_steps_makes_no_plan_of_the_report():
    text = ("青田县燕西街道关于2023年度法治政府建设情况的报告\n\n    2023年，街道扎实推进法治政府建设。现将有关情况报告如下：\n"
            "    一、主要工作及成效\n    全年调解矛盾纠纷247件，调解成功率100%。\n    二、存在问题\n    法治宣传形式单一。\n"
            "    三、下一步工作计划\n    持续推进“枫桥式”社区创建。\n")
    assert set(_targets(text).values()) == {False}


_MEETING = ("青田县税务局扎实推进法治税务建设\n\n来源：青田县人民政府  发布时间：2025-01-08\n\n"
            "近日，青田县税务局召开法治税务建设工作推进会。{told}，该局共受理涉税争议调解申请37件，调解成功34件。\n")


@pytest.mark.parametrize("told", ["数据显示，2024年", "据统计，2024年"])
def test_the_year_of_the_figures_a_news_lead_cites_is_the_item_s(told):
    assert field(_MEETING.format(told=told), "report_year") == 2024


def test_a_year_compared_with_leaves_the_cited_year():
    text = _MEETING.format(told="数据显示，2024年").replace("调解成功34件", "较2023年增加5件")
    assert field(text, "report_year") == 2024


def test_figures_cited_for_a_span_give_no_year():
    assert field(_MEETING.format(told="数据显示，2021年以来"), "report_year") is None


_TOWN = ("青田县{town}2024年法治政府建设年度报告\n\n2024年，{town}坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下：\n"
         "一、主要举措和成效\n全年调解矛盾纠纷318件，调解成功312件。\n二、存在的不足\n法治人才不足。\n\n{signed}\n2025年1月10日\n")


@pytest.mark.parametrize(("town", "signed", "issuer"), [
    ("船寮镇", "船寮镇人民政府", "船寮镇人民政府"),
    ("鹤城街道", "中共青田县委鹤城街道工作委员会\n青田县人民政府鹤城街道办事处", "青田县人民政府鹤城街道办事处"),
])
def test_a_town_titled_after_its_county_is_the_office_its_sign_off_spells_out(town, signed, issuer):
    assert field(_TOWN.format(town=town, signed=signed), "issuer") == issuer


def test_a_town_s_office_named_inside_a_sentence_is_read_as_the_office_alone():
    text = _TOWN.format(town="船寮镇", signed="").replace("现将", "船寮镇人民政府聘请法律顾问1名。现将")
    assert field(text, "issuer") == "船寮镇人民政府"



_BROWSER = ("{line}\n无障碍 | 长者模式\n\n青田县船寮镇2023年度法治政府建设工作报告\n发布日期：2024-02-02\n\n"
            "2023年，船寮镇扎实推进法治政府建设。现将有关情况报告如下：\n一、主要举措\n全镇调解矛盾纠纷236件。\n")


@pytest.mark.parametrize("site", ["_丽水市青田县人民政府", "_乡镇文件_青田县政府", "_青田县人民政府门户网站"])
def test_the_portal_after_a_browser_title_is_no_part_of_the_title(site):
    line = "青田县船寮镇2023年度法治政府建设工作报告" + site
    assert field(_BROWSER.format(line=line), "title") == "青田县船寮镇2023年度法治政府建设工作报告"


def test_a_title_ending_on_a_government_without_the_site_s_mark_stays():
    text = "青田县船寮镇全力建设人民满意的法治政府\n发布日期：2024-02-02\n\n近日，船寮镇召开法治建设推进会。\n"
    assert field(text, "title") == "青田县船寮镇全力建设人民满意的法治政府"



_LEVEL_TITLED = ("{body}2023年度法治政府建设情况报告\n来源：{source}  发布时间：2024-01-22\n\n"
                 "2023年，我单位坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下：\n"
                 "一、主要举措和成效\n全年办结行政复议案件12件。\n")


@pytest.mark.parametrize(("body", "source"), [
    ("区人社局", "常州市钟楼区人力资源和社会保障局"),
    ("市住房城乡建设委", "天津市住房和城乡建设委员会"),
    ("县自然资源局", "湖州市德清县自然资源和规划局"),
    ("市城管局", "长治市城市管理局"),
    ("区市场监管局", "杭州市上城区市场监督管理局"),
])
def test_a_department_titled_by_its_level_alone_is_the_body_its_source_line_names_in_full(body, source):
    assert field(_LEVEL_TITLED.format(body=body, source=source), "issuer") == source


@pytest.mark.parametrize("body", ["区人社局", "市住房城乡建设委", "县自然资源局", "市城管局", "区市场监管局"])
def test_a_department_titled_by_its_level_alone_under_a_source_naming_no_body_has_no_issuer(body):
    assert field(_LEVEL_TITLED.format(body=body, source="本网"), "issuer") is None


def test_a_portal_s_government_in_the_source_line_is_not_the_department_titled_by_its_level():
    text = _LEVEL_TITLED.format(body="区人社局", source="常州市钟楼区人民政府")
    assert field(text, "issuer") == "钟楼区人社局"


def test_a_department_of_a_district_whose_name_opens_with_a_level_s_word_keeps_its_name():
    assert field(_LEVEL_TITLED.format(body="市中区司法局", source="本网"), "issuer") == "市中区司法局"


def test_an_untitled_department_calling_itself_by_its_level_alone_names_no_body():
    text = "2023年，市住房城乡建设委坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n全年办结行政复议案件12件。\n"
    assert field(text, "issuer") is None


_PUTS_OUT = ("2024年，在区委、区政府的领导下，区人社局坚持依法行政。现将有关情况报告如下：\n一、主要举措和成效\n"
             "一是加强事中事后监管。{verb}{place}区人社局《双随机抽查事项清单》。\n")


@pytest.mark.parametrize("verb", ["公布", "印发", "制定"])
def test_a_verb_putting_out_the_department_s_document_is_no_place_of_its_name(verb):
    assert field(_PUTS_OUT.format(verb=verb, place=""), "issuer") is None


@pytest.mark.parametrize("verb", ["公布", "印发"])
def test_the_department_named_in_full_after_a_verb_putting_out_its_document_places_it(verb):
    text = _PUTS_OUT.format(verb=verb, place="南浔")
    assert (field(text, "issuer"), field(text, "county")) == ("南浔区人社局", "南浔区")
