"""A party committee and its government as an untitled report's joint authors, as its opening names them: the pair is
the committee with the government of its own level (州委 with 州政府, 县委 with 县政府, 党委 with 政府 bare), never
with another level's (州委与省政府, 县委与市政府: two bodies, one above); and joined by 与 or 及 it is the authors only
as the subject of a verb of leading (坚持, 高度重视, 认真贯彻…), not of two bodies meeting or signing (召开联席会议,
签订协议), where a 、, a blank or a 和 joins it whatever follows.

Every text below is written for these tests; the places are real, the doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "\n一、主要做法\n全年办理法律援助案件640件。\n二、存在的问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2024年,恩施州委、州政府坚持以习近平法治思想为指导,纵深推进法治政府建设。", "恩施土家族苗族自治州人民政府"),
    ("2024年,湘西州委与州政府高度重视法治政府建设,全面推进依法行政。", "湘西土家族苗族自治州人民政府"),
    ("2024年,湘西州委及州政府认真贯彻中央决策部署,扎实推进法治政府建设。", "湘西土家族苗族自治州人民政府"),
    ("2024年,祁东县委与县政府坚持依法行政,推进法治政府建设。", "祁东县人民政府"),
    ("2024年,祁东县委和县政府召开常务会议3次,研究法治政府建设。", "祁东县人民政府"),  # 和: joined whatever follows
])
def test_a_committee_and_its_own_levels_government_leading_give_the_government(opening, issuer):
    assert read(opening + _PARTS, "issuer") == issuer


@pytest.mark.parametrize(("opening", "government"), [
    # another level's government: no pair, whatever joins them
    ("2024年,恩施州委与省政府签订合作协议,共建法治示范区。", "湖北省人民政府"),
    ("2024年,恩施州委、省政府签订合作协议,共建法治示范区。", "湖北省人民政府"),
    ("2024年,祁东县委与市政府签订协议,共同推进法治建设。", "衡阳市人民政府"),
    # its own level's, joined by 与 or 及 before a meeting: two bodies, no joint authors
    ("2024年,祁东县委与县政府召开联席会议,研究法治政府建设工作。", "祁东县人民政府"),
    ("2024年,湘西州委与州政府召开联席会议,部署法治政府建设。", "湘西土家族苗族自治州人民政府"),
    ("2024年,湘西州委及州政府分别召开会议,部署法治政府建设。", "湘西土家族苗族自治州人民政府"),
])
def test_a_committee_beside_a_government_of_another_level_or_meeting_it_gives_no_government(opening, government):
    assert read(opening + _PARTS, "issuer") != government


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2024年,白沙镇党委与镇政府高度重视法治政府建设,扎实推进依法行政。", "白沙镇人民政府"),
    ("2024年,白沙镇党委、镇政府坚持依法行政,扎实推进法治政府建设。", "白沙镇人民政府"),
])
def test_a_towns_committee_and_government_leading_give_the_towns_government(opening, issuer):
    assert read(opening + _PARTS, "issuer") == issuer


def test_a_towns_committee_meeting_its_government_gives_no_town():
    assert read("2024年,白沙镇党委与镇政府召开联席会议,研究法治政府建设工作。" + _PARTS, "issuer") != "白沙镇人民政府"


@pytest.mark.parametrize(("opening", "government"), [
    # another level's government named in full: two bodies, a prefecture's committee and its province's government
    ("2024年,恩施州委、湖北省人民政府签订对口协作协议,全州持续推进依法行政。", "湖北省人民政府"),
    ("2024年,湘西州委、湖南省人民政府召开联席会议,全州推进法治政府建设。", "湖南省人民政府"),
    ("2023年,中共衡阳市委、湖南省人民政府联合印发实施方案,全市深化依法行政。", "湖南省人民政府"),
    ("2024年,祁东县委 衡阳市人民政府共同推动法治乡村建设,全县矛盾纠纷化解率明显提高。", "衡阳市人民政府"),
])
def test_a_committee_beside_another_levels_government_in_full_gives_no_issuer(opening, government):
    assert read(opening + _PARTS, "issuer") is None


@pytest.mark.parametrize(("opening", "issuer"), [
    # its own level's government in full, however the committee calls its place
    ("2024年,恩施州委、恩施土家族苗族自治州人民政府高度重视法治政府建设。", "恩施土家族苗族自治州人民政府"),
    ("2024年,云南省委、云南省人民政府坚持依法行政,全面推进法治政府建设。", "云南省人民政府"),
    ("2024年,中共祁东县委、祁东县人民政府认真贯彻中央决策部署,扎实推进依法行政。", "祁东县人民政府"),
])
def test_a_committee_beside_its_own_levels_government_in_full_gives_the_government(opening, issuer):
    assert read(opening + _PARTS, "issuer") == issuer
