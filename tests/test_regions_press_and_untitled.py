"""The region of press items and untitled reports: places named once, by short names, by 全市, in lists,
in examples, in addresses and in school names."""

from __future__ import annotations

from lawreport.regions import resolve


def _placed(text: str, hints: tuple[str, ...] = ()) -> tuple[str | None, str | None, str | None]:
    region = resolve(text, hints)
    return region.province, region.city, region.county


def test_a_school_named_after_a_place_names_no_place():
    assert _placed("", ("王某，南京师范大学法学硕士，研究行政法。",)) == (None, None, None)
    assert _placed("", ("王某，南京法治研究会会员，研究行政法。",)) == ("江苏省", "南京市", None)


def test_a_law_firm_named_after_a_place_names_no_place():
    text = "全省律师行业开展公益法律服务，聘请浙江明衡律师事务所担任法律顾问。"
    assert _placed(text) == (None, None, None)
    text = "全省律师行业开展公益法律服务，浙江法律顾问团队参与信访化解。"
    assert _placed(text) == ("浙江省", None, None)


def test_a_department_of_a_school_keeps_its_place():
    assert _placed("", ("南京法学院",)) == ("江苏省", "南京市", None)


def test_a_short_name_counts_when_the_unit_is_named_in_full():
    text = "6月3日，衢州市召开行政复议工作会议。会议要求为衢州高质量发展提供法治保障。"
    assert _placed(text) == ("浙江省", "衢州市", None)


def test_a_short_name_alone_is_an_ordinary_word():
    text = "6月3日，某县召开行政复议工作会议。会议要求为衢州高质量发展提供法治保障。"
    assert _placed(text) == (None, None, None)


def test_a_short_name_counts_when_a_unit_inside_is_named():
    text = "全市召开行政执法工作会议，要求为临沧发展提供保障。全市各部门参会，永德县人民政府作交流发言。"
    assert _placed(text) == ("云南省", "临沧市", None)


def test_a_place_named_once_does_not_place_the_text():
    text = "代表们学习了衢州市的经验，会议要求加强执法监督。"
    assert _placed(text) == (None, None, None)


def test_calling_itself_by_its_level_places_the_text_of_its_only_unit():
    assert _placed("沈阳市推进法律援助工作。全市共办理案件两万件。") == ("辽宁省", "沈阳市", None)
    assert _placed("东丰县加强法律援助。该县设工作站二十个。") == ("吉林省", "辽源市", "东丰县")


def test_calling_itself_by_its_level_says_nothing_without_a_single_unit():
    assert _placed("沈阳市推进法律援助工作。今年共办理案件两万件。") == (None, None, None)
    # two cities of one province: 全市 picks neither, the province they share stays
    assert _placed("沈阳市律师和大连市律师座谈交流。全市共办理案件两万件。") == ("辽宁省", None, None)
    # …but one the text's people went to is a destination, not its own: 全市 is the other's
    assert _placed("沈阳市律师赴大连市交流。全市共办理案件两万件。") == ("辽宁省", "沈阳市", None)


def test_a_level_named_once_in_passing_does_not_lift_a_county_to_its_city():
    text = "定海区人民法院受理行政案件九十件，配合舟山市中级人民法院开展全市首次集中宣判。"
    assert _placed(text) == ("浙江省", "舟山市", "定海区")


def test_a_county_given_as_an_example_is_not_the_subject():
    assert _placed("漳州市召开调解工作会议。例如华安县某村两户因排水沟发生纠纷。")[2] is None
    assert _placed("漳州市召开调解工作会议。华安县某村两户因排水沟发生纠纷。")[2] == "华安县"


def test_a_city_body_leading_the_text_keeps_the_city_over_a_county_named_once():
    # the city's bureau reports; a dispute in one of its counties is an instance, not the subject
    assert _placed("漳州市司法局通报调解情况。华安县某村两户因排水沟发生纠纷。") == ("福建省", "漳州市", None)


def test_an_address_line_does_not_place_the_text():
    body = "东丰县加强法律援助。该县设工作站二十个，该县办理案件五十件。\n"
    with_address = body + "地址：吉林省长春市某某路1号\n"
    with_venue = body + "培训在吉林省长春市某某路1号举行。\n"
    province_span = (len(body) + 3, len(body) + 6)
    assert province_span not in resolve(with_address).mentions
    assert _placed(with_address) == ("吉林省", "辽源市", "东丰县")
    venue_span = (len(body) + 3, len(body) + 6)
    assert with_venue[venue_span[0]:venue_span[1]] == "吉林省"
    assert venue_span in resolve(with_venue).mentions


def test_a_list_of_counties_of_several_cities_names_their_province():
    text = ("甘肃日报讯 省司法厅欢迎志愿律师，他们将分赴肃北县、庄浪县、和政县、合作市、迭部县、玛曲县开展工作。"
            "我省律师资源欠缺，我省将继续争取支持。")
    assert _placed(text) == ("甘肃省", None, None)


