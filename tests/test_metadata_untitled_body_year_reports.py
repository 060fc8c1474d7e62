"""An untitled text opening with the one year and a body acting in it, telling the year's results (2021年,某县司法局…,
圆满完成了全年的各项目标任务), numbered parts on work done following, is the body's report of that year, whatever its parts
call the work; so is one whose opening has a department push forward the rule-of-law building in its sector's words
(推进自然资源法治建设, 推进法治税务建设; its kind of bodies', 推进公安机关法治政府建设; or lawful administration, the
core of that building, in its field or not: 推进卫生健康领域依法行政工作), one whose opening has a place act as a body does (2023年,某旗坚持…: its
government's report), telling results or pushing the rule-of-law building forward as a body's does, and one an official delivers to the congress's standing committee for the government
(我受区人民政府委托,向区人大常委会报告…), its title lost. A level's system of bureaus may act for its department
(2022年,全市司法行政系统坚持…), and the results may be told as work that took effect or rose (落地见效, 持续提升。,
再上新台阶, 实现新突破). Each has a twin that must stay what it is: an opening telling no
results (…扎实推进各项工作。) may open a plan too.

Every text below is written for these tests; the bodies and figures are made up (a place acting is a real one's name,
which the gazetteer knows).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

PARTS = "一、强化法治建设统筹\n全年审查规范性文件26件。\n二、深化矛盾纠纷化解\n全县调解组织受理矛盾纠纷1880件,调解成功1862件。\n"

CASES = [
    ("a bureau's year under its parts",
     "2023年,青禾县司法局认真贯彻上级部署,圆满完成了全年的各项目标任务。\n" + PARTS, "annual_report"),
    ("a ministry's year in its sector's words",
     ("2023年,自然资源部深入推进自然资源法治建设,各项工作取得新成效。\n一、加强党对自然资源法治工作的领导\n"
     "部党组专题研究法治工作4次。\n二、健全自然资源法律制度\n完成规章清理12件。\n"), "annual_report"),
    ("an administration's year, its leaders named first",
     ("2022年,在党中央、国务院的领导下,国家税务总局扎实推进法治税务建设。\n一、健全税收法律制度\n"
     "配合完成税收法律起草2件。\n二、严格规范税务执法\n全系统办结行政复议案件1200件。\n"), "annual_report"),
    ("a report delivered to the standing committee for the government",
     ("白沙区司法局局长 李某\n主任、各位副主任:\n我受区人民政府委托,向区人大常委会主任会议报告我区公共法律服务工作情况。\n"
     "一、主要成效\n全区建成公共法律服务站点96个。\n"), "annual_report"),
    ("a bureau's year over a first part on its state",
     "2022年,青禾县司法局履职尽责,各项工作取得了新进展。\n一、2022年基本情况\n(一)突出政治引领。全年召开党组会议30次。\n",
     "annual_report"),
    ("a place's year under its topic parts, its government acting",
     ("2023年,科尔沁右翼中旗坚持以习近平法治思想为指导,依法行政水平持续提升,法治政府建设取得明显成效。\n"
      "一、加强组织领导,压实主体责任\n(一)强化统筹。旗政府召开常务会议研究法治建设4次。\n"
      "二、严格规范执法\n(一)全旗办理法律援助案件210件。\n"), "annual_report"),
    ("a region's year under its topic parts",
     ("2024年,和田地区深入贯彻习近平法治思想,法治建设取得新成效。\n一、坚持党的领导\n(一)行署召开专题会议3次。\n"
      "二、深化矛盾纠纷化解\n全地区调解纠纷900件。\n"), "annual_report"),
    ("a bureau's year pushing its place's rule-of-law building forward, in topic paragraphs",
     ("2024年,青禾区司法局坚持以习近平法治思想为指导,推动法治青禾建设。\n深化依法治区。召开区委全面依法治区委员会会议两次。\n"
      "强化执法监督。全年评查行政执法案卷120宗。\n"), "annual_report"),
    ("…its place's building beside the government's and the society's",
     ("2023年,青禾区司法局在区委领导下,聚焦主业,推动法治青禾、法治政府、法治社会一体化建设取得新进展。\n"
      "牵头构建法治政府建设新格局。全年开展合法性审查53件。\n"), "annual_report"),
    ("a bureau's year over a first part on its results",
     "2022年,青禾县司法局围绕中心服务大局。\n一、主要成效\n" + PARTS, "annual_report"),
    ("a city's system of bureaus acting in its year",
     "2022年,全市司法行政系统坚持以习近平法治思想为指导,履职尽责、积极作为,推动各项工作取得新成效。\n" + PARTS,
     "annual_report"),
    ("a bureau's year whose work took effect",
     "2024年,青禾区司法局紧扣区委中心工作,推动各项重点工作落地见效,依法治区水平持续提升。\n" + PARTS, "annual_report"),
    ("a bureau's year whose capacity kept rising",
     "2023年,青禾县司法局坚持依法履职,法治保障能力持续提升。\n" + PARTS, "annual_report"),
    ("a bureau's year rising a step, striving to lead on the way",
     "2024年,青禾县司法局坚持以习近平法治思想为指导,奋力争先进位,推动各项工作再上新台阶。\n" + PARTS, "annual_report"),
    ("a city's year whose rule-of-law building broke new ground",
     ("2022年,青禾市紧紧围绕《法治政府建设实施纲要(2021—2025年)》,努力推动法治政府建设实现新突破。\n"
      "一、加强统筹谋划,整体推进法治政府建设\n(一)制定实施规划。出台行动方案,明确35项主要任务。\n"
      "二、优化政府机构职能,提高政府行政效能\n"), "annual_report"),
    ("a district's year to the city's government, its first part on progress and highlights",
     ("青禾市人民政府:\n2023年,白沙区委、区政府坚持以习近平法治思想为指导,认真落实上级关于法治政府建设的决策部署,"
      "全面推进依法行政,加快法治政府建设。\n一、工作进展情况及亮点\n(一)履行第一责任人职责\n全年审查合同85件。\n"
      "(二)依法全面履行政府职能\n精简审批事项12项。\n"), "annual_report"),
    ("a street's year pushing the building forward, no results told",
     ("2025年,青禾街道深入学习贯彻习近平法治思想,纵深推进法治政府建设,以高水平法治护航高质量发展。\n"
      "一、加强党的领导,提升依法行政能力\n(一)街道党工委传达学习法治议题12次。\n"), "annual_report"),
    ("a county's year pushing the building forward",
     "2024年,白沙县坚持以习近平法治思想为指导,扎实推进法治政府建设,全面推进依法行政。\n" + PARTS, "annual_report"),
    ("a department pushing its system's rule-of-law government building forward",
     "2024年,省司法厅坚持以习近平法治思想为指导,加快推进司法行政系统法治政府建设。\n" + PARTS, "annual_report"),
    ("…its field's",
     "2023年,市自然资源和规划局认真学习贯彻上级部署,全面推进自然资源领域法治政府建设。\n" + PARTS, "annual_report"),
    ("…its trade's",
     "2024年,县交通运输局坚持依法履职,持续推动交通运输行业法治政府建设。\n" + PARTS, "annual_report"),
    ("a bureau pushing the building forward in its kind of bodies (公安机关)",
     "2023年,青禾县公安局坚持以习近平法治思想为指引,全面推进公安机关法治政府建设。\n" + PARTS, "annual_report"),
    ("…its authorities' (税务机关), pushed",
     "2024年,白沙市税务局紧扣中心任务,持续推动税务机关法治政府建设。\n" + PARTS, "annual_report"),
    ("a commission pushing lawful administration forward in its field (依法行政)",
     "2023年,白沙市卫生健康委员会全面推进卫生健康领域依法行政工作,为群众健康提供法治保障。\n" + PARTS, "annual_report"),
    ("…a bureau's, said alone",
     "2024年,青禾县市场监督管理局深入推进依法行政,严格规范公正文明执法。\n" + PARTS, "annual_report"),
    ("…its system's",
     "2022年,白沙市应急管理局扎实推进应急管理系统依法行政,各项工作有序开展。\n" + PARTS, "annual_report"),
    ("a bureau's year said as the year's (年度)",
     "2024年度,白沙县司法局坚持以习近平法治思想为指导,扎实推进法治政府建设。\n" + PARTS, "annual_report"),
    ("a bureau's year told what it was before its account (…之年。一年来,…)",
     ("2023年是全面贯彻党的二十大精神的开局之年。一年来,白沙县司法局坚持依法履职,扎实推进法治政府建设。\n"
      + PARTS), "annual_report"),
    ("a league's office acting in its year (行政公署)",
     "2024年,兴安盟行政公署坚持以习近平法治思想为指导,扎实推进法治政府建设。\n" + PARTS, "annual_report"),
    ("a prefecture's office acting in its year (行署)",
     "2023年,和田地区行署深入学习贯彻习近平法治思想,全面推进法治政府建设。\n" + PARTS, "annual_report"),
    ("a city's year deepening the building (深化)",
     "2024年,白沙市聚焦中心工作,全面深化法治政府建设,为高质量发展营造良好法治环境。\n" + PARTS, "annual_report"),
    # twins
    ("a street's plan to push the building forward",
     "2025年,青禾街道将纵深推进法治政府建设,以高水平法治护航高质量发展。\n" + PARTS, "other"),
    ("a city's plan to deepen the building",
     "2025年,白沙市将全面深化法治政府建设,为高质量发展营造良好法治环境。\n" + PARTS, "other"),
    ("a bureau's plan to deepen the building, said with no adverb",
     "2025年,白沙县司法局将深化法治政府建设,持续推进各项工作。\n" + PARTS, "other"),
    ("a year told what it will be, the bureau's plan following",
     "2025年是“十四五”规划收官之年。新的一年,白沙县司法局将扎实推进法治政府建设。\n" + PARTS, "other"),
    ("a bureau's plan for the year said as the year's",
     "2025年度,白沙县司法局将扎实推进法治政府建设,力争走在前列。\n" + PARTS, "other"),
    ("a department's plan to push its system's building forward",
     "2025年,省司法厅将加快推进司法行政系统法治政府建设,力争走在前列。\n" + PARTS, "other"),
    ("a bureau's plan to push the building forward in depth",
     "2025年,青禾区司法局将纵深推进法治政府建设,以高水平法治护航高质量发展。\n" + PARTS, "other"),
    ("a bureau's plan to push its kind of bodies' building forward",
     "2025年,青禾县公安局将全面推进公安机关法治政府建设,力争走在前列。\n" + PARTS, "other"),
    ("a commission's plan to push lawful administration forward",
     "2025年,白沙市卫生健康委员会将深入推进卫生健康领域依法行政工作。\n" + PARTS, "other"),
    ("a bureau keeping to lawful administration, no building pushed nor results told",
     "2023年,青禾县市场监督管理局坚持依法行政,扎实推进各项工作。\n" + PARTS, "other"),
    ("a bureau pushing lawful administration among the works of a list",
     "2023年,青禾县司法局统筹推进依法行政、普法宣传和人民调解等各项工作。\n" + PARTS, "other"),
    ("a county pushing lawful administration, nothing done",
     "2024年,白沙县深入推进依法行政。\n" + PARTS, "other"),
    ("a county naming the building with nothing done",
     "2023年,白沙县在法治政府建设中仍存在一些短板。\n一、存在的问题\n(一)基层执法力量薄弱。\n", "other"),
    ("a bureau's plan to rise a step",
     ("2025年,青禾区司法局将坚持以习近平法治思想为指导,力争各项工作再上新台阶。\n一、深化依法治区\n"
      "(一)召开委员会会议不少于2次。\n二、加强法治宣传\n(一)开展普法活动不少于50场。\n"), "other"),
    ("a city's system of bureaus planning its year",
     "2025年,全市司法行政系统要坚持以习近平法治思想为指导,力争各项工作迈上新台阶。\n" + PARTS, "other"),
    ("a bureau's year aiming to keep raising satisfaction",
     "2023年,青禾县司法局坚持以持续提升群众满意度为目标,扎实推进各项工作。\n" + PARTS, "other"),
    ("a bureau's must for its year, its work to take effect",
     "2024年,青禾县司法局要坚持依法履职,推动各项重点工作落地见效,依法治县水平持续提升。\n" + PARTS, "other"),
    ("a county's figures rising with no body acting",
     "2023年,全县共调解矛盾纠纷1200件,调解成功率持续提升。\n一、调解工作\n二、法律援助\n", "other"),
    ("a bureau's plan to push its place's building forward",
     ("2024年,青禾区司法局将继续推动法治青禾建设,力争各项工作走在前列。\n深化依法治区。召开区委全面依法治区委员会会议两次。\n"),
     "other"),
    ("a bureau's year over a first part on its problems",
     "2022年,青禾县司法局围绕中心服务大局。\n一、存在的问题\n(一)基层力量薄弱。\n", "other"),
    ("a place's year telling no results",
     "2023年,科尔沁右翼中旗坚持以习近平法治思想为指导,扎实推进各项工作。\n" + PARTS, "other"),
    ("a place's years told with no parts",
     "近年来,临夏州积极探索矛盾纠纷多元化解,成效明显。全州调解纠纷3200件,调解成功3100件。\n", "case_study"),
    ("a bureau's year telling no results",
     "2023年,青禾县司法局坚持以习近平法治思想为指导,扎实推进各项工作。\n" + PARTS, "other"),
    ("a bureau's year over a first part on a half of it",
     "2022年,青禾县司法局履职尽责,各项工作取得了新进展。\n一、2022年上半年工作情况\n(一)突出政治引领。召开党组会议15次。\n",
     "other"),
    ("a bureau's plan for the year under its parts",
     "2024年,青禾县司法局将进一步推进各项工作,力争取得新成效。\n" + PARTS, "other"),
    ("a span's account of a station",
     "近年来,青禾县司法局白沙司法所立足职能,化解矛盾纠纷。\n" + PARTS, "other"),
    ("a year with no body acting",
     "2023年,全县上下坚持依法履职,扎实推进各项工作。\n" + PARTS, "other"),
    ("a notice issuing the plan",
     ("水利部关于印发《水利法治建设实施方案(2021—2025年)》的通知\n各有关单位:\n现将《水利法治建设实施方案(2021—2025年)》"
     "印发给你们,请认真贯彻执行。\n"), "plan"),
    ("an item telling the report was delivered",
     "10月20日,白沙区人大常委会召开主任会议。区司法局局长李某受区政府委托,向会议报告了全区公共法律服务工作情况。\n", "news"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_an_untitled_body_year_in_parts_is_its_report(name, text, expected):
    assert field(text, "kind") == expected
