"""Directives of round 26's classes: agreements and bodies' requests inside another frame, pledges,
questions and past requests that ask nothing, a list's lead-in, quoted headings and addressees.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from directive_reading import directives_of, who_asks_whom

from chidao.model import Directive


def _directives(text: str, date: str = "2024-03") -> list[Directive]:
    return directives_of(text, date)



def test_a_bodys_request_after_its_first_verb_and_a_year_is_a_directive() -> None:
    found = _directives(
        "Sáng 12/1, Cụm thi đua số 3 Công an các tỉnh Tây Nguyên tổng kết công tác năm 2023.\n\n"
        "Hội nghị đã bình xét Công an tỉnh Gia Lai dẫn đầu phong trào thi đua năm 2023, đề nghị Bộ Công an "
        "tặng Cờ thi đua. Năm qua, các đơn vị ban hành 146 kiến nghị phòng ngừa vi phạm.")
    assert who_asks_whom(found) == [(None, "đề nghị", "Bộ Công an")]


def test_an_agreement_after_a_frame_is_the_bodys_agreement() -> None:
    found = _directives(
        "Sáng 8/1, Cụm thi đua số 2 Công an các tỉnh miền Trung tổng kết công tác năm 2023.\n\n"
        "Lãnh đạo Công an 4 tỉnh đã ký giao ước thi đua năm 2024. Theo đó, Công an các tỉnh trong Cụm thống "
        "nhất phấn đấu kéo giảm ít nhất 3% số vụ phạm tội về trật tự xã hội.\n\n"
        "Giám đốc Công an tỉnh Quảng Trị Nguyễn Văn Tuấn cho biết, UBND tỉnh đã thống nhất bố trí 40 tỷ "
        "đồng để xây dựng trụ sở Công an xã.\n\n"
        "Theo ông Tuấn, hội nghị đã thống nhất dành 2 tỷ đồng để khen thưởng các điển hình.")
    assert who_asks_whom(found) == [
        (None, "thống nhất", "Công an các tỉnh trong Cụm"), (None, "thống nhất", "UBND tỉnh"),
        (None, "thống nhất", "hội nghị")]


def test_an_agreement_about_a_report_is_no_bodys_agreement() -> None:
    found = _directives(
        "Sáng 8/1, Công an tỉnh Quảng Trị tổng kết công tác bảo đảm an ninh, trật tự năm 2023.\n\n"
        "Theo đó, các đại biểu nhất trí với báo cáo tổng kết của Công an tỉnh.\n\n"
        "Giám đốc Công an tỉnh cho biết, Công an tỉnh đã thống nhất cao trong chỉ đạo điều hành.")
    assert who_asks_whom(found) == []


def test_a_named_officials_agreement_to_give_or_consent_that_a_body_acts_is_his_directive() -> None:
    found = _directives(
        "Chiều 5/3, UBND tỉnh Quảng Nam họp bàn giải pháp bảo đảm trật tự, an toàn giao thông.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Văn Hải thống nhất bố trí 3 tỷ đồng để xử lý các điểm đen giao thông. "
        "Ông đồng ý để Sở Giao thông vận tải lắp đặt thêm 40 biển cảnh báo trên Quốc lộ 1.\n\n"
        "Giám đốc Công an tỉnh Lê Văn Bình đồng ý bổ sung 20 cán bộ cho Đội Cảnh sát giao thông.")
    assert who_asks_whom(found) == [
        ("Trần Văn Hải", "thống nhất", None), ("Trần Văn Hải", "đồng ý", "Sở Giao thông vận tải")]


def test_a_pledge_that_a_bodys_sector_will_act_is_no_directive() -> None:
    found = _directives(
        "Chiều 10/5, Bộ Công an và Ngân hàng Nhà nước ký quy chế phối hợp phòng, chống lừa đảo qua mạng.\n\n"
        "Phó Thống đốc Trần Văn Nam cho biết, Ngân hàng Nhà nước sẽ cử 5 cán bộ tham gia tổ công tác, đồng "
        "thời chỉ đạo các tổ chức tín dụng phong tỏa ngay tài khoản nghi vấn. Bộ trưởng Bộ Công Thương Lê "
        "Văn Hải cho biết, Bộ sẽ chỉ đạo các doanh nghiệp thương mại điện tử xác thực người bán.\n\n"
        "Bí thư Tỉnh ủy Lê Văn Bình khẳng định, Tỉnh ủy sẽ chỉ đạo UBND tỉnh bố trí kinh phí lắp camera.")
    assert who_asks_whom(found) == [("Lê Văn Bình", "chỉ đạo", "UBND tỉnh")]


def test_a_request_told_with_its_counted_result_asks_nothing() -> None:
    found = _directives(
        "Ngày 5/6, Công an tỉnh Nghệ An thông tin kết quả đấu tranh với tội phạm lừa đảo qua mạng.\n\n"
        "Lực lượng chức năng đã gỡ bỏ 120 trang web giả mạo, đề nghị các ngân hàng phong tỏa 85 tài khoản "
        "liên quan. Cơ quan điều tra đã khởi tố vụ án; đề nghị ngân hàng phong tỏa 12 tài khoản.\n\n"
        "Hội nghị đề nghị các ngân hàng thương mại phối hợp chặt chẽ với Công an tỉnh trong xác minh tài "
        "khoản.")
    assert who_asks_whom(found) == [(None, "đề nghị", "các ngân hàng thương mại")]


def test_a_members_question_that_asks_for_an_answer_is_no_directive() -> None:
    found = _directives(
        "Chiều 14/10, Đoàn giám sát của HĐND tỉnh làm việc với Công an tỉnh về phòng cháy, chữa cháy.\n\n"
        "Đại biểu Nguyễn Văn Hùng đặt câu hỏi về nguyên nhân chậm nghiệm thu các công trình và đề nghị Sở "
        "Xây dựng làm rõ trách nhiệm của chủ đầu tư.\n\n"
        "Kết luận phiên chất vấn, Chủ tịch HĐND tỉnh Trần Văn Nam đề nghị UBND tỉnh chỉ đạo Sở Xây dựng làm "
        "rõ trách nhiệm của chủ đầu tư.")
    assert who_asks_whom(found) == [("Trần Văn Nam", "đề nghị", "UBND tỉnh")]


def test_what_a_rule_still_demands_is_no_request() -> None:
    found = _directives(
        "Chiều 20/12, Công an tỉnh Nam Định sơ kết triển khai Đề án 06 về dữ liệu dân cư, bảo đảm an "
        "ninh, trật tự.\n\n"
        "Một số sở chậm sửa đổi văn bản còn yêu cầu người dân nộp bản sao giấy tờ.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Anh Dũng yêu cầu các sở, ngành khẩn trương chuẩn hóa dữ liệu. Các sở, "
        "ngành rà soát, bãi bỏ ngay các thủ tục còn yêu cầu xuất trình sổ hộ khẩu giấy.")
    assert who_asks_whom(found) == [
        ("Trần Anh Dũng", "yêu cầu", "các sở, ngành"), ("Trần Anh Dũng", None, "Các sở, ngành")]


def test_addressees_run_to_the_asked_action_and_may_be_a_person_asked_by_office() -> None:
    found = _directives(
        "Sáng 6/11, Đảng ủy Công an tỉnh Hà Tĩnh triển khai nghị quyết đại hội về bảo đảm an ninh, trật "
        "tự.\n\n"
        "Đại tá Nguyễn Hồng Phong yêu cầu các chi bộ, tổ chức đảng trong Đảng bộ Công an tỉnh khẩn trương "
        "xây dựng chương trình hành động. Ông đề xuất Bộ trưởng Bộ Công an bổ sung biên chế cho Công an "
        "xã. Ông giao Phó Giám đốc Trần Văn Hải trực tiếp chỉ đạo, đôn đốc các phòng thực hiện.")
    assert who_asks_whom(found) == [
        ("Nguyễn Hồng Phong", "yêu cầu", "các chi bộ, tổ chức đảng trong Đảng bộ Công an tỉnh"),
        ("Nguyễn Hồng Phong", "đề xuất", "Bộ trưởng Bộ Công an"),
        ("Nguyễn Hồng Phong", "giao", "Phó Giám đốc Trần Văn Hải")]


def test_a_task_to_study_and_propose_carries_the_speech_on() -> None:
    found = _directives(
        "Chiều 21/9, Bộ Công an họp về phòng cháy, chữa cháy nhà trọ.\n\n"
        "Bộ trưởng Tô Lâm yêu cầu các đơn vị rà soát ngay các nhà trọ. Cục Cảnh sát phòng cháy, chữa cháy và "
        "cứu nạn, cứu hộ hoàn thành kiểm tra trong tháng 10/2023. Cục Pháp chế nghiên cứu, đề xuất sửa đổi "
        "quy định về kinh doanh nhà trọ.")
    assert [(d.speaker, d.verb) for d in found] == [("Tô Lâm", "yêu cầu"), ("Tô Lâm", None), ("Tô Lâm", None)]
    assert found[2].addressee == "Cục Pháp chế"


def test_a_lead_in_sentence_before_mot_la_is_a_directive_of_its_own() -> None:
    found = _directives(
        "Sáng 6/11, Bộ Công an triển khai nghị quyết về xây dựng lực lượng Công an nhân dân.\n\n"
        "Bộ trưởng Lương Tam Quang nhấn mạnh hai nhiệm vụ đột phá của nhiệm kỳ.\n\n"
        "Một là, tinh gọn tổ chức bộ máy Công an các cấp.\n\n"
        "Hai là, đẩy mạnh chuyển đổi số trong toàn lực lượng.\n\n"
        "Bộ trưởng nhấn mạnh kết quả năm qua rất đáng ghi nhận.")
    assert [(d.speaker, d.verb) for d in found] == [
        ("Lương Tam Quang", "nhấn mạnh"), ("Lương Tam Quang", None), ("Lương Tam Quang", None)]


def test_a_quoted_heading_asks_nothing_and_ends_the_speech() -> None:
    found = _directives(
        "Chiều 21/9, UBND TP Hà Nội họp về phòng cháy, chữa cháy tại các khu nhà trọ.\n\n"
        "Chủ tịch UBND TP Trần Văn Hùng đề nghị các quận rà soát ngay các khu nhà trọ.\n\n"
        "\"Không để xảy ra cháy lớn tại khu dân cư\"\n\n"
        "Kết luận cuộc họp, Phó Chủ tịch UBND TP Lê Văn Nam yêu cầu Công an TP tăng cường kiểm tra.")
    assert [(d.speaker, d.verb) for d in found] == [("Trần Văn Hùng", "đề nghị"), ("Lê Văn Nam", "yêu cầu")]


def test_addressees_a_procuracy_written_short_a_regiment_a_sector_a_post_and_heads_in_lower_case() -> None:
    found = _directives(
        "Sáng 9/3, Ban Chỉ đạo phòng, chống tội phạm tỉnh Quảng Bình họp giao ban quý I/2024.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Văn Hòa đề nghị VKSND tỉnh phối hợp chặt chẽ với Công an tỉnh. Ông đề "
        "nghị ngành Giáo dục và Đào tạo chia sẻ thông tin về học sinh bỏ học. Ông giao Trung đoàn trong quý "
        "II/2024 hoàn thành phương án. Ông đề nghị đồn tiếp tục phối hợp tuần tra. Ông yêu cầu thủ trưởng "
        "các sở, ngành rà soát hồ sơ mật.")
    assert [d.addressee for d in found] == [
        "VKSND tỉnh", "ngành Giáo dục và Đào tạo", "Trung đoàn", "đồn", "thủ trưởng các sở, ngành"]
