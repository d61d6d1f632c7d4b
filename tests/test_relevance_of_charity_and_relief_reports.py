"""Relevance: reports of charity, relief and welfare by the army or another body (houses for flood victims,
gifts to poor households) are no reports of security and order, though they name "quân khu", "bộ chỉ huy
quân sự" and "bộ đội" again and again; a defence-and-security session, a border post's work with its gifts,
the police's gifts to a commune and an army unit's own work stay in."""

from __future__ import annotations

import pytest

from chidao.extract.pipeline import extract_document
from chidao.extract.relevance import THRESHOLD, defence_counts, is_security_report, security_score
from chidao.model import Document

ARMY_HOUSES = (
    "Trao 25 ngôi nhà đồng đội cho hộ nghèo vùng lũ\n\n"
    "Sáng 14-11, Bộ Chỉ huy Quân sự tỉnh phối hợp với UBND huyện Hương Khê tổ chức lễ bàn giao 25 ngôi nhà "
    "đồng đội cho các hộ nghèo bị thiệt hại trong trận lũ tháng 9. Đại tá Lê Văn Cường, Chỉ huy trưởng Bộ "
    "Chỉ huy Quân sự tỉnh, dự và trao quyết định cho các hộ.\n\n"
    "Mỗi ngôi nhà rộng 50 m², trị giá 80 triệu đồng, do cán bộ, chiến sĩ lực lượng vũ trang của quân khu "
    "đóng góp ngày lương và các doanh nghiệp quân đội ủng hộ. Hơn 400 lượt bộ đội của Trung đoàn 841 đã "
    "trực tiếp vận chuyển vật liệu, dựng nhà trong 40 ngày. Trong những ngày nước lên, các đơn vị quân sự "
    "đã đưa xuồng về giúp dân chuyển đồ đạc lên chỗ cao.\n\n"
    "Bà Phan Thị Lài, một trong những hộ được nhận nhà, cho biết cả nhà đã ở nhờ hàng xóm suốt hai tháng. "
    "Phát biểu tại buổi lễ, Đại tá Lê Văn Cường đề nghị chính quyền địa phương tiếp tục hỗ trợ giống cây "
    "trồng để bà con sớm khôi phục sản xuất. Dịp này, Bộ Chỉ huy Quân sự tỉnh trao 150 suất quà, mỗi suất "
    "400.000 đồng, cho các gia đình chính sách và hộ nghèo; Trung đoàn 841 tặng 30 suất học bổng cho học "
    "sinh vượt khó của huyện.\n\n"
    "Những ngôi nhà mới góp phần giúp bà con yên tâm lao động, sản xuất, giữ vững an ninh chính trị, "
    "trật tự an toàn xã hội ở địa phương."
)
ARMY_GIFTS = (
    "Chiều 20-1, Bộ Chỉ huy Quân sự huyện tổ chức chương trình đền ơn đáp nghĩa, trao 60 phần quà Tết cho "
    "gia đình chính sách và hộ nghèo của ba xã vùng cao. Cán bộ, chiến sĩ bộ đội địa phương và dân quân các "
    "xã đã góp tiền mua gạo, chăn ấm. Chỉ huy trưởng Bộ Chỉ huy Quân sự huyện mong các gia đình đón Tết ấm "
    "áp, đầm ấm."
)
DEFENCE_SESSION = (
    "Sáng 8-3, Thường trực Tỉnh ủy làm việc với Đảng ủy Quân sự tỉnh về nhiệm vụ quốc phòng, an ninh. Năm "
    "qua, lực lượng vũ trang tỉnh phối hợp với Công an tỉnh giữ vững an ninh chính trị, trật tự an toàn xã "
    "hội; Bộ Chỉ huy Quân sự tỉnh và Bộ đội Biên phòng tuần tra, kiểm soát biên giới, phòng chống buôn "
    "lậu, ma túy. Bí thư Tỉnh ủy đề nghị quan tâm hỗ trợ gia đình chính sách và xây nhà tình nghĩa cho các "
    "hộ nghèo ở khu vực biên giới."
)
BORDER_POST = (
    "Đồn Biên phòng Na Ngoi tổ chức trao 40 suất quà cho hộ nghèo các bản biên giới. Năm qua, đồn phối hợp "
    "với Công an xã tuần tra, kiểm soát đường mòn, bắt giữ 3 đối tượng vận chuyển ma túy, ngăn chặn 12 "
    "trường hợp xuất cảnh trái phép. Đồn trưởng đề nghị bà con tiếp tục tố giác tội phạm."
)
POLICE_GIFT = (
    "Ngày 5-2, Công an tỉnh trao tặng nhà tình nghĩa và 100 suất quà cho hộ nghèo xã Yên Hòa. Đại tá Trần "
    "Quốc Việt, Giám đốc Công an tỉnh, đề nghị Công an xã bám địa bàn, giữ vững an ninh trật tự trong dịp "
    "Tết, phòng ngừa tội phạm trộm cắp, tai nạn giao thông."
)
ARMY_DRILL = (
    "Ngày 12-10, Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập chiến đấu phòng thủ cho lực lượng dân quân tự vệ "
    "ba huyện phía nam. Các đơn vị bộ đội địa phương, dân quân cơ động đã thực hành các tình huống; Chỉ huy "
    "trưởng Bộ Chỉ huy Quân sự tỉnh yêu cầu các huyện hoàn thành huấn luyện dân quân năm nay."
)

IN_SCOPE = [DEFENCE_SESSION, BORDER_POST, POLICE_GIFT, ARMY_DRILL]


@pytest.mark.parametrize("text", [ARMY_HOUSES, ARMY_GIFTS])
def test_the_army_s_charity_stays_out(text: str) -> None:
    # many words of defence, a closing "an ninh chính trị, trật tự an toàn xã hội" at most
    assert not defence_counts(text)
    assert security_score(text) < THRESHOLD
    assert not is_security_report(text)


def test_the_army_s_charity_yields_no_directive_commitment_or_event() -> None:
    ex = extract_document(Document.from_text(ARMY_HOUSES, source="test", date="2020-11"))
    assert not ex.directives and not ex.commitments and not ex.events, (ex.directives, ex.commitments)


@pytest.mark.parametrize("text", IN_SCOPE)
def test_defence_security_border_and_police_reports_stay_in(text: str) -> None:
    # a session on defence and security, a border post's work with its gifts, the police's gifts to a
    # commune, and an army drill (no charity: its words of defence count)
    assert is_security_report(text), security_score(text)


def test_defence_counts_without_charity_and_with_security_named_enough() -> None:
    assert defence_counts(ARMY_DRILL)
    assert defence_counts(DEFENCE_SESSION)
