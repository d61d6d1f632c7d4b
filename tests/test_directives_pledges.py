"""Directives of round 29's classes: a pledge told with "khẳng định … sẽ", a plan's goal sentence, a
reader's question, an agreement under the abbreviation "BCĐ", and a task carried on with "xử lý dứt điểm".

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of

from chidao.extract.directives import _PLAN_GOAL
from chidao.model import Directive


def _directives(text: str, date: str = "2013-04") -> list[Directive]:
    return directives_of(text, date)


def test_the_speaker_s_own_side_that_will_act_is_a_pledge_not_a_request() -> None:
    found = _directives(
        "Sáng 5/1, Công an tỉnh Lào Cai tổng kết công tác năm 2012. Đồng chí Hoàng Văn Nam, Phó Chủ tịch "
        "UBND tỉnh dự và chỉ đạo hội nghị.\n\n"
        "Đồng chí Hoàng Văn Nam yêu cầu Công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến "
        "biên giới.\n\n"
        "Đại tá Vũ Đức Long, Giám đốc Công an tỉnh tiếp thu và khẳng định sẽ quyết tâm "
        "hoàn thành nhiệm vụ.\n\n"
        "Chủ tịch UBND tỉnh Đỗ Văn Hải khẳng định, tỉnh sẽ tiếp tục hỗ trợ lực lượng Công an.\n")
    assert [d.verb for d in found] == ["yêu cầu"]


def test_a_plan_s_goal_sentence_is_no_directive_and_a_goal_ahead_still_is() -> None:
    found = _directives(
        "Kế hoạch được triển khai từ ngày 1/12/2025 đến hết ngày 28/2/2026. Mục tiêu là kéo giảm ít nhất 3% "
        "số vụ tai nạn giao thông so với cùng kỳ.\n")
    assert not [d for d in found if d.text.startswith("Mục tiêu")]
    # "Mục tiêu trong thời gian tới là tiếp tục …" sets the tasks ahead and is not read as a plan's goal
    assert _PLAN_GOAL.match("Mục tiêu trong thời gian tới là tiếp tục tăng cường phối hợp.") is None
    assert _PLAN_GOAL.match("Mục tiêu của đợt cao điểm là kéo giảm 5% số vụ.") is not None


def test_a_reader_s_question_to_the_paper_is_no_request() -> None:
    found = _directives(
        "Hỏi: Tôi đi xe máy sau khi uống bia. Đề nghị Báo cho biết tôi bị phạt bao nhiêu tiền?\n\n"
        "Trả lời: Theo quy định, người vi phạm bị phạt tiền.\n")
    assert not [d for d in found if d.verb == "đề nghị"]


def test_an_agreement_under_bcd_and_a_task_carried_on_to_settle_a_matter() -> None:
    found = _directives(
        "Ngày 3/4, BCĐ 138 tỉnh Nam Định tổ chức hội nghị giao ban công tác phòng, chống tội phạm "
        "quý I/2013. "
        "Đồng chí Trần Văn Bình, Phó Chủ tịch UBND tỉnh, Trưởng BCĐ chủ trì.\n\n"
        "Quý I, toàn tỉnh phát hiện 40 vụ tội phạm ma túy.\n\n"
        "Tại hội nghị, BCĐ 138 tỉnh thống nhất trích 500 triệu đồng từ kinh phí phòng, chống tội phạm để hỗ "
        "trợ các xã xây dựng mô hình.\n")
    assert [(d.verb, d.addressee) for d in found] == [("thống nhất", "BCĐ 138 tỉnh")]
    found = _directives(
        "Chiều 10/7, Ban An toàn giao thông tỉnh Nam Định sơ kết công tác 6 tháng đầu năm 2013. Đồng chí "
        "Trần Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì.\n\n"
        "Phát biểu kết luận, đồng chí Trần Văn Bình đề nghị Công an tỉnh tăng cường tuần tra. Sở Xây dựng "
        "khẩn trương sửa chữa cầu Đá trước ngày 30/9. UBND huyện Ý Yên xử lý dứt điểm tình trạng họp chợ "
        "lấn chiếm lòng đường.\n")
    assert [d.addressee for d in found][-1] == "UBND huyện Ý Yên"
    assert {d.speaker for d in found} == {"Trần Văn Bình"}
