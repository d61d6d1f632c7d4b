"""Round 39's figures, goals and names: a goal's year written between its metric and its verb is its
deadline, women and children rescued are counted in their own unit, "lượt tuần tra chung" are joint patrols,
and a K'Ho name of one marked syllable after "đồng chí" is a whole name.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_a_year_inside_the_goal_is_its_deadline_and_a_baseline_year_is_not() -> None:
    result = extracted(
        "Ngày 10/2/2024, Công an tỉnh Hà Giang tổ chức hội nghị triển khai công tác năm 2024.\n\n"
        "Giám đốc Công an tỉnh yêu cầu các đơn vị tập trung điều tra, khám phá án; phấn đấu tỷ lệ điều tra, "
        "khám phá án về trật tự xã hội năm 2024 đạt trên 80%.", "2024-02")
    assert [(t.metric_key, t.deadline) for t in result.targets] == [("case_clearance_rate", "2024")]


def test_women_and_children_rescued_are_trafficking_victims() -> None:
    result = extracted(
        "Ngày 4/6/2015, Công an tỉnh Lào Cai sơ kết công tác phòng, chống mua bán người.\n\n"
        "Từ đầu năm, lực lượng chức năng đã phối hợp giải cứu 9 phụ nữ, trẻ em bị lừa bán ra nước ngoài.",
        "2015-06")
    assert [(i.metric_key, i.value, i.unit) for i in result.indicators] == [
        ("trafficking_victims", 9, "phụ nữ, trẻ em")]


def test_turns_of_joint_patrol_are_joint_patrols() -> None:
    result = extracted(
        "Ngày 8/9/2014, Công an tỉnh Lạng Sơn và Bộ đội Biên phòng tỉnh sơ kết quy chế phối hợp.\n\n"
        "Từ đầu năm, hai lực lượng đã tổ chức 120 lượt tuần tra chung trên tuyến biên giới.", "2014-09")
    assert [(i.metric_key, i.value, i.unit) for i in result.indicators] == [("joint_patrols", 120, "lượt")]


def test_a_kho_name_of_one_marked_syllable_after_dong_chi_is_a_name() -> None:
    result = extracted(
        "Ngày 3/7/2021, Ban Nội chính Tỉnh ủy Lâm Đồng làm việc với Huyện ủy Bảo Lâm.\n\n"
        "Về phía huyện có đồng chí K'Điểu, Phó Bí thư Huyện ủy và các đồng chí trong Ban Thường vụ.",
        "2021-07")
    assert [(p.name, list(p.positions)) for p in result.people] == [("K'Điểu", ["Phó Bí thư Huyện ủy"])]
