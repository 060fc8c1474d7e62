"""A measure's title standing alone on the first line of its paragraph, where no comma or sentence end closes it."""

from __future__ import annotations

from lawreport import extract

OPENING = ("白川县2024年法治政府建设情况报告\n"
           "2024年，我县坚持以法治思维统筹推进各项工作，依法行政能力持续提升，现将有关情况报告如下。\n"
           "一、主要工作\n"
           "（一）强化组织领导。全年召开法治建设专题会议4次。\n"
           "二、下一步工作打算\n")


def _titles(body: str) -> list[str]:
    return [i.title for i in extract(OPENING + body).initiatives]


def test_a_short_title_line_is_the_measure_title():
    assert _titles("深化法治宣传\n持续开展“八五”普法，推动普法活动进社区、进企业。\n") == ["强化组织领导", "深化法治宣传"]


def test_a_first_clause_wrapped_at_the_margin_runs_on():
    """A line longer than a title alone is text wrapped at the margin: the clause runs on into the next line."""
    assert _titles("深化法治宣传教育并持续开展八五普法活动推动普法\n进社区进企业，提升群众法治意识。\n") == [
        "强化组织领导", "深化法治宣传教育并持续开展八五普法活动推动普法进社区进企业"]
