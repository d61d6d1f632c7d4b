"""A giver told by one who speaks for it: "lãnh đạo Công an thành phố X cho biết sẽ trang bị …" (as "đại diện
… cho biết sẽ …"), and a sayer's body named again by its kind alone after a time: "Đại diện Cảng hàng không X
cho biết, trong quý II/2024, cảng sẽ …", "…, năm 2025 tổ chức này sẽ hỗ trợ …". A kind word with no sayer
before it names no giver.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

_LEAD = ("Sáng 9/5, Công an tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác bảo đảm an ninh, trật tự 6 tháng "
         "đầu năm 2024.\n\n")


def test_a_bodys_leaders_saying_it_will_equip_make_the_body_the_giver() -> None:
    ex = extracted(_LEAD + "Cũng tại hội nghị, lãnh đạo Công an tỉnh Hưng Yên cho biết sẽ trang bị thêm 3 xe "
                           "chữa cháy trong quý III/2024.", "2024-05")
    assert [(c.kind, c.amount, c.giver) for c in ex.commitments] == [
        ("equipment", 3, "Công an tỉnh Hưng Yên")]


def test_the_sayers_body_named_again_by_its_kind_after_a_quarter_gives() -> None:
    ex = extracted(_LEAD + "Đại diện Cảng hàng không quốc tế Nội Bài cho biết, trong quý II/2024, cảng sẽ "
                           "trang bị 6 xe ô tô tuần tra và bổ sung 80 nhân viên an ninh soi chiếu.",
                   "2024-05")
    assert [(c.amount, c.giver) for c in ex.commitments] == [
        (6, "Cảng hàng không quốc tế Nội Bài"), (80, "Cảng hàng không quốc tế Nội Bài")]


def test_this_organisation_after_a_year_is_the_sayers_body() -> None:
    ex = extracted(_LEAD + "Đại diện Văn phòng Cao ủy Liên hợp quốc về người tị nạn cho biết, năm 2025 tổ "
                           "chức này sẽ hỗ trợ 2 xe ô tô cho Công an tỉnh.", "2024-05")
    assert [(c.amount, c.giver) for c in ex.commitments] == [
        (2, "Văn phòng Cao ủy Liên hợp quốc về người tị nạn")]


def test_a_kind_word_with_no_sayer_before_it_names_no_giver() -> None:
    ex = extracted(_LEAD + "Trong quý II/2024, cảng sẽ trang bị 6 xe ô tô tuần tra.", "2024-05")
    assert [(c.amount, c.giver) for c in ex.commitments] == [(6, None)]
