"""An autonomous county, prefecture or banner called by its short name with its kind kept and its peoples dropped
(秀山自治县 for 秀山土家族苗族自治县, 湘西自治州) is that unit, as the short name with its level's character alone is
(秀山县); an ordinary county's short name with 自治县 is no unit. Opening a yearly report as its subject, the
short form places it, as 保山市坚持… does; a place is no body, so it is no issuer.

Every sentence below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import regions

_PARTS = "一、工作开展情况\n全年审查规范性文件十二件。\n"


@pytest.mark.parametrize(("name", "full"), [("秀山自治县", "秀山土家族苗族自治县"), ("湘西自治州", "湘西土家族苗族自治州"),
                                            ("秀山县", "秀山土家族苗族自治县")])
def test_the_short_form_is_the_unit(name, full):
    assert [unit.name for unit in regions.divisions_named(name)] == [full]


def test_an_ordinary_countys_short_name_with_the_kind_is_none():
    assert regions.divisions_named("岳池自治县") == []


def test_the_short_form_opening_a_yearly_report_places_it():
    text = "2023年,在县委、县政府的坚强领导下,秀山自治县坚持以法治思想为指导,统筹推进法治政府建设。\n" + _PARTS
    assert read(text, "issuer") is None
    assert read(text, "region") == ("重庆市", "重庆市", "秀山土家族苗族自治县")
