"""Interpret stage, institutions: every organisation a report names, typed, deduplicated, normalised.

The grammar's word lists are data (``[institutions]`` in catalog.toml, which
documents them); this module assembles them, with the division names of
``regions``, into one pattern and reads its matches.

* **Right to left.** The pattern runs in reverse (``(?r)``): a name is anchored
  at its suffix (法院, 司法局, 律师事务所 …) and grows leftwards over the
  qualifier, the party committee or government it belongs to (区委…, 人民政府…)
  and the head (places, a level word, a town), so a name takes in all the place
  the rules allow and its left edge never swallows a verb: 联合区法院共同出台 → 区法院.
  A free-form name never holds a verb either: 区法院设立人民调解工作室 is 区法院,
  then what it did.
* **Nested names.** The longest name is the mention; the bodies inside it are
  not mentioned again. 区委全面依法治区委员会 is one institution (the
  committee), not also 区委, and so is a town's after its own party committee (白沙镇党委全面依法治镇委员会);
  坪山公证处大鹏办证点 is 坪山公证处; a bureau's sub-unit after its full
  name is the sub-unit: 县公安局交警大队, and so is its party group: 县司法局党组, and a town's station, named by its
  town (县公安局龙山镇派出所, 县司法局石门司法所: 龙山镇派出所, 石门司法所), and so is a court's tribunal or a
  procuratorate's office in a town (县人民法院横水法庭, 区检察院驻柳林镇检察室: 横水法庭, 柳林镇检察室), after 该县 too (该县横水法庭:
  横水法庭), and the office's name written again alone is that office. 团区委 is the Youth League's
  committee (共青团宝山区委), not 区委.
* **Towns.** An ethnic town's name holds its groups before its level word (十里望回族镇, 青山彝族乡).
* **Places.** Full division names are the mentions ``regions.find_mentions``
  accepts (its context rules: 开县 is a word in 召开县委); short names (宝山,
  上海) count only for the provinces and the report's own area and its city's
  units (宝山公证处, 上海国际法律服务中心), since elsewhere they are ordinary
  words too often; one ending like a town (金乡, 景德镇) names the place, no town, and one ending in a level word
  (杭州互联网法院 in a report with no prefecture) names no unit by it. Places are found before the
  pattern runs, not inside it
  (the regex module tries a word list item by item): the pattern reads a
  same-length shadow of the text in which each place is PLACE_MARK characters
  and its last character.
* **Precision over recall.** A body without a place needs a known qualifier
  (卫计委), a proper name at a boundary (会同华东理工大学), a bare suffix at a
  boundary (联合法院) or to be national (司法部); generic words never qualify:
  法治政府, 数字政府, 各级政府, 基层司法所 and 党委会 are no institutions, nor is
  a name among counts (1家商事调解中心, 律师事务所24家), a plural (各县区政府, 县法院各人民法庭: 县法院 alone,
  县乡村三级…中心, 镇街) or the courts of a whole province or city (湖南法院).
* **Canonical names.** A bare level word takes the report's region (区法院 in a
  宝山区 report → 上海市宝山区人民法院; 市司法局 in a 慈溪市 report → 慈溪市司法局; after 该 too: 该县检察院)
  and stays null when the region does not say which unit it is, and so does a place's call of itself before a department's
  or a service's words (我市公安局 in a 慈溪市 report, as 市公安局: 慈溪市公安局); so do the level words of more than one character
  (自治区党委 in a 新疆 report → 新疆维吾尔自治区党委) and a league's (盟委 → 中共兴安盟委), and the words a prefecture's or a
  league's text calls its own committee and government by alone (地委, 行署: 中共喀什地委, 喀什地区行政公署). Courts and
  procuratorates follow judgment headers: province, then the city for a
  district (广东省深圳市坪山区人民法院, municipalities once: 上海市宝山区人民法院),
  province and county otherwise (浙江省慈溪市人民法院). Other bodies take their
  own unit's name (宝山区司法局, 宝山区人民政府); a party committee's body is
  prefixed 中共 (中共宝山区委全面依法治区委员会). Names written with a short
  place or a town (宝山公证处, 龙山镇; but a court or a procuratorate of the report's area is named as its judgments
  are, 铁岭中院 in a 铁岭市 report: 辽宁省铁岭市中级人民法院, and a bureau as its unit's, 小店司法局: 小店区司法局),
  proper names and national bodies
  (司法部, 国家版权局) are their own canonical names, a national body's short words
  spelled out (人社部 → 人力资源和社会保障部, 最高法 → 最高人民法院); so is a full place name
  that cannot be pinned to one division. A body named by a qualifier or a bare
  suffix alone (卫计委, 联合法院) has none.
* **Deduplication** is by canonical name, else by the name as written. Short
  body words are spelled out first (市场监管局 = 市场监督管理局, 卫生健康委 = 卫生健康委员会, a congress's term
  dropped), and a level word the region cannot resolve (区司法局) joins the one
  full name of its kind the report writes (江宁区司法局), as a department by its words alone does (自然资源局: 东湖区自然资源局,
  and 县自然资源局 where the region does not say which county's it is; 司法局 too),
  the report's own division's where it writes several (依法治市办 in 晋江市's report). A body's other nameplate in brackets
  (区委党校(行政学院)) is that body; after the word of such bodies in general (各级党校(行政学院)) it names none. A town's party committee,
  however written (石门镇党委, 中共石门镇党委, 中共石门镇委员会, and 镇党委 where the report names one
  town's), is 中共石门镇委员会; a town's station named without its level word is the
  town's (柳林司法所 beside 柳林镇, a body or a place: 在柳林镇调研; 柳林镇司法所), and so is one named by a quarter of the county
  seat, read alone as written elsewhere (城关派出所 beside 城关镇: 城关镇派出所), or by an ethnic town's name without its
  groups (十里望司法所 beside 十里望回族镇); a station named by its town's name alone is a body where a visit goes to it or
  in a list of stations (先后到坪头司法所、石湾司法所, 龙池派出所、龙池司法所), and a justice station at any boundary
  (齐贤司法所获评…, 我局南洲司法所), its own name as written; a town whose name opens with a
  modifier, read only before its own body (小营街道办事处), is that body wherever the report names it
  (小营街道推进…); the party's rule-of-law committee is
  one body with 全面 or without it; a bare 党工委 is the one street's the report names
  (街道党工委), and 街道党工委 the one street's (金龙街道党工委); a town's centre, station or government named by its
  level word (镇综治中心, 镇司法所, 镇政府) is the one town's the report names, or none; a town's rule-of-law committee named after the town alone (白沙镇全面依法治镇委员会) is its party
  committee's (白沙镇党委全面依法治镇委员会); a
  branch named after its bureau is the one named from its place
  (广州市公安局增城区分局 = 增城区公安分局); a bureau's party group named by its level and 局 (市局党组) is the one
  party group of a bureau of the report's unit at that level (重庆市市场监督管理局党组 in 重庆市's report), and one by its
  word alone (党组书记带头, 召开党组会议) the one party group the report names, else its own, none where it names several.
* **Listed places.** A body named after a list of full place names is each place's (永昌县、金川区人民政府: 永昌县's
  government too, mentioned by its place), and one named after a list of towns each town's (横水镇、柳林镇综治中心:
  横水镇综治中心, mentioned by the town), after a word making the first a place too (在横水镇、柳林镇综治中心); a body named by a level word listed with a lower level's (县综治中心、镇综治中心)
  names the levels, no body. Bodies listed after a name that opens with a level word share it (区法院、司法局及信访办:
  区司法局, 区信访办; 镇综治中心、司法所: 镇司法所), and the party committee's departments after one of its own its
  committee (区委宣传部、组织部: 区委组织部), as do the departments' words listed right after the committee before the
  last one's, which they share (区委宣传、组织、统战部: 区委宣传部, 区委组织部), a bureau's squads after one of its own
  the bureau (区公安局交警支队、治安支队: 区公安局治安支队), each mentioned by its own words, and so do those after an item
  that opens with a town's level word but is no body (镇社会事务办、司法所: 镇司法所), and after a name that opens with
  its places or its town (郸城县公安局、民政局和人社局: 郸城县民政局; 白沙镇综治中心、司法所: 白沙镇司法所); towns' names listed
  before the station they share each have it (籍山、许镇、工山司法所: 籍山司法所, mentioned by the name), and full place names listed before 等
  and a body's words each that place's (河北区、东丽区、津南区等法院). Items listed before a body named by its words alone
  that share its last word and the level word opening the list are each that level's body (县公安、民政、人社局: 县公安局,
  县民政局, 县人社局, mentioned by 县公安, 民政, 人社局).
* **Romanisations** some pages print after a character (辦(bàn)公室) are read
  past; a mention's span covers them.
* **The record** (record.py) names each body by its fullest
  written form and gives every mention as evidence.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter, itemgetter
from typing import NamedTuple, TypeAlias

from . import lazy_regex as regex
from . import regions
from .catalog import (
    Catalog,
    CatalogError,
    InstitutionBody,
    InstitutionRules,
    compile_cached,
    compile_re_cached,
    get_catalog,
    kept_or_built,
)
from .derive import from_catalog
from .normalize import IDENTITY, strip_annotations
from .scanning import (
    NOT_CONCURRENT,
    Shape,
    blanked,
    char_class,
    char_starts,
    longest_word,
    matches_from,
    opening_chars,
    without_negative_lookarounds,
    without_positive_lookarounds,
)
from .scanning import alternatives as top_level_alternatives
from .structure import LIST_JOINS, LIST_SEPARATOR
from .tuples import maker
from .vocab import CITY, COUNTY, PROVINCE

__all__ = ["FoundInstitution", "find_institutions"]

PARTY_COMMITTEE = "party_committee"  # a head followed by 委: 区委
GOVERNMENT = "government"
TOWN_TYPE = GOVERNMENT  # 街道, 镇, 乡: named as a body, a town or street is its government (龙山镇开展…)
JUDICIAL_TYPES = ("court", "procuratorate")
NAME_MAX_AFTER_HEAD = 10  # 小家电行业消防安全 (合规指导中心)
HEADLESS_NAME_LENGTH = (2, 8)  # 卓建, 公义房屋征收
QUOTED_NAME_MAX = 12  # a brand in quotes before the suffix
GENERIC_CONTEXT = 8  # characters around a headless name that may say it is one of many (各级…, …24家)
_GOVERNMENT_PARENT = "(?:人民)?政府"  # 慈溪市人民政府行政执法协调监督局
_OFFICE = "办事处"  # a street's own government: 金龙街道办事处
_STREET_OFFICE = f"街道{_OFFICE}"  # a body of its district's government, named after it: 鲤城区人民政府金龙街道办事处
# A party committee's name in full (中共阳高县委员会, 中国共产党阳高县委员会, a town's: 中共石门镇委员会): only
# after the party's name, since 政协阳高县委员会 is the CPPCC's (_CPPCC).
_COMMITTEE_WORD = "委员会"
_CPPCC = "政协"
_COMMITTEE_IN_FULL = (
    f"(?:{regions.PARTY}|{regions.PARTY_IN_FULL})"
    "(?:{head}{head_end}(?<=[{level_words}]|{town_end})|(?P<town>{town}))(?P<committee>" + _COMMITTEE_WORD + ")"
)
# The party's committee for the rule of law and its office are written with 全面 or without it (区委全面依法治区委员会,
# 区委依法治区委): one body.
_RULE_OF_LAW = "依法治"
_RULE_OF_LAW_IN_FULL = "全面" + _RULE_OF_LAW
_RULE_OF_LAW_SAID = f"(?:全面)?{_RULE_OF_LAW}"  # either way
# A town's party committee (石门镇党委, 中共石门镇委员会, and 镇党委 in its own report) is one body, named in full
# as the party's name, the town as written and _COMMITTEE_WORD: 中共石门镇委员会.
_TOWN_COMMITTEE = "党委"
# A town's committee by its level word alone, in its own report; a street's too where it has a 党委 (街道党委), not a
# 党工委 (named otherwise).
_BARE_TOWN_COMMITTEES = frozenset(word + _TOWN_COMMITTEE for word in regions.TOWNSHIP_OFFICES)
# A street's party committee, named by itself in its own report (党工委) as by its level word (街道党工委), and written
# short too (街道工委, 金龙街道工委: the catalog spells 工委 out in a canonical name).
_WORKING_COMMITTEE_SHORT = "工委"
_WORKING_COMMITTEE = "党" + _WORKING_COMMITTEE_SHORT
# The party's name opens a town's name only before the town's own party committee (中共金龙街道党工委, 中共白沙镇党委),
# which is named as without it; not its member's title (中共党员).
_PARTY_BEFORE_TOWN = f"{_TOWN_COMMITTEE}|党?{_WORKING_COMMITTEE_SHORT}"
# A town's own rule-of-law committee is named after the town's party committee, as a county's after its 县委: the town,
# its committee and the body are one name (白沙镇党委全面依法治镇委员会, 金龙街道工委全面依法治街委员会办公室), whose
# parent is that committee; not the town's committee alone before the county's (镇党委依法治县…).
_TOWN_RULE_OF_LAW_AHEAD = f"{_RULE_OF_LAW_SAID}[镇乡街]"
_TOWN_RULE_OF_LAW = f"(?={_TOWN_RULE_OF_LAW_AHEAD})"
_TOWN_COMMITTEE_PARENT = f"(?:{_PARTY_BEFORE_TOWN}){_TOWN_RULE_OF_LAW}"


def _words_then_ahead(words: str, ahead: str) -> str:
    """``(?:words)(?=ahead)`` for a reverse scanner, which tests the element written last first: the words, then
    ``ahead`` looked for from where they start. A lookahead written after the words would be entered at every position
    the scanner tries them, and a lookaround costs the engine many times what a literal that turns a position away
    does. The lookahead reads the words again: ``words`` must be alternatives no two of which match at one start."""
    return f"(?=(?:{words}){ahead})(?:{words})"


# The scanners read a town's committee before its rule-of-law committee, in short or in full, so (words tested first).
_TOWN_COMMITTEES_PARENT = _words_then_ahead(f"{_PARTY_BEFORE_TOWN}|{_COMMITTEE_WORD}", _TOWN_RULE_OF_LAW_AHEAD)
# Named right after the town, without its committee (白沙镇全面依法治镇委员会), it is that committee's all the same.
_TOWN_RULE_OF_LAW_BODY = compile_re_cached(f"{_RULE_OF_LAW_SAID}[镇乡]")
# A rule-of-law committee or its office named by itself, without its place or level word (全面依法治街委员会办公室,
# 依法治县办公室), is the one the report names in full, the level it rules the same (_merge_level_words).
_RULE_OF_LAW_ALONE = compile_re_cached(f"{_RULE_OF_LAW_SAID}[国省市区县州旗盟地镇乡街]")
# ... a town's, by the level it rules (镇, 乡, 街 for a street): joined to none, it is the one town's (_town_committees).
_TOWN_RULE_OF_LAW_LEVEL = compile_re_cached(f"{_RULE_OF_LAW_SAID}([镇乡街])")
_STREET = "街道"
# The party committee's political-legal commission, named after a place or a level word without the committee's 委
# (县政法委), is the committee's as after it (中共某县委政法委); not the discipline commission, no organ of it (县纪委).
_COMMITTEE_OF_ORGAN = "委"
_COMMITTEE_ORGAN = compile_re_cached("政法委")
# Named by the level word alone in the town's own report (镇党委全面依法治镇委员会), it is the one the report names
# after its town, as 镇党委 is (_merge_level_words); the level word, then what follows it.
_BARE_TOWN_COMMITTEE_PARENT = compile_re_cached(f"(镇|乡|街道)(?={_TOWN_COMMITTEE_PARENT})")
# A county's rule-of-law committee is named after its party committee in full too (中共融安县委员会全面依法治县委员会),
# canonically as after 县委 (the catalog's expansions write the committee short); the CPPCC's committee has none. So
# is a town's (中共白沙镇委员会全面依法治镇委员会), before its own level's committee only, as after 镇党委.
_COMMITTEE_IN_FULL_PARENT = _words_then_ahead(_COMMITTEE_WORD, _RULE_OF_LAW_SAID)  # for the scanners
# A region's or a prefecture's party committee, called 党委 after its level (自治区党委, 州党委), before its rule-of-law
# committee: the committee's (自治区党委全面依法治区委员会), as after a town (镇党委全面依法治镇委员会).
_LEVEL_COMMITTEE_PARENT = _words_then_ahead(_TOWN_COMMITTEE, _RULE_OF_LAW_SAID)
_TOWN_COMMITTEE_IN_FULL_PARENT = _COMMITTEE_WORD + _TOWN_RULE_OF_LAW
_PARTY_MEMBER = "党员"
_STREET_COMMITTEES = frozenset((_WORKING_COMMITTEE, _STREET + _WORKING_COMMITTEE_SHORT))  # the one street's in its report
_STREET_LEVEL_COMMITTEE = _STREET + _WORKING_COMMITTEE  # by its level word: the one street's the report names
_BRANCH = "分局"  # a bureau's branch in a place below its own: 广州市公安局增城区分局
_BUREAU_PARENT = "局"  # after a level word, a bureau the head does not name: 市局法制支队, 县局党委
_ADMINISTRATION = "总局"  # a state administration's last word: 国家税务总局
# A development zone's committees: after a level word (区管委会, 区党工委) the level is the zone's, no division's (whose
# party committee is its 委: 区委).
_ZONE_COMMITTEES = ("管委会", "党工委")
# Bodies ending with these are a bureau's sub-units, which may follow its full name: 县公安局交警大队 is one body.
_SUB_UNIT_ENDS = frozenset("队所")
# A body's own party group may follow its full name too (县司法局党组, 县法院党组, 县公安局党组), as the party's
# word for it, after a bureau or a body of these types. Not its party committee: 市公安局党委 stays the bureau.
_PARTY_GROUP = "党组"
_PARTY_GROUP_OF = ("justice_bureau", *JUDICIAL_TYPES)
# The Youth League's committee is named like the party's after its name, written short (团区委, 团宝山区委 = 共青团宝山区委,
# the party's 中共宝山区委): a committee read right after it is the League's, of the catalog's type for _LEAGUE_COMMITTEE.
_LEAGUE = "团"
_LEAGUE_NAME = "共青团"
_LEAGUE_COMMITTEE = "团委"
# A town's stations, which a report may also name by the town without its level word: 柳林司法所 is 柳林镇司法所
# where the text names 柳林镇 (as a body: alone, or before one of its bodies).
_TOWN_STATIONS = ("司法所", "派出所", "市场监管所", "市场监督管理所")
# A court's tribunal in a town, named after its court by the town or its name (县人民法院横水法庭, 区法院城关人民法庭): one
# body, the tribunal, as a station after its bureau is; written 法庭 only there (模拟法庭, 巡回法庭 alone name none).
_TRIBUNAL = "人民法庭"
_TRIBUNAL_SHORT = "法庭"
_TRIBUNAL_OWN_WORD = _TRIBUNAL.removesuffix(_TRIBUNAL_SHORT)  # 人民
_COURT_WORD = "法院"  # a court's own word, which no tribunal's name holds
# So is a procuratorate's office in a town, named after it, the town after 驻 (stationed at) or not (区检察院驻柳林镇检察室).
_PROSECUTION_OFFICE = "检察室"
_RESIDENT = "驻"
# For each judicial type, its office in a town: the word of the body's suffix, and how it is written after the court
_JUDICIAL_OFFICES = {"court": (_TRIBUNAL, f"(?:人民)?{_TRIBUNAL_SHORT}"), "procuratorate": (_PROSECUTION_OFFICE,) * 2}
_OFFICE_WORDS = (_TRIBUNAL, _TRIBUNAL_SHORT, _PROSECUTION_OFFICE)  # the longer first
# Such an office named after 该 and a level word, the area the text speaks of (该县坝头法庭, 该区河口检察室), is its court's
# or procuratorate's as after their names: named by the town or its name alone, not by 该县.
_AREA_SAID = "(?<=该[县区市旗])"
_NOT_AREA_SAID = _AREA_SAID.replace("(?<=", "(?<!", 1)
# After a city's full name, 法院 are all its courts (合肥市法院): the city's own court is its 中级人民法院 (a county-level
# city's, 慈溪市法院, is one court); its procuratorate is one body (合肥市检察院, 合肥市人民检察院).
_CITY_COURTS = _COURT_WORD
_INTERMEDIATE = "中级"  # an intermediate court, a prefecture-level city's (CITY)
# The courts and procuratorates of an area, as spelled out (法院, 中院): named by a short place, the area's own
_AREA_JUDICIAL_BODIES = frozenset(("人民法院", "中级人民法院", "高级人民法院", "人民检察院"))
# ... and a municipality's intermediate courts by their numbers (北京一中院: 北京市第一中级人民法院)
_NUMBERED_INTERMEDIATE = compile_re_cached("第[一二三四五六]中级人民法院")
# ... and so are its bureaus (小店司法局 = 小店区司法局)
_AREA_BUREAU_TYPES = frozenset(("justice_bureau", GOVERNMENT))
_AREA_BUREAU_ENDS = "局厅"
_STATION_PARENTS = (_BUREAU_PARENT, "院")  # what a station's or an office's town follows: 县司法局, 县人民法院
_TOWN_WORD = f"(?:{'|'.join(regions.TOWNSHIP_OFFICES)})"
# A town's party committee and its government written together as joint authors (中共白沙镇委员会白沙镇人民政府,
# 白沙镇党委白沙镇人民政府, 金龙街道工委金龙街道办事处): the government's town opens right after the committee, before
# the government only (镇党委书记镇长 names no town), and never a committee member's title (街道党工委副书记街道办事处主任).
_TOWN_JOINT_AUTHOR = f"(?:{_TOWN_WORD})(?:{_COMMITTEE_WORD}|{_PARTY_BEFORE_TOWN})"
_COMMITTEE_TITLES = "副?书记|委员"
_TOWN_LEVEL = compile_re_cached(f"{_TOWN_WORD}$")  # a town's level word: 柳林镇
# A town's centre, justice station or law-enforcement squad named by its level word alone (镇综治中心, 镇司法所,
# 镇综合行政执法大队: catalog [[institutions.body]]) is the one town's the report names: the one it writes in full
# (柳林镇综治中心), else the one town of that level it names (_town_centres).
_TOWN_CENTRE_TYPES = frozenset(("mediation", "justice_bureau", GOVERNMENT))
# A place has one notary office and one legal-aid centre: named by its word alone (联合公证处、法律援助中心), it is the one the
# report names with its place (县公证处), else its own, and none where the report names several (_merge_level_words).
_SERVICE_TYPES = frozenset(("notary", "legal_aid"))
_BUREAU_ALONE = "司法局"  # a justice bureau named by itself too (catalog [[institutions.body]], bare), as a service is
# A department named by its words alone (自然资源局, 市场监管局: a government body's qualified form; 司法局: bare) is the
# one the report names with its place or its level word (_merge_level_words)
_DEPARTMENT_TYPES = frozenset((GOVERNMENT, "justice_bureau"))
STATION = "司法所"  # a town's justice station, named by itself too (catalog [[institutions.body]], bare)
# A body's words alone right after a title in quotes (获评省级“枫桥式”司法所, "五星级"公证处) are the kind the title is
# awarded to, no body; a name in quotes before a body's words is the body's (“宜之家”邻里调解室: named)
_TITLE_CLOSED = compile_cached(r'(?:”|(?<=\p{Han})")$')
_WITH = "(?<!参)与"  # what a bare body may follow besides a boundary (_body_forms), and the types it may not
# The courts and the justice stations a report names in general after a list's join too (出庭与法院协调, 派出所与司法所:
# the courts', the towns'): no bare body of theirs follows one (catalog list_join).
_NOT_JOINED = frozenset((*JUDICIAL_TYPES, "justice_bureau"))
_NOT_AFTER_WITH = frozenset((*_NOT_JOINED, PARTY_COMMITTEE))
_TOWN_OPENING = compile_re_cached(_TOWN_WORD)
# A level word below the county's after 、 and before the same body's words makes a body named by a level word one of
# a list of levels (县综治中心、镇综治中心、村综治中心三级): the levels in general, no body.
_LEVEL_BELOW_COUNTY = compile_re_cached(f"{_TOWN_WORD}|村|社区")
# What right after a town is its own body: a town whose name opens with a modifier (rules.town_modifiers) is read
# only there (小陶镇政府, 小陶镇党委, 小营街道办事处).
_TOWN_OFFICE = f"{_GOVERNMENT_PARENT}|办事处"  # 树人镇人民政府, 金龙街道办事处: the town's own government
_TOWN_OWN_BODY = f"(?:{_TOWN_OFFICE}|{_TOWN_COMMITTEE}|党?{_WORKING_COMMITTEE_SHORT})"
# An ethnic township named by 民族 alone (金竹民族乡) is read only before its own body: 少数民族乡, 发展民族乡 end phrases.
_ETHNIC_TOWNSHIP = f"民族(?=乡{_TOWN_OWN_BODY})"
# A short place name before a road or street word names the street, not the place: 山东路街道, 中山东路街道, 北京街道.
_STREET_AFTER_SHORT = "(?![东西南北中]?[路街])"
# 各 picks many (各镇司法所) and is a stop character, but inside a place's name before 庄 it is part of the name
# (胡各庄司法所, 王各庄镇), after the name's first character: the place names of the north's villages.
# A firm's trade name may end with 州, a level word (神州, 中州, 九州律师事务所), or with 和, a stop character (三和, 中和律师
# 事务所), after the name's first character; not 和 joining bodies or people to the firms (律师和律师事务所, 公证处和律师事务所).
# Each written for the reverse scanners, which test the element written last first: the character, then what follows it
# looked for from its start (a lookahead written after it would be entered wherever the class before it fails).
_STOP_IN_NAME = ("(?<=\\p{Han})(?=各庄)各|(?<=\\p{Han})(?=州律师事务所)州"
                 "|(?<=\\p{Han})(?<![师员局所院会处心委])(?=和律师事务所)和")
# 和 joins two names (司法所和镇政府) and is a stop character, but many towns' names hold it (仁和镇, 和平乡, 太和街道):
# read there only right before the town's own body (仁和镇人民政府, as a modifier's town: town_modifiers), and then
# wherever the report names the town (_modified_towns).
_AND = "和"
_AND_IN_TOWN = f"(?={_AND}\\p{{Han}}{{0,2}}{_TOWN_WORD}{_TOWN_OWN_BODY}){_AND}"  # written as _STOP_IN_NAME
_STREET_IN_TOWN = "街(?=[镇乡])"  # the last character of a town's name (横街镇), after its first
_QUOTES = {"“": "”", "‘": "’", "「": "」", '"': '"'}  # opening quotes and their closing ones
# A bare town after these words, or after them and a list of towns or other places, is where something was done (在白沙镇试点,
# 到青山镇调研, 在兴隆镇、将台乡和石门乡试行, 在下党、宁化、才溪乡挂牌), a place rather than a body; its own bodies stay bodies (在白沙镇党委的领导下).
_PLACE_WORDS = "在|到|赴|前往|深入"
# A visit's words, after which a justice station may be named by its town's name alone (到坪头司法所), and what joins
# such stations in a list (坪头司法所、胡各庄司法所: _body_forms).
_VISITS = "到|赴|前往|深入|走访"
_STATION_JOIN = f"[{LIST_SEPARATOR}{LIST_JOINS}]"
_NO_STATION_NAME = "公安|属地|就近"  # the police's stations, the local ones, the nearest: a kind of station, none's name
_STATION_NAME_MAX = 3  # characters of a town's name before its station in a list of them (籍山、许镇、工山司法所)
_STATION_NAME_LONGEST = 4  # ... and before a justice station named alone (九龙湖司法所)
# A post held at a justice station, after which the station is named by its town's name alone (时任齐贤司法所所长)
_POSTS = "时任|现任|曾任|担任"
# What ends a count (两个司法所), a grade (一级司法所) or a body (平安办司法所: two bodies): no station's name
_NOT_STATION_NAME_ENDS = "个家名所批项座处类种级办局委院队站庭"
# A station's affairs, which a verb before the stations in general acts on (改建司法所业务用房, 新招录司法所工作人员,
# 安排150万元司法所建设资金, 改造司法所、派出所办公用房): before them, or a list ending in them, a station named alone is none
_STATION_AFFAIRS = "建设|业务|工作人员|人员|用房|办公|队伍|力量|经费|职能|干部|阵地|规范化|标准化"
# A bare town right before a village's name only says where the village is (检查了县法院、白沙镇李家村补植点,
# a caption (白沙镇李家村)): a place. A verb between them keeps the town the body that acts (白沙镇指导村); after
# a verb the town may be what is meant too (指导白沙镇李家村创建).
# Not a word for the villages' people or affairs, which the town acts on (白沙镇培训村干部, 青山乡动员村民).
# So does a community's name right after a street or a town (上塘街道蔡马社区获评…, 白沙镇青山社区): the community's
# address; not the communities' corrections or care (白沙街道做好社区矫正), some or all of them (白沙街道所有社区:
# first_stop), nor a kind of community, which a phrase before a town's word names too (白沙街道平安社区建设: town_exclude).
_VILLAGE = "村(?![民干两“级居务规])"
_COMMUNITY = "社区(?![矫服戒康])"
_COMMUNITY_NAME = (2, 4)  # 蔡马社区, 高邮湖路社区
_VERB_REACH = 3  # characters before a town read for a verb (进一步)
_PLACE_BEFORE_TOWN_REACH = 24  # characters before a town read for them: a list of a few towns
# A headless name holding a university's name holds all of it: one character before 大学 is the end of a longer
# name (同济大学, 西南财经大学 cut after the boundary words 同 and 经), and a name opening with 大学 has lost it.
_CUT_UNIVERSITY = r"(?!\p{Han}?大学)"
# A headless name opens after 经, a boundary word (经市政府批准), but never inside 经济, whose zones name bodies
# (白沙经济开发区人民调解委员会: no 济开发区…)
_NOT_IN_ECONOMY = "(?!(?<=经)济)"
# A headless name may begin right after a year too (2013年中国政法大学…): the year's 年 opens no name.
_AFTER_YEAR = r"(?<=\d年)"
# ... but a date's word after its digits opens no town (2024年城乡一体化 holds no 年城乡), nor a year's 度 (2022年度县乡
# 法治政府建设 holds no 度县乡).
_DATE_WORD = r"(?<=\d)[年月日号]|(?<=\d年)度"
PLACE_MARK = "\ufdd0"  # a noncharacter, never in a text
AFTER_NAME = 16  # characters after a name the scanner reads: more than any lookahead past its end (法院(?!报) reads
# one, 税务总局 a place and 税务局: 国家税务总局广州市海珠区税务局)


class FoundInstitution(NamedTuple):
    name: str  # as first written (normalized text form)
    canonical: str | None
    type: str
    mentions: tuple[tuple[int, int], ...]  # every span, sorted


_new_found = maker(FoundInstitution)


class _Form(NamedTuple):
    group: int  # the number of its group in the scanner's pattern
    body: InstitutionBody
    how: str  # head | named_head | sub_unit | branch | station (after a head) | qualified | named | bare | national | area_station (headless): _body_forms


class _Heads(NamedTuple):
    """The numbers of the groups of a name's head and parent: a group is 4x faster to ask by number than by name."""

    national: int
    town: int
    parent: int
    committee: int
    level: int
    place: int


