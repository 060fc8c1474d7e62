"""Where a text names its place only once, or names a lower place only as a scene, the region follows what the text
ties its figures and its subject to:

- a place the reporter went to (记者随后走访了某区医调委: the reporter_visit cue), after the text named a place holding
  it, is the visit's scene, however often the visited body is named after, and so is one the reporter only saw (在该市
  某区一间调解室里,记者看到…: the reporter_scene cue); so is a county first named in a paragraph
  opening on someone's words, in a city's text calling itself 全市 (“…”在某区调处中心的调解室内,市民某某说);
- the one town a feature is about, written once under its county in its lead (这是笔者近日在某县甲街道看到的一幕), places
  it in that county, and so does the congress a report was delivered to (——…在某县第十八届人民代表大会第二次会议上);
- a news site's column of recommended items (新闻推荐, 相关推荐) closes the page: its teasers and the site's slogan
  (某县新闻,故乡情,家乡事!) are other items', not the article's.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read


@pytest.mark.parametrize(("case", "visit", "expected"), [
    ("a province's figures, then the reporter's visit to a city's committee",
     "记者随后来到宁波市医疗纠纷人民调解委员会。宁波市医调委主任告诉记者,宁波市医调委成立以来受理纠纷650起。",
     ("浙江省", None, None)),
    ("…the reporter going to a city and a county of it", ("近日,记者先后前往宁波市、绍兴市诸暨市,探访基层调解员。在宁波市医调委,"
     "调解员正在接待当事人。宁波市医调委是全省最早成立的地级市医调会。"), ("浙江省", None, None)),
])
def test_a_place_the_reporter_went_to_after_naming_its_province_is_the_visit_s_scene(case, visit, expected):
    text = ("2023年,浙江省医疗纠纷人民调解组织调处医疗纠纷4352件,调解成功4006件,调解成功率92%。"
            "浙江省司法厅有关负责人介绍,医疗纠纷调解难度大。\n" + visit + "\n")
    assert read(text, "region") == expected


@pytest.mark.parametrize(("case", "scene", "expected"), [
    ("a district's room the reporter saw, no visit said", "在该市丹徒区一间调解室里,记者看到两位村民正在签协议。",
     ("江苏省", "镇江市", None)),
    ("…the district and a town of it, on a line of its own", "\n在丹徒区辛丰镇的调解室,笔者见到了刚调解完的双方。",
     ("江苏省", "镇江市", None)),
    ("…on the figures' own line, after a day's word", "近日,在丹徒区辛丰镇的调解室,笔者见到了刚调解完的双方。",
     ("江苏省", "镇江市", None)),
    ("…the reporter first, seeing in the room", "\n记者在丹徒区辛丰镇调解室看到,墙上挂满了锦旗。", ("江苏省", "镇江市", None)),
    ("a district where the reporter learnt its own figures is no scene",
     "\n记者在丹徒区司法局了解到,今年以来该区调解纠纷1500件。", ("江苏省", "镇江市", "丹徒区")),
])
def test_a_lower_place_the_reporter_only_saw_after_the_city_s_figures_is_the_scene(case, scene, expected):
    text = "今年1月至9月,镇江市各级人民调解组织调解矛盾纠纷8100件,调解成功率97%。" + scene + "\n"
    assert read(text, "region") == expected


def test_a_scene_opening_a_district_s_text_names_its_place():
    """Not after a place above: the scene is where the text's own figures are."""
    text = "在丹徒区辛丰镇的调解室里,记者看到调解员正在接待村民。今年以来,丹徒区调解纠纷1500件,全区调解成功率98%。\n"
    assert read(text, "county") == "丹徒区"


def test_a_community_s_room_with_no_county_named_places_nothing():
    text = "今年以来,东城街道向阳社区调解室共调解邻里纠纷86起。在社区调解室,记者看到墙上挂着居民送来的锦旗。\n"
    assert read(text, "region") == (None, None, None)


def test_a_district_the_reporter_visits_after_its_province_is_no_subject():
    text = "2022年,广东省医疗纠纷人民调解委员会调解医疗纠纷3000件,调解成功率95%。\n记者随后走访了佛山市南海区医调委。\n"
    assert read(text, "region") == ("广东省", None, None)


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("a district's figures, no visit", "2023年,佛山市南海区人民调解组织调解纠纷3000件,调解成功率98%。南海区调解工作扎实推进。\n",
     ("广东省", "佛山市", "南海区")),
    ("the reporter's visit after the province only hosted a meeting: the visited district's figures are the text's",
     ("浙江省司法厅近日召开全省人民调解工作会议。会后,记者来到杭州市西湖区司法局,了解到今年以来,西湖区调解纠纷3000件,"
      "西湖区调解成功率98%。\n"), ("浙江省", "杭州市", "西湖区")),
    ("the reporter's visit is the lead, naming the place with its province: the text's own place",
     "近日,记者来到湖南省浏阳市司法局。今年以来,浏阳市人民调解组织调解纠纷1200件,浏阳市调解成功率98%。\n",
     ("湖南省", "长沙市", "浏阳市")),
])
def test_a_place_the_text_ties_its_figures_to_stays(case, text, expected):
    assert read(text, "region") == expected


