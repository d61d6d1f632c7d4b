"""Commitments: the rooms of a building after its floors, a village as a gift's receiver (with the money's
label "số tiền" between it and the sum), and a bare Party committee named with its one place of that level.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_of, commitments_read

_HANDOVER = ("Sáng 15/6, UBND huyện Mường Chà tổ chức lễ bàn giao, đưa vào sử dụng trụ sở làm việc Công an "
             "xã Sa Lông. Đại tá Trần Văn Minh, Phó Giám đốc Công an tỉnh Điện Biên dự buổi lễ.\n\n")


def test_the_rooms_of_a_building_after_its_floors_are_built_for_its_user() -> None:
    found = commitments_of(_HANDOVER + "Công trình gồm nhà làm việc 3 tầng, gồm 18 phòng, nhà để xe và sân, "
                           "tường rào.", "2022-06")
    assert [(c.kind, c.amount, c.unit, c.receiver) for c in found] == [
        ("construction", 3, "tầng", "Công an xã Sa Lông"),
        ("construction", 18, "phòng", "Công an xã Sa Lông")]


def test_rooms_of_a_guest_house_are_no_commitment() -> None:
    found = commitments_of(_HANDOVER + "Trên địa bàn xã hiện có 4 nhà nghỉ 3 tầng, có 10 phòng trở lên.",
                           "2022-06")
    assert found == []


_DAY = ("Ngày 25-8, tại xã Đăk Ui, huyện Đăk Hà, tỉnh Kon Tum, Ban Chỉ đạo phong trào Toàn dân bảo vệ an "
        "ninh Tổ quốc huyện tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.\n\n")


def test_a_village_receives_a_gift() -> None:
    for sentence, village in (
            ("Dịp này, Công an huyện Đăk Hà trao tặng làng Kon Jong số tiền 15 triệu đồng.", "làng Kon Jong"),
            ("Dịp này, Công an huyện Đăk Hà tặng thôn 5 10 triệu đồng để duy trì mô hình tự quản.",
             "thôn 5")):
        found = commitments_of(_DAY + sentence, "2019-08")
        assert [(c.giver, c.receiver) for c in found] == [("Công an huyện Đăk Hà", village)], sentence


def test_the_moneys_label_is_no_part_of_the_receiver() -> None:
    found = commitments_of(_DAY + "Dịp này, Công an huyện Đăk Hà trao tặng xã Đăk Ui số tiền 20 triệu đồng.",
                           "2019-08")
    assert commitments_read(found) == [("funding", 20, "triệu đồng", "Công an huyện Đăk Hà", "xã Đăk Ui")]


def test_a_bare_district_party_committee_takes_the_district() -> None:
    found = commitments_of(
        "Ngày 10/1/2012, Công an huyện Đầm Dơi tổ chức hội nghị tổng kết công tác năm 2011. Đồng chí Phạm "
        "Văn Út, Phó Bí thư Huyện ủy dự và chỉ đạo hội nghị.\n\n"
        "Dịp này, Huyện ủy tặng Công an huyện 20 triệu đồng.", "2012-01")
    assert [(c.giver, c.receiver) for c in found] == [("Huyện ủy Đầm Dơi", "Công an huyện Đầm Dơi")]
