"""Institutions: a court's tribunal or a procuratorate's office named after 该县/该区/该市, the area the text speaks of
(该县河口法庭), is that office named by its town as after its court (河口法庭), never joined to the town the text names
elsewhere; its name written again alone is the same office; 该县 before a word no town is names no office."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, kind", [
    ("。该县河口法庭年内审结案件96件", "河口法庭", "court"),
    ("，该区城关人民法庭设立调解工作室", "城关人民法庭", "court"),
    ("。该市白塔镇人民法庭开展巡回审判", "白塔镇人民法庭", "court"),
    ("，该区柳林检察室受理控告申诉", "柳林检察室", "procuratorate"),
])
def test_an_office_after_the_area_is_named_by_its_town(sentence, name, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (name, kind)


def test_the_tribunal_is_not_the_towns_and_its_later_name_is_the_tribunal():
    found = bodies("。该县河口法庭投入使用，河口乡政府协调用地。图为建成后的河口法庭外景")
    assert set(found) == {"河口法庭", "河口乡政府"}
    assert found["河口法庭"].canonical == "河口法庭"
    assert len(found["河口法庭"].mentions) == 2


@pytest.mark.parametrize("sentence", [
    "。该县模拟法庭走进校园",
    "，该区巡回法庭深入村组",
    "。该县人民法庭实现乡镇全覆盖",
    "。河口法庭审结案件96件",
])
def test_no_office_without_its_town_or_its_court(sentence):
    assert bodies(sentence) == {}


def test_a_tribunal_named_again_inside_a_longer_name_is_not_it():
    found = bodies("。县人民法院河口法庭挂牌，新河口法庭选址")
    assert len(found["县人民法院河口法庭"].mentions) == 1
