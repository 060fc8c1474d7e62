"""A share is a part only of a whole of its own year; and a count whose label a kind of case opens (刑事法律援助案件,
调解婚姻家庭纠纷) after the whole of its key in its sentence is that kind's share.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_metric_families import read

import lawreport


def facts(text: str, **options):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, **options)[0])


# --- a share beside a whole of another year ----------------------------------------------------

@pytest.mark.parametrize("text, options, expected", [
    # the whole is of the year before: the share is the one figure of its year
    ("2022年全县化解矛盾纠纷3000件。今年依托“老兵调解”工作室化解纠纷95件。", {"published_year": 2023},
     [("mediation_cases", 95, 2023, False), ("mediation_cases", 3000, 2022, False)]),
    ("2022年全年办理法律援助案件1400件。2023年经镇公共法律服务中心办理法律援助案件210件。", {},
     [("legal_aid_cases", 210, 2023, False), ("legal_aid_cases", 1400, 2022, False)]),
    # a list dates its values after they are read: the whole of 2021 and 2022, no whole of 2023
    ("2021年、2022年全县分别化解矛盾纠纷3000件、3400件。依托“老兵调解”工作室化解纠纷95件。", {},
     [("mediation_cases", 95, 2023, False), ("mediation_cases", 3000, 2021, False),
      ("mediation_cases", 3400, 2022, False)]),
    # a share said before a whole of another year in its sentence
    ("2023年依托调解工作室化解纠纷860件,2022年全年共化解矛盾纠纷5000件。", {},
     [("mediation_cases", 860, 2023, False), ("mediation_cases", 5000, 2022, False)]),
])
def test_a_share_beside_a_whole_of_another_year_stays(text, options, expected):
    assert facts(text, **options) == expected


@pytest.mark.parametrize("text, options, expected", [
    # the same year, said or not: the whole is read, the share is its part
    ("2023年全县化解矛盾纠纷3000件。今年依托“老兵调解”工作室化解纠纷95件。", {"published_year": 2023},
     [("mediation_cases", 3000, 2023, False)]),
    ("全年化解矛盾纠纷3000件。依托“老兵调解”工作室化解纠纷95件。", {}, [("mediation_cases", 3000, 2023, False)]),
    # a list whose last value is of the share's year
    ("2022年、2023年全县分别化解矛盾纠纷3000件、3400件。依托“老兵调解”工作室化解纠纷95件。", {},
     [("mediation_cases", 3000, 2022, False), ("mediation_cases", 3400, 2023, False)]),
    ("依托调解工作室化解纠纷860件,全年共化解矛盾纠纷5000件。", {}, [("mediation_cases", 5000, 2023, False)]),
])
def test_a_share_beside_a_whole_of_its_year_is_its_part(text, options, expected):
    assert facts(text, **options) == expected


# --- a kind of case narrowing the key after its whole -------------------------------------------

KINDS = [
    ("刑事", "全年办理法律援助案件1200件,办理刑事法律援助案件520件。", [("legal_aid_cases", 1200, 2023, False)]),
    ("民事", "全年受理法律援助案件980件,受理民事法律援助案件610件。", [("legal_aid_cases", 980, 2023, False)]),
    ("行政(?=法律援助|法援)", "全年办理法律援助案件1200件,办理行政法律援助案件20件。",
     [("legal_aid_cases", 1200, 2023, False)]),
    ("婚姻家庭", "全年调解矛盾纠纷4200件,调解婚姻家庭纠纷860件。", [("mediation_cases", 4200, 2023, False)]),
    ("家事", "全年化解矛盾纠纷2600件,化解家事纠纷430件。", [("mediation_cases", 2600, 2023, False)]),
    ("邻里", "全年调处矛盾纠纷1900件,调处邻里纠纷520件。", [("mediation_cases", 1900, 2023, False)]),
    ("劳动争议", "全年调解矛盾纠纷3100件,调解劳动争议纠纷280件。", [("mediation_cases", 3100, 2023, False)]),
    ("劳资", "全年化解矛盾纠纷2400件,化解劳资纠纷170件。", [("mediation_cases", 2400, 2023, False)]),
    ("医疗", "全年调解矛盾纠纷3500件,调解医疗纠纷90件。", [("mediation_cases", 3500, 2023, False)]),
    ("医患", "全年化解矛盾纠纷2100件,化解医患纠纷65件。", [("mediation_cases", 2100, 2023, False)]),
    ("交通事故", "全年调处矛盾纠纷2800件,调处交通事故纠纷340件。", [("mediation_cases", 2800, 2023, False)]),
    ("物业", "全年调解矛盾纠纷1600件,调解物业纠纷210件。", [("mediation_cases", 1600, 2023, False)]),
    ("[医交物]调委", "全年调解矛盾纠纷1800件,物调委调解纠纷260件。", [("mediation_cases", 1800, 2023, False)]),
]


@pytest.mark.parametrize("kind, text, expected", KINDS)
def test_a_kinds_count_after_the_whole_is_its_share(kind, text, expected):
    assert facts(text) == expected


def test_every_kind_of_the_catalog_has_a_sentence_here():
    """Deleting a kind from the catalog fails its sentence above: each has one."""
    table = tomllib.loads((Path(lawreport.__file__).parent / "catalog.toml").read_text("utf-8"))["quantities"]
    assert set(table["share_kinds"]) == {kind for kind, *_ in KINDS}


@pytest.mark.parametrize("text, expected", [
    # kinds listed, the label still narrows the key: a part
    ("全年调解矛盾纠纷4200件,调解婚姻家庭、邻里纠纷1300件。", [("mediation_cases", 4200, 2023, False)]),
    # a kind said before its whole in the sentence
    ("办理刑事法律援助案件520件,全年共办理法律援助案件1200件。", [("legal_aid_cases", 1200, 2023, False)]),
])
def test_a_kinds_count_with_its_whole_is_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no whole stated: the kind's count is the only figure there is
    ("全年办理刑事法律援助案件520件。", [("legal_aid_cases", 520, 2023, False)]),
    # the whole of another year
    ("2022年办理法律援助案件1000件。2023年办理刑事法律援助案件520件。",
     [("legal_aid_cases", 520, 2023, False), ("legal_aid_cases", 1000, 2022, False)]),
    # said in a sentence of its own, it may be another body's or another whole's
    ("全年受理法律援助案件1100件。\n受理刑事法律援助案件460件。",
     [("legal_aid_cases", 460, 2023, False), ("legal_aid_cases", 1100, 2023, False)]),
    ("全年受理法律援助案件1100件。县看守所受理刑事法律援助案件75件。",
     [("legal_aid_cases", 75, 2023, False), ("legal_aid_cases", 1100, 2023, False)]),
    # 等 after the kinds names those of a whole, no kind's count
    ("全年调解矛盾纠纷4200件,调解婚姻家庭、邻里等各类纠纷3900件。",
     [("mediation_cases", 3900, 2023, False), ("mediation_cases", 4200, 2023, False)]),
    # 行政 opening 行政复议 names the key, no kind of it
    ("全年新收行政复议案件1880件,办理行政复议案件1700件。",
     [("reconsideration_received", 1700, 2023, False), ("reconsideration_received", 1880, 2023, False)]),
])
def test_a_count_no_kind_narrows_from_a_whole_stays(text, expected):
    assert facts(text) == expected
