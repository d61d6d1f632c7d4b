"""A company's pledge with a share of its own doing ("Đại diện Công ty X cam kết 100% lái xe của công ty không
sử dụng rượu, bia …", "Công ty Y cam kết lắp đặt camera giám sát trên 100% xe trước ngày …") is a policy
commitment of that company, from its pledge to the sentence's end, and no target. A public body's pledge of a
share stays a goal.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Sáng 9/5, Ban An toàn giao thông tỉnh Hưng Yên tổ chức lễ phát động tháng an toàn giao thông năm "
         "2024.\n\n")


def test_a_bus_companys_pledge_for_its_drivers_is_its_policy() -> None:
    ex = extracted(_LEAD + "Đại diện Công ty Cổ phần Xe khách Hưng Thịnh cam kết 100% lái xe của công ty "
                           "không sử dụng rượu, bia khi điều khiển phương tiện.", "2024-05")
    assert ex.targets == []
    assert [(c.kind, c.amount, c.unit, c.giver, c.text) for c in ex.commitments] == [
        ("policy", 100, "%", "Công ty Cổ phần Xe khách Hưng Thịnh",
         "cam kết 100% lái xe của công ty không sử dụng rượu, bia khi điều khiển phương tiện")]


def test_a_companys_pledge_to_fit_cameras_on_its_buses_by_a_day_is_its_policy() -> None:
    ex = extracted(_LEAD + "Công ty cổ phần Xe khách Phố Hiến cam kết lắp đặt camera giám sát trên 100% xe "
                           "trước ngày 30/6/2024.", "2024-05")
    assert ex.targets == []
    assert [(c.kind, c.amount, c.giver) for c in ex.commitments] == [
        ("policy", 100, "Công ty cổ phần Xe khách Phố Hiến")]


def test_a_public_bodys_pledge_of_a_share_stays_a_goal() -> None:
    ex = extracted(_LEAD + "Giám đốc Công an tỉnh cam kết, Công an tỉnh sẽ phấn đấu kiểm tra 100% xe khách "
                           "trước khi xuất bến.", "2024-05")
    assert [t.value for t in ex.targets] == [100]
    assert ex.commitments == []