_CITY_FEATURE = ("本报记者 甲乙 通讯员 丙丁\n"
                 "全市8个县区级矛盾纠纷调处化解中心全部投入运行,全市备案人民调解组织1031个。今年以来,常州聚焦群众身边小事。"
                 "今年1月至8月,县镇两级平台受理矛盾纠纷11229件,调处成功率95.93%。\n"
                 "“坚持和发展新时代‘枫桥经验’,提升矛盾纠纷综合化解水平。”常州市委负责人说。\n"
                 "{scene}\n"
                 "{body}整合包括人民来访接待、诉讼服务等在内的8个中心,为群众提供全链条的纠纷化解服务。\n")


def test_a_county_first_named_in_a_quote_s_scene_of_a_city_s_feature_is_no_subject():
    scene = "“没有你们的调解,这事真不知道怎么解决。”在金坛区社会矛盾纠纷调处服务中心的邻里调解室内,市民某某说。"
    text = _CITY_FEATURE.format(scene=scene, body="金坛区社会矛盾纠纷调处服务中心")
    assert read(text, "region") == ("江苏省", "常州市", None)


def test_a_county_the_city_s_feature_names_in_its_own_sentences_stays_its_subject():
    """Not a quote's scene: the county's own paragraph, which calls itself 全区, is the county's."""
    scene = "今年以来,金坛区社会矛盾纠纷调处服务中心受理纠纷2100件,全区调处成功率97%。"
    text = _CITY_FEATURE.format(scene=scene, body="金坛区社会矛盾纠纷调处服务中心")
    assert read(text, "county") == "金坛区"


_TOWN_FEATURE = ("“多亏了街道调解员,我们两家现在地界分得清清楚楚。”村民某某笑着说。\n"
                 "一边是桂花苗,一边是柚子地……这是笔者近日在{lead}看到的一幕。\n"
                 "今年4月,{town}专职人民调解员接到村民反映的矛盾线索后,第一时间赶到现场。\n"
                 "截至今年10月,{town}司法所共化解矛盾纠纷193起,调解成功率98%。\n")


def test_the_town_a_feature_s_lead_writes_under_its_county_places_it():
    text = _TOWN_FEATURE.format(lead="印江土家族苗族自治县峨岭街道红岩社区", town="峨岭街道")
    assert read(text, "region") == ("贵州省", "铜仁市", "印江土家族苗族自治县")


@pytest.mark.parametrize(("case", "lead", "town"), [
    ("no county named anywhere", "东关街道兴合庄社区", "东关街道"),
    ("the county's town never named again", "印江土家族苗族自治县峨岭街道红岩社区", "东关街道"),
])
def test_a_town_with_no_county_or_named_only_in_passing_places_nothing(case, lead, town):
    assert read(_TOWN_FEATURE.format(lead=lead, town=town), "region") == (None, None, None)


def test_a_city_s_text_naming_a_town_under_a_district_stays_unplaced():
    """A text calling itself 全市 names a district's town as one of its own: no district's region."""
    text = ("今年前三季度,全市各级调解组织调解纠纷8000件,全市调解成功率97%。\n"
            "这是笔者近日在望城区白箬铺镇看到的一幕。\n白箬铺镇调解员说,调解工作离不开群众支持。\n")
    assert read(text, "county") is None


_WORK_REPORT = ("政府工作报告\n{occasion}\n{head}\n各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n"
                "过去一年,我们坚持依法行政,行政机关负责人出庭应诉率达100%,行政复议纠错率8%。\n")


def test_the_congress_a_work_report_was_delivered_to_places_it():
    text = _WORK_REPORT.format(occasion="——2024年1月8日在文成县第十八届人民代表大会第二次会议上", head="县长 某某")
    assert read(text, "region") == ("浙江省", "温州市", "文成县")


def test_a_work_report_with_no_place_in_its_occasion_stays_unplaced():
    text = _WORK_REPORT.format(occasion="——2024年1月8日在第十八届人民代表大会第二次会议上", head="县长 某某")
    assert read(text, "region") == (None, None, None)


_CITY_ITEM = ("援助服务零距离 上半年挽回经济损失5700余万元\n"
              "本报讯 近日,记者从市司法局了解到,今年以来,全市法律援助机构受理案件2809件。\n"
              "今年以来,全市司法行政机关以完善法律援助制度为核心,推进工作创新发展。\n"
              "{heading}\n"
              "本报讯 近日,三台县人民法院审结一起放火案,对被告人依法判处刑罚...\n"
              "三台新闻,故乡情,家乡事!三台县,是陪我们行走一生的行李。\n")


@pytest.mark.parametrize("heading", ["新闻推荐", "相关推荐", "【新闻推荐】"])
def test_a_news_site_s_closing_column_and_slogan_place_nothing(heading):
    assert read(_CITY_ITEM.format(heading=heading), "region") == (None, None, None)


def test_a_body_naming_its_county_keeps_it_over_the_closing_column():
    text = ("三台县司法局:今年以来全县受理法律援助案件280件,三台县法律援助中心办结260件。\n"
            "全县法律援助工作稳步推进。\n新闻推荐\n本报讯 近日,盐亭县人民法院审结一起案件...\n")
    assert read(text, "region") == ("四川省", "绵阳市", "三台县")


def test_a_recommendations_heading_before_the_article_blanks_nothing():
    """Before the article's first paragraph a heading is the page's menu, as a related_links block's is."""
    text = ("新闻推荐\n三台县法律援助工作年报\n"
            "2023年,三台县法律援助中心受理案件280件,全县法律援助工作稳步推进。三台县法律援助中心办结260件。\n")
    assert read(text, "county") == "三台县"
