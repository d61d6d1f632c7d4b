"""Older leftovers taken up with round 41's names and bodies (branch fix41a): a gift presented by a head's
office alone that the subject reader takes for no body ("Giám đốc trao tặng …"), and a foreign name after a
rank with no position after it.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import commitments_read_of, extracted

from chidao.text.encoding import is_vietnamese_syllable

_VISIT = ("Giám đốc Công an tỉnh Nghệ An làm việc với Công an huyện Kỳ Sơn\n\n"
          "Sáng 3/5, Đại tá Nguyễn Văn Hoa, Giám đốc Công an tỉnh Nghệ An làm việc với Công an huyện Kỳ Sơn "
          "về công tác bảo đảm an ninh, trật tự.\n\n")


def test_a_gift_by_a_directors_office_alone_is_the_body_he_directs() -> None:
    gift = "Dịp này, Giám đốc trao tặng Công an huyện Kỳ Sơn 2 xe ô tô tuần tra."
    found = commitments_read_of(_VISIT + gift, "2020-05-04")
    assert found == [("equipment", 2, "xe", "Công an tỉnh Nghệ An", "Công an huyện Kỳ Sơn")]


def test_a_gift_by_an_office_no_one_named_holds_has_no_giver() -> None:
    gift = "Dịp này, Chủ tịch trao tặng Công an huyện Kỳ Sơn 2 xe ô tô tuần tra."
    found = commitments_read_of(_VISIT + gift, "2020-05-04")
    assert found == [("equipment", 2, "xe", None, "Công an huyện Kỳ Sơn")]


_TALKS = ("Công an An Giang hội đàm với Ty Cảnh sát tỉnh Kandal\n\n"
          "Ngày 24/11, tại TP Long Xuyên, Công an tỉnh An Giang và Ty Cảnh sát tỉnh Kandal (Campuchia) tổ "
          "chức hội đàm định kỳ. Phát biểu tại hội đàm, ")


def test_a_name_spelled_as_no_vietnamese_one_after_a_rank_is_a_person_without_a_position() -> None:
    ex = extracted(_TALKS + "Thiếu tướng Chhim Vuthy đề nghị hai bên tăng cường trao đổi thông tin.",
                   "2011-11-25")
    assert [(p.name, p.ranks, p.positions) for p in ex.people] == [("Chhim Vuthy", ("Thiếu tướng",), ())]


def test_a_name_of_vietnamese_syllables_after_a_rank_alone_is_not_read_so() -> None:
    ex = extracted(_TALKS + "Thiếu tướng Khăm Phon đề nghị hai bên tăng cường trao đổi thông tin.",
                   "2011-11-25")
    assert ex.people == []


def test_vietnamese_syllables_and_others() -> None:
    assert all(is_vietnamese_syllable(w) for w in ("Vũ", "Thắng", "Nghiêng", "Khăm", "Quyết"))
    assert not any(is_vietnamese_syllable(w) for w in ("Chhim", "Vuthy", "Sophal", "Khonesavanh"))