class _Scanner(NamedTuple):
    """The pattern of the names that end with one character, and what its groups are."""

    pattern: regex.Pattern  # a name, then AFTER_NAME characters: matched anchored at a candidate end (_matches)
    forms: tuple[_Form, ...]  # the forms a match may be, in the pattern's order
    heads: _Heads
    asked: tuple[int, ...]  # what _read asks of every match, in one call: the heads but the place, then the forms


class _Scanners(NamedTuple):
    name_ends: re.Pattern[str]  # the last character of a name, where the one before it may precede it
    plans: dict[str, tuple[str, tuple[tuple[str, InstitutionBody, str], ...]]]  # pattern, (group, body, how) of forms
    by_last_character: dict[str, _Scanner]  # the plans compiled as a text needs them (_scanner_for)
    rules: InstitutionRules
    # _expand and _render under the rules' expansions, remembered: a report writes the same few bodies many times
    # (the expansions are no part of the key: hashing their patterns took most of a remembered call)
    expand: Callable[[str], str]
    render: Callable[[regions.Division, str, str, str], str]
    place_before_town: regex.Pattern  # what ends right before a bare town that is a place (_PLACE_WORDS)
    village_after: regex.Pattern  # what right after a bare town makes it a place (_VILLAGE, _COMMUNITY)
    verb_before: regex.Pattern  # a verb ending right before a bare town, whose object the town may be
    # a town whose name opens with a modifier (小营街道), and what may stand right before a town (a boundary, a place)
    modified_town: regex.Pattern
    town_opens: regex.Pattern
    # the whole area's word (全县), and a town's or its station's name of a shape no phrase has, read after it (_area_towns)
    area_word: regex.Pattern
    area_town: regex.Pattern
    stations: tuple[tuple[str, str], ...]  # each of _TOWN_STATIONS and its type
    ethnic_end: regex.Pattern  # the groups an ethnic town's name ends with before its level word (十里望回族)
    name_opens: regex.Pattern  # where a name may begin: after no character a free-form name holds
    league_type: str  # the type of _LEAGUE_COMMITTEE
    level_words: str  # the level words' characters (_level_words)
    # The characters a collective body word ends with (法院, 检察院): a body ending otherwise (司法局) is not
    # matched against rules.collective, a regex call for most readings.
    collective_ends: frozenset[str]


def _holds_party_group(body: InstitutionBody) -> bool:
    """The rule reads a body's own party group (_PARTY_GROUP) after that body's name."""
    return body.alone and body.type == PARTY_COMMITTEE and body.suffix.fullmatch(_PARTY_GROUP) is not None


def _body_forms(
    body: InstitutionBody, name_char: str, boundary: str, not_first: str, generic: str, bureau: str, organ: str,
    ministry: str, place: str, verb: str, quarter: str, town: str, judicial: dict[str, tuple[str, str]],
    station_guard: str, joined: str, town_opens: str, body_char: str, own: str,
):
    """(how, pattern, last) for each way ``body`` may be written; see the catalog's [institutions] notes. ``last`` is
    the words a match of the form ends with where they are not all the body's suffix (a station's word, 分局), else None:
    a scanner of another last character leaves the form out (_plan).

    ``name_char`` matches one character of a free-form name (never the start of a verb); ``bureau``
    a bureau's name after its head (公安局), which a sub-unit's may follow (_SUB_UNIT_ENDS), and a
    branch's too, named by its place (``place``, as the shadow writes one): 广州市公安局增城区分局; a party group
    may follow a bureau's name or ``organ``'s, a court's or a justice bureau's, after a head or without one, or a
    ``ministry``'s, a national body's (_PARTY_GROUP). A town's station may be named by ``quarter``, a quarter of the
    county seat (城关派出所), after its bureau's name too (县公安局城关派出所), and after its bureau's or branch's name by
    ``town``, a town (县公安局龙山镇派出所), or by a town's name alone; so is a court's tribunal or a procuratorate's
    office after ``judicial``, by type what follows its court's or procuratorate's name (县人民法院横水法庭, 区检察院驻柳林镇检察室:
    _JUDICIAL_OFFICES), and what follows 该县 (该县坝头法庭: _AREA_SAID). ``station_guard`` turns away what no town's name
    before a justice station named alone is (a verb, a phrase, a count); such a station may follow ``town_opens``, what a
    town may begin after (a list's join, a linking word: 县法院与白沙司法所, 同时白沙司法所: _town_boundary). A body's party group named from inside it
    (局党组) may follow ``verb`` too, a verb no name begins with (落实局党组决定, 根据局党组安排): no body's name ends there.
    A body by its words alone may follow ``joined``, 和 or 与 after another body (政府和地委): a list's join, as 、 is
    (not a court's or a justice station's: _NOT_JOINED). ``body_char`` is one character of a free-form name (a zone's
    level word too: _body_name_character); a body named only after a head is named by itself after ``own``, a call of
    the unit that is its head (我区琶洲国际会展区域调委会).
    """
    suffix = f"(?:{_character_first(body.suffix.pattern)})"
    qualifiers = f"(?:{_last_character_first(body.qualifiers.pattern)})" if body.qualifiers else None
    office = _JUDICIAL_OFFICES.get(body.type)
    if office is not None and office[0] not in top_level_alternatives(body.suffix.pattern):
        office = None  # the court's or the procuratorate's own name, no office in a town
    # an office after 该 and a level word is named by its town (area_station), never by that level: 该县人民法庭 is none
    after_head = _NOT_AREA_SAID if office is not None else ""
    if body.alone:
        yield "head", after_head + (qualifiers + "?" if qualifiers else "") + suffix, None
        if set(_last_characters(body.suffix)) <= _SUB_UNIT_ENDS:
            yield "sub_unit", bureau + (qualifiers + "?" if qualifiers else "") + suffix, None
        elif _holds_party_group(body):
            word = next(word for word in top_level_alternatives(body.suffix.pattern) if regex.fullmatch(word, _PARTY_GROUP))
            yield "sub_unit", f"(?:{bureau}|{organ})(?:{word})", word
            yield "national", f"(?:{ministry})(?:{word})", word  # 司法部党组; first: 最高人民法院党组 ends in 法院党组
            yield "qualified", f"(?:{bureau}|{organ})(?:{word})", word  # 市场监管局党组, 司法局党组: the bureau's own
    elif qualifiers:
        yield "head", qualifiers + suffix, None
    # A place's short name of two characters (江宁分局, 石门司法所), which no other word between a bureau and its
    # branch or station is but a plural or a verb (各分局, 相关分局, 下属分局, 督促派出所).
    short = f"{not_first}(?!{generic}){name_char}{{2}}"
    # A town's name of two or three characters without its level word names its station or tribunal after the bureau
    # or court (县司法局石门司法所, 区法院溪翁庄法庭).
    town_name = f"{not_first}(?!{generic}){name_char}{{2,3}}"
    if stations := [word for word in top_level_alternatives(body.suffix.pattern)
                    if without_negative_lookarounds(word) in _TOWN_STATIONS]:  # 司法所(?!长) too
        station = f"(?:{'|'.join(stations)})"
        yield "named", f"{boundary}(?:{quarter}){station}", station
        yield "sub_unit", f"{bureau}(?:{quarter}){station}", station  # after its bureau: 县公安局城关派出所
        # A town's station after its bureau, or after the bureau's branch, named by the town in full or by its name
        # alone (县公安局龙山镇派出所, 县司法局石门司法所, 市公安局城东分局东湖派出所): the station (_station).
        yield "station", (f"(?:{bureau}|{organ})(?<={_BUREAU_PARENT})(?:(?:(?:{place})+|{short}){_BRANCH})?"
                          f"(?:{town}|{town_name}){station}"), station
        # A town's station named by its town's name alone (坪头司法所, 龙池派出所) where a visit goes to it (先后到坪头司法所)
        # or in a list of such stations or after a tribunal (龙池派出所、坪头司法所, 龙池法庭、龙池司法所): its own name as
        # written; never the stations of a kind (公安派出所, 属地派出所).
        name = _station_name(not_first, generic, name_char)
        listed = "|".join((*_TOWN_STATIONS, _TRIBUNAL_SHORT))
        after_visit = _station_name(not_first, generic, name_char, f"(?:(?<={_VISITS})|(?<=(?:{listed}){_STATION_JOIN}))")
        yield "named", f"{after_visit}{station}", station
        listed_name = f"{_station_name(not_first, generic, name_char, boundary)}{station}"
        yield "named", f"{listed_name}(?={_STATION_JOIN}{name}(?:{'|'.join(_TOWN_STATIONS)}))", station
        if any(without_negative_lookarounds(word) == STATION for word in stations):
            # A justice station by its town's name alone (齐贤司法所获评…, 我局南洲司法所, 时任九龙湖司法所所长): the town
            # reports speak of each by its name; at a boundary, or after a post held there (_POSTS). Its own name as
            # written (never another town's station), guarded as a town's name is: no verb or stop character opens it,
            # no phrase or kind ends in it (法治司法所, 乡镇司法所, 标准化司法所; the generic words: _read).
            named_alone = _station_name(station_guard, generic, name_char,
                                        f"(?<!\\d)(?:{boundary}|(?<={_POSTS}|{town_opens}))",
                                        _STATION_NAME_LONGEST)
            yield "named", f"{named_alone}{station}(?!(?:、\\p{{Han}}{{2,4}}?)*(?:{_STATION_AFFAIRS}))", station
    if office is not None:
        after_name, after_area = judicial[body.type]
        yield "station", f"{after_name}(?:{town}|{town_name})(?:{office[1]})", office[1]
        yield "area_station", f"{after_area}(?:{town}|{town_name})(?:{office[1]})", office[1]
    if qualifiers and body.suffix.fullmatch(_BRANCH):
        # Its place in full (增城区分局), or by a short name (江宁分局).
        yield "branch", f"{bureau}(?:(?:{place})+|{short}){_BRANCH}", _BRANCH
        # A branch named by such a short name alone, before its bureau's words (湖塘税务分局, 江宁公安分局), is its
        # own name as written, at a boundary or after the bureau or administration above it (国家税务总局湖塘税务分局,
        # 武进区税务局湖塘税务分局); the bureau's words alone (税务分局) name none.
        yield "named", f"(?:{boundary}|(?<={_ADMINISTRATION}|{bureau})){short}{qualifiers}{_BRANCH}", _BRANCH
    if body.named != "none":
        # A tribunal's name after a head never holds its court's word: 区法院人民法庭, 县人民法院派出人民法庭 are the
        # court, then its tribunals in general.
        char = f"(?:(?!{_COURT_WORD}){body_char})" if body.suffix.fullmatch(_TRIBUNAL) else body_char
        yield "named_head", f"{after_head}{char}{{1,{NAME_MAX_AFTER_HEAD}}}?{suffix}", None
    if qualifiers:
        yield "qualified", qualifiers + suffix, None
    if body.named == "after_head":
        low, high = HEADLESS_NAME_LENGTH
        yield "named", f"{not_first}(?<={own}){body_char}{{{low},{high}}}?{suffix}", None
    if body.named == "anywhere":
        low, high = HEADLESS_NAME_LENGTH
        quoted = f"“[^“”\\n]{{{low},{QUOTED_NAME_MAX}}}”"  # “平湖和事佬”调解室
        # where the name may begin written last, so that the reverse scan tests it first at each length tried
        yield "named", (f"(?:{not_first}{_CUT_UNIVERSITY}(?:{boundary}{_NOT_IN_ECONOMY}|{_AFTER_YEAR}){body_char}{{{low},{high}}}?|{quoted})"
                        f"{suffix}"), None
    if body.bare:
        # A service body's or a federation's words alone after 与 (与工商联所属商会, 与公证处签订): no name holds them
        # there, where a headless name may hold the word (城市更新与土地整备纠纷调解中心: no boundary); not 参与's (参与公证处…).
        # Not the courts and stations, which a report names so in general (与法院协调, 派出所与司法所: the courts', the towns').
        with_ = f"|(?<={_WITH})" if body.type not in _NOT_AFTER_WITH else ""
        after_join = f"|(?<={joined})" if body.type not in _NOT_JOINED else ""
        yield "bare", (f"(?:{boundary}{after_join}|(?<={verb}))" if body.type == PARTY_COMMITTEE
                       else f"(?:{boundary}{after_join}{with_})") + suffix, None
    if body.national:
        yield "national", suffix, None


