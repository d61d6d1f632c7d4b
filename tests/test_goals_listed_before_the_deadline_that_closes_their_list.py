"""Goals listed after one goal word, parted by ";", share the deadline that closes the list ("phải kéo giảm
ít nhất 5% …; triệt phá ít nhất 10 đường dây …; bắt … trên 60% … trước ngày 31/12/2025"). Not when a later
part is another task with no figure ("…; UBND các xã … trước ngày …"), nor for a norm per unit or per time
("bảo đảm mỗi tổ tuần tra ít nhất 2 buổi mỗi tuần; …"), which stays undated.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Ngày 2/10/2025, Công an tỉnh Hà Tĩnh tổ chức lễ ra quân đợt cao điểm tấn công, trấn áp tội "
         "phạm.\n\n")


def _deadlines(text: str) -> list[tuple[float, str | None]]:
    return [(t.value, t.deadline) for t in extracted(_LEAD + text, "2025-10").targets]


def test_goals_of_a_list_share_its_closing_deadline() -> None:
    assert _deadlines("Giám đốc Công an tỉnh yêu cầu các đơn vị phải kéo giảm ít nhất 5% số vụ phạm tội về "
                      "trật tự xã hội so với cùng kỳ; triệt phá ít nhất 8 đường dây, ổ nhóm mua bán trái "
                      "phép chất ma túy; bắt, vận động đầu thú trên 60% số đối tượng truy nã trước ngày "
                      "31/12/2025.") == [(5, "2025-12-31"), (8, "2025-12-31"), (60, "2025-12-31")]


def test_another_bodys_task_closing_the_sentence_lends_no_deadline() -> None:
    assert _deadlines("Ông đề nghị Sở Xây dựng kiểm tra 100% bến xe khách trước khi xuất bến; UBND các xã "
                      "ven quốc lộ chủ động giải tỏa lấn chiếm hành lang an toàn giao thông trước ngày "
                      "31/12/2025.") == [(100, None)]


def test_a_norm_per_unit_stays_undated() -> None:
    got = _deadlines("Ông yêu cầu Công an phường bảo đảm mỗi tổ tuần tra ít nhất 2 buổi mỗi tuần; tổ chức "
                     "tập huấn nghiệp vụ cho 100% thành viên trước ngày 30/11/2025.")
    assert got[0] == (2, None)
    assert got[-1] == (100, "2025-11-30")
