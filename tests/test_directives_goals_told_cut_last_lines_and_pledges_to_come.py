"""Directives (fix54b pass, rounds 54-58). A document's demand an officer tells of ("cho biết, Chỉ thị của Thủ
tướng yêu cầu …") is the issuer's, speaker null. Not to read: a body's goal told with no speech going on
("Thời gian tới, Công an tỉnh phấn đấu …" at a press briefing), a plan's goal told inside a leader's speech
("Theo kế hoạch, … tỉnh phấn đấu …"), a director's own body's goal he quotes ('Ông nói: "Năm 2011, Công an
tỉnh phấn đấu …"'), the few words a cut copy ends on ("Đồng thời, UBND thành phố cần"), and a new director's
pledge ("hứa sẽ … tiếp tục giữ vững …"). A leader's "Năm 2025, tỉnh phấn đấu …" in his speech stays a goal
he gives. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

from conftest import extract_path

from chidao.model import Extraction


def extract_text(tmp_path: Path, text: str) -> Extraction:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return extract_path(path)


def _texts(ex: Extraction) -> list[str]:
    return [d.text for d in ex.directives]


def test_a_police_goal_told_after_the_figures_is_no_directive(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Công an tỉnh họp báo quý III\n\n"
        "Chiều 3/10/2023, Công an tỉnh Yên Bái tổ chức họp báo thông tin kết quả công tác quý III.\n\n"
        "Trong quý, lực lượng Công an đã điều tra, làm rõ 120 vụ phạm pháp hình sự, bắt 160 đối tượng.\n\n"
        "Thời gian tới, Công an tỉnh phấn đấu hoàn thành cấp căn cước cho 100% công dân đủ điều kiện "
        "trước ngày 31/12/2023; tiếp tục mở các đợt cao điểm tấn công trấn áp tội phạm.\n"))
    assert not [t for t in _texts(ex) if "phấn đấu" in t], ex.directives


def test_a_plans_goal_inside_a_speech_is_no_directive(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Phát động tháng hành động phòng, chống ma túy\n\n"
        "Sáng 5/6/2015, UBND tỉnh Bình Phước tổ chức lễ phát động tháng hành động phòng, chống ma túy.\n\n"
        "Phát biểu tại buổi lễ, ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh yêu cầu Công an tỉnh, Bộ đội Biên "
        "phòng tỉnh tăng cường đấu tranh với tội phạm ma túy. Theo kế hoạch, trong tháng hành động, tỉnh "
        "phấn đấu đưa ít nhất 80 người nghiện vào cai nghiện bắt buộc.\n"))
    texts = _texts(ex)
    assert len(texts) == 1 and texts[0].startswith("Phát biểu"), ex.directives


def test_a_leaders_province_goal_in_his_speech_stays_a_directive(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Sơ kết công tác bảo đảm trật tự an toàn giao thông\n\n"
        "Sáng 2/10/2019, Ban An toàn giao thông tỉnh Hà Nam tổ chức hội nghị sơ kết 9 tháng.\n\n"
        "Phát biểu chỉ đạo, ông Trương Quốc Huy, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành tăng cường "
        "tuần tra, kiểm soát. Năm 2020, tỉnh phấn đấu kéo giảm từ 5% đến 10% số người chết do tai nạn giao "
        "thông.\n"))
    assert [t for t in _texts(ex) if "phấn đấu" in t], ex.directives


def test_a_directors_quoted_goal_of_his_own_police(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "HĐND tỉnh chất vấn về trộm cắp tài sản\n\n"
        "Sáng 8/12/2012, tại kỳ họp thứ 5, HĐND tỉnh Trà Vinh tổ chức phiên chất vấn.\n\n"
        "Trả lời chất vấn, Đại tá Lê Văn Nam, Giám đốc Công an tỉnh cho biết số vụ trộm cắp tài sản đã "
        "giảm. Ông nói: \"Năm 2013, Công an tỉnh phấn đấu kéo giảm ít nhất 10% số vụ trộm cắp tài sản so "
        "với năm 2012\".\n"))
    assert not [t for t in _texts(ex) if "phấn đấu" in t], ex.directives


def test_a_cut_last_line_with_no_task_is_nothing(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "HĐND thành phố chất vấn về tín dụng đen\n\n"
        "Sáng 6/7/2018, HĐND thành phố Cần Thơ tổ chức phiên chất vấn về tín dụng đen.\n\n"
        "Kết luận phiên chất vấn, ông Phạm Văn Hiểu, Chủ tịch HĐND thành phố đề nghị Công an thành phố "
        "kiểm tra các cơ sở kinh doanh cầm đồ, xử lý nghiêm các vi phạm. Đồng thời, UBND thành phố cần\n"))
    assert [d.addressee for d in ex.directives] == ["Công an thành phố"], ex.directives


def test_a_new_directors_pledge_is_no_directive(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Công bố quyết định bổ nhiệm Giám đốc Công an tỉnh\n\n"
        "Chiều 20/11/2019, Công an tỉnh Nam Định tổ chức lễ công bố quyết định bổ nhiệm Giám đốc.\n\n"
        "Phát biểu giao nhiệm vụ, Thiếu tướng Lê Văn Sao, Thứ trưởng Bộ Công an đề nghị tân Giám đốc "
        "đoàn kết, phát huy trí tuệ tập thể. Nhận nhiệm vụ mới, Đại tá Trần Văn Minh hứa sẽ cùng tập thể "
        "lãnh đạo Công an tỉnh tiếp tục giữ vững an ninh chính trị, phấn đấu hoàn thành "
        "xuất sắc nhiệm vụ.\n"))
    assert not [t for t in _texts(ex) if "hứa" in t], ex.directives


def test_a_documents_demand_told_by_an_officer_is_its_issuers(tmp_path: Path) -> None:
    ex = extract_text(tmp_path, (
        "Triển khai Chỉ thị về phòng cháy, chữa cháy\n\n"
        "Sáng 12/7/2024, UBND tỉnh Hà Tĩnh tổ chức hội nghị triển khai Chỉ thị của Thủ tướng về phòng cháy, "
        "chữa cháy.\n\n"
        "Quán triệt tại hội nghị, Thượng tá Lê Văn Bình, Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh cho "
        "biết, Chỉ thị của Thủ tướng yêu cầu \"các bộ, ngành, địa phương khẩn trương rà soát 100% chung cư "
        "mini\". Năm 2023, trên địa bàn tỉnh xảy ra 35 vụ cháy.\n"))
    quoted = [d for d in ex.directives if "Chỉ thị của Thủ tướng yêu cầu" in d.text]
    assert [(d.speaker, d.verb) for d in quoted] == [(None, "yêu cầu")], ex.directives