def _last_characters(pattern: regex.Pattern) -> str:
    """Every character a match of ``pattern`` can end with, found by partial reverse matching."""
    reverse = compile_cached(f"(?r)(?:{pattern.pattern})")
    return "".join(sorted(c for c in set(pattern.pattern) if c.isalpha() and reverse.fullmatch(c, partial=True)))


def _none_of(words: regex.Pattern, called: str | None = None) -> str:
    """A lookahead true where no match of ``words`` starts; for a list of literal words, first characters first.

    The regex engine tries a list of words one by one, and name_verbs is tried at every character of a
    free-form name: one character class turns most positions away before the list is tried.
    A word may go on with a lookahead (建设(?![镇乡]…)): only the characters its words open with count.
    With ``called``, the name of a group of the pattern that holds ``words`` (a DEFINE group), the words are called,
    not written out.
    """
    written = f"(?&{called})" if called else f"(?:{words.pattern})"
    if (chars := opening_chars(words)) is None:  # not a list of words: as written
        return f"(?!{written})"
    return f"(?!(?=[{regex.escape(chars)}]){written})"


def _last_character_first(words: str) -> str:
    """A list of literal words (``words`` as a pattern) written for a reverse scan to test each word's last
    character once: the words grouped by it, in their order; anything else as written.

    The regex engine tries an alternation item by item, and a list of qualifiers or boundary words is
    tried at every candidate name; a group of words ending with one character fails on that character,
    and one character class turns most positions away before any group is tried. Only words ending with
    the character at hand can match there, so the order the groups are tried in changes nothing.
    """
    listed = words.split("|")
    if not all(word and regex.escape(word) == word for word in listed):
        return words
    groups: dict[str, list[str]] = {}
    for word in listed:
        groups.setdefault(word[-1], []).append(word[:-1])
    alternatives = "|".join(f"(?:{'|'.join(starts)}){c}" if starts != [""] else c for c, starts in groups.items())
    # In a reverse pattern the element written last is tested first.
    return f"(?:{alternatives})(?<=[{regex.escape(''.join(groups))}])"


def _endings(pattern: regex.Pattern, before: str | None) -> dict[str, str | None]:
    """For each character a match of ``pattern`` can end with, the characters that can stand before it.

    ``before`` is what may precede ``pattern`` itself (the last characters of
    its qualifiers), or None when anything may (a head, a name). None in the
    result means any character.
    """
    reverse = compile_cached(f"(?r)(?:{pattern.pattern})")
    chars = {c for c in pattern.pattern if c.isalpha()}
    endings: dict[str, str | None] = {}
    for c in _last_characters(pattern):
        inside = "".join(b for b in chars if reverse.fullmatch(b + c, partial=True))
        if reverse.fullmatch(c):  # the match may be this one character (局): what precedes the pattern counts
            endings[c] = None if before is None else inside + before
        else:
            endings[c] = inside
    return endings


# Characters a rule-of-law report writes in every other phrase (法 of 依法, 法治, 执法; 行 of 行政, 执行, 进行), which end
# whole names only (最高法, 中国人民银行): such a name's end is found from the name's first character (_whole_words).
_FREQUENT_ENDS = "法行"


def _whole_words(c: str, before: str | None, words: dict[str, str | None] | None, ends: set[str]) -> list[str] | None:
    """The words a name ending with ``c`` may be, for _name_ends to find whole, from their first character: ``re``
    then tries the alternative at that character, written less often than ``c``, and not at every ``c`` of a text.
    None where ``c``'s words are not all known whole words after anything (``words``: _end_words), or where one holds,
    before its last character, a character a name ends with (``ends``): the scan reads past a match, and would miss
    that end. Words whose character before ``c`` is not one of ``before`` (the characters that may precede ``c``) end
    no name and are left out."""
    if not words or any(ahead is not None or len(word) < 2 for word, ahead in words.items()):
        return None
    if any(ch in ends for word in words for ch in word[:-1]):
        return None
    return [word for word in sorted(words) if before is None or re.fullmatch(char_class(before), word[-2])]


def _name_ends(
    endings: dict[str, str | None], words: dict[str, dict[str, str | None]], not_after: dict[str, str],
    opened: dict[str, str] | None = None, frequent: str = _FREQUENT_ENDS,
) -> str:
    """A ``re`` pattern of the last character of a name, in the one before it where that counts, then in the
    words a name may end with there and what may stand before each (``words``: _end_words; where it lists
    none for a character, any word), and not before what no such word may be followed by (``not_after``:
    _not_after).

    ``re`` finds the few dozen characters names end with many times faster than the regex engine.
    One alternative per character, opening with it: ``re`` skips to the characters the alternatives
    open with, then turns an alternative away by its first character alone, so each of these
    characters in a text meets its own lookbehinds only. Words of one length with one list of characters
    before them are one lookbehind. A character of ``frequent`` whose names are whole words (_whole_words) is
    found by its words instead, each an alternative opening with its first character.
    """
    alternatives = []
    ends = {c for c, before in endings.items() if before is None or before}
    for c, before in sorted(endings.items()):
        if before is not None and not before:
            continue
        if c in frequent and not (opened and c in opened) and (whole := _whole_words(c, before, words.get(c), ends)):
            after = f"(?!{char_class(not_after[c])})" if not_after.get(c) else ""
            alternatives += [re.escape(word) + after for word in whole]
            continue
        alternative = re.escape(c) if before is None else f"{re.escape(c)}(?<={char_class(before)}{re.escape(c)})"
        if c in words:
            lists: dict[tuple[int, str | None], list[str]] = {}
            for word, ahead in sorted(words[c].items()):
                lists.setdefault((len(word), ahead), []).append(re.escape(word))
            behind = []
            for (_, ahead), listed in lists.items():
                either = "|".join(listed)
                if ahead is None:
                    behind.append(f"(?<={either})")
                else:  # a head's, a parent's or a qualifier's last character, or a place's after its marks
                    behind += [f"(?<={char_class(ahead)}(?:{either}))", f"(?<={PLACE_MARK}(?s:.)(?:{either}))"]
            alternative += f"(?:{'|'.join(behind)})"
        if not_after.get(c):
            alternative += f"(?!{char_class(not_after[c])})"
        if opened and c in opened:
            alternative += opened[c]
        alternatives.append(alternative)
    return "|".join(alternatives)


# How many characters a town's name has before its suffix, without an ethnic group: two to four, and before 街道 a
# road word and the character before it too (中山东路街道); a long name of the catalog's long_town_chars alone up to
# seven (洪格尔高勒镇, 阿热勒托格拉克乡: _long_town_name)
_TOWN_NAME_WIDTHS = (2, 4)
_LONG_TOWN_NAME_WIDTHS = (5, 7)
# How many of the long_town_chars a town's name has when read right after the whole area's word (全旗巴彦乌拉苏木司法所:
# _Scanners.area_town): three up to a long name's seven; two are as often the words of a phrase (全县各乡镇, 全区多数街道).
_AREA_TOWN_NAME_WIDTHS = (3, _LONG_TOWN_NAME_WIDTHS[-1])
_ROAD_WIDTH = 2


def _long_town_name(rules: InstitutionRules) -> tuple[str, str]:
    """A town's name longer than four characters, all of them the catalog's long_town_chars, opening with none of
    town_first_stop nor with 和 (a join before it: 局和阿拉坦合力镇): the pattern of the name, and the class of its
    characters."""
    chars = rules.long_town_chars
    first = "".join(c for c in chars if c not in rules.town_first_stop + rules.stop_chars)
    low, high = _LONG_TOWN_NAME_WIDTHS
    return f"[{regex.escape(first)}][{regex.escape(chars)}]{{{low - 1},{high - 1}}}", f"[{regex.escape(chars)}]"


def _town_opened(suffix_words: list[str], opens_after: str, never_first: str, long_char: str) -> str:
    """``re`` lookbehinds true where a town whose suffix is one of ``suffix_words`` may end (_name_ends): its name,
    opening with no character of ``never_first``, opens after a character of ``opens_after`` (the last of a boundary
    word, of 中共 …), after no Han character (a boundary, a parenthesis closing a place, PLACE_MARK), at the text's
    start or after a place (PLACE_MARK, then its last character); or an ethnic group's 族 stands before the suffix; or
    the name is a place's ending like a town (PLACE_MARK before it: 景德镇); a long name is ``long_char`` five to seven
    times (洪格尔高勒镇: _long_town_name). A scanner of a character no body ends with
    (镇, 乡, 道) finds only towns, whose head opens so: most of its tries that fail are turned away here.

    Non-Han is read as outside the run of Han characters that opens the CJK block, a wider set than \\P{Han}."""
    start = stop = ord("\u4e00")
    while regex.match(r"\p{Han}", chr(stop + 1)):
        stop += 1
    not_han, first = f"[^{chr(start)}-{chr(stop)}]", char_class("^" + never_first)
    behind = []
    for word in suffix_words:
        road = _ROAD_WIDTH if word.startswith(_STREET) else 0
        for width in range(_TOWN_NAME_WIDTHS[0], _TOWN_NAME_WIDTHS[-1] + road + 1):
            name = f"{first}(?s:.){{{width - 1}}}{re.escape(word)}"
            behind += [f"(?<={not_han}{name})", f"(?<={char_class(opens_after)}{name})", f"(?<=^{name})",
                       f"(?<={PLACE_MARK}(?s:.){name})"]
        for width in range(_LONG_TOWN_NAME_WIDTHS[0], _LONG_TOWN_NAME_WIDTHS[-1] + 1):  # 洪格尔高勒镇
            name = f"{long_char}{{{width}}}{re.escape(word)}"
            behind += [f"(?<={not_han}{name})", f"(?<={char_class(opens_after)}{name})", f"(?<=^{name})",
                       f"(?<={PLACE_MARK}(?s:.){name})"]
        behind += [f"(?<={PLACE_MARK}{re.escape(word)})", f"(?<=族{re.escape(word)})"]
    return f"(?:{'|'.join(behind)})"


def _either(one: str | None, other: str | None) -> str | None:
    """What may stand before one thing or another, each as the characters that may (区市县), or "^" then those that
    may not (^的在、), or None when anything may."""
    if one is None or other is None:
        return None
    one_chars, other_chars = set(one.removeprefix("^")), set(other.removeprefix("^"))
    match one.startswith("^"), other.startswith("^"):
        case True, True:
            return "^" + "".join(sorted(one_chars & other_chars))
        case True, False:
            return "^" + "".join(sorted(one_chars - other_chars))
        case False, True:
            return "^" + "".join(sorted(other_chars - one_chars))
    return "".join(sorted(one_chars | other_chars))


_WORDS_LISTED = 128  # the most words _suffix_words lists for one pattern and character


def _suffix_words(suffix: regex.Pattern, last: str) -> list[str] | None:
    """Every text a match of ``suffix`` ending with ``last`` can be, found by partial reverse matching over the
    characters the pattern writes; None when a match may hold a character it does not write (an escape such as
    \\p{Han}, a dot, a negated class) or has more than _WORDS_LISTED words. What a negative lookaround holds does
    not count: it adds no character to a match, and at the ends of a word alone it turns none away (乡(?![村镇…]),
    a town's (?!、\\p{Han}…等地)). A lookbehind or lookahead that must match is read as matching
    (without_positive_lookarounds): the words are then every word a match is, and more (国办 for (?<=中办[、和]?)国办)."""
    source = without_positive_lookarounds(suffix.pattern)
    written = without_negative_lookarounds(source)
    if regex.search(r"\\|\.|\[\^", written):
        return None
    reverse = compile_cached(f"(?r)(?:{source})")
    chars = sorted({c for c in written if c.isalpha()})
    words, tried = [], [last]
    while tried:
        text = tried.pop()
        if reverse.fullmatch(text):
            words.append(text)
        tried += [c + text for c in chars if reverse.fullmatch(c + text, partial=True)]
        if len(words) + len(tried) > _WORDS_LISTED:
            return None
    return words


# Characters a text writes before a word, Han or not, tested one by one where what may stand before a word is
# known by what may not: ASCII, general punctuation, CJK symbols and punctuation, full-width forms.
_SEEN_BEFORE_WORDS = "".join(map(chr, (*range(0x80), *range(0x2000, 0x2070), *range(0x3000, 0x3040),
                                       *range(0xFF00, 0xFFF0))))


def _not_before(pattern: str, suffix: regex.Pattern, last: str, candidates: str) -> str | None:
    """"^" then the characters of ``candidates`` that stand right before none of the words of ``suffix`` ending
    with ``last`` in a match of ``pattern`` (which ends with ``suffix``), found by partial reverse matching;
    None (anything) where those words are not known (_suffix_words)."""
    words = _suffix_words(suffix, last)
    if words is None:
        return None
    reverse = compile_cached(f"(?r)(?:{pattern})")
    return "^" + "".join(c for c in candidates if not any(reverse.fullmatch(c + word, partial=True) for word in words))


def _end_words(
    ends: dict[str, list[tuple[regex.Pattern, str | None]]]
) -> dict[str, dict[str, str | None]]:
    """For each character a name may end with, the words it then ends with and what may stand before each
    (None: anything), from ``ends``: each pattern a name may end with there (a body's suffix, a committee
    word) and what may stand before it; no entry for a character where a pattern's words are not all known.

    Every name ends with one of its body's suffixes (or a town's, a committee's): at the other occurrences of
    the character (学习中心, 推进法治政府 before a body only named after a head) the scanner would fail.
    """
    found: dict[str, dict[str, str | None]] = {}
    for c, patterns in ends.items():
        words: dict[str, str | None] = {}
        for pattern, before in patterns:
            listed = _suffix_words(pattern, c)
            if listed is None:
                break
            for word in listed:
                words[word] = _either(words.get(word, ""), before)
        else:
            found[c] = words
    return found


def _not_after(ends: dict[str, list[tuple[regex.Pattern, str | None]]]) -> dict[str, str]:
    """For each character a name may end with, the characters that follow none of the words it then ends with
    (乡 before 村 or 镇, 镇 before 街: the town suffix's lookaheads), from the patterns of ``ends`` (_end_words):
    those of the characters the patterns write that a match of each pattern, as a whole word, turns away."""
    found: dict[str, str] = {}
    for c, patterns in ends.items():
        never: set[str] | None = None
        for pattern, _ in patterns:
            words = _suffix_words(pattern, c)
            if words is None:
                break
            followed = compile_cached(f"(?:{without_positive_lookarounds(pattern.pattern)})(?s:.)")
            turned_away = {y for y in pattern.pattern if y.isalpha() and not any(followed.fullmatch(word + y) for word in words)}
            never = turned_away if never is None else never & turned_away
        else:
            if never:
                found[c] = "".join(sorted(never))
    return found


def _merge(into: dict[str, str | None], endings: dict[str, str | None]) -> None:
    """Add ``endings`` to ``into``; "anything may come before" (None) absorbs any list of characters."""
    for c, before in endings.items():
        into[c] = _either(into.get(c, ""), before)


_Places = dict[tuple[int, int], tuple[regions.Division, ...]]  # span → what it may be; () for a short name


_SHORT_NAME = attrgetter("short")  # a division's


def _places(text: str, region: regions.RegionResult | None) -> _Places:
    """Full division names as regions finds them (宝山区 after 上海市 is Shanghai's) and usable short names."""
    short_names = _short_names(_code(region), regions.common_word_shorts()).finditer(text)
    places: _Places = dict.fromkeys(map(re.Match.span, short_names), ())  # spans read in C
    for start, end, units in regions.find_named_units(text):  # a full name where both are found
        written = text[start:end]
        if written in map(_SHORT_NAME, units):  # 法治坪山's 坪山 comes from _short_names, if at all (searched in C)
            units = tuple([u for u in units if u.short != written])
        if units:
            places[start, end] = units
    return places


def _code(region: regions.RegionResult | None) -> str | None:
    return region.code if region else None


@functools.lru_cache(maxsize=1024)  # as _short_levels
def _short_names(code: str | None, common: frozenset[str]) -> re.Pattern[str]:
    """Short names a head may use: every province's, and those of the report's own area and its city's units.

    Other short names (海淀 in a Shanghai report) are ordinary words too often to be trusted.
    """
    return compile_re_cached(longest_word(_short_levels(code, common)) + _STREET_AFTER_SHORT)  # re: fast on classes


@functools.lru_cache(maxsize=1024)  # of the report's unit: a batch of a site's reports asks again and again
def _short_levels(code: str | None, common: frozenset[str]) -> dict[str, frozenset[str]]:
    """The short names of ``_short_names``, each with the levels of the units it may mean.

    ``common`` (regions.common_word_shorts) are everyday words, never short names here.
    """
    levels: dict[str, set[str]] = {}
    for u in (*regions.provinces(), *_area_units(code)):
        if u.short and u.short not in common:
            levels.setdefault(u.short, set()).add(u.level)
    return {short: frozenset(levels_) for short, levels_ in levels.items()}


@functools.lru_cache(maxsize=1024)
def _area_units(code: str | None) -> tuple[regions.Division, ...]:
    """The report's own units (_lineage), then its city's units, or a province's report its cities (怒江中院 in a
    云南省 court's news): by their GB/T 2260 codes, a city's units share its first four digits, a province's its first
    two."""
    if code is None:
        return ()
    lineage = _lineage(regions.division(code))
    units = list(lineage)
    for city in (u for u in lineage if u.level == CITY):
        units += regions.coded_within(city.code[:4])[1:]  # the city itself first
    if lineage[-1].level == PROVINCE:
        units += [u for u in regions.coded_within(code[:2]) if u.level == CITY]
    return tuple(units)


@functools.lru_cache(maxsize=1024)
def _area_unit(short: str, code: str | None) -> regions.Division | None:
    """The unit a short name means among the report's own and its city's (铁岭 in a 铁岭市 report: 铁岭市; 宝山 in a
    宝山区 report: 宝山区): the lowest of the report's own that bears it, else the one of its city's; None if several."""
    if code is None:
        return None
    if own := [u for u in _lineage(regions.division(code)) if u.short == short]:
        return own[-1]
    found = [u for u in _area_units(code) if u.short == short]
    return found[0] if len(found) == 1 else None


