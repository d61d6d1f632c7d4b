"""A report cut on its last line with no full stop keeps that line as body when it opens as a report's
sentence does, with a frame before a comma ("Dịp này, …", "Theo Trưởng Tiểu ban, …"), or stops on a word
no sentence ends on ("… trước ngày 30/9/2022 và"), from twelve words: the gift, the norm per polling area
and the request in it are read. A norm per unit after such a frame is a target, no staffing commitment. A
short last line, a caption or a byline, stays none.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

from chidao.text.layout import cut_paragraph

_LEAD = ("Ngày 12/4/2021, Công an tỉnh Hà Tĩnh tổ chức hội nghị triển khai công tác bảo đảm an ninh, trật "
         "tự và phòng, chống tội phạm trên địa bàn.\n\n")


def test_a_gift_on_a_last_line_cut_after_its_frame() -> None:
    ex = extracted(_LEAD + "Giám đốc Công an tỉnh yêu cầu các đơn vị tăng cường tuần tra, kiểm soát.\n\n"
                           "Dịp này, Công an tỉnh trao tặng Công an huyện Kỳ Anh 2 xuồng máy", "2021-04")
    assert [(c.kind, c.amount, c.unit, c.receiver) for c in ex.commitments] == [
        ("equipment", 2, "xuồng", "Công an huyện Kỳ Anh")]


def test_a_norm_per_polling_area_on_a_cut_last_line_is_a_target_only() -> None:
    ex = extracted(_LEAD + "Giám đốc Công an tỉnh yêu cầu bảo vệ tuyệt đối an toàn cuộc bầu cử.\n\n"
                           "Theo Trưởng Tiểu ban, mỗi khu vực bỏ phiếu bố trí ít nhất 3 cán bộ công an",
                   "2021-04")
    assert [(t.value, t.unit, t.at_least) for t in ex.targets] == [(3, "cán bộ", True)]
    assert ex.commitments == []


def test_a_request_cut_after_and_is_read() -> None:
    ex = extracted(_LEAD + "Giám đốc Công an tỉnh yêu cầu các đơn vị tăng cường tuần tra, kiểm soát.\n\n"
                           "Đồng chí Chủ tịch UBND tỉnh cũng yêu cầu Công an tỉnh hoàn thành việc cấp căn "
                           "cước công dân cho 100% công dân đủ điều kiện trước ngày 30/9/2021 và", "2021-04")
    assert [(t.value, t.deadline) for t in ex.targets] == [(100, "2021-09-30")]


def test_captions_and_bylines_stay_none() -> None:
    assert not cut_paragraph("Thiếu tướng Nguyễn Văn Hải trao quà cho các gia đình chính sách tại xã Kỳ Hoa")
    assert not cut_paragraph("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")
    assert not cut_paragraph("Bài, ảnh: Minh Tuấn")
    assert cut_paragraph("Dịp này, Công an tỉnh trao tặng Công an huyện Kỳ Anh 2 xuồng máy")