def test_a_list_of_counties_of_one_city_names_that_city():
    text = "志愿律师分赴合作市、迭部县、玛曲县开展工作。甘南州司法局表示欢迎。"
    assert _placed(text) == ("甘肃省", "甘南藏族自治州", None)


def test_a_parent_short_name_before_a_county_is_one_mention():
    assert _placed("湖北武穴市举办法治讲座。") == (None, None, None)
    assert _placed("湖北省讲师到武穴市举办法治讲座。") == ("湖北省", None, None)


def test_calling_itself_a_city_counts_for_the_city_holding_a_named_county_level_city():
    text = "6月2日，市政府召开全市行政复议工作会议，要求为衢州高质量发展提供保障。江山市人民政府作交流发言。"
    assert _placed(text) == ("浙江省", "衢州市", None)



def test_a_city_named_in_passing_by_a_county_text_gets_no_self_reference():
    text = "6月2日，江山市人民政府召开行政复议工作会议，江山市司法局通报全市案件，衢州市司法局派员指导。"
    assert _placed(text) == ("浙江省", "衢州市", "江山市")


def test_the_one_city_a_text_names_inside_its_province_named_no_more_often_is_the_city():
    text = "2024年,我镇建成一站式矛调中心,成立蚌埠市首家诉源治理工作站。组织干部参加安徽普法网上考试。"
    assert _placed(text) == ("安徽省", "蚌埠市", None)


def test_a_province_named_more_often_than_its_one_city_stays_the_province():
    text = "2024年,安徽省司法厅推进调解工作,成立蚌埠市首家诉源治理工作站。安徽省各级调解组织化解纠纷。"
    assert _placed(text) == ("安徽省", None, None)


def test_two_cities_of_a_province_leave_the_province():
    text = "2024年,成立蚌埠市首家诉源治理工作站,推广滁州市经验。组织干部参加安徽普法网上考试。"
    assert _placed(text) == ("安徽省", None, None)


def test_a_city_text_saying_its_short_name_twice_is_that_city():
    text = "6月5日,市中级人民法院通报行政审判情况。全市法院为推动白山全面振兴提供司法保障,助力谱写白山新篇章。"
    assert _placed(text) == ("吉林省", "白山市", None)


def test_a_short_name_said_once_beside_the_city_level_places_nothing():
    text = "6月5日,市中级人民法院通报行政审判情况。全市法院为推动白山全面振兴提供司法保障。"
    assert _placed(text) == (None, None, None)


def test_a_short_name_two_units_bear_places_nothing_beside_the_city_level():
    text = "全市法院审理行政案件,为朝阳发展提供司法保障,助力朝阳营商环境建设。"  # 朝阳市 in 辽宁, 朝阳区 in 北京 and 长春
    assert _placed(text) == (None, None, None)


def test_a_short_name_said_twice_without_the_city_level_places_nothing():
    text = "法院审理行政案件,为推动白山全面振兴提供司法保障,助力谱写白山新篇章。"
    assert _placed(text) == (None, None, None)


def test_the_leaders_speeches_to_a_place_name_the_texts_own_place():
    text = "2024年,石门镇深入贯彻习近平总书记视察广东重要讲话精神,推进依法行政。全镇化解矛盾纠纷。"
    assert _placed(text) == ("广东省", None, None)
    text = "2024年,石门镇全面落实习近平总书记对广东系列重要讲话和重要指示精神。全镇化解矛盾纠纷。"
    assert _placed(text) == ("广东省", None, None)


def test_a_visit_to_a_place_or_the_leaders_past_work_there_name_no_place():
    text = "2024年,石门镇组织干部赴浙江考察学习,推进依法行政。全镇化解矛盾纠纷。"
    assert _placed(text) == (None, None, None)
    text = "2024年,石门镇学习习近平总书记在浙江工作期间的重要论述。全镇化解矛盾纠纷。"
    assert _placed(text) == (None, None, None)


def test_the_leaders_speeches_to_a_province_leave_a_county_the_text_names():
    text = "2024年,罗定市深入贯彻习近平总书记视察广东重要讲话精神。罗定市人民政府推进依法行政,罗定市司法局化解纠纷。"
    assert _placed(text) == ("广东省", "云浮市", "罗定市")


def test_a_clocks_time_or_a_body_of_states_named_after_a_place_names_no_place():
    assert _placed("", ("北京时间上午九时,公证知识讲座开讲",)) == (None, None, None)
    assert _placed("", ("北京公证知识讲座开讲",)) == ("北京市", "北京市", None)
    assert _placed("", ("上海合作组织法律服务论坛",)) == (None, None, None)
    assert _placed("", ("上海法律服务论坛",)) == ("上海市", "上海市", None)