def _shadow(text: str, places: _Places) -> str:
    """``text`` with each place name's characters but its last replaced by PLACE_MARK (same length).

    The last character stays, so level words still close a place (宝山区委). A PLACE_MARK already in
    the text (it should never be) becomes a space, so only places read as places.
    """
    text = text.replace(PLACE_MARK, " ")
    # done: where the last place marked ends; kept: where the next piece of text starts, at that place's last
    # character, copied with the text after it (a piece fewer per place)
    pieces: list[str] = []
    done = kept = 0
    spans = sorted(places, key=itemgetter(1), reverse=True)  # longest first among those that start together,
    spans.sort(key=itemgetter(0))  # then leftmost first: two sorts in C, where one by (start, -end) called a lambda
    for start, end in spans:
        if start >= done:
            pieces += text[kept:start], PLACE_MARK * (end - start - 1)
            done, kept = end, end - 1
    pieces.append(text[kept:])
    return "".join(pieces)


# 镇(?![街静]), 委(?![托派]|(?:委员|常委)(?!会)): a character, then a negative lookahead, its parentheses balanced (escapes
# and classes read past)
_CHARACTER_THEN_LOOKAHEAD = compile_cached(
    r"(\p{Han})\(\?!((?:[^()\[\]\\]|\\.|\[(?:[^\]\\]|\\.)*\]|\((?2)\))*)\)")


def _character_first(pattern: str) -> str:
    """``pattern`` with 镇(?![街静]) written (?!镇(?:[街静]))镇: the same matches, but the reverse scanner tests
    the character first, so the many positions without it never enter the lookahead (town and
    committee words are tried at every candidate head)."""
    # a function, not the template (?!\1(?:\2))\1: a template is compiled by regex's parser, imported for it alone
    return _CHARACTER_THEN_LOOKAHEAD.sub(lambda m: f"(?!{m[1]}(?:{m[2]})){m[1]}", pattern)


# By last character the scanner's pattern and the (group name, index in rules.bodies, how) of its forms,
# and the pattern of the ends of all names (_name_ends).
_Plan = tuple[dict[str, str], dict[str, list[tuple[str, int, str]]], str]
_LEADING_VERBS = "leading_verbs"  # the scanners' group of rules.leading_verbs, which they call (_plan)


def _build(rules: InstitutionRules) -> _Scanners:
    """The scanners of ``rules``: their plan is kept in the user cache, keyed by the rules and this file's
    code, since working it out (the endings of every body) took ~5 ms of the first extraction."""
    source = repr(rules)  # every rule and pattern, in order
    patterns, forms_by_ending, name_ends = kept_or_built(
        "institutions", source, __file__, lambda: _plan(rules),
        lambda plan: isinstance(plan, tuple) and len(plan) == 3 and isinstance(plan[0], dict)
        and isinstance(plan[1], dict) and isinstance(plan[2], str))
    plans = {c: (pattern, tuple((group, rules.bodies[body], how) for group, body, how in forms_by_ending.get(c, ())))
             for c, pattern in patterns.items()}
    expansions = tuple((pattern, regex.template(replacement)) for pattern, replacement in rules.expansions)
    expand = functools.lru_cache(maxsize=1024)(functools.partial(_expand, expansions=expansions))
    render = functools.lru_cache(maxsize=1024)(functools.partial(_render, expand=expand))
    place_before_town = compile_cached(
        f"(?r)(?:{_PLACE_WORDS})(?:\\p{{Han}}{{2,4}}?(?:(?:{rules.town_suffix.pattern})[、和与]|、))*$")
    name_char = _name_characters(rules)[1]
    low, high = _COMMUNITY_NAME
    village_after = compile_cached(
        f"{_none_of(rules.leading_verbs)}(?:{name_char}{{1,3}}?{_VILLAGE}"
        f"|(?![{regex.escape(rules.first_stop)}])(?!{rules.town_exclude.pattern}){name_char}{{{low},{high}}}?{_COMMUNITY})")
    verb_before = compile_cached(f"(?r)(?:{rules.leading_verbs.pattern}|{rules.name_verbs.pattern})")
    stations = tuple((word, _type_of(rules, word)) for word in _TOWN_STATIONS)
    modified_town = compile_cached(
        f"(?:(?:{rules.town_modifiers.pattern})\\p{{Han}}{{1,2}}|\\p{{Han}}{{0,2}}{_AND}\\p{{Han}}{{0,2}}){_TOWN_WORD}")
    town_opens = compile_cached(
        f"{_boundary(rules)}|(?<={_town_boundary(rules)})|(?<=[{regex.escape(_level_words(rules))}])")
    long_char = _long_town_name(rules)[1]
    fewest, most = _AREA_TOWN_NAME_WIDTHS
    area_town = compile_cached(f"(?:{rules.seat_quarters.pattern}|{long_char}{{{fewest},{most}}})"
                               f"(?:{rules.town_suffix.pattern}|{'|'.join(_TOWN_STATIONS)})")
    return _Scanners(
        compile_re_cached(name_ends), plans, {}, rules, expand, render, place_before_town,
        village_after, verb_before, modified_town, town_opens, rules.area_word, area_town, stations,
        compile_cached(f"(?:{'|'.join(map(regex.escape, rules.ethnic_groups))}|民族)+$"),
        compile_cached(f"(?<!{_name_characters(rules)[0]})"), _type_of(rules, _LEAGUE_COMMITTEE),
        _level_words(rules), frozenset(_last_characters(rules.collective)))


def _type_of(rules: InstitutionRules, word: str) -> str:
    """The type of the first body whose suffix ``word`` is; a catalog naming none lacks a body the scanners need."""
    kind = next((b.type for b in rules.bodies if b.suffix.fullmatch(word)), None)
    if kind is None:
        raise CatalogError(f"the catalog has no [[institutions.body]] entry whose suffix is {word}, which the institution "
                           "scanners need")
    return kind


def _scanner_for(scanners: _Scanners, last: str) -> _Scanner:
    """The scanner of names ending with ``last``, compiled when first needed: a report meets some
    two thirds of the characters, and loading a pattern costs a third of a millisecond."""
    if (scanner := scanners.by_last_character.get(last)) is None:
        pattern, forms = scanners.plans[last]
        compiled = compile_cached(pattern)
        number = compiled.groupindex
        heads = _Heads(*(number[group] for group in _Heads._fields))
        read: dict[int, _Form] = {}  # by group: forms alike share one (_plan)
        for group, body, how in forms:
            read.setdefault(number[group], _Form(number[group], body, how))
        forms_read = tuple(read.values())
        scanner = _Scanner(compiled, forms_read, heads, (*heads[:-1], *(form.group for form in forms_read)))
        scanners.by_last_character[last] = scanner
    return scanner


def _level_words(rules: InstitutionRules) -> str:
    """The characters level words end with (区市县…; 自治区's 区), which close a place's name and open none."""
    return "".join(dict.fromkeys(word[-1] for word, _ in rules.levels))


def _town_boundary(rules: InstitutionRules) -> str:
    """What a town may begin right after besides a boundary: a list's join (白沙镇与青山镇) or the town's verbs and years."""
    return f"{rules.list_join.pattern}|{rules.town_boundary.pattern}"


def _boundary_words(rules: InstitutionRules) -> tuple[str, ...]:
    """The words a headless name or a town may begin right after: the ``boundary`` words and the ``own_calls``."""
    return (*rules.boundary, *rules.own_calls)


def _boundary(rules: InstitutionRules) -> str:
    """Where a headless name or a town may begin: after no character of a name, or after a boundary word
    (_boundary_words)."""
    words = _boundary_words(rules)
    return f"(?:(?<!\\p{{Han}})|(?<={_last_character_first('|'.join(map(regex.escape, words)))}))"


def _not_first(rules: InstitutionRules) -> str:
    """What a name may not open with: a stop character or a leading verb."""
    return f"(?![{regex.escape(rules.first_stop)}]){_none_of(rules.leading_verbs)}"


def _station_name(not_first: str, generic: str, name_char: str, before: str = "", most: int = 0) -> str:
    """A town's name alone before its station (坪头司法所, 籍山、许镇、工山司法所): no word of a kind of station; after
    ``before``, a lookbehind at the name's start, written after the name's own tests there: a reverse scan tests
    the last written first, and the lookbehind turns most starts away at once. Of two or three characters, or up to
    ``most``."""
    return (f"{not_first}(?!{generic}|{_NO_STATION_NAME}){before}"
            f"{name_char}{{{_STATION_NAME_MAX - 1},{max(most, _STATION_NAME_MAX)}}}")


def _name_characters(rules: InstitutionRules) -> tuple[str, str]:
    """A character class of what a free-form name may hold, and one such character that opens no verb."""
    name_class = f"(?:[^\\P{{Han}}{regex.escape(rules.stop_chars + _level_words(rules))}]|{_STOP_IN_NAME}|{_AND_IN_TOWN})"
    return name_class, f"(?:{_none_of(rules.name_verbs)}{name_class})"


def _body_name_character(rules: InstitutionRules) -> str:
    """One character of a body's free-form name, or a level word of one character after a character ``levels`` says
    makes it a word's end, with that character (琶洲国际会展区域调委会, 白沙经济开发区人民调解委员会, 青山工业园区调委会:
    a zone or an area, no place's level), opening no verb; not after a character no name holds (全区, 各县, 我市: a
    stop character, a plural's or a pronoun's) nor after a level word (县区, 市县: levels in general). A town's name holds
    none: 园区街道 is no street."""
    name_class = _name_characters(rules)[0]
    never = rules.stop_chars + rules.first_stop + _level_words(rules)
    words = [f"[{regex.escape(allowed)}]{regex.escape(word)}" for word, chars in rules.levels
             if len(word) == 1 and (allowed := "".join(c for c in chars if c not in never))]
    return f"(?:{_none_of(rules.name_verbs)}(?:{name_class}|{'|'.join(words)}))"


def _plan(rules: InstitutionRules) -> _Plan:
    """The scanner's pattern: ``[中共] head [委|政府] body``, or a head with 委 (区委, 中共…县委员会) or ending in a town,
    or a headless body; one for each character a name can end with, holding the rules that end with it
    in their order (only those can match there), so that a name is tried against no other rules.
    A pattern reads AFTER_NAME characters after the name (see _matches). It captures only what _read
    asks of a match: the engine keeps each group's span as it backtracks."""
    level_words = _level_words(rules)
    name_class, name_char = _name_characters(rules)
    body_char = _body_name_character(rules)
    not_first = _not_first(rules)
    boundary = _boundary(rules)
    level = "|".join(f"(?<![{regex.escape(chars)}]){regex.escape(word)}" for word, chars in rules.levels)
    town_suffix = f"(?:{_character_first(rules.town_suffix.pattern)})"
    town_char = name_class.replace("]|", "街镇乡]|", 1)  # 推动街镇 is no town
    # A town's name has two characters, three (许家坝镇) or four: then its first is no one-character word a headless
    # name may follow (到青山镇 is 到 and a town), it makes no phrase (美丽城镇, 统筹城乡) and opens no verb (建立起乡);
    # either way the last two open no verb (共办理镇级) and make no phrase (2023年全镇).
    long_first_stop = rules.town_first_stop + "".join(word for word in rules.boundary if len(word) == 1)
    # A name of four (查干敖包镇, 二道白河镇, Inner Mongolia's and the north-east's) opens with no longer word a name may
    # follow either, nor with the party's name or the CPPCC's (中共白沙镇开展…, 政协石门镇委员会 name no town 中共白沙镇,
    # 政协石门镇), its second character is guarded as a three-character name's first (联合故里乡 is 联合 and a town)
    words_before = "|".join(regex.escape(word) for word in (*rules.boundary, regions.PARTY, _CPPCC) if len(word) > 1)
    # ... and holds no body's last character (派出所和镇人民政府 is a station and the town's government)
    long_body = f"(?!\\p{{Han}}{{0,3}}[{regions.BODY_ENDS}])"
    # A town is written once, in a DEFINE group, and called by name where a head may end with one (three
    # places, six in the patterns of 委员会): the patterns are half the size, and load (compile_cached) in
    # half the time. A call costs more than the part written out, so it is made only past a test of the
    # town's last character; it captures nothing (a group's span set in a call is not kept).
    town_last = f"(?<=[{regex.escape(_last_characters(rules.town_suffix))}])"
    town = "(?&town_name)" + town_last  # tested first, the call last
    # an ethnic town's groups stand between its name and its level word (十里望回族镇, 两岔满族朝鲜族乡); the reverse scan
    # meets the list at every town it tries, and tests each group's last character (族) once, not every group's in turn
    ethnic = f"(?:{_last_character_first('|'.join(map(regex.escape, rules.ethnic_groups)))}|{_ETHNIC_TOWNSHIP})"
    # 街 closes a town's name before 镇 or 乡 (横街镇), never opens one: 街镇 are streets and towns.
    town_end = (f"(?:{town_char}|{level}|{_STREET_IN_TOWN})(?:{town_char}?[路街](?=街道)|{ethnic}{{1,2}}(?=[镇乡]))?"
                f"{town_suffix}")  # 龙山镇's 山镇, 横街镇's 街镇, 中山路街道's 山路街道, 十里望回族镇's 望回族镇
    # A modifier opens a town's name only right before the town's own body (小营街道办事处), never a word (小型镇).
    modifiers = opening_chars(rules.town_modifiers)
    # A street's name of three characters before its 路 or 街 (青山路街道 after 到, 人民街街道 after 2023年度) is a long name
    # too, its first character guarded as a three-character town's is: 到青山路街道 is 到 and a street.
    long_guard = f"(?:[{regex.escape(long_first_stop)}]|{rules.long_town_exclude.pattern})"
    # a word a town may begin right after opens no town's name: 今年镇, 同时镇 (rules.town_boundary); a long name is
    # the catalog's long_town_chars alone (_long_town_name)
    long_name, long_char = _long_town_name(rules)
    town_name = (
        f"{long_name}{town_suffix}|"
        f"(?!{_DATE_WORD})(?!{rules.town_boundary.pattern})(?:(?![{regex.escape(modifiers or '')}])"
        f"|(?=(?:{rules.town_modifiers.pattern})\\p{{Han}}{{1,2}}{_TOWN_WORD}{_TOWN_OWN_BODY}))"
        f"(?:(?!{long_guard}){_none_of(rules.leading_verbs)}"
        f"(?:(?!{words_before}){long_body}{town_char}(?!{long_guard}){_none_of(rules.leading_verbs)})?{town_char}"
        f"(?={town_char}{{2}})"
        f"|(?![{regex.escape(rules.town_first_stop)}])(?!(?=\\p{{Han}}{{3}}[路街]{_STREET}){long_guard}))"
        f"{_none_of(rules.leading_verbs)}(?!(?:{rules.town_exclude.pattern}){ethnic}{{0,2}}{town_suffix}){town_char}{town_end}"
    )
    # After the party's name a town needs no guard against the verbs before it: 中共石门镇委员会.
    party_town = (f"(?:{long_name}|(?![{regex.escape(rules.town_first_stop)}])"
                  f"{town_char}{{{_TOWN_NAME_WIDTHS[0]},{_TOWN_NAME_WIDTHS[-1]}}}){town_suffix}")
    place = f"{PLACE_MARK}+\\p{{Han}}"  # see _shadow
    chain = f"(?:(?P<place>{place})|\\((?P<place>{place})\\))+"
    # A town after a place (宝山区新市镇) is called only where a place's mark is close enough before its end, looked for
    # after its last character: the chain is the head's first alternative, tried at every town, and most follow none.
    placed_town = "(?&town_name)" + _place_close_before(_GOVERNMENT_PARENT, town_name) + town_last
    # A street office's full name is its district's government's, then its own: 鲤城区人民政府金龙街道办事处.
    street_office = f"{_GOVERNMENT_PARENT}(?P<town>{placed_town})(?<={_STREET_OFFICE})"
    head = (
        f"(?:{chain}(?:{street_office}|(?P<town>{placed_town}))?"
        f"|(?P<national>{'|'.join(map(regex.escape, rules.national_heads))})"
        f"|(?P<level>{level})"
        f"|(?:{boundary}|(?<={_town_boundary(rules)}))(?P<town>{town})"
        f"|(?<={regions.PARTY})(?!{_PARTY_MEMBER})(?P<town>{town})(?={_PARTY_BEFORE_TOWN}|{_TOWN_COMMITTEE_IN_FULL_PARENT})"
        f"|(?<={_TOWN_JOINT_AUTHOR})(?!{_COMMITTEE_TITLES})(?P<town>{town})(?:(?<={_STREET_OFFICE})|(?={_GOVERNMENT_PARENT})))"
    )
    committee = f"(?<=[{level_words}])(?:{_character_first(rules.committee.pattern)})"
    # What a head ends with: a place's last character after its marks, a closing parenthesis, or the last
    # character of a town, a national head or a level word. Tested before the head is (the head is written
    # first), it turns away at once most of the positions a name after a head (named_head) is tried at.
    head_ends = {")", *_last_characters(rules.town_suffix), *(word[-1] for word in rules.national_heads)}
    head_ends.update(word[-1] for word, _ in rules.levels)
    head_end = f"(?<=[{regex.escape(''.join(sorted(head_ends)))}]|{PLACE_MARK}\\p{{Han}})"
    bureau = "|".join(  # the government's bureaus by their qualifiers: 公安局, 市场监管局 (not 市局, whose head is a level)
        f"(?:{_last_character_first(b.qualifiers.pattern)})(?:{b.suffix.pattern})"
        for b in rules.bodies
        if b.type == GOVERNMENT and b.qualifiers is not None and _BUREAU_PARENT in _last_characters(b.suffix)
    )
    organ = "|".join(f"(?:{b.suffix.pattern})" for b in rules.bodies if b.type in _PARTY_GROUP_OF and b.alone)
    # a court's or a procuratorate's name, then no word a town's name never is (区法院旁听法庭, 县法院派出人民法庭):
    # what its office in a town follows (_JUDICIAL_OFFICES)
    # (the office's own word names no town either: 县法院人民法庭), and what its office follows after 该 and a level word
    # (_AREA_SAID), guarded alike
    guards = f"(?!{rules.town_exclude.pattern})(?!{_TRIBUNAL})"
    judicial = {kind: ("(?:{})(?:{}|(?!{}))".format(
        "|".join(f"(?:{b.suffix.pattern})" for b in rules.bodies if b.type == kind and b.bare), _RESIDENT, _RESIDENT)
        + guards, _AREA_SAID + guards) for kind in JUDICIAL_TYPES}
    ministry = "|".join(f"(?:{b.suffix.pattern})" for b in rules.bodies if b.national and b.type in (GOVERNMENT, *_PARTY_GROUP_OF))
    # A justice station's name alone is guarded as a town's (a town's name may open with a numeral, 九龙湖司法所, a
    # headless name not): no stop character, verb or modifier opens it (老城南司法所: no town of its own), nor a post held
    # there (时任), nor a word a town may begin after (今年镇司法所: town_boundary) or the rest of one (同时镇司法所 is 同时, then
    # the one town's 镇司法所); it is no level word (街道司法所: the one town's, qualified) and ends with none (白沙镇司法所 is read
    # with its town; 苏木镇司法所 are the sumu's and towns'), no phrase ends it, a longer one opens with
    # no word a one-character boundary word is (到齐贤司法所 is 到 and 齐贤司法所), and none ends with a count's measure
    # word or a body's (两个司法所, 平安办司法所).
    counted = regex.escape(_NOT_STATION_NAME_ENDS)
    station_guard = (f"(?![{regex.escape(rules.town_first_stop)}]){_none_of(rules.leading_verbs)}(?!{_POSTS})"
                     f"(?!{rules.town_boundary.pattern})(?<!(?={rules.town_boundary.pattern})\\p{{Han}})"
                     f"(?!{rules.town_modifiers.pattern})"
                     f"(?!\\p{{Han}}{{0,{_STATION_NAME_LONGEST - 1}}}?{_TOWN_WORD}{STATION})"
                     f"(?!\\p{{Han}}{{0,2}}?(?:{rules.town_exclude.pattern}){STATION})"
                     f"(?![{regex.escape(long_first_stop)}]\\p{{Han}}{{{_STATION_NAME_MAX - 1},{_STATION_NAME_LONGEST - 1}}}{STATION})"
                     f"(?!\\p{{Han}}{{1,{_STATION_NAME_LONGEST - 1}}}[{counted}]{STATION})")
    # what a body's party group follows: 局, 院, 部 …
    after_organ = _last_characters(compile_cached(f"{bureau}|{organ}|{ministry}"))

    committee_endings = _endings(rules.committee, level_words)
    town_endings = _endings(rules.town_suffix, None)
    name_endings = dict(committee_endings)
    _merge(name_endings, town_endings)
    # What a name may end with at each character (_end_words), and what may stand right before: a body named
    # only after a head or its qualifiers (政府, 党校) has a head's, a parent's or a qualifier's last character there.
    ends: dict[str, list[tuple[regex.Pattern, str | None]]] = {}
    for c in committee_endings:  # after a level word: 区委
        ends.setdefault(c, []).append((rules.committee, level_words))
    town_candidates = "".join(sorted({c for c in town_end if c.isalpha()} | set(_SEEN_BEFORE_WORDS)))
    for c in town_endings:  # never after what a town's name leaves out: 街镇, 乡镇, 在镇, 、镇, (街道
        ends.setdefault(c, []).append((rules.town_suffix, _not_before(town_end, rules.town_suffix, c, town_candidates)))
    ends.setdefault(_COMMITTEE_WORD[-1], []).append((compile_cached(_COMMITTEE_WORD), None))  # _COMMITTEE_IN_FULL
    parent_ends = {*_last_characters(rules.committee), _GOVERNMENT_PARENT[-1], _BUREAU_PARENT[-1]}
    forms_by_ending: dict[str, list[tuple[str, int, str]]] = {}
    forms_of_bodies: list[tuple[str, int, str]] = []  # (group, index in rules.bodies, how) of every form, in order
    after_head: list[tuple[str, str, dict[str, str | None]]] = []  # (group, pattern, endings) of each form
    headless: list[tuple[str, str, dict[str, str | None]]] = []
    # A form's group is named by its way and the first body of its type: _read asks a form only those two, so forms
    # alike share one group, and a match is asked fewer groups (group names may repeat in regex)
    first_of_type: dict[str, int] = {}
    for index, body in enumerate(rules.bodies):
        qualified_only = not (body.alone or body.bare or body.national or body.named != "none")
        endings = _endings(body.suffix, _last_characters(body.qualifiers)
                           if body.qualifiers is not None and qualified_only else None)
        _merge(name_endings, endings)
        forms = list(_body_forms(
            body, name_char, boundary, not_first, rules.generic.pattern, f"(?:{bureau})", f"(?:{organ})", f"(?:{ministry})",
            place, f"(?:(?&{_LEADING_VERBS})|{rules.name_verbs.pattern})", rules.seat_quarters.pattern, town,
            judicial, station_guard, rules.list_join.pattern, _town_boundary(rules), body_char,
            _last_character_first("|".join(map(regex.escape, rules.own_calls)))))
        party_group = None  # the ending of a party group after a body's name (_PARTY_GROUP), the only one it has
        for how, pattern, last in forms:
            group = f"{how}{first_of_type.setdefault(body.type, index)}"
            forms_of_bodies.append((group, index, how))
            form_endings = endings
            if how != "head" and _holds_party_group(body):
                party_group = _PARTY_GROUP[-1]
                form_endings = {party_group: endings[party_group]}
            elif last is not None:  # a station's forms are no part of the scanner of 局
                closing = _last_characters(compile_cached(last))
                form_endings = {c: before for c, before in endings.items() if c in closing}
            (after_head if how in ("head", "named_head", "sub_unit", "branch", "station") else headless).append(
                (group, pattern, form_endings))
        before = None  # named, bare, national, or after a bureau: any character
        if all(how in ("head", "qualified") or party_group for how, *_ in forms):
            qualified = _last_characters(body.qualifiers) if body.qualifiers is not None else ""
            before = "".join(sorted(head_ends | parent_ends | set(qualified)))
        for c in endings:
            ends.setdefault(c, []).append((body.suffix, _either(before, after_organ) if c == party_group else before))
        if any(how == "station" for how, *_ in forms) and body.suffix.fullmatch(_TRIBUNAL):  # its short word too
            ends[_TRIBUNAL_SHORT[-1]].append((compile_cached(_TRIBUNAL_SHORT), None))
    # The leading verbs are tested before a town's name, a headless name and a station's (fifteen times in the pattern
    # of 所, a fourth of it), and looked for before a party committee's words (_body_forms' ``verb``): written once, in
    # the DEFINE group, and called (past the test of their first characters where no verb may start), the patterns load
    # faster.
    leading_verbs = (_none_of(rules.leading_verbs), _none_of(rules.leading_verbs, _LEADING_VERBS))
    define = f"(?(DEFINE)(?P<town_name>{town_name})(?P<{_LEADING_VERBS}>{rules.leading_verbs.pattern}))"
    never = "(?!)"  # a rule that cannot end with the character: its groups stay, so every pattern has them
    patterns = {}
    for c in name_endings:
        headed, headless_written = _written_once(after_head, c), _written_once(headless, c)
        groups = {group for group, _ in (*headed, *headless_written)}
        forms_by_ending[c] = [form for form in forms_of_bodies if form[0] in groups]
        # A form's group is empty, written before the form: _read asks only where a form starts, and the reverse scan
        # enters that group once the whole form has matched, where a group holding the form was entered (its span
        # saved for backtracking) at every form tried.
        bodies = "|".join(f"(?P<{group}>)(?:{pattern})" for group, pattern in headed) or never
        alone = "|".join(f"(?P<{group}>)(?:{pattern})" for group, pattern in headless_written)
        patterns[c] = (
            f"(?r){define}(?:"
            + (_COMMITTEE_IN_FULL.format(head=head, head_end=head_end, level_words=level_words, town=party_town,
                                         town_end=town_suffix) + "|"
               if c == _COMMITTEE_WORD[-1] else "")
            + f"(?:{regions.PARTY})?{head}{head_end}"
            f"(?:(?P<parent>{committee}|{_GOVERNMENT_PARENT}|(?<=[{level_words}])(?:{_BUREAU_PARENT}|{_COMMITTEE_IN_FULL_PARENT}|{_LEVEL_COMMITTEE_PARENT})"
            f"|(?<={town_suffix}){_TOWN_COMMITTEES_PARENT})?(?:{bodies})"
            f"|(?P<committee>{committee if c in committee_endings else never})"
            + (f"|(?<={town_suffix})" if c in town_endings else "")  # the head ends in a town: 龙山镇
            + ")"
            + (f"|{alone}" if alone else "")
            + f")(?s:.){{{AFTER_NAME}}}"
        ).replace(*leading_verbs)
    # A character no body ends with (镇, 乡, 道) ends a town only, after a head that opens it (_town_opened)
    opens_after = "".join(sorted({word[-1] for word in _boundary_words(rules)}
                                 | set(_last_characters(compile_cached(_town_boundary(rules))))
                                 | {regions.PARTY[-1]} | set(_last_characters(compile_cached(_TOWN_JOINT_AUTHOR)))))
    # a town's name opens with a town character (Han), never a character of town_first_stop
    never_first = (rules.town_first_stop + PLACE_MARK
                   + "".join(c for c in _SEEN_BEFORE_WORDS if not regex.match(r"\p{Han}", c)))
    opened = {c: _town_opened(words, opens_after, never_first, long_char) for c in town_endings
              if not forms_by_ending[c] and c not in committee_endings and c != _COMMITTEE_WORD[-1]
              and (words := _suffix_words(rules.town_suffix, c))}
    return patterns, forms_by_ending, _name_ends(name_endings, _end_words(ends), _not_after(ends), opened)


