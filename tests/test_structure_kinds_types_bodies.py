"""Structure rules met on published reports: section kinds, document types, bodies acting."""

from __future__ import annotations

import pytest

from lawreport import regions
from lawreport.documents import find_documents
from lawreport.initiatives import _first_claims
from lawreport.institutions import find_institutions
from lawreport.normalize import normalize
from lawreport.pipeline import extract
from lawreport.structure import kind_named


def body_names(sentence: str) -> dict[str, str]:
    """Name → type of every body a sentence names (no region known)."""
    return {found.name: found.type for found in find_institutions(normalize(sentence), None)}


def document_types(sentence: str) -> dict[str, str]:
    text = normalize(sentence)
    return {text[found.start:found.end]: found.type for found in find_documents(text)}


# Sections --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["镇长履行推进法治建设职责情况", "局领导班子履行法治政府建设职责的情况"])
def test_a_head_fulfilling_a_duty_is_the_responsibilities_part(title):
    assert kind_named(title) == "responsibilities"


def test_a_body_fulfilling_its_duty_names_no_head_duty():
    """It names no kind: a top-level part without a cue takes the kind of its place (work done first)."""
    assert kind_named("立足本职，认真履行推进依法行政职责") == "other"


def test_problems_put_right_are_work_done():
    assert kind_named("去年督察反馈问题整改落实情况") == "achievements"


def test_problems_found_are_shortcomings():
    assert kind_named("工作中存在的问题") == "shortcomings"
    assert kind_named("存在问题及整改方向") == "shortcomings"


# Initiatives -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "claim"), [
    ("上线跨境公证视频办理，开全省涉外公证先河。", "开全省涉外公证先河"),
    ("设立版权纠纷调解室，填补了全区版权调解空白。", "填补了全区版权调解空白"),
])
def test_opening_a_new_path_for_a_whole_place_is_a_first(text, claim):
    assert [m.group(0) for m in _first_claims(text)] == [claim]


@pytest.mark.parametrize("text", ["通过公开招录，填补人员缺口8名。", "开设法律课堂，填补群众知识空白。", "开通先河路段便民窗口。"])
def test_filling_a_gap_of_no_whole_place_is_no_first(text):
    assert _first_claims(text) == []


@pytest.mark.parametrize("label", ["【政策解读】", "【图文解读】", "【图解】"])
def test_a_page_label_before_a_title_is_no_heading(label):
    report = extract(f"{label}某某县法治政府建设报告的说明\n一、起草缘由\n按上级要求起草本报告。\n")
    assert [section.title for section in report.sections] == ["起草缘由"]


def test_a_bracket_heading_of_a_topic_is_kept():
    report = extract("某某县司法局年鉴条目\n【法律援助】\n全年办理法律援助案件230件。\n")
    assert [section.title for section in report.sections] == ["法律援助"]


# Documents -------------------------------------------------------------------------------------------


def test_a_code_of_law_is_a_law():
    types = document_types("组织职工集中学习《中华人民共和国民法典》和《某某市物业管理条例》。")
    assert types == {"中华人民共和国民法典": "law", "某某市物业管理条例": "law"}


def test_a_dictionary_is_no_law():
    assert document_types("向社区书屋捐赠《现代汉语词典》50册。") == {"现代汉语词典": "document"}


def test_a_plan_whose_years_lack_their_closing_bracket_is_a_plan():
    assert document_types("制定《法治某县建设规划(2021-2025年》。") == {"法治某县建设规划(2021-2025年": "plan"}


def test_a_title_running_on_after_a_plans_years_is_no_plan():
    assert document_types("报送《某县建设规划(2021-2025年)实施情况》。") == {"某县建设规划(2021-2025年)实施情况": "document"}


def document_verbs(sentence: str) -> list[str | None]:
    return [found.verb for found in find_documents(normalize(sentence))]


def test_a_rule_carried_out_or_debated_has_its_verb():
    assert document_verbs("各执法单位严格执行《某某县行政执法公示办法》。") == ["执行"]
    assert document_verbs("县政府常务会议审议《某某县物业管理规划》。") == ["审议"]


