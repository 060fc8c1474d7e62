"""Institutions: a court's newspaper or publishing house (人民法院报, 人民法院出版社) is no court; a court that publishes
something stays one (县人民法院出版白皮书)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", ["，人民法院出版社2021年版", "。载《人民法院报》2023年5月"])
def test_a_courts_publisher_is_no_court(sentence):
    assert bodies(sentence) == {}


def test_a_court_publishing_stays_a_court():
    assert set(bodies("。县人民法院出版行政审判白皮书", "420923")) == {"县人民法院"}