def _place_close_before(*parts: str) -> str:
    """A lookbehind true where a place's mark (_shadow) stands at most as far before as ``parts`` and a place's
    last character and closing parenthesis reach: what a name of those parts right after a place has before its end
    (the nearest mark looked for first); empty where a part's width is unbounded."""
    reach = 2  # the place's last character and a parenthesis closing it
    for part in parts:
        if (shape := Shape.of(compile_cached(part))) is None or shape.width is None:
            return ""
        reach += shape.width
    return f"(?<={PLACE_MARK}(?s:.){{2,{reach}}}?)"


def _written_once(forms: list[tuple[str, str, dict[str, str | None]]], last: str) -> list[tuple[str, str]]:
    """(group, pattern) of the ``forms`` a name ending with ``last`` may take, each pattern the first time it is
    written: one written again (a justice station's forms, which 司法所 alone and the justice bodies both have) is an
    alternative after the same pattern with the same continuation, which matches nowhere that one did not, and tried
    only where it failed, failed again (a third of a failing 所 try) and made the pattern a fifth longer to load."""
    first: dict[str, str] = {}
    for group, pattern, endings in forms:
        if last in endings:
            first.setdefault(pattern, group)
    return [(group, pattern) for pattern, group in first.items()]


@from_catalog
def _scanners(catalog: Catalog) -> _Scanners:
    return _build(catalog.institutions)


# --- canonical names ----------------------------------------------------------


def _lineage(unit: regions.Division | None) -> list[regions.Division]:
    """The province and city above ``unit``, then ``unit``; nothing for a code no division has."""
    return [] if unit is None else [*regions.ancestors(unit), unit]


# Canonical names are cached by region code: a report repeats the same few names many times.


@functools.lru_cache(maxsize=1024)
def _closes_short_name(word: str, code: str | None) -> bool:
    """Whether a level word and the character before it, ``word``, are a unit's short name (杭州, 广州, 开州) while
    the report's own units have none of that level: then the level word names no unit of the report's (杭州互联网法院,
    广州仲裁委员会 in a 宝山区 report), as it does in a prefecture's (召开州委常委会 in 恩施州's). Where the report's unit
    is not known, the level word stays (召开州委常委会)."""
    return code is not None and _unit_for_level(word[-1], code) is None and regions.is_short_name(word)


@functools.lru_cache(maxsize=1024)
def _unit_for_level(level: str, code: str | None) -> regions.Division | None:
    """The report's own unit that a bare level word means: 市 in a 慈溪市 report is 慈溪市."""
    if code is None:
        return None
    return next((u for u in reversed(_lineage(regions.division(code))) if u.name.endswith(level)), None)


@functools.lru_cache(maxsize=1024)
def _unit_for_places(chain: tuple[tuple[regions.Division, ...], ...], code: str | None) -> regions.Division | None:
    """The last division of a chain of full names, each narrowed by the one before and then by the region."""
    near = {u.code for u in _lineage(regions.division(code))} if code else set()
    chosen = None
    for written in chain:
        # 上海市 is both the province and its city row: keep the city.
        candidates = [c for c in written if not any(c in _lineage(o)[:-1] for o in written)]
        if chosen is not None:
            candidates = [c for c in candidates if chosen in _lineage(c)] or candidates
        if len(candidates) > 1:
            candidates = [c for c in candidates if near & {u.code for u in _lineage(c)}] or candidates
        chosen = candidates[0] if len(candidates) == 1 else None
    return chosen


def _judicial_prefix(unit: regions.Division) -> str:
    """The place part of a court's or procuratorate's name: 上海市宝山区, 广东省深圳市坪山区, 浙江省慈溪市."""
    chain = _lineage(unit)
    if unit.level == COUNTY and not unit.name.endswith("区"):
        chain = [chain[0], unit]
    names = [u.name for u in chain]
    return "".join(name for i, name in enumerate(names) if i == 0 or name != names[i - 1])


# the catalog's institutions.expansions, each replacement as regex.template gives it (a string: regex.Pattern imports regex)
_Expansions: TypeAlias = "tuple[tuple[regex.Pattern, str | Callable[[regex.Match], str]], ...]"


def _expand(rest: str, expansions: _Expansions) -> str:
    """The body after the place in full words: 法院 → 人民法院, 市场监管局 → 市场监督管理局 (remembered: _Scanners)."""
    for pattern, replacement in expansions:
        rest = pattern.sub(replacement, rest, count=1)
    return rest


def _render(unit: regions.Division, parent: str, body: str, kind: str, expand: Callable[[str], str]) -> str:
    """The canonical name of ``body`` under ``unit`` (remembered: _Scanners)."""
    if not parent and kind == PARTY_COMMITTEE and _COMMITTEE_ORGAN.match(body):
        parent = _COMMITTEE_OF_ORGAN
    rest = expand(parent + body)
    prefix = _judicial_prefix(unit) if kind in JUDICIAL_TYPES else unit.name
    if not parent.startswith(_COMMITTEE_OF_ORGAN):
        return prefix + rest
    # A unit named by one character and its level writes its level again before 委: 中共赵县县委, not 赵县委.
    return regions.PARTY + prefix + (unit.name[-1] if len(unit.name) == 2 else "") + rest


def _canonical(
    m: regex.Match, text: str, places: _Places, kind: str, body: str, code: str | None, scanners: _Scanners,
    heads: _Heads, parent: int, level: int, written: str,
) -> str | None:
    """The canonical name (module docstring) of match ``m`` of the shadow of ``text``, named ``written``
    after a head that is neither national nor a town; ``parent`` and ``level`` are where those groups start.

    ``body`` is the part after the head and its 委/政府: 司法局, 全面依法治区委员会.
    """
    # Both spans in one call; a committee that took no part spans (-1, -1), and text[-1:-1] is "".
    (parent_start, parent_end), (level_start, level_end) = m.span(
        heads.parent if parent >= 0 else heads.committee, heads.level
    )
    parent_text = text[parent_start:parent_end]
    if parent_text == _BUREAU_PARENT:
        return None  # which bureau 市局 is, the region does not say
    if level >= 0 and body.endswith(_ZONE_COMMITTEES):
        return None  # which zone 区管委会 governs, the report's division does not say
    if level >= 0:
        unit = _unit_for_level(text[level_start:level_end], code)
        if unit and unit.level != CITY and kind == "court" and scanners.expand(body).startswith(_INTERMEDIATE):
            # 市中院 in a county-level city's report (慈溪市) is its city's (宁波市中级人民法院): only a city has one
            unit = next((u for u in _lineage(unit) if u.level == CITY), None)
        return scanners.render(unit, parent_text, body, kind) if unit else None
    spans = sorted(m.spans(heads.place))
    chain = tuple(map(places.__getitem__, spans))
    if not chain[-1]:
        # a short place name: 宝山公证处 is its own name; a court or a procuratorate of the report's area or its city's
        # is named as its judgments are (铁岭中院 in a 铁岭市 report: 辽宁省铁岭市中级人民法院, 宝山法院: 上海市宝山区人民法院)
        # (not a special court, named by the city it sits in: 兰州铁路运输法院), and a bureau as its unit's (小店司法局:
        # 小店区司法局; not a branch, 江宁公安分局, named by its own place)
        if len(spans) == 1 and (
            kind in JUDICIAL_TYPES and (scanners.expand(body) in _AREA_JUDICIAL_BODIES
                                        or _NUMBERED_INTERMEDIATE.fullmatch(scanners.expand(body)))
            or kind in _AREA_BUREAU_TYPES and body[-1:] in _AREA_BUREAU_ENDS and not body.endswith(_BRANCH)
        ) and (unit := _area_unit(text[slice(*spans[0])], code)):
            return scanners.render(unit, parent_text, body, kind)
        return written
    chain = tuple(filter(None, chain))  # 新疆伊犁哈萨克自治州: the full name says it
    unit = _unit_for_places(chain, code)
    return scanners.render(unit, parent_text, body, kind) if unit else written


def _branch(
    m: regex.Match, text: str, places: _Places, kind: str, start: int, end: int, code: str | None, scanner: _Scanner,
    scanners: _Scanners,
) -> str | None:
    """The canonical name of a branch named after its bureau, ``text[start:end]`` (公安局增城区分局), by its own
    place in full, narrowed by the head's: the name it has when written from its place (增城区公安分局), so that
    both forms are one body. None for a branch named by a short name (江宁分局)."""
    own = sorted(span for span in places if start <= span[0] and span[1] <= end - len(_BRANCH))
    if not own or not all(places[span] for span in own):
        return None
    chain = tuple(filter(None, map(places.__getitem__, sorted(m.spans(scanner.heads.place)))))
    unit = _unit_for_places(chain + tuple(map(places.__getitem__, own)), code)
    bureau = text[start : own[0][0]].removesuffix(_BUREAU_PARENT)
    return scanners.render(unit, "", bureau + _BRANCH, kind) if unit else None


# --- finding ------------------------------------------------------------------


class _Reading(NamedTuple):
    span: tuple[int, int]  # the name's
    type: str  # empty for a town named as a place (_a_place), which names only its stations (_town_stations)
    canonical: str | None
    level_tail: str | None  # an unresolved level word and what follows, in full words: 区司法局, 区人民法院
    town: str | None  # the town's own name, when the name is a town alone: 树人镇 in 丰都县树人镇


_new_reading = maker(_Reading)