def test_a_compound_verb_is_read_whole_and_a_verb_after_the_title_is_none():
    assert document_verbs("会议审议通过《某某县公共法律服务规划》。") == ["审议通过"]
    assert document_verbs("各科室贯彻执行《某某局政务公开工作方案》。") == ["贯彻执行"]
    assert document_verbs("《某某县行政执法公示办法》执行情况良好。") == [None]


# Institutions ----------------------------------------------------------------------------------------


def test_the_short_name_of_a_rule_of_law_committee_is_a_party_body():
    names = body_names("年内县委依法治县委先后召开三次全体会议。")
    assert names.get("县委依法治县委") == "party_committee"
    assert "县委" not in names


def test_rule_of_law_work_entrusted_to_others_names_no_committee():
    assert not any("依法治" in name for name in body_names("就依法治县委托高校开展第三方评估。"))


def test_a_verb_before_a_street_is_not_part_of_its_name():
    names = body_names("明确街道城管中队负责占道经营整治，并纳入街道党工委年度考核。")
    assert not any(name.startswith(("明确", "纳入")) for name in names)


def test_a_street_named_on_its_own_is_kept():
    assert "青石街道" in body_names("青石街道组织开展普法宣传活动8场。")


def test_a_national_ministry_is_a_body():
    names = body_names("该公证处被外交部确定为领事认证试点单位，科学技术部也派员调研。")
    assert names.get("外交部") == "government"
    assert names.get("科学技术部") == "government"


def test_a_department_of_a_company_is_no_ministry():
    assert "外交部" not in body_names("公司外联部与客户服务部联合开展合规培训。")


def test_a_county_traffic_police_squad_is_a_government_body():
    assert body_names("在县交警大队设立道路交通事故调解室。").get("县交警大队") == "government"


def test_a_squad_without_its_place_is_no_body():
    assert not any(name.endswith("大队") for name in body_names("抽调交警大队骨干力量参与整治。"))


def test_a_town_calling_itself_after_a_date_is_no_town():
    names = body_names("2023年全镇共化解邻里纠纷40件，6月本街道已无积案。")
    assert not any(name.endswith(("镇", "街道")) for name in names)


def test_a_town_named_after_a_date_is_kept():
    assert "石桥镇" in body_names("今年，石桥镇共化解邻里纠纷40件。")


def test_what_a_body_built_is_not_part_of_a_name():
    assert body_names("目前本乡已建成调解室7个。") == {}


def test_the_body_that_built_it_is_kept():
    names = body_names("县人民法院建成诉讼服务中心。")
    assert names.get("县人民法院") == "court"
    assert not any("建成" in name for name in names)


def test_the_office_of_a_government_is_its_own_body():
    assert body_names("由县政府办牵头开展督查。").get("县政府办") == "government"


def test_business_done_at_a_government_is_no_office():
    names = body_names("市政府办理代表建议36件，区政府办事大厅增设窗口2个。")
    assert not any(name.endswith("政府办") for name in names)


def bodies_in_place(text: str) -> list[str]:
    """Names of the bodies a text names, its place read from the text."""
    normalized = normalize(text)
    return [found.name for found in find_institutions(normalized, regions.resolve(normalized))]


@pytest.mark.parametrize("text", [
    "湖州市中级人民法院召开通报会。市中级法院全年审结行政案件30件。",
    "浙江省高级人民法院发布审判指引，省高级法院还将开展案件评查。",
])
def test_a_higher_court_written_short_is_the_same_court(text):
    assert len(bodies_in_place(text)) == 1


def test_a_county_court_beside_a_higher_court_is_another_body():
    assert bodies_in_place("湖州市中级人民法院指导县法院审结案件30件。") == ["湖州市中级人民法院", "县法院"]


def test_a_city_of_a_rank_is_no_government():
    assert body_names("在全国地级市政府透明度评估中位列第三，县级市政府法制机构均已配齐。") == {}


def test_a_named_city_government_is_kept():
    assert body_names("宝鸡市政府召开常务会议。").get("宝鸡市政府") == "government"


def test_a_lecture_hall_or_students_are_no_university():
    assert body_names("举办“青年骨干”大学堂，组织大学生志愿者普法。") == {}


def test_a_university_is_kept():
    assert body_names("邀请西南政法大学教授授课。").get("西南政法大学") == "other"
