"""A report flattened onto one line and cut off after its first part (a document-sharing page's preview): its one
part 一、 is a heading, as the (一) run on into its title, or right after it, shows, though no 二、 follows it."""

from __future__ import annotations

from lawreport.normalize import normalize
from lawreport.structure import Outline

# A sentence of prose that makes a flattened line as long as a real report's.
_MORE = "各社区按照分工抓好落实,按月报送工作台账,确保各项任务按期见效。" * 6
_OPENING = "某区2025年度法治政府建设情况报告 2025年,全区紧扣年度目标,统筹推进依法行政各项工作,取得了积极成效。"


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.numbering, h.title) for h in Outline(normalize(text)).headings]


def test_a_lone_first_part_whose_title_a_lower_first_runs_on_into_heads_it():
    text = (_OPENING + "一、坚持规划引领,健全法治建设推进机制(一)完善议事制度,提高决策质量。区政府常务会议全年专题学法十次。" + _MORE
            + "(二)压实工作责任,推动任务落地。将法治建设纳入年度绩效考核。" + _MORE + "(三)深化督察整改,补齐工作短板。" + _MORE)
    assert _outline(text) == [
        (1, "一、", "坚持规划引领,健全法治建设推进机制"), (2, "(一)", "完善议事制度,提高决策质量"),
        (2, "(二)", "压实工作责任,推动任务落地"), (2, "(三)", "深化督察整改,补齐工作短板")]


def test_a_lone_first_after_a_sentence_end_with_its_list_further_on_heads_nothing():
    # the (一) follows a sentence of the paragraph after the title of 一、: 一、 may open a list run into the paragraph
    text = (_OPENING + _MORE + "一、坚持规划引领,健全法治建设推进机制。全年召开专题会议四次,研究解决重点问题十余项,各项工作稳步推进。"
            + "(一)完善议事制度,提高决策质量。" + _MORE + "(二)压实工作责任,推动任务落地。" + _MORE)
    assert _outline(text) == [(1, "(一)", "完善议事制度,提高决策质量"), (1, "(二)", "压实工作责任,推动任务落地")]


def test_a_lone_first_and_the_lower_first_run_on_into_its_title_both_head():
    # a preview cut off inside its first sub-part: no 二、 and no (二) follow, the pair heads the text
    text = (_OPENING + "现将有关情况报告如下: 一、主要举措和成效 (一)加强组织领导,压实工作责任。区委常委会专题研究法治建设三次。"
            + _MORE * 3)
    assert _outline(text) == [(1, "一、", "主要举措和成效"), (2, "(一)", "加强组织领导,压实工作责任")]


def test_a_lone_lower_first_after_a_sentence_end_heads_nothing():
    text = _OPENING + _MORE + "全年工作稳步推进。(一)加强组织领导,压实工作责任。" + _MORE * 3
    assert _outline(text) == []


def test_a_lone_first_part_whose_first_sub_part_follows_its_titles_end_heads_it():
    text = (_OPENING + "一、坚持规划引领。(一)完善议事制度,提高决策质量。区政府常务会议全年专题学法十次。" + _MORE * 2
            + "(二)压实工作责任,推动任务落地。" + _MORE)
    assert _outline(text) == [
        (1, "一、", "坚持规划引领"), (2, "(一)", "完善议事制度,提高决策质量"), (2, "(二)", "压实工作责任,推动任务落地")]