def _read(
    m: regex.Match, text: str, places: _Places, code: str | None, scanner: _Scanner, scanners: _Scanners
) -> _Reading | None:
    """What one match names, or None when it names a category rather than a body; a town named as a place is read
    with no type.

    Where the head's groups and the forms start is asked of ``m`` in one call; as read in the shadow,
    only whether a head's group took part counts (a place there is PLACE_MARK characters).
    """
    start, end = m.span()
    end -= AFTER_NAME  # the name: the match without the AFTER_NAME characters it read (_matches)
    span = start, end
    national, town, parent, committee, level, *body_starts = m.start(*scanner.asked)
    if level > 0 and _closes_short_name(text[level - 1 : level + 1], code):
        return None  # 杭州互联网法院 is no 州's court: 杭州 is a place the report does not count as its own
    body_start = max(body_starts) if body_starts else -1  # the forms are alternatives: one at most took part
    if body_start < 0:  # 区委, or a town
        if committee < 0 and town < 0:
            return None  # a place's short name ending like a town (法治金乡建设, 金乡 of 金乡县): a place, no town
        if committee < 0 and _quoted(text, town if town >= 0 else start, end):
            return None  # “三下乡”, “法润龙乡”: a campaign's or a brand's name
        if committee < 0 and not text.endswith(_STREET_OFFICE, 0, end) and _a_place(text, start, end, scanners):
            # (a street's office written is a body where it is: 在青山街道办事处召开, as 在龙山镇人民政府召开)
            return _new_reading((span, "", None, None, text[town if town >= 0 else start : end]))
        how, kind, body = None, PARTY_COMMITTEE if committee >= 0 else TOWN_TYPE, ""
        town_name = None if committee >= 0 else text[town if town >= 0 else start : end]
    else:
        form = scanner.forms[body_starts.index(body_start)]
        town_name = None  # set below for a body after a town
        how, kind, body = form.how, form.body.type, text[body_start:end]
        rules = scanners.rules
        # Read before it as scanned (m.string, the shadow), for every body, on purpose: where _area_towns blanked the area's
        # word (全县白沙镇司法所) it is no generic word before the station; elsewhere the shadow differs from the text only
        # by its places' marks, and no generic_before word (各县, 全区, 乡镇, 三个) is a place's name or ends one (records of
        # the comparison set, shapes and corpus alike reading the text instead).
        if how in ("qualified", "bare", "named") and (
            rules.generic_before.search(m.string, max(0, start - GENERIC_CONTEXT), start, NOT_CONCURRENT)
            or rules.generic_after.match(text, end, end + GENERIC_CONTEXT, NOT_CONCURRENT)
        ):
            return None
        if how in ("named", "named_head") and rules.generic.search(text, body_start, end, NOT_CONCURRENT):
            return None
        if how == "bare" and _TITLE_CLOSED.search(text, max(0, start - 2), start):
            return None  # 获评省级“枫桥式”司法所: the kind a title is awarded to
        if (level >= 0 and text.startswith(LIST_SEPARATOR, end) and (below := _LEVEL_BELOW_COUNTY.match(text, end + 1))
                and text.startswith(text[level + 1 : end], below.end())):
            return None
        if (
            body[-1] in scanners.collective_ends
            and rules.collective.fullmatch(body, None, None, NOT_CONCURRENT)
            and _collective(m, text, places, code, scanner, town, body)
        ):
            return None
    if how in ("station", "area_station"):
        return _station(m, text, kind, body_start)
    canonical: str | None
    called = _own_level(text, start, end, how, kind, scanners)
    if called is not None:  # 我县公安局: the report's county's, as 县公安局 is
        unit = _unit_for_level(called, code)
        canonical = scanners.render(unit, "", text[start:end], kind) if unit else None
    elif how == "bare" and kind in _CALLED_TYPES:
        canonical = _called(text[start:end], kind, code, scanners)  # 地委, 行署: the report's prefecture's or league's
    elif how in ("qualified", "bare"):
        canonical = None
    elif committee >= 0 and town >= 0:  # 中共石门镇委员会, 中国共产党石门镇委员会
        canonical = _town_committee(text[start:committee])
    elif how == "national":  # its short words spelled out: 人社部 is 人力资源和社会保障部, 市场监管总局 国家市场监督管理总局
        canonical = scanners.expand(text[start:end])
    elif how == "named" or national >= 0 or town >= 0 and body_start < 0:
        canonical = text[start:end]
    elif town >= 0:  # the town as written, then its body in full words: 白沙镇政府 is 白沙镇人民政府
        rest = parent if parent >= 0 else body_start
        if kind == PARTY_COMMITTEE and text[rest:end] == _TOWN_COMMITTEE:
            canonical = _town_committee(text[start:rest])  # 石门镇党委
        else:
            words = text[rest:end]
            if parent >= 0 and words.startswith(_COMMITTEE_WORD):  # 中共白沙镇委员会全面依法治镇… is 白沙镇党委全面…
                words = _TOWN_COMMITTEE + words[len(_COMMITTEE_WORD) :]
            elif parent < 0 and kind == PARTY_COMMITTEE and _TOWN_RULE_OF_LAW_BODY.match(words):
                words = _TOWN_COMMITTEE + words  # 白沙镇全面依法治镇委员会 is the town committee's: 白沙镇党委全面…
            canonical = text[start:rest].removeprefix(regions.PARTY) + scanners.expand(words)
        town_name = text[town:rest]  # a town named before one of its bodies, its party committee too
    elif how != "branch" or (
        canonical := _branch(m, text, places, kind, body_start, end, code, scanner, scanners)
    ) is None:
        canonical = _canonical(m, text, places, kind, body, code, scanners, scanner.heads, parent, level, text[start:end])
    tail = None
    if called is not None:
        tail = None if canonical else called + scanners.expand(text[start:end])  # 县公安局 where the region does not say
    elif canonical is None and level >= 0:
        level_end = m.end(scanner.heads.level)  # 区, or a level of more than one character: 自治区
        tail = text[level:level_end] + scanners.expand(text[level_end:end])
    elif how == "qualified":  # the level tails of bodies named by no place: asked of these forms only
        if kind == PARTY_COMMITTEE and text[start:end] in _BARE_TOWN_COMMITTEES:
            tail = text[start : end - len(_TOWN_COMMITTEE)] + _COMMITTEE_WORD  # 镇党委: the one town committee the report names (_merge_level_words)
        elif kind == PARTY_COMMITTEE and (level_word := _BARE_TOWN_COMMITTEE_PARENT.match(text, start, end)):
            tail = level_word[1] + scanners.expand(text[level_word.end() : end])  # 街道工委… is 街道党工委…
        elif kind == PARTY_COMMITTEE and text[start:end] == _STREET_LEVEL_COMMITTEE:
            tail = _STREET_LEVEL_COMMITTEE  # 街道党工委: the one street's the report names in full (礼乐街道党工委)
        elif kind == PARTY_COMMITTEE and text[start:end] in _STREET_COMMITTEES:
            tail = _WORKING_COMMITTEE  # 党工委, 街道工委: the one street's the report names (街道党工委, 金龙街道党工委)
        elif kind == PARTY_COMMITTEE and _RULE_OF_LAW_ALONE.match(text, start, end):
            tail = scanners.expand(text[start:end])  # 依法治县办: the one the report names in full
        elif kind in _TOWN_CENTRE_TYPES and (word := _TOWN_OPENING.match(text, start, end)):
            # 镇综治中心, 镇司法所, 镇政府 (镇人民政府): the one town's the report names (_merge_level_words, _town_centres)
            tail = word.group() + scanners.expand(text[word.end() : end])
        elif kind == GOVERNMENT:
            tail = scanners.expand(text[start:end])  # 自然资源局: the one the report names with its place (某县自然资源局)
    elif how == "bare":
        if text[start:end] == STATION:
            if text.startswith(LIST_SEPARATOR, start - 1):
                return None  # listed, it may be one of the towns' in general (推进乡镇社会事务办、司法所建设)
            tail = STATION  # 司法所: the one the report names in full, else the one town's (_town_centres)
        elif kind == PARTY_COMMITTEE and text.endswith(_PARTY_GROUP, start, end):
            tail = text[start:end]  # 局党组, named from inside: the one body's party group the report names (区司法局党组)
        elif kind in _SERVICE_TYPES or text[start:end] == _BUREAU_ALONE:
            # 公证处, 司法局: the one the report names with its place (县公证处, 县司法局), else its own (_merge_level_words)
            tail = text[start:end]
        elif canonical is None and kind in _CALLED_TYPES:
            tail = scanners.expand(text[start:end])  # 行署 where the region does not say: the one named in full (盟行政公署)
    if kind == PARTY_COMMITTEE and body_start < 0 and text[start - 1 : start] == _LEAGUE:  # 团区委 = 共青团宝山区委
        start -= len(_LEAGUE_NAME) if text.endswith(_LEAGUE_NAME, 0, start) else len(_LEAGUE)
        span, kind, tail = (start, end), scanners.league_type, None
        if canonical:
            canonical = (_LEAGUE_NAME + canonical.removeprefix(regions.PARTY) if canonical.startswith(regions.PARTY)
                         else text[start:end])
    return _new_reading((span, kind, canonical, tail, town_name))


_CALLED_TYPES = frozenset((PARTY_COMMITTEE, GOVERNMENT))  # of the bodies a league's or a prefecture's text calls its own


def _own_level(text: str, start: int, end: int, how: str | None, kind: str, scanners: _Scanners) -> str | None:
    """The level word of a place's call of itself (rules.own_calls: 我县, 我区, 我市) right before a department or a service
    named by its words alone (我县公安局, 我市司法局, 我区法律援助中心), which is the body of that level, as after the level
    word alone (县公安局); None otherwise (我局, a town's body by its level word: 我县镇政府)."""
    if how not in ("qualified", "bare") or not (kind in _SERVICE_TYPES or kind in _DEPARTMENT_TYPES
                                                 and (how == "qualified" or text[start:end] == _BUREAU_ALONE)):
        return None
    if _TOWN_OPENING.match(text, start, end):
        return None
    call = next((call for call in scanners.rules.own_calls if text.endswith(call, 0, start)), None)
    return call[-1] if call and call[-1] in scanners.level_words else None


def _called(word: str, kind: str, code: str | None, scanners: _Scanners) -> str | None:
    """The canonical name of ``word``, a body named by itself as a league's or a prefecture's own text calls it
    ([lexicon] level_calls: 地委, 行署): the body of the report's own unit of that level (阿克苏地区's report: 中共阿克苏地委,
    阿克苏地区行政公署), else None. A party committee is named by its unit's name without the level, then its word, as
    the committee is (中共兴安盟委)."""
    units = _lineage(regions.division(code)) if code else []
    for level, calls in _level_calls().items():
        if calls.fullmatch(word) and (unit := next((u for u in units if u.name.endswith(level)), None)):
            if kind == PARTY_COMMITTEE:
                return regions.PARTY + unit.name.removesuffix(level) + word
            return scanners.render(unit, "", word, kind)
    return None


@from_catalog
def _level_calls(catalog: Catalog) -> dict[str, regex.Pattern]:
    return catalog.lexicon.level_calls


def _station(m: regex.Match, text: str, kind: str, body_start: int) -> _Reading:
    """A town's station named after its bureau or the bureau's branch (县公安局龙山镇派出所, 县司法局石门司法所,
    市公安局城东分局东湖派出所), or a judicial office after its court (县人民法院横水法庭, 区检察院驻柳林镇检察室): one body, the station, named canonically by its town as written (龙山镇派出所, 石门司法所,
    which _town_stations gives its town's level word where the text names the town)."""
    start, end = m.start(), m.end() - AFTER_NAME
    station_start = end - next(len(word) for word in (*_TOWN_STATIONS, *_OFFICE_WORDS)
                               if text.endswith(word, body_start, end))
    town = text[max(body_start, *(text.rfind(word, body_start, station_start) + 1 for word in _STATION_PARENTS)) : station_start]
    town = town.removeprefix(_RESIDENT)
    return _new_reading(((start, end), kind, town + text[station_start:end], None,
                         town if _TOWN_LEVEL.search(town) else None))


def _listed_places(
    m: regex.Match, text: str, ends: dict[int, tuple[int, tuple[regions.Division, ...]]], code: str | None,
    scanner: _Scanner, scanners: _Scanners, kind: str,
) -> list[tuple[tuple[int, int], str]]:
    """The bodies of the places listed with 、 right before a name that opens with its place (永昌县、金川区人民政府:
    永昌县's government as well as 金川区's), each mentioned by its place, the word that tells it from the others
    (the record names a body by its longest mention: 永昌县人民政府 where the text writes it too), with its own
    canonical name. Only full names of divisions (a short one, 东城、西城区司法局, or a level word, 县人民政府、县司法局,
    lists no place), and only before a body named after its places. ``ends``: the full place names by where they end."""
    national, town, parent, _, level, *body_starts = m.start(*scanner.asked)
    body_start = max(body_starts) if body_starts else -1
    start, end = m.start(), m.end() - AFTER_NAME
    if body_start < 0 or national >= 0 or town >= 0 or level >= 0 or min(m.starts(scanner.heads.place), default=-1) != start:
        return []
    parent_text = text[parent:body_start] if parent >= 0 else ""
    shared = []
    while text.startswith(LIST_SEPARATOR, start - 1) and (listed := ends.get(start - 1)) is not None:
        place_end = start - 1
        start, units = listed
        if unit := _unit_for_places((units,), code):
            shared.append(((start, place_end), scanners.render(unit, parent_text, text[body_start:end], kind)))
    return shared


# What joins the bodies of a list that share the first one's level word (区法院、司法局及信访办: 区司法局, 区信访办).
_LIST_JOINS = compile_re_cached(f"{LIST_SEPARATOR}|以及|及|和|与")
# What no listed body shares a level word with: the level's party committee, named by the level word itself (区政府、委办局
# are committees and bureaus), and the rule-of-law committee's bodies, named by their own (依法治市委、依法治市办).
_NOT_SHARED = compile_re_cached(f"委|{_RULE_OF_LAW_SAID}")
_SHARED_LEVEL_REACH = 24  # characters after a join read for the next body of the list: more than its name
_UNREAD_ITEM_MAX = 10  # characters of a list's first item after its town word that no rule reads: 社会事务办


def _shared_level(
    m: regex.Match, text: str, shadow: str, end: int, places: _Places, code: str | None, scanner: _Scanner,
    scanners: _Scanners,
) -> list[_Reading]:
    """The bodies listed right after a name that opens with a level word (区法院、司法局及信访办调研, 镇综治中心、司法所),
    each named without it, that are bodies of that level: each read as written after the level word, each span the
    body's own. The list ends at the first item that is not such a body (it names a place or a level of its own:
    市司法局、县司法局, 区法院、宝山区司法局; no body: 区法院、当事人; or a town's station: 县公安局、派出所). So are those
    after a name that opens with its places or its town (_listed_after_head)."""
    level = m.start(scanner.heads.level)
    if level >= 0 and level != m.start():  # inside the name: 依法治市委、依法治市办
        return []
    if level >= 0:
        word = text[level : m.end(scanner.heads.level)]  # 区, 自治区
        if (owner := _owner(m, text, level, end, scanner)) and (
                found := _listed_after_level(owner[0], True, text, shadow, end, code, scanners, owner[1])):
            return found + _listed_after_level(word, True, text, shadow, found[-1].span[1], code, scanners)
    elif town_word := _TOWN_OPENING.match(text, m.start(), end):  # 镇综治中心、司法所: 镇司法所
        word = town_word.group()
    else:
        return _listed_after_head(m, text, shadow, end, places, code, scanner, scanners)
    return _listed_after_level(word, level >= 0, text, shadow, end, code, scanners)


_OTHER_TYPE = "other"  # congresses, federations, schools, committees of a profession (catalog [[institutions.body]])
_OTHER_KIND_WORDS = 2  # the last characters of two such bodies' names that tell they are of one kind (委员会)


# A list's items before a body named by its words alone that share its last word (县公安、民政、人社局): each of a few
# characters, and at most a few of them.
_SHARED_WORD_ITEM = (2, 4)  # 公安, 市场监管
_SHARED_WORD_ITEMS = 6
_SHARED_WORD_MAX = 3  # the last characters of the body's words the items may share: 局, 委员会
# The Han characters ending where an item ends, as many as an item and a level word before it hold (联合县公安: 县公安)
_ITEM_BEFORE = compile_cached(rf"(?r)\p{{Han}}{{1,{_SHARED_WORD_ITEM[1] + 2}}}")


def _listed_before_word(
    text: str, shadow: str, start: int, end: int, code: str | None, scanners: _Scanners, organ: str = ""
) -> list[_Reading]:
    """The bodies listed with 、 before a body named by its words alone, ``text[start:end]``, that share its last word
    and the level word opening the list (县公安、民政、人社局: 县公安局, 县民政局, 县人社局), the last one's reading first,
    then the others', each mentioned by its own words (人社局; 县公安, 民政): each item, with the level word and the
    shared word, is read as one body of that level, of the last one's type; a place's call of itself opens the list as
    its level word does (我县公安、民政、人社局, as 我县公安局 is 县公安局: _own_level). None where the list opens with no level
    word at a name's boundary (全县公安、民政、人社局, 加强公安、民政、人社局) or an item is no such body. With ``organ``, the
    list opens with the level word and that word of the level's committee, which each item follows too (委: 县委宣传、组织、
    统战部 are 县委宣传部, 县委组织部, 县委统战部)."""
    low, high = _SHARED_WORD_ITEM
    items: list[tuple[int, int]] = []
    stop = start - len(LIST_SEPARATOR)
    while len(items) < _SHARED_WORD_ITEMS and text.startswith(LIST_SEPARATOR, stop):
        if (item := _ITEM_BEFORE.match(text, max(0, stop - high - 2), stop)) is None:
            break
        at = item.start()
        items.append((at, stop))
        if at == 0 or not text.startswith(LIST_SEPARATOR, at - len(LIST_SEPARATOR)):
            break
        stop = at - len(LIST_SEPARATOR)
    if not items:
        return []
    first_start, first_stop = items[-1]
    opening = next(((at, word) for at in range(first_start, first_stop - low + 1)  # items open high + 2 before at most
                    for word, before in scanners.rules.levels
                    if text.startswith(word, at) and text.startswith(organ, at + len(word))
                    and low <= first_stop - at - len(word) - len(organ) <= high
                    and (not (at and text[at - 1] in before) and scanners.town_opens.match(text, at)
                         or at and text[at - 1 : at + len(word)] in scanners.rules.own_calls)), None)
    if opening is None or any(not low <= b - a <= high for a, b in items[:-1]):
        return []
    level_at, word = opening
    word += organ
    items[-1] = (level_at, first_stop)
    last = _shared_item(word + shadow[start:end], code, scanners)  # the last item whole, whatever the shared width
    if last is None:
        return []
    for width in range(1, _SHARED_WORD_MAX + 1):
        if end - start - width < 1:
            break  # the last item keeps a word of its own
        shared = shadow[end - width : end]
        found = [last._replace(span=(start, end))]
        for a, b in items:
            read = _shared_item((shadow[a:b] if a == level_at else word + shadow[a:b]) + shared, code, scanners)
            if read is None or read.type != last.type:
                break
            found.append(read._replace(span=(a, b)))
        else:
            return found
    return []


# The items of a list of a party committee's departments right after the committee by its level word, each of a few
# characters before its 、, up to the last one's (县委宣传、组织、统战部: 宣传、组织、).
_DEPARTMENT = "部"  # the last word of the committee's departments (宣传部, 统一战线工作部: catalog [[institutions.body]])
_DEPARTMENT_ITEMS = compile_cached(
    rf"(?:\p{{Han}}{{{_SHARED_WORD_ITEM[0]},{_SHARED_WORD_ITEM[1]}}}{LIST_SEPARATOR}){{1,{_SHARED_WORD_ITEMS - 1}}}")


def _departments_listed(
    text: str, shadow: str, committee: str, end: int, code: str | None, scanners: _Scanners
) -> list[_Reading]:
    """The departments of the party committee ``committee``, named by its level word (县委) right before a list of
    their words that share the last one's (县委宣传、组织、统战部: 县委宣传部, 县委组织部, 县委统战部), as _listed_before_word
    gives them; none where the list's last item is no department of the committee (县委政法、宣传工作)."""
    items = _DEPARTMENT_ITEMS.match(text, end)
    stop = items.end() if items else end
    if text.find(_DEPARTMENT, end, stop + _SHARED_LEVEL_REACH) < 0:
        return []  # 县委书记、副书记, 镇党委书记、镇长: no department's word after the list
    while (stop := text.rfind(LIST_SEPARATOR, end, stop)) >= 0:  # the last item may follow any 、, the furthest first
        if last := _listed_after_level(committee, True, text, shadow, stop, code, scanners, PARTY_COMMITTEE):
            return _listed_before_word(text, shadow, stop + len(LIST_SEPARATOR), last[0].span[1], code, scanners,
                                       _COMMITTEE_OF_ORGAN)
    return []


def _shared_item(composed: str, code: str | None, scanners: _Scanners) -> _Reading | None:
    """The one body of a level, of some type, that an item of a list rebuilt with the level word and the shared word
    (``composed``: 县民政局 of 县公安、民政、人社局) reads as whole; None where it reads as none or as more."""
    matches = _matches(scanners, composed)
    if len(matches) != 1 or matches[0][0].start() != 0 or matches[0][0].end() - AFTER_NAME != len(composed):
        return None
    first, first_scanner = matches[0]
    if first.start(first_scanner.heads.level) != 0:
        return None
    read = _read(first, composed, {}, code, first_scanner, scanners)
    return read if read is not None and read.type else None


def _head_end(m: regex.Match, heads: _Heads) -> int:
    """Where the places and the town that open the name ``m`` end; -1 where it opens with neither."""
    spans = [*m.spans(heads.place), m.span(heads.town)]
    return max(stop for start, stop in spans if start >= 0) if any(start >= 0 for start, _ in spans) else -1


def _listed_after_head(
    m: regex.Match, text: str, shadow: str, end: int, places: _Places, code: str | None, scanner: _Scanner,
    scanners: _Scanners,
) -> list[_Reading]:
    """The bodies listed right after a name that opens with its places or its town and goes on with a body's words
    alone (郸城县公安局、民政局和人社局: 郸城县民政局, 郸城县人力资源和社会保障局; 白沙镇综治中心、司法所和派出所: 白沙镇司法所,
    白沙镇派出所), each named without them: each read as written after them, each span the body's own. The list ends at
    the first item that is not such a body (it names a place or a town of its own: 郸城县法院、宝山区司法局; no body; or,
    after a county's name, a town's station: 郸城县公安局、派出所), or a body of another kind ending as the first does,
    which may share more than the places with it (闵行区律师调查委员会和惩戒委员会: the lawyers' committees; not
    郸城县人大常委会、政协)."""
    heads = scanner.heads
    national, town, parent, *_ = m.start(*scanner.asked)
    head_end = _head_end(m, heads)
    if head_end < 0 or national >= 0 or parent >= 0 or head_end >= end or min(
            start for start, _ in (*m.spans(heads.place), m.span(heads.town)) if start >= 0) != m.start():
        return []  # no head of places or a town at its start, a body after a parent (县委宣传部), or a bare town
    word, word_shadow = text[m.start() : head_end], shadow[m.start() : head_end]
    ends_with = text[end - _OTHER_KIND_WORDS : end]
    named = _places_within(places, m.start(), head_end)
    found = []
    while (start := _next_item(text, end)) is not None:
        stop = start + _SHARED_LEVEL_REACH
        # a town's tribunal listed with its other bodies by 法庭 alone (白沙镇派出所、司法所、法庭) is its 人民法庭
        added = _TRIBUNAL_OWN_WORD if town >= 0 and text.startswith(_TRIBUNAL_SHORT, start) else ""
        matches = _matches(scanners, word_shadow + added + shadow[start:stop])
        if not matches:
            break
        first, first_scanner = matches[-1]
        if first.start() != 0 or _head_end(first, first_scanner.heads) != len(word) \
                or first.start(first_scanner.heads.parent) >= 0:
            break
        read = _read(first, word + added + text[start:stop], named, code, first_scanner, scanners)
        if read is None or not read.type or read.span[1] <= len(word) + len(added):  # the head alone: 白沙镇司法所、青山镇司法所
            break
        item_end = start + read.span[1] - len(word) - len(added)
        if (read.type == _OTHER_TYPE and text[item_end - _OTHER_KIND_WORDS : item_end] == ends_with
                or town < 0 and text.startswith(_TOWN_STATIONS, start)):
            break
        end = item_end
        found.append(read._replace(span=(start, end)))
    return found


def _next_item(text: str, end: int) -> int | None:
    """Where the next item of a list opens after a name ending at `end` (、, 和, 及: _LIST_JOINS); None where none is
    joined or it shares nothing of the name (_NOT_SHARED)."""
    join = _LIST_JOINS.match(text, end)
    return None if join is None or _NOT_SHARED.match(text, join.end()) else join.end()


def _places_within(places: _Places, start: int, stop: int) -> _Places:
    """The places found within text[start:stop], their spans from `start`: those of a name read again with other words
    joined to it (_listed_after_head, _zone_office_listed)."""
    return {(a - start, b - start): units for (a, b), units in places.items() if start <= a and b <= stop}


# A zone's party working committee at a name's end (某某高新区党工委, 某某开发区工委, 某某新区党工作委员会), its zone's name
# up to its 区; and the words of the zone's administrative committee (管委会, 管理委员会) listed after it.
_ZONE_WORKING_COMMITTEE = compile_re_cached("区(?:党?工委|党?工作委员会)$")
_ZONE_OFFICES = (_ZONE_COMMITTEES[0], "管理委员会")


def _zone_office_listed(
    m: regex.Match, text: str, shadow: str, end: int, code: str | None, places: _Places, scanners: _Scanners
) -> list[_Reading]:
    """The zone's administrative committee listed right after the zone's party working committee, named without the
    zone (某某高新区党工委、管委会, 某某开发区党工委和管理委员会): the zone's, read with the zone's name and the places before it
    (济南高新区党工委、管委会: 济南高新区管委会), its span the committee's own words; none where the name is no zone's working
    committee or no 管委会 follows."""
    working = _ZONE_WORKING_COMMITTEE.search(text, m.start(), end)
    join = _LIST_JOINS.match(text, end)
    if working is None or join is None or not text.startswith(_ZONE_OFFICES, join.end()):
        return []
    zone = slice(m.start(), working.start() + 1)
    width = zone.stop - zone.start
    start = join.end()
    stop = start + _SHARED_LEVEL_REACH
    matches = _matches(scanners, shadow[zone] + shadow[start:stop])
    if not matches or matches[-1][0].start() != 0:
        return []
    first, first_scanner = matches[-1]
    named = _places_within(places, zone.start, zone.stop)  # the places in the zone's name, where the joined words hold them
    read = _read(first, text[zone] + text[start:stop], named, code, first_scanner, scanners)
    if read is None or read.type != GOVERNMENT or read.span[1] <= width:
        return []
    return [read._replace(span=(start, start + read.span[1] - width))]


def _owner(m: regex.Match, text: str, level: int, end: int, scanner: _Scanner) -> tuple[str, str] | None:
    """What the name ``m`` opening with a level word at ``level`` shares with the bodies listed right after it besides
    the level word, and the type they must be of (_listed_after_level's word and kind): the party committee its
    department does (县委宣传部、组织部: 县委组织部), the bureau its squad or station does (县公安局交警大队、治安大队:
    县公安局治安大队); None for other names, and a committee in full (区委全面依法治区委员会及办公室: the rule-of-law
    committee's own office)."""
    _, _, parent, _, _, *body_starts = m.start(*scanner.asked)
    if parent >= 0 and text.startswith(_COMMITTEE_OF_ORGAN, parent) and not text.endswith(_COMMITTEE_WORD, 0, end):
        return text[level : parent + len(_COMMITTEE_OF_ORGAN)], PARTY_COMMITTEE
    body_start = max(body_starts, default=-1)
    form = scanner.forms[body_starts.index(body_start)] if body_start >= 0 else None
    if form is not None and form.how == "sub_unit" and text[end - 1] in _SUB_UNIT_ENDS \
            and (bureau_end := text.rfind(_BUREAU_PARENT, body_start, end) + len(_BUREAU_PARENT)) > body_start:
        return text[level:bureau_end], form.body.type  # the form holds its bureau's words
    return None


def _listed_after_level(
    word: str, level: bool, text: str, shadow: str, end: int, code: str | None, scanners: _Scanners,
    kind: str | None = None,
) -> list[_Reading]:
    """The bodies of the level ``word`` (a level word if ``level``, else a town's: 镇) listed from ``end`` on, each named
    without it (_shared_level, _unread_town_lists), and of the type ``kind`` if given (those of a level's party committee
    after 县委: 县委宣传部、组织部)."""
    found = []
    while (start := _next_item(text, end)) is not None:
        stop = start + _SHARED_LEVEL_REACH
        matches = _matches(scanners, word + shadow[start:stop])
        if not matches:
            break
        first, first_scanner = matches[-1]
        if first.start() != 0 or level and first.start(first_scanner.heads.level) != 0:
            break
        read = _read(first, word + text[start:stop], {}, code, first_scanner, scanners)
        if (read is None or not read.type or not level and not (read.level_tail or "").startswith(word)
                or level and text.endswith(_TOWN_STATIONS, start, start + read.span[1] - len(word))
                or kind and (read.type != kind or read.span[1] <= len(word))):
            break  # a town's station is no county's: 县公安局、派出所
        end = start + read.span[1] - len(word)
        found.append(read._replace(span=(start, end)))
    return found


@from_catalog
def _unread_list_openings(catalog: Catalog) -> tuple[regex.Pattern, str | None, int | None]:
    """A town's level word opening a list whose first item is no body the rules know (镇社会事务办、司法所), where a name
    may begin (由镇党政办、司法所); the item ends at the list's first 、. The town word is read as the catalog reads a town's.
    With the characters a town word opens with (镇乡街), where alone the pattern is tried, when the catalog's names them,
    and how far past such a character the item's 、 stands at most (None if a town word's length is unbounded): a report
    writes hundreds of 镇, 乡 and 街, few of them a list's first item."""
    rules = catalog.institutions
    pattern = compile_cached(f"{_boundary(rules)}(?:{rules.town_suffix.pattern})"
                             f"(?=[^\\P{{Han}}{LIST_SEPARATOR}]{{2,{_UNREAD_ITEM_MAX}}}{LIST_SEPARATOR})")
    word = Shape.of(rules.town_suffix)
    reach = None if word is None or word.width is None else word.width + _UNREAD_ITEM_MAX
    return pattern, opening_chars(rules.town_suffix), reach


# What places listed before 等 share (河北区、东丽区、津南区等法院): each place's own body of that kind; not the bodies
# of a kind in those places (青河县、富蕴县等政府部门).
_PLACES_SHARING = compile_re_cached("等((?:人民)?法院|(?:人民)?检察院|司法局|公安局|(?:人民)?政府)(?!部门|机关|系统|职能|工作|干警)")


def _places_listed_before_etc(
    text: str, groups: dict[str, list], places: _Places, code: str | None, scanners: _Scanners
) -> None:
    """Full place names listed before 等 and a body's words (河北区、东丽区、津南区等法院) name each place's body, mentioned
    by the place, as before a body written after the last (_listed_places); two places at least, none read as a body."""
    ends, read = None, []  # the full place names by where they end, and the spans read: made at the first 等 and body
    for m in _PLACES_SHARING.finditer(text):
        if ends is None:
            ends = {span[1]: (span[0], units) for span, units in places.items() if units}
            read = [span for group in groups.values() for span in group[3]]
        listed, start = [], m.start()
        while (place := ends.get(start)) is not None:
            listed.append(((place[0], start), place[1]))
            if not text.startswith(LIST_SEPARATOR, place[0] - 1):
                break
            start = place[0] - 1
        if len(listed) < 2 or any(a < m.end() and listed[-1][0][0] < b for a, b in read):
            continue
        kind = _type_of(scanners.rules, m.group(1))
        for span, units in listed:
            if unit := _unit_for_places((units,), code):
                canonical = scanners.render(unit, "", m.group(1), kind)
                groups.setdefault(canonical, [text[slice(*span)], canonical, kind, []])[3].append(span)


@from_catalog
def _short_named_station_lists(catalog: Catalog) -> regex.Pattern:
    """Towns' names listed before the station they share (籍山、许镇、工山司法所, 横水、柳林等派出所), the list where a
    name may begin: group ``listed`` holds the names before the last, ``last`` the last name and its station."""
    rules = catalog.institutions
    name = _station_name(_not_first(rules), rules.generic.pattern, _name_characters(rules)[1])
    stations = "|".join(_TOWN_STATIONS)
    return compile_cached(f"{_boundary(rules)}(?P<listed>(?:{name}{LIST_SEPARATOR})+)(?P<last>{name})等?(?P<station>{stations})")


def _station_list_starts(text: str) -> list[int]:
    """Where a list of towns' names before their station (籍山、许镇、工山司法所) may start, ascending: two or three
    characters before each 、 of a chain of them, each at most a name (and 等) before the next or before a station's
    word. Tried there only: the list's pattern opens with no literal, and 、 is in every list of a report."""
    reach = _STATION_NAME_MAX + 2  # a name, 等, and the 、 itself
    starts: set[int] = set()
    for at in _station_words(text):
        while (joined := text.rfind(LIST_SEPARATOR, max(0, at - reach), at)) >= 0:
            starts.update((joined - _STATION_NAME_MAX, joined - _STATION_NAME_MAX + 1))
            at = joined
    return sorted(start for start in starts if start >= 0)


# The last characters of the stations' words (所): a text has few of them, where the first (市 of 市场监管所) is common.
_STATION_ENDS = "".join(sorted({word[-1] for word in _TOWN_STATIONS}))


def _station_words(text: str) -> Iterator[int]:
    """Where each of _TOWN_STATIONS occurs in ``text``: found from the words' last characters, each found by str.find
    (memchr), then the words ending there."""
    for last in _STATION_ENDS:
        end = text.find(last) + 1
        while end:
            for station in _TOWN_STATIONS:
                if text.endswith(station, 0, end):
                    yield end - len(station)
            end = text.find(last, end) + 1


def _short_named_stations(text: str, groups: dict[str, list], scanners: _Scanners) -> None:
    """The stations of towns listed by their names before the station they share (籍山、许镇、工山司法所): each its own
    station, mentioned by the name (籍山司法所), the last by its name and the station's word (by its name alone before
    等: 横水、石门等司法所); where no rule read them but the last as a station named alone (工山司法所)."""
    read = [span for group in groups.values() for span in group[3]]
    for m in matches_from(_short_named_station_lists(), text, _station_list_starts(text)):
        if any(start < m.end() and m.start() < stop for start, stop in read if (start, stop) != (m.start("last"), m.end())):
            continue
        station = m.group("station")
        kind = _type_of(scanners.rules, station)
        position = m.start("listed")
        items = [*m.group("listed").split(LIST_SEPARATOR)[:-1], m.group("last")]
        for item in items:
            span = (position, position + len(item))
            position = span[1] + len(LIST_SEPARATOR)
            if item is items[-1] and m.start("station") == m.end("last"):  # not past 等: 石门等司法所 is 石门's
                span = (span[0], m.end())
            canonical = item + station
            if span not in (spans := groups.setdefault(canonical, [text[slice(*span)], canonical, kind, []])[3]):
                spans.append(span)


def _unread_openings(text: str) -> Iterator[regex.Match] | list[regex.Match]:
    """The matches of _unread_list_openings in ``text``, tried only at the characters a town word opens with that have a
    、 within reach after them."""
    pattern, town_chars, reach = _unread_list_openings()
    starts = None if town_chars is None else char_starts(text, town_chars)
    if starts is not None and reach is not None:
        starts = [at for at in starts if text.find(LIST_SEPARATOR, at, at + reach + 1) >= 0]
    return (pattern.finditer(text, None, None, False, NOT_CONCURRENT) if starts is None
            else matches_from(pattern, text, starts))


def _unread_town_lists(
    text: str, shadow: str, groups: dict[str, list], tails: dict[str, str], code: str | None, scanners: _Scanners
) -> None:
    """The bodies listed after an item that opens with a town's level word but is no body the rules know share that word
    (镇社会事务办、司法所: 镇司法所), as after one that is (_shared_level); what a list read so far holds is left alone."""
    read_spans = None  # made at the first opening, before a body of a list is added
    for opening in _unread_openings(text):
        if read_spans is None:
            read_spans = {span for group in groups.values() for span in group[3]}
        word = _TOWN_OPENING.match(opening.group())
        end = text.index(LIST_SEPARATOR, opening.end())
        if word is None or any(start <= opening.start() < stop for start, stop in read_spans):
            continue
        _grouped_all(groups, tails, text, (item for item in _listed_after_level(word.group(), False, text, shadow, end,
                                                                               code, scanners)
                                           if item.span not in read_spans))


def _grouped_all(groups: dict[str, list], tails: dict[str, str], text: str, readings: Iterable[_Reading]) -> None:
    """Add each reading's mention to its group (_grouped): the bodies a list shares a word with."""
    for item in readings:
        _grouped(groups, tails, text, item.span, item.canonical, item.type, item.level_tail)


def _grouped(groups: dict[str, list], tails: dict[str, str], text: str, span: tuple[int, int], canonical: str | None,
             kind: str, level_tail: str | None) -> str:
    """Add a body's mention at ``span`` to its group, keyed by its canonical name, else its level tail (市中院 =
    市中级人民法院), else its words, and keep its level tail: the key."""
    key = canonical or level_tail or text[span[0]:span[1]]
    if kind == PARTY_COMMITTEE and _RULE_OF_LAW_IN_FULL in key:  # 区委依法治区委 = 区委全面依法治区委员会
        key = key.replace(_RULE_OF_LAW_IN_FULL, _RULE_OF_LAW)
    if (group := groups.get(key)) is None:
        groups[key] = group = [text[span[0]:span[1]], canonical, kind, []]
    group[3].append(span)
    if level_tail:
        tails[key] = level_tail
    return key


def _listed_towns(text: str, groups: dict[str, list], bare_towns: dict[int, tuple[str | None, tuple[int, int]]],
                  start: int, town: str, canonical: str, kind: str, towns: set[str], office: bool = False) -> None:
    """The towns listed with 、 right before a body named after its town (横水镇、柳林镇综治中心) are each that town's body
    (横水镇综治中心), mentioned by the town, not the town's government: a listed town's span leaves its group for the
    body's of that town, as _listed_places gives full place names theirs; so after a word that makes the first town a
    place (在横水镇、柳林镇综治中心开展: the list is the centres'). ``bare_towns``: the bare towns read so far, their
    groups (None for a place) and spans by where they end; ``town`` and ``canonical``: the body's after the last town,
    at ``start``; a street's ``office`` (青山街道、白沙街道办事处: 青山街道办事处) is only the streets' listed before it."""
    while text.startswith(LIST_SEPARATOR, start - 1) and (not office or text.endswith(_STREET, 0, start - 1)) \
            and (listed := bare_towns.pop(start - 1, None)) is not None:
        key, span = listed
        if key is not None:
            spans = groups[key][3]
            spans.remove(span)
            if not spans:
                del groups[key]
        listed_town = text[slice(*span)]
        shared = canonical.replace(town, listed_town, 1)
        groups.setdefault(shared, [listed_town, shared, kind, []])[3].append(span)
        towns.add(listed_town)
        start = span[0]


def _a_place(text: str, start: int, end: int, scanners: _Scanners) -> bool:
    """The bare town ``text[start:end]`` says where something was done (_PLACE_WORDS, _VILLAGE, _COMMUNITY), naming no
    body."""
    return bool(
        scanners.place_before_town.search(text, max(0, start - _PLACE_BEFORE_TOWN_REACH), start)
        or scanners.village_after.match(text, end)
        and not scanners.verb_before.match(text, max(0, start - _VERB_REACH), start)
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands alone in quotes (“三下乡”活动, "五下乡", “理润龙乡”宣讲队): a campaign's or a brand's name,
    as the structure conventions skip them, no town."""
    return start > 0 and (close := _QUOTES.get(text[start - 1])) is not None and text.startswith(close, end)


def _town_committee(town: str) -> str:
    """The full name of the party committee of ``town`` (as written, places before it, the party's name or not)."""
    for party in (regions.PARTY_IN_FULL, regions.PARTY):
        town = town.removeprefix(party)
    return regions.PARTY + town + _COMMITTEE_WORD


def _collective(
    m: regex.Match, text: str, places: _Places, code: str | None, scanner: _Scanner, town: int, body: str
) -> bool:
    """The head is only the short name of a province or a city: 湖南法院 are all the courts of Hunan; or a city's full
    name before 法院 (_CITY_COURTS): 合肥市法院 are all the courts of Hefei, whose own court is its 中级人民法院."""
    spans = m.spans(scanner.heads.place)
    if len(spans) != 1 or town >= 0 or m.start() != spans[0][0]:
        return False
    if places[spans[0]]:
        return body == _CITY_COURTS and getattr(_unit_for_places((places[spans[0]],), code), "level", None) == CITY
    levels = _short_levels(code, regions.common_word_shorts()).get(text[slice(*spans[0])], frozenset())
    return bool(levels) and COUNTY not in levels


def _merge_level_words(groups: dict[str, list], tails: dict[str, str], levels: str, divisions: tuple[str, ...],
                       street_named: bool = False) -> None:
    """A bare level word the region cannot resolve (区司法局, 区法院 = 区人民法院) is the one full name of
    its kind the report also writes (江宁区司法局), when there is exactly one; else it stays apart. A bare
    党工委 is the one the report writes with its street or level word (街道党工委), which may have no canonical name;
    a zone's (某某高新区党工委) only in a report naming no street (`street_named`), whose own 党工委 it is otherwise.
    A party group named from inside its body (局党组) is the one the report writes after the body's name, as written
    (司法局党组) or of the report's own division, the first of ``divisions`` (its units, lowest first: 区司法局党组 in
    宝山区's report, not 市司法局党组); one named by its level and 局 (市局党组) is the one of a bureau of the report's
    unit at that level (重庆市市场监督管理局党组 in 重庆市's report). A party group by its word alone (党组书记) is the one
    the report names (局党组, 县司法局党组), else its own, and none where the report names several."""
    division = divisions[0] if divisions else None
    # the longest first: 街道党工委 joins 礼乐街道党工委 before a bare 党工委 looks for the one it is
    for key, tail in sorted(tails.items(), key=lambda item: -len(item[1])):
        _, _, kind, spans = groups[key]
        inside = tail.endswith(_PARTY_GROUP) and tail[0] not in levels  # 局党组, not 区司法局党组
        if tail[0] in levels and tail.endswith(_BUREAU_PARENT + _PARTY_GROUP, 1):  # 市局党组
            unit = next((d for d in divisions if d.endswith(tail[0])), None)
            fits = [g for k, g in groups.items() if k != key and g[2] == kind and unit and g[1]
                    and g[1].startswith(unit) and g[1].endswith(tail[1:])]
        else:
            # 街道党工委 has no canonical name: a street's committee is matched as written, and so are 司法局党组, 县公证处 and a
            # department by its words alone (司法局, 自然资源局: 县自然资源局 where the region does not say which county's),
            # by its level word and words in full (县市场监管局: 县市场监督管理局)
            as_written = tail == _WORKING_COMMITTEE or inside or kind in _SERVICE_TYPES or kind in _DEPARTMENT_TYPES
            # a committee for the rule of law fits only one, and no other committee one (镇党委 is no 白沙镇党委全面依法治镇委员会)
            ends = _STREET_LEVEL_COMMITTEE if tail == _WORKING_COMMITTEE and street_named else tail
            # a department's words as written too, which a place no division is pinned to keeps (宝山区市场监管局); not
            # where its tail holds them after the level word of its place's call (我县公安局: 县公安局, no 市公安局)
            written = groups[key][0]
            said = (ends, written) if kind in _DEPARTMENT_TYPES and (tail == written or not tail.endswith(written)) else ends
            fits = [g for k, g in groups.items()
                    if k != key and g[2] == kind
                    and (name := g[1] or (tails.get(k) or g[0] if as_written else "")).endswith(said)
                    and (_RULE_OF_LAW in name) == (_RULE_OF_LAW in tail)
                    and not (inside and g[1] and division and division not in g[1])]
        if len(fits) > 1 and division:  # 依法治市办 beside the report's city's and its prefecture's: the report's own
            fits = [g for g in fits if g[1] and division in g[1]] or fits
        if len(fits) == 1:
            fits[0][3] += spans
            del groups[key]
        elif fits and (tail in (_PARTY_GROUP, _BUREAU_ALONE) or kind in _SERVICE_TYPES):  # 党组, 公证处 alone where it names
            del groups[key]  # several: which one, it does not say


_TOWN_GOVERNMENT = compile_re_cached(f"(?:{_TOWN_OFFICE})$")
# A town's party committee by its canonical name (_town_committee, a street's: 金龙街道党工委): the town, places before it
_TOWN_COMMITTEE_NAME = compile_re_cached(f"{regions.PARTY}(.+?){_COMMITTEE_WORD}|(.+?{_STREET}){_WORKING_COMMITTEE}")


def _town_centres(groups: dict[str, list], tails: dict[str, str], towns: set[str], text: str,
                  scanners: _Scanners) -> None:
    """A town's centre or station named by its level word alone (镇综治中心, 镇司法所) that joined none written in full
    (_merge_level_words) is the one of the one town of that level the report names (收成镇's report: 收成镇综治中心),
    and a justice station named by itself (司法所) the one town's of any level; where it names several, the towns'
    centres in general, no body. Where it names none, so too, but in a text calling its own place by that level (全镇,
    我乡, 本街道: _calls_itself_town): there it is the text's own town's, one body, as written, no canonical name (as a
    county's 县司法局 where the region is not known), where the text writes its level word where a town's name may
    open (由镇司法所牵头; not the end of a town's name left unread, 万古镇人民政府, nor a body only sharing the level of
    a list's first item, 乡党委、政府) or in such a call (我镇司法所在县司法局的指导下, 本乡派出所: _own_call_before).
    ``towns``: _own_towns."""
    for key, tail in tails.items():
        if key not in groups or groups[key][2] not in _TOWN_CENTRE_TYPES:
            continue
        if tail == STATION:
            word_end, own = 0, list(towns)
        elif word := _TOWN_OPENING.match(tail):
            word_end, own = word.end(), [town for town in towns if town.endswith(word.group())]
            if not own and _calls_itself_town(text, word.group()) \
                    and any(text.startswith(word.group(), start)
                            and (scanners.town_opens.match(text, start) or _own_call_before(text, start, word.group()))
                            for start, _ in groups[key][3]):
                continue
        else:
            continue
        if len(own) == 1:
            groups[key][1] = own[0] + tail[word_end:]
        else:
            del groups[key]


def _calls_itself_town(text: str, level: str) -> bool:
    """Whether ``text`` calls its own place by the town's level ``level`` (全镇, 我乡, 本街道: the lexicon's
    own_place_prefixes, as regions reads its calls), not 乡 opening 乡镇 or 乡村 (全乡镇, the towns in general)."""
    return _town_calls(tuple(get_catalog().lexicon.own_place_prefixes), level).search(text) is not None


# 全 before a town's level word and a centre's or a station's words may call all the town's villages' (全镇综治中心实现
# 全覆盖): no call of one body.
_WHOLE = "全"


def _own_call_before(text: str, start: int, level: str) -> bool:
    """Whether the town's level word ``level`` at ``start`` is the text's call of its own town (我镇, 本乡, 该街道: a call
    of _calls_itself_town but 全)."""
    prefixes = tuple(prefix for prefix in get_catalog().lexicon.own_place_prefixes if prefix != _WHOLE)
    return start > 0 and _town_calls(prefixes, level).match(text, start - 1) is not None


@functools.cache  # of the lexicon's prefixes and a level
def _town_calls(prefixes: tuple[str, ...], level: str) -> re.Pattern[str]:
    """The calls of _calls_itself_town at one level."""
    return compile_re_cached(f"[{''.join(prefixes)}]{level}(?![镇村])")


def _town_committees(groups: dict[str, list], tails: dict[str, str], towns: set[str]) -> None:
    """A town's party committee named by its level word alone (镇党委, 街道党工委) that joined none written in full
    (_merge_level_words) is the committee of the one town of that level the report names (龙溪镇's report: 中共龙溪镇委员会,
    礼乐街道's: 礼乐街道党工委), and so is a street's named by itself (党工委, 街道工委: 礼乐街道党工委); where it names none
    or several it keeps no canonical name. So is a town's rule-of-law committee or office named alone (依法治镇委员会,
    全面依法治街委员会办公室): the one town's of its level, after that town's committee (龙溪镇党委依法治镇委员会)."""
    for key, tail in tails.items():
        if (law := _TOWN_RULE_OF_LAW_LEVEL.match(tail)) and key in groups and not groups[key][1]:
            level = _STREET if law[1] == _STREET[0] else law[1]  # 依法治街: a street's
            own = [town for town in towns if town.endswith(level)]
            if len(own) == 1:
                groups[key][1] = own[0] + (_WORKING_COMMITTEE if level == _STREET else _TOWN_COMMITTEE) + tail
            continue
        if tail == _WORKING_COMMITTEE:  # 党工委, 街道工委 (_STREET_COMMITTEES): as 街道党工委
            tail = _STREET_LEVEL_COMMITTEE
        if key not in groups or groups[key][1] or groups[key][2] != PARTY_COMMITTEE or not (word := _TOWN_OPENING.match(tail)):
            continue
        if tail != _STREET_LEVEL_COMMITTEE and tail != word.group() + _COMMITTEE_WORD:
            continue
        own = [town for town in towns if town.endswith(word.group())]
        if len(own) == 1:
            groups[key][1] = own[0] + _WORKING_COMMITTEE if tail == _STREET_LEVEL_COMMITTEE else _town_committee(own[0])


def _merge_towns(groups: dict[str, list], towns: set[str], levels: str) -> None:
    """A town named alone and its government are one body, however many places come before either
    (树人镇, 丰都县树人镇, 丰都县树人镇人民政府; 金龙街道, 金龙街道办事处, and a street office after its district's
    government, 鲤城区人民政府金龙街道办事处): all join the one with the longest name; and so do the town's party
    committees, named with places or without (中共丰都县树人镇委员会, 树人镇党委: 中共树人镇委员会).
    ``towns`` are the towns the report names (_own_towns); ``levels`` the level words' characters."""
    for own in towns:
        members: dict[str, list[str]] = {TOWN_TYPE: [], PARTY_COMMITTEE: []}
        for key, group in groups.items():
            if group[2] == TOWN_TYPE:
                name = _TOWN_GOVERNMENT.sub("", group[1] or group[0])
            elif group[2] == PARTY_COMMITTEE and group[1] and (committee := _TOWN_COMMITTEE_NAME.fullmatch(group[1])):
                name = committee[1] or committee[2]
            else:
                continue
            before = name[: -len(own)]
            if name.endswith(own) and (not before or before[-1] in levels or _TOWN_GOVERNMENT.search(before)):
                members[group[2]].append(key)
        for keys in members.values():
            if len(keys) > 1:
                into = groups[max(keys, key=lambda key: len(groups[key][1] or groups[key][0]))]
                for key in keys:
                    if groups[key] is not into:
                        into[3] += groups.pop(key)[3]


def _own_towns(towns: set[str]) -> set[str]:
    """The towns named before a body of theirs or alone (树人镇司法所, 树人镇人民政府, 树人镇), each by its own name."""
    return {_TOWN_GOVERNMENT.sub("", town) for town in towns}


def _modified_towns(text: str, groups: dict[str, list], towns: set[str], scanners: _Scanners) -> None:
    """A town whose name opens with a modifier (小营街道), read only before its own body (小营街道办事处), is named by
    itself too where the text names that body: its bare mentions where a town may stand (after a boundary, a
    place or another body) and be a body (not a place: 在小营街道; the town word's own context: 小营街道某社区)
    are the town's. Found by the literal name, so a town whose body the text does not name gives nothing."""
    taken = [span for group in groups.values() for span in group[3]]
    suffix = scanners.rules.town_suffix
    for town in towns:
        if not scanners.modified_town.fullmatch(town):
            continue
        word = _TOWN_LEVEL.search(town).start()  # type: ignore[union-attr]  # a town ends with its level word
        spans = []
        at = text.find(town)
        while at >= 0:
            end = at + len(town)
            if (not any(start < end and at < stop for start, stop in taken) and scanners.town_opens.match(text, at)
                    and suffix.match(text, at + word) and not _a_place(text, at, end, scanners)):
                spans.append((at, end))
            at = text.find(town, end)
        if spans:
            groups.setdefault(town, [town, town, TOWN_TYPE, []])[3].extend(spans)


def _offices_named_again(text: str, groups: dict[str, list], scanners: _Scanners) -> None:
    """A court's tribunal or a procuratorate's office named by its town (县人民法院坝头法庭, 该县坝头法庭: 坝头法庭) is
    that body where the text writes that name again alone, after no character of a longer name (施工中的坝头法庭, not
    新坝头法庭); found by the literal name."""
    taken = None
    for _, canonical, kind, spans in groups.values():
        if kind not in JUDICIAL_TYPES or not canonical or not canonical.endswith(_OFFICE_WORDS):
            continue
        if taken is None:
            taken = [span for group in groups.values() for span in group[3]]
        at = text.find(canonical)
        while at >= 0:
            end = at + len(canonical)
            if not any(start < end and at < stop for start, stop in taken) and scanners.name_opens.match(text, at):
                spans.append((at, end))
            at = text.find(canonical, end)


def _town_stations(text: str, groups: dict[str, list], towns: set[str], scanners: _Scanners) -> None:
    """A station named by a town the text names, without its level word (柳林司法所 beside 柳林镇), is that
    town's: it joins the station written in full (凤翔区柳林镇司法所) when the text writes one, else it is
    柳林镇司法所; so is one named by an ethnic town's name without its groups either (十里望司法所 beside
    十里望回族镇: 十里望回族镇司法所). The town may be named as a body or as a place (在柳林镇调研); found by the
    literal name, so a town the text does not name gives nothing."""
    taken = [span for group in groups.values() for span in group[3]]
    for town in towns:
        stem = _TOWN_LEVEL.sub("", town)
        short = scanners.ethnic_end.sub("", stem)
        for (word, kind), name in itertools.product(scanners.stations, (stem, short) if short and short != stem else (stem,)):
            written, full = name + word, town + word
            if (at := text.find(written)) < 0:
                continue
            # read alone by a quarter of the county seat (城关派出所), it is still the town's where the text names it
            alone = groups.pop(written, None)
            spans = alone[3] if alone else []
            while at >= 0:
                end = at + len(written)
                if not any(start < end and at < stop for start, stop in taken):
                    spans.append((at, end))
                at = text.find(written, end)
            spans.sort()
            if not spans:
                continue
            fits = [g for g in groups.values() if g[2] == kind and (g[1] or g[0]).endswith(full)]
            if len(fits) == 1:
                fits[0][3] += spans
            else:
                groups.setdefault(full, [written, full, kind, []])[3].extend(spans)


def _area_towns(text: str, scanners: _Scanners, known: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the whole area's word (全县, 全区: catalog area_word) right before one of the area's towns: a town
    of ``known``, the towns the report names elsewhere, or its station by the town's name alone (全县龙山镇司法所,
    全县白沙司法所 beside 白沙镇), or a town's or a station's name of a shape no phrase has (全县城关镇, 全县城南司法所,
    全旗巴彦乌拉苏木司法所: _Scanners.area_town). Never a word a verb or a count opens (全县共设镇司法所, 全区下设街道办事处):
    no town of the report, nor of such a shape."""
    return [m.span() for m in scanners.area_word.finditer(text)
            if scanners.area_town.match(text, m.end()) or known and text.startswith(known, m.end())]


def _known_towns(towns: set[str]) -> tuple[str, ...]:
    """``towns`` (each a town's name with its level word: 白沙镇), and each of their stations by the town's name alone
    (白沙司法所): what the report names a town by, looked for after the area's word (_area_towns)."""
    known = []
    for town in towns:
        if (level := _TOWN_LEVEL.search(town)) and level.start() >= _TOWN_NAME_WIDTHS[0]:
            known.append(town)
            known += (town[: level.start()] + word for word in _TOWN_STATIONS)
    return tuple(known)


def find_institutions(text: str, region: regions.RegionResult | None) -> list[FoundInstitution]:
    """Every institution named in ``text`` (a normalized text), in order of first mention.

    Romanisations inside a name (市委全面依法治市委員會辦(bàn)公室) are read past, as the
    normalizer drops them: names are found in the text without them, and their spans then cover them.
    """
    written, offsets = strip_annotations(text)
    if offsets is IDENTITY:
        return _find(text, region)
    return [
        FoundInstitution(text[slice(*offsets.span(*f.mentions[0]))], f.canonical, f.type,
                         tuple(offsets.span(*mention) for mention in f.mentions))
        for f in _find(written, region)
    ]


def _matches(scanners: _Scanners, shadow: str) -> list[tuple[regex.Match, _Scanner]]:
    """The scanner's matches in ``shadow``, right to left, as a reverse search finds them: at each end
    where a name can end, and none ending inside the name found last.

    The pattern is tried only there: a reverse search would try it at every character, and test each
    for the few dozen characters a name ends with far more slowly than ``re`` finds them. A match
    anchored at ``end`` reads the AFTER_NAME characters after it (padding past the text's end, which
    no lookahead matches), since a match bounded at ``end`` would take the text to end there.
    """
    padded = shadow + " " * AFTER_NAME
    by_last_character = scanners.by_last_character
    found: list[tuple[regex.Match, _Scanner]] = []
    bound = len(shadow)
    for end in reversed(list(map(re.Match.end, scanners.name_ends.finditer(shadow)))):  # ends read in C
        if end <= bound:
            last = shadow[end - 1]
            scanner = by_last_character.get(last) or _scanner_for(scanners, last)
            if m := scanner.pattern.match(padded, 0, end + AFTER_NAME, NOT_CONCURRENT):
                found.append((m, scanner))
                bound = m.start()
    return found


# A body's other nameplate, in brackets right after its name, a body of its type (区委党校(行政学院), 县市场监管局(知识产权局)):
# the same body; after a word of a body of its type naming no one body (各级党校(行政学院)), the bodies in general, none.
# After a body of another type it is a body of its own (县司法局(县行政复议局)).
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKETS = ")）"
_NAMEPLATE_REACH = 12  # characters before the bracket read for a body's word: more than any suffix


@from_catalog
def _kinds_ending(catalog: Catalog) -> dict[str, regex.Pattern]:
    """By type, what a name of a body of that type ends with (the suffixes of its [[institutions.body]] entries)."""
    suffixes: dict[str, list[str]] = {}
    for body in catalog.institutions.bodies:
        suffixes.setdefault(body.type, []).append(body.suffix.pattern)
    return {kind: compile_cached(f"(?:{'|'.join(words)})$") for kind, words in suffixes.items()}


def _kind_ending(text: str, end: int) -> str | None:
    """The type of the body whose word ``text`` ends with at ``end`` (the longest: 司法局 is a justice bureau's, though a
    government's ends in 局), or None."""
    longest, kind = 0, None
    for type_, words in _kinds_ending().items():
        if (m := words.search(text, max(0, end - _NAMEPLATE_REACH), end, NOT_CONCURRENT)) and end - m.start() > longest:
            longest, kind = end - m.start(), type_
    return kind


def _find(text: str, region: regions.RegionResult | None, known: tuple[str, ...] = (),
          areas: list[tuple[int, int]] | None = None) -> list[FoundInstitution]:
    """What find_institutions finds in ``text``; a town after the area's word is read where it is one of ``known`` or
    of a strict shape (_area_towns, or ``areas`` where they were found): a text naming one of the towns it reads after
    that word is read again."""
    scanners = _scanners()
    code = _code(region)
    groups: dict[str, list] = {}  # key → [name, canonical, type, spans]
    tails: dict[str, str] = {}  # key → level tail, for the groups of unresolved level words
    towns: set[str] = set()  # the towns the groups of towns and of bodies after one are named by
    place_towns: set[str] = set()  # the towns named as places only (在河口镇调研)
    places = _places(text, region)
    place_ends = None  # the full place names by where they end, for the places listed before a name (_listed_places)
    # a bare town's group (None for a place) and span by where it ends
    bare_towns: dict[int, tuple[str | None, tuple[int, int]]] = {}
    shadow = _shadow(text, places)
    if areas is None:
        areas = _area_towns(text, scanners, known)
    if areas:
        shadow = blanked(shadow, areas)  # a town after them opens at a boundary
    listed_until = -1  # the end of the last list of bodies sharing a level word (_shared_level), read with it
    last_key, last_end = "", -1  # the group and the end of the name read last
    for m, scanner in reversed(_matches(scanners, shadow)):
        read = _read(m, text, places, code, scanner, scanners)
        if read is None or read.span[0] < listed_until:
            continue
        span, kind, canonical, level_tail, town = read  # unpacked at once: cheaper than a field at a time
        start, end = span
        if not kind:
            place_towns.add(town)  # type: ignore[arg-type]  # a place reading always names its town
            bare_towns[end] = None, span  # a town listed before a body of its own after 在 (_listed_towns)
            continue
        if (start and text[start - 1] in _OPENING_BRACKETS and end < len(text) and text[end] in _CLOSING_BRACKETS
                and _kind_ending(text, start - 1) == kind):
            if last_end != start - 1:
                continue  # 各级党校(行政学院): the other nameplate of bodies in general, no body
            if groups[last_key][2] == kind:
                groups[last_key][3].append(span)  # 区委党校(行政学院): the body's other nameplate, one body
                continue
        if (not canonical and text.startswith(LIST_SEPARATOR, start - 1)
                and (sharing_word := _listed_before_word(text, shadow, start, end, code, scanners))):
            canonical, level_tail = sharing_word[0].canonical, sharing_word[0].level_tail  # 人社局 of 县公安、民政、人社局
            _grouped_all(groups, tails, text, sharing_word[1:])
        elif (kind == PARTY_COMMITTEE  # an item's 、 close after the name looked for first: most have none
              and text.find(LIST_SEPARATOR, end + _SHARED_WORD_ITEM[0], end + _SHARED_WORD_ITEM[1] + 1) >= 0
              and text.endswith(_COMMITTEE_OF_ORGAN, start, end)
              and (departments := _departments_listed(text, shadow, text[start:end], end, code, scanners))):
            first = departments[-1]  # 县委宣传 of 县委宣传、组织、统战部, in place of the committee
            span, canonical, level_tail = first.span, first.canonical, first.level_tail
            _grouped_all(groups, tails, text, departments[:-1])
            listed_until = departments[0].span[1]
        key = last_key = _grouped(groups, tails, text, span, canonical, kind, level_tail)
        last_end = end
        if _LIST_JOINS.match(text, end) and (sharing := _zone_office_listed(m, text, shadow, end, code, places, scanners)
                                             or _shared_level(m, text, shadow, end, places, code, scanner, scanners)):
            _grouped_all(groups, tails, text, sharing)
            listed_until = sharing[-1].span[1]
        if town:  # a town's body may share its town with those listed after it (白沙镇综治中心、司法所)
            towns.add(town)
            office = town.endswith(_STREET_OFFICE)  # a street's office written, a body: no bare town
            if canonical == town and not office:  # a bare town: its government, unless a body of a town listed after it follows
                bare_towns[end] = key, span
            elif canonical and start - 1 in bare_towns and text.startswith(town, start):  # each listed street's office too
                _listed_towns(text, groups, bare_towns, start, town.removesuffix(_OFFICE) if office else town, canonical,
                              kind, towns, office)
        elif canonical and text.startswith(LIST_SEPARATOR, start - 1):
            if place_ends is None:
                place_ends = {span[1]: (span[0], units) for span, units in places.items() if units}
            for listed, shared in _listed_places(m, text, place_ends, code, scanner, scanners, kind):
                groups.setdefault(shared, [text[slice(*listed)], shared, kind, []])[3].append(listed)
    if (towns or place_towns) and not known and (known := _known_towns(_own_towns(towns) | place_towns)) and (
            len(known_areas := _area_towns(text, scanners, known)) > len(areas)):
        return _find(text, region, known, known_areas)  # a town read after the area's word: all its readings there anew
    _unread_town_lists(text, shadow, groups, tails, code, scanners)
    _short_named_stations(text, groups, scanners)
    _places_listed_before_etc(text, groups, places, code, scanners)
    _offices_named_again(text, groups, scanners)
    divisions = tuple(unit for unit in (region.county, region.city, region.province) if unit) if region else ()
    own = _own_towns(towns) if towns else set()
    _merge_level_words(groups, tails, scanners.level_words, divisions, any(town.endswith(_STREET) for town in own))
    if tails:
        _town_centres(groups, tails, own, text, scanners)
        _town_committees(groups, tails, own)
    if towns:
        _modified_towns(text, groups, own, scanners)
        _town_stations(text, groups, own | place_towns, scanners)
        _merge_towns(groups, own, scanners.level_words)
    elif place_towns:
        _town_stations(text, groups, place_towns, scanners)
    # groups that came to one canonical name by different ways (a station named in a list and alone: 司法所) are one body
    by_canonical: dict[tuple[str, str], list] = {}
    for _, canonical, kind, spans in groups.values():
        if canonical is None or (one := by_canonical.setdefault((canonical, kind), spans)) is spans:
            continue
        one += spans
        spans.clear()
    found = []
    for _, canonical, kind, spans in groups.values():
        if spans:
            mentions = tuple(sorted(spans))
            found.append(_new_found((text[slice(*mentions[0])], canonical, kind, mentions)))
    return sorted(found, key=lambda f: f.mentions[0])
