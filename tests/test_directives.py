"""Directives: a leader asks a body to do something, and the speech carries over.

The h4_* reports are short sessions written for these tests; the seed reports are
read from the shared corpus through `seed_extractions`.
"""

from __future__ import annotations

from conftest import FIXTURES_DIR, extract_path
from directive_reading import directives_of

from chidao.extract.metrics import find_topics, topic_labels
from chidao.extract.pipeline import extract_document
from chidao.gazetteer.loader import load_vocabulary
from chidao.model import Directive, Document, Extraction

REPORTS = FIXTURES_DIR / "reports"


def directive_with(ex: Extraction, phrase: str) -> Directive:
    matches = [d for d in ex.directives if phrase in d.text]
    assert matches, f"no directive containing {phrase!r}: {[d.text for d in ex.directives]}"
    return matches[0]


def test_a_quoted_directive_with_toi_de_nghi_keeps_the_outer_speaker_and_names_its_addressee() -> None:
    ex = extract_path(REPORTS / "h4_lam_viec_cam_ket.txt")
    opening = directive_with(ex, "Tỉnh phải chủ động nắm chắc tình hình vùng biên giới")
    assert (opening.speaker, opening.verb) == ("Hà Minh Quân", "yêu cầu")
    # "bất ngờ.Về công tác": a period glued to the next sentence still ends a sentence
    assert "tôi đề nghị" not in opening.text
    inner = directive_with(ex, "tôi đề nghị Tỉnh ủy Kon Tum")
    assert (inner.speaker, inner.verb, inner.addressee) == ("Hà Minh Quân", "đề nghị", "Tỉnh ủy Kon Tum")
    assert {"grassroots_police", "infrastructure"} <= set(inner.topics)


def test_a_photo_caption_saying_phat_bieu_chi_dao_and_a_reporting_paragraph_give_no_directive() -> None:
    ex = extract_path(REPORTS / "h4_lam_viec_cam_ket.txt")
    assert not any("phát biểu chỉ đạo tại buổi làm việc" in d.text for d in ex.directives)
    assert not any("Báo cáo tại buổi làm việc" in d.text for d in ex.directives)
    # an announcement of resources is a commitment, not something asked of anyone
    assert not any("trang bị thêm 20 xe" in d.text for d in ex.directives)


def test_both_sides_agreeing_is_a_directive_without_a_speaker() -> None:
    ex = extract_path(REPORTS / "h4_lam_viec_cam_ket.txt")
    joint = directive_with(ex, "Hai bên nhất trí")
    assert (joint.speaker, joint.verb, joint.addressee) == (None, "nhất trí", "Hai bên")
    assert "border_control" in joint.topics


def test_an_imperative_paragraph_after_the_speech_carries_the_speaker_and_the_addressee() -> None:
    ex = extract_path(REPORTS / "h4_tong_ket_chi_so.txt")
    first = directive_with(ex, "phấn đấu năm 2024")
    assert (first.speaker, first.verb) == ("Hà Minh Quân", "yêu cầu")
    assert first.addressee == "Công an tỉnh Thanh Hóa"
    carried = directive_with(ex, "Kéo giảm tai nạn giao thông")
    assert (carried.speaker, carried.verb) == ("Hà Minh Quân", None)
    assert carried.addressee == "Công an tỉnh Thanh Hóa"
    assert {"traffic_safety", "fire_safety"} <= set(carried.topics)
    # the closing paragraph reports what delegates did; the review figures ask nothing
    assert not any("các đại biểu đã thảo luận" in d.text for d in ex.directives)
    assert not any("Theo báo cáo" in d.text for d in ex.directives)


def test_seed_hai_phong_carries_to_lam_over_tiep_tuc_and_ket_hop_until_the_delegates_paragraph(
        seed_extractions: dict[str, Extraction]) -> None:
    ex = seed_extractions["000_03279662ad3bc2ee.txt"]
    first = directive_with(ex, "Hải Phòng tiếp tục bám sát")
    assert (first.speaker, first.verb) == ("Tô Lâm", "đề nghị")
    for phrase in ("Tiếp tục đẩy mạnh xây dựng Đảng", "Kết hợp chặt chẽ giữa phát triển kinh tế",
                   "Đặc biệt chú trọng công tác phòng ngừa tội phạm"):
        d = directive_with(ex, phrase)
        assert (d.speaker, d.verb) == ("Tô Lâm", None), phrase
    assert "party_building" in directive_with(ex, "Tiếp tục đẩy mạnh").topics
    wish = directive_with(ex, "Ban Thường vụ Thành ủy Hải Phòng tiếp tục quan tâm")
    assert (wish.verb, wish.addressee) == ("mong muốn", "Ban Thường vụ Thành ủy Hải Phòng")
    assert not any("các đại biểu đã tập trung" in d.text for d in ex.directives)
    # "Thứ trưởng Bộ Công an lưu ý" names no one: the document says who the Deputy Minister is
    warning = directive_with(ex, "củng cố và hiện đại hóa cấp xã")
    assert (warning.speaker, warning.verb) == ("Nguyễn Duy Ngọc", "lưu ý")
    assert directive_with(ex, "công tác tuyên truyền phải").speaker == "Nguyễn Duy Ngọc"
    assert "digital_transformation" in directive_with(ex, "Đề án 6").topics


def test_seed_quang_ninh_describing_the_province_is_not_a_directive_but_the_ask_is(
        seed_extractions: dict[str, Extraction]) -> None:
    ex = seed_extractions["001_cccaa0f77e974efb.txt"]
    assert not any("vị trí trọng yếu" in d.text for d in ex.directives)
    assert not any("đạt được nhiều kết quả" in d.text for d in ex.directives)
    assert not any("tăng thêm khoảng 1.000 biên chế" in d.text for d in ex.directives)
    carried = directive_with(ex, "Đảm bảo an ninh an toàn cho nhân dân")
    assert (carried.speaker, carried.verb) == ("Tô Lâm", None)
    assert {"cybersecurity", "economic_security", "rural_security"} <= set(carried.topics)


def test_seed_national_conference_do_do_yeu_cau_and_a_trailing_attribution_keep_the_minister(
        seed_extractions: dict[str, Extraction]) -> None:
    ex = seed_extractions["003_4d30831d878c59ec.txt"]
    quoted = directive_with(ex, "khó đến đâu thì Công an các đơn vị")
    assert (quoted.speaker, quoted.verb) == ("Tô Lâm", "nêu rõ")
    then = directive_with(ex, "do đó yêu cầu, các đơn vị có liên quan")
    assert (then.speaker, then.verb, then.addressee) == ("Tô Lâm", "yêu cầu", "các đơn vị có liên quan")
    covid = directive_with(ex, "Phối hợp với các lực lượng chức năng quản lý biên giới")
    assert (covid.speaker, covid.verb) == ("Tô Lâm", None)
    assert {"border_control", "public_health"} <= set(covid.topics)
    titled = directive_with(ex, "Đồng chí Bộ trưởng nhấn mạnh")
    assert (titled.speaker, titled.addressee) == ("Tô Lâm", "Công an các đơn vị, địa phương")


def test_seed_hcmc_the_party_secretary_speaks_and_the_two_standing_committees_agree(
        seed_extractions: dict[str, Extraction]) -> None:
    ex = seed_extractions["004_81a66e3ca0f5548f.txt"]
    secretary = directive_with(ex, "cần tiếp tục phối hợp sâu rộng")
    assert (secretary.speaker, secretary.verb) == ("Nguyễn Thiện Nhân", "nhấn mạnh")
    # the opening speech only says why the conference matters
    assert not any("có ý nghĩa rất quan trọng" in d.text for d in ex.directives)
    agreed = [d for d in ex.directives if d.speaker is None]
    assert agreed and all(d.verb in ("nhất trí", "thống nhất") for d in agreed if d.verb is not None)
    # the one sentence without a verb carries the agreement before it on ("Các cơ quan thường xuyên …")
    carried = [i for i, d in enumerate(ex.directives) if d.verb is None and d.speaker is None]
    assert len(carried) == 1 and ex.directives[carried[0] - 1].verb == "nhất trí"


def test_every_directive_is_one_body_sentence_and_no_caption(seed_extractions: dict[str, Extraction]) -> None:
    for name, ex in seed_extractions.items():
        text = ex.document.text
        for i, d in enumerate(ex.directives):
            assert "\n" not in d.text, (name, d.text)
            # with no speaker: an agreement, or the sentence that carries one on
            assert d.speaker is not None or d.verb in ("nhất trí", "thống nhất") or (
                d.verb is None and i and ex.directives[i - 1].speaker is None), (name, d.text)
            assert text[d.span[1] - 1] in ".…!?”\";:", (name, d.text)


def test_topic_vocabulary_has_every_design_topic_with_a_label_and_phrasings() -> None:
    design = {"crime", "drugs", "cybersecurity", "economic_security", "national_security",
              "political_security", "ethnic_religious_security", "rural_security", "social_order",
              "traffic_safety", "fire_safety", "border_control", "public_health", "admin_reform",
              "digital_transformation", "party_building", "force_building", "grassroots_police",
              "infrastructure", "propaganda", "anti_corruption", "socioeconomic", "investment_environment",
              "mass_movement", "foreign_affairs"}
    vocab = load_vocabulary("topics.tsv")
    assert design <= set(vocab)
    assert all(vocab[key] for key in design)
    assert all(topic_labels()[key] for key in design)
    assert find_topics("triển khai Đề án 06, phòng, chống ma túy và cải cách hành chính") == (
        "digital_transformation", "drugs", "admin_reform")


def test_theo_thu_truong_opens_a_speech_without_a_verb_of_saying() -> None:
    ex = extract_path(REPORTS / "h4_lam_viec_cam_ket.txt")
    d = directive_with(ex, "Theo Thứ trưởng Hà Minh Quân")
    assert (d.speaker, d.verb, d.addressee) == ("Hà Minh Quân", None, "Công an tỉnh Kon Tum")


def _directives(text: str, date: str = "2024-03") -> list[Directive]:
    return directives_of(text, date)


def test_a_body_or_an_unnamed_official_that_asks_gives_a_directive_without_a_speaker():
    found = _directives(
        "Hội nghị giao ban trực tuyến đánh giá kết quả năm 2023. Đồng thời đề ra 5 nhóm nhiệm vụ, giải pháp "
        "bảo đảm an ninh trật tự trong năm 2024.\n\nThủ tướng Chính phủ đã có văn bản chỉ đạo UBND các tỉnh, "
        "thành phố triển khai tháng hành động phòng, chống ma túy.")
    assert [(d.speaker, d.verb) for d in found] == [(None, "đề ra"), (None, "chỉ đạo")]


def test_a_target_set_or_a_past_action_is_no_unnamed_request():
    found = _directives(
        "Năm 2023, lực lượng Công an tỉnh điều tra làm rõ 92% số vụ, vượt chỉ tiêu đề ra; triệt xóa "
        "8 băng nhóm. "
        "Bộ Công an và Bộ Quốc phòng đã quán triệt, triển khai Nghị định số 03 của Chính phủ. "
        "Hội nghị sẽ quán triệt, lấy ý kiến về đề án sắp xếp bộ máy công an địa phương.")
    assert found == []


def test_theo_do_after_a_launch_lists_the_tasks_and_orders_follow():
    found = _directives(
        "Sáng 9/12, Công an tỉnh Vĩnh Long tổ chức lễ ra quân đợt cao điểm tấn công trấn áp tội phạm.\n\n"
        "Theo đó, các đơn vị nghiệp vụ và công an các huyện sẽ tập trung nắm tình hình, rà soát địa "
        "bàn trọng "
        "điểm. Kiên quyết xử lý nghiêm các trường hợp vận chuyển hàng giả. Tăng cường tuần tra kiểm soát.\n\n"
        "Theo đó, tháng qua có 51 vụ được điều tra, khám phá với 63 đối tượng bị phát hiện.")
    # the orders after it are asked of the same units; the report of results is no task
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        (None, None, "các đơn vị nghiệp vụ và công an các huyện")] * 3


def test_a_quotation_takes_the_speaker_and_verb_said_after_it_closes():
    found = _directives(
        "Ông Nguyễn Văn Tâm, Chủ tịch UBND tỉnh Nam Định chủ trì hội nghị tổng kết công tác bảo đảm trật tự "
        "an toàn giao thông, phòng chống tội phạm của lực lượng Công an tỉnh.\n\n"
        "\"Tăng cường ứng dụng công nghệ thông tin trong quản lý giao thông. Đồng thời, siết chặt "
        "quản lý các "
        "đơn vị kinh doanh vận tải\", ông Tâm nhấn mạnh.")
    assert [(d.speaker, d.verb) for d in found] == [("Nguyễn Văn Tâm", "nhấn mạnh")] * 2


def test_a_weak_verb_gives_way_to_the_request_of_the_same_subject():
    found = _directives(
        "Đại tướng Trần Văn Bình, Bộ trưởng Bộ Công an làm việc với Tỉnh ủy Nam Định.\n\n"
        "Đại tướng Trần Văn Bình khẳng định, thời gian tới, sẽ chỉ đạo các đơn vị của Bộ Công an "
        "tiếp tục đồng "
        "hành với tỉnh. Bí thư Tỉnh ủy Lê Văn Sơn báo cáo tình hình của tỉnh; kiến nghị lãnh đạo Bộ Công an "
        "quan tâm hỗ trợ tỉnh.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        ("Trần Văn Bình", "chỉ đạo", "các đơn vị của Bộ Công an"),
        ("Lê Văn Sơn", "kiến nghị", "lãnh đạo Bộ Công an")]


def test_giao_thong_is_no_verb_of_asking():
    assert _directives("Ông Lê Văn Sơn chủ trì hội nghị tổng kết công tác bảo đảm trật tự an toàn giao thông "
                       "năm 2024 của tỉnh Nam Định.") == []


def test_a_report_not_about_security_asks_nothing():
    assert _directives("Giá lúa tăng trở lại. Hiệp hội Lương thực Việt Nam đề nghị các doanh nghiệp "
                       "tiếp tục thu mua lúa cho nông dân với giá hợp lý trong vụ thu đông.") == []


def test_verbs_inside_names_and_event_leads_ask_nothing():
    found = _directives(
        "Sáng 23/12, Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2020 và đề ra phương hướng, "
        "nhiệm vụ trong thời gian tới. Ban chỉ đạo 138 tỉnh tổ chức lễ ra quân trấn áp tội phạm. Hội nghị "
        "quán triệt Chỉ thị 01/CT-TTg của Thủ tướng Chính phủ về công tác phòng cháy, chữa cháy. Theo đánh "
        "giá, các lực lượng đã tham mưu cho cấp ủy trong chỉ đạo phòng ngừa tội phạm.")
    assert found == []


def test_praise_then_a_request_keeps_the_speaker():
    found = _directives(
        "Thứ trưởng Bùi Văn Thanh ghi nhận, biểu dương kết quả công tác của Công an tỉnh thời gian qua và "
        "nhấn mạnh, thời gian tới Công an tỉnh cần làm tốt công tác phòng chống tội phạm.\n\n"
        "Tại Hội nghị, Thượng tướng Nguyễn Văn Thanh đã biểu dương và đánh giá cao thành tích của Công an "
        "tỉnh. Đồng thời yêu cầu Công an tỉnh tiếp tục nâng cao hiệu quả đấu tranh phòng chống tội phạm.")
    assert [(d.speaker, d.verb) for d in found] == [("Bùi Văn Thanh", "nhấn mạnh"),
                                                    ("Nguyễn Văn Thanh", "yêu cầu")]


def test_the_goal_for_the_period_ahead_is_a_task():
    found = _directives(
        "Các lực lượng Công an, Quân sự giao ban thực hiện Nghị định 03 của Chính phủ về bảo đảm an ninh "
        "trật tự. Mục tiêu trong thời gian tới là tiếp tục tăng cường phối hợp trong các mặt nhiệm vụ.")
    assert [(d.speaker, d.verb) for d in found] == [(None, None)]


def test_the_addressee_ends_where_the_asked_action_begins() -> None:
    text = ("Ngày 9/1, Bộ Công an tổ chức hội nghị triển khai công tác năm 2024.\n\n"
            "Bộ trưởng yêu cầu Cục Cảnh sát giao thông chủ trì, phối hợp với Công an các địa phương "
            "xử lý nghiêm vi phạm. Thứ trưởng đề nghị Công an các đơn vị, địa phương xử lý nghiêm "
            "các vi phạm về nồng độ cồn.")
    assert [d.addressee for d in _directives(text)] == [
        "Cục Cảnh sát giao thông", "Công an các đơn vị, địa phương"]


def test_a_request_for_the_body_the_sentence_opens_with() -> None:
    text = ("Ngày 9/6, Bộ Công an làm việc với Tỉnh ủy Gia Lai về công tác bảo đảm an ninh, trật tự.\n\n"
            "Đối với Công an tỉnh, Thứ trưởng yêu cầu tập trung nắm chắc tình hình vùng biên giới. "
            "Riêng Công an các huyện biên giới, Thứ trưởng đề nghị tăng cường tuần tra.")
    assert [d.addressee for d in _directives(text)] == ["Công an tỉnh", "Công an các huyện biên giới"]


def test_a_quotation_closed_by_a_verb_of_saying_asks_what_it_prescribes() -> None:
    text = ("Chiều 17/7, Đoàn giám sát làm việc với UBND tỉnh Nghệ An về phòng, chống ma túy.\n\n"
            "\"Nghệ An là địa bàn trọng điểm về ma túy, vì vậy tỉnh cần tiếp tục ưu tiên nguồn lực cho công "
            "tác này\", ông Trần Văn Độ nói. \"Kết quả năm qua rất đáng ghi nhận\", ông Độ chia sẻ.")
    found = _directives(text, date="2019-07")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [("Trần Văn Độ", "nói", "tỉnh")]


def test_a_quotation_that_opens_with_an_order() -> None:
    text = ("Ngày 5/1, Công an thành phố Hà Nội tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự, "
            "phòng, chống tội phạm năm 2015. Ông Trần Quốc Khải, Chủ tịch UBND TP Hà Nội dự.\n\n"
            "\"Không được để xảy ra bất cứ sơ suất nào\", ông Khải nhấn "
            "mạnh. \"Phải xử lý nghiêm, không có vùng cấm\", ông Khải nói. \"Cần Thơ và Hà Nội đều tăng "
            "trưởng\", ông Khải nói.")
    assert [(d.speaker, d.verb) for d in _directives(text, date="2016-01")] == [
        ("Trần Quốc Khải", "nhấn mạnh"), ("Trần Quốc Khải", "nói")]


def test_the_items_of_a_list_after_an_order_ending_with_a_colon_are_its_tasks() -> None:
    text = ("Sáng 9/1, UBND TP.HCM tổng kết công tác bảo đảm trật tự, an toàn giao thông năm 2024.\n\n"
            "Kết luận hội nghị, ông Bùi Văn Cường yêu cầu các sở, ngành, UBND các quận, huyện:\n"
            "- Tiếp tục triển khai nghiêm Nghị định 168/2024/NĐ-CP của Chính phủ;\n"
            "2. Phấn đấu năm 2025 kéo giảm 5% số người chết do tai nạn giao thông;\n"
            "b) Công an TP chủ trì xử lý dứt điểm các điểm đen về tai nạn giao thông.\n"
            "Năm 2024, thành phố xảy ra 1.872 vụ tai nạn giao thông.")
    found = _directives(text, date="2025-01")
    assert [(d.speaker, d.addressee, d.text[:12]) for d in found] == [
        ("Bùi Văn Cường", "các sở, ngành, UBND các quận, huyện", "Kết luận hội"),
        ("Bùi Văn Cường", "các sở, ngành, UBND các quận, huyện", "Tiếp tục tri"),
        ("Bùi Văn Cường", "các sở, ngành, UBND các quận, huyện", "Phấn đấu năm"),
        ("Bùi Văn Cường", "Công an TP", "Công an TP c")]


def test_a_lead_in_clause_is_said_by_the_person_named_after_it_not_the_speech_before() -> None:
    text = ("Ngày 27-11, Bộ Công an tổ chức hội nghị trực tuyến về phòng, chống lừa đảo trên không "
            "gian mạng.\n\n"
            "Theo thiếu tướng Vũ Đình Khang, Cục trưởng Cục A05, các đối tượng chủ yếu giả danh cơ "
            "quan Công an.\n\n"
            "Phát biểu chỉ đạo, Thứ trưởng Phạm Đức Thuận đề nghị Ngân hàng Nhà nước chỉ đạo các ngân hàng "
            "thương mại rà soát tài khoản.")
    found = _directives(text, date="2024-11")
    assert [(d.speaker, d.verb, d.addressee) for d in found][-1] == (
        "Phạm Đức Thuận", "đề nghị", "Ngân hàng Nhà nước")


def test_a_task_opened_by_a_time_frame_goes_on_with_the_speech_and_its_goals_are_targets() -> None:
    text = ("Sáng 15/12, Công an tỉnh Tây Ninh ra quân cao điểm tấn công, trấn áp tội phạm.\n\n"
            "Thiếu tướng Đỗ Thanh Sang quán triệt Công an các xã, phường phải bám sát địa bàn. Trong đợt cao "
            "điểm, phấn đấu kéo giảm ít nhất 10% tội phạm về trật tự xã hội so với dịp Tết Ất Tỵ 2025; tỷ lệ "
            "điều tra khám phá án đạt trên 90%.")
    document = Document.from_text(" date 2025-12\n" + text, "tay-ninh.txt")
    ex = extract_document(document)
    assert [(d.speaker, d.text[:18]) for d in ex.directives] == [
        ("Đỗ Thanh Sang", "Thiếu tướng Đỗ Tha"), ("Đỗ Thanh Sang", "Trong đợt cao điểm")]
    assert [(t.value, t.baseline) for t in ex.targets] == [(10, "Tết Ất Tỵ 2025"), (90, None)]


def test_a_body_setting_a_goal_and_a_strive_sentence_that_goes_on_with_the_speech() -> None:
    text = ("Ngày 5/1, Cục Cảnh sát giao thông tổng kết công tác bảo đảm trật tự, an toàn giao thông "
            "năm 2022.\n\n"
            "Cục Cảnh sát giao thông đặt mục tiêu đến hết năm 2023 kéo giảm ít nhất 5% số người chết vì "
            "tai nạn giao thông so với năm 2022.\n\n"
            "Bà Đoàn Thị Hậu yêu cầu các lực lượng chức năng tăng cường kiểm soát. Năm 2023, các lực lượng "
            "phấn đấu số vụ buôn lậu bị bắt giữ tăng ít nhất 10% so với năm 2022.")
    found = _directives(text, date="2023-01")
    assert [(d.speaker, d.verb, d.text[:12]) for d in found] == [
        (None, "đặt mục tiêu", "Cục Cảnh sát"), ("Đoàn Thị Hậu", "yêu cầu", "Bà Đoàn Thị "),
        ("Đoàn Thị Hậu", None, "Năm 2023, cá")]


def test_verbs_of_asking_that_ask_nothing() -> None:
    text = ("Ngày 3/10, Công an TP Hà Nội phát đi cảnh báo về thủ đoạn lừa đảo trên không gian mạng.\n\n"
            "Các đối tượng giả danh cán bộ công an gọi điện yêu cầu người dân cài đặt ứng dụng giả mạo. "
            "Bà H. bị đối tượng giả danh cán bộ công an yêu cầu chuyển 1,8 tỷ đồng. Thượng tá Đỗ Mạnh Hùng "
            "khẳng định, Công an không làm việc qua điện thoại, không yêu cầu người dân chuyển tiền. Dự và "
            "chỉ đạo hội nghị có đồng chí Trần Đức Hưng.")
    assert _directives(text, date="2025-10") == []


def test_the_tasks_of_a_conclusion_after_theo_do_and_those_with_a_deadline() -> None:
    text = ("Ngày 20/10, Ban Chỉ đạo chống khai thác IUU tỉnh Gia Lai họp.\n\n"
            "Phát biểu chỉ đạo, ông Trương Văn Đạt yêu cầu các thành viên Ban Chỉ đạo quán triệt nghiêm "
            "Chỉ thị số 32-CT/TW. Theo đó, Bộ Chỉ huy Bộ đội Biên phòng tỉnh bảo đảm 100% tàu cá xuất, "
            "nhập bến được kiểm tra. Công an tỉnh điều tra các vụ môi giới đưa ngư dân đi khai thác trái "
            "phép, hoàn thành trước ngày 30-11-2025.")
    found = _directives(text, date="2025-10")
    assert [(d.speaker, d.text[:12]) for d in found] == [
        ("Trương Văn Đạt", "Phát biểu ch"), ("Trương Văn Đạt", "Theo đó, Bộ "),
        ("Trương Văn Đạt", "Công an tỉnh")]


def test_a_request_to_prosecute_named_by_criminal_procedure_asks_nothing() -> None:
    text = ("Ngày 12/1, Công an tỉnh Bến Tre tổng kết công tác năm 2023.\n\n"
            "Trong năm, Công an các huyện đã tiếp nhận 930 tin báo, tố giác tội phạm và kiến nghị khởi tố, "
            "Viện kiểm sát đề nghị truy tố 410 vụ án.")
    assert _directives(text, date="2024-01") == []


def test_two_forces_agreeing_is_a_joint_directive() -> None:
    found = _directives(
        "Ngày 8/3, Công an tỉnh Cao Bằng và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng tổ chức hội nghị "
        "phối hợp.\n\nTheo kế hoạch, hai lực lượng thống nhất tổ chức tuần tra chung trên tuyến biên giới. "
        "Hai đơn vị đã thống nhất phối hợp trong nhiều năm qua.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [(None, "thống nhất", "hai lực lượng")]


def test_the_addressee_ends_before_defining_or_publishing() -> None:
    found = _directives(
        "Sáng 4/3, Công an tỉnh Bến Tre tổ chức hội nghị.\n\nĐại tá Nguyễn Văn Hai yêu cầu Công an các huyện "
        "xác định phòng cháy là nhiệm vụ trọng tâm. Ông đề nghị UBND các huyện công khai danh sách cơ sở vi "
        "phạm trên cổng thông tin điện tử.")
    assert [d.addressee for d in found] == ["Công an các huyện", "UBND các huyện"]


def test_a_body_given_its_own_task_right_after_an_order_carries_the_speech_on() -> None:
    found = _directives(
        "Ngày 14/5, Đại tá Vũ Minh Tiến, Giám đốc Công an tỉnh Hưng Yên làm việc với Công an huyện "
        "Văn Lâm.\n\n"
        "Đại tá Vũ Minh Tiến yêu cầu Công an huyện tập trung giải quyết dứt điểm các vụ việc tồn đọng. "
        "Các đội nghiệp vụ rà soát lại toàn bộ hồ sơ tạm đình chỉ, không để bỏ lọt tội phạm. "
        "Công an các xã duy trì tuần tra vào ban đêm.\n\n"
        "Tại buổi làm việc, Công an huyện Văn Lâm đã báo cáo kết quả công tác năm 2023.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        ("Vũ Minh Tiến", "yêu cầu", "Công an huyện"),
        ("Vũ Minh Tiến", None, "Các đội nghiệp vụ"),
        ("Vũ Minh Tiến", None, "Công an các xã")]


def test_a_body_s_chi_dao_inside_a_speech_is_a_task_the_speaker_gives_that_body() -> None:
    found = _directives(
        "Ngày 20/3, đồng chí Lê Văn Hà, Bí thư Tỉnh ủy Kon Tum làm việc với Công an huyện Sa Thầy.\n\n"
        "Đồng chí Lê Văn Hà yêu cầu Công an huyện nắm chắc tình hình vùng biên giới. "
        "Huyện ủy Sa Thầy chỉ đạo các xã xây dựng quy chế phối hợp giữa công an xã và dân quân.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        ("Lê Văn Hà", "yêu cầu", "Công an huyện"), ("Lê Văn Hà", None, "Huyện ủy Sa Thầy")]


def test_a_file_of_proposals_asks_nothing_and_another_s_pledge_ends_the_speech() -> None:
    found = _directives(
        "Chiều 14/8, Thiếu tướng Lê Văn Tuấn làm việc với Công an tỉnh Ninh Bình.\n\n"
        "Báo cáo với đoàn, Đại tá Trần Văn Hòa cho biết, Công an tỉnh đã lập 60 hồ sơ đề nghị đặc xá; "
        "danh sách đề nghị khen thưởng có 12 tập thể.\n\n"
        "Thiếu tướng Lê Văn Tuấn yêu cầu Công an tỉnh làm tốt công tác xét duyệt hồ sơ. "
        "Phòng Hồ sơ chủ trì rà soát toàn bộ danh sách phạm nhân đủ điều kiện.\n\n"
        "Đại tá Trần Văn Hòa cam kết Công an tỉnh sẽ hoàn thành việc xét duyệt trước ngày 30/8.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        ("Lê Văn Tuấn", "yêu cầu", "Công an tỉnh"), ("Lê Văn Tuấn", None, "Phòng Hồ sơ")]


def test_counted_recommendations_issued_and_accepted_ask_nothing(tmp_path) -> None:
    text = (" date 2019-12\nViện kiểm sát tỉnh tổng kết công tác năm 2019\n\n"
            "Ngày 20/12, Viện kiểm sát nhân dân tỉnh Long An tổ chức hội nghị tổng kết công tác kiểm sát "
            "năm 2019. "
            "Năm 2019, Viện kiểm sát đã ban hành 52 kiến nghị yêu cầu khắc phục vi phạm trong hoạt động "
            "điều tra, "
            "được tiếp thu 50/52 kiến nghị.\n\n"
            "Ông Nguyễn Văn An, Viện trưởng, đề nghị Công an tỉnh phối hợp chặt chẽ trong giải quyết tin "
            "báo về tội phạm.\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_path(path)
    assert not any("52 kiến nghị" in d.text for d in ex.directives), [d.text for d in ex.directives]
    asked = directive_with(ex, "đề nghị Công an tỉnh")
    assert asked.verb == "đề nghị"
    # the counts are results, no goals
    assert not any(t.value in (50, 52) for t in ex.targets)


def test_a_goal_for_the_school_year_after_an_order_carries_the_speech_on() -> None:
    found = _directives(
        "Ngày 10/1, Công an tỉnh Thái Bình tổ chức hội nghị bảo đảm an ninh, trật tự trường học.\n\n"
        "Phát biểu chỉ đạo, Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh đề nghị các đơn vị tăng cường "
        "phối hợp phòng, chống tội phạm.\n\n"
        "Mục tiêu năm học 2019 - 2020 là kéo giảm ít nhất 15% số vụ học sinh đánh nhau so với năm học trước.",
        date="2020-01")
    goal = [d for d in found if d.text.startswith("Mục tiêu")]
    assert len(goal) == 1 and goal[0].speaker == "Nguyễn Văn An" and goal[0].verb is None


def test_a_counted_group_a_plural_or_a_body_agreeing_is_a_joint_directive() -> None:
    found = _directives(
        "Ngày 14/7, Công an ba tỉnh An Giang, Kiên Giang và Cà Mau tổ chức hội nghị.\n\n"
        "Ba tỉnh thống nhất tổ chức 2 đợt tuần tra chung trong quý III. Cũng tại hội nghị, các đồng chí "
        "lãnh đạo thống nhất tiếp tục thực hiện Chỉ thị số 46-CT/TW của Bộ Chính trị. UBND tỉnh cũng thống "
        "nhất bố trí 2 tỷ đồng cho Công an tỉnh mua sắm ca nô. Ban Chỉ đạo đã thống nhất đưa 3 vụ án vào "
        "diện theo dõi. Các tỉnh đã thống nhất phối hợp trong nhiều năm qua.")
    assert [(d.speaker, d.verb) for d in found] == [(None, "thống nhất")] * 4
    assert found[-1].text.startswith("Ban Chỉ đạo đã thống nhất")


def test_a_task_right_after_a_joint_agreement_carries_the_agreement_on() -> None:
    found = _directives(
        "Ngày 5/4, Ban Thường vụ Tỉnh ủy Nam Định làm việc với Đảng ủy Công an Trung ương.\n\n"
        "Hai bên nhất trí tăng cường phối hợp trong công tác bảo đảm an ninh, trật tự. "
        "Các cơ quan thường xuyên rà soát việc thực hiện các chính sách về an ninh kinh tế.")
    assert [(d.speaker, d.verb) for d in found] == [(None, "nhất trí"), (None, None)]
    assert found[1].addressee == "Các cơ quan"


def test_a_lead_that_only_sums_the_tasks_up_is_no_directive_but_the_speech_goes_on() -> None:
    found = _directives(
        "Phát biểu kết luận hội nghị, Thiếu tướng Phạm Văn Bình, Giám đốc Công an tỉnh, "
        "đã quán triệt một số nhiệm vụ trọng tâm đối với các đơn vị.\n\n"
        "Đồng chí Giám đốc yêu cầu Công an các huyện tăng cường tuần tra, kiểm soát địa bàn.")
    assert [(d.speaker, d.verb) for d in found] == [("Phạm Văn Bình", "yêu cầu")]
    listed = _directives(
        "Phát biểu kết luận hội nghị, Thiếu tướng Phạm Văn Bình, Giám đốc Công an tỉnh, "
        "đã quán triệt một số nhiệm vụ trọng tâm:\n\n"
        "- Công an các huyện tăng cường tuần tra, kiểm soát địa bàn.")
    assert listed and listed[0].verb == "quán triệt"  # with a colon, the tasks follow as a list


def test_the_addressee_after_two_verbs_of_asking_and_of_forces_named_by_what_they_do() -> None:
    found = _directives(
        "Ngày 2/6, UBND tỉnh Hưng Yên họp bàn công tác phòng, chống ma túy.\n\n"
        "Phó Chủ tịch UBND tỉnh Trần Quốc Văn đã chỉ đạo yêu cầu các sở, ngành, UBND các huyện "
        "triển khai Tháng hành động phòng, chống ma túy.\n\n"
        "Đại tá Lê Văn Nam, Giám đốc Công an tỉnh đề nghị các lực lượng trực tiếp đấu tranh phòng, chống "
        "tội phạm đồng loạt ra quân bảo đảm an ninh, trật tự dịp Tết.")
    assert [d.addressee for d in found] == [
        "các sở, ngành, UBND các huyện", "các lực lượng trực tiếp đấu tranh phòng, chống tội phạm"]


def test_what_was_given_on_the_occasion_does_not_carry_the_speech_on() -> None:
    found = _directives(
        "Sáng 4/3, Thứ trưởng Bộ Công an Nguyễn Văn Long làm việc với Công an tỉnh Nam Định.\n\n"
        "Thứ trưởng yêu cầu Công an tỉnh tăng cường tuần tra, kiểm soát trên các tuyến giao thông. "
        "Dịp này, Bộ Công an trang bị thêm cho Công an tỉnh 20 xe mô tô trong quý II/2024. "
        "Nhân dịp này, Ngân hàng Nông nghiệp tỉnh cam kết hỗ trợ 500 triệu đồng cho các xã.")
    assert [d.verb for d in found] == ["yêu cầu"]
    # with a verb of saying or an agreement, such a sentence is read as any other
    found = _directives(
        "Sáng 4/3, Thứ trưởng Bộ Công an Nguyễn Văn Long làm việc với Công an tỉnh Nam Định.\n\n"
        "Dịp này, UBND tỉnh thống nhất hỗ trợ Công an tỉnh 2 tỷ đồng mua sắm phương tiện.")
    assert [(d.speaker, d.verb) for d in found] == [(None, "thống nhất")]


def test_a_body_advising_the_public_gives_a_directive_with_no_speaker() -> None:
    found = _directives(
        "Ngày 4/3, Công an tỉnh Quảng Bình tổ chức hội nghị về phòng, chống tội phạm ma túy.\n\n"
        "Trung tá Hoàng Văn Tĩnh, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy cho biết, năm 2023 "
        "đơn vị đã bắt 120 đối tượng.\n\n"
        "Công an tỉnh khuyến cáo các chủ cơ sở lưu trú không để khách sử dụng trái phép chất ma túy; người "
        "dân phát hiện dấu hiệu vi phạm cần báo ngay cho cơ quan Công an gần nhất.")
    advice = [d for d in found if d.verb == "khuyến cáo"]
    assert [(d.speaker, d.text[:28]) for d in advice] == [(None, "Công an tỉnh khuyến cáo các ")]


def test_theo_ong_and_numbered_items_with_a_slash_carry_the_speech() -> None:
    found = _directives(
        "Ngày 20/12/2023, Viện Kiểm sát nhân dân tỉnh Bình Phước tổ chức hội nghị tổng kết công tác kiểm sát "
        "năm 2023. Phó Chánh án Tòa án nhân dân tối cao Nguyễn Văn Tiến dự và chỉ đạo hội nghị.\n\n"
        "Phát biểu chỉ đạo, Phó Chánh án Nguyễn Văn Tiến ghi nhận kết quả của ngành. Theo ông, năm 2024, "
        "Viện Kiểm sát nhân dân tỉnh Bình Phước cần tập trung:\n\n"
        "1/ Nâng cao chất lượng thực hành quyền công tố, kiểm sát điều tra các vụ án hình sự;\n\n"
        "2/ Tổ chức ít nhất 20 phiên tòa rút kinh nghiệm.\n\n"
        "Ông cũng đề nghị UBND tỉnh Bình Phước quan tâm bố trí kinh phí sửa chữa trụ sở.", date="2023-12")
    assert [(d.speaker, d.verb) for d in found] == [("Nguyễn Văn Tiến", None)] * 3 + [
        ("Nguyễn Văn Tiến", "đề nghị")]
    assert found[1].text.startswith("Nâng cao chất lượng")
    assert found[2].addressee == "Viện Kiểm sát nhân dân tỉnh Bình Phước"


def test_a_speaker_named_by_the_office_he_heads_and_a_dash_list_of_bodies_tasks() -> None:
    found = _directives(
        "Ngày 5/6, đồng chí Trần Văn Minh, Bí thư Tỉnh ủy Kon Tum làm việc với Công an tỉnh Kon Tum về "
        "công tác bảo đảm an ninh, trật tự vùng biên giới và phòng, chống tội phạm ma túy.\n\n"
        "Kết luận buổi làm việc, Bí thư Tỉnh ủy Trần Văn Minh ghi nhận kết quả đạt được. Người đứng đầu "
        "Đảng bộ tỉnh lưu ý một số nội dung:\n\n"
        "- Công an tỉnh nắm chắc tình hình vùng biên giới, không để bị động, bất ngờ;\n"
        "- Các sở, ngành tham mưu UBND tỉnh bố trí kinh phí cho lực lượng tham gia bảo vệ an ninh ở cơ sở.",
        date="2024-06")
    assert [(d.speaker, d.verb) for d in found] == [
        ("Trần Văn Minh", "lưu ý"), ("Trần Văn Minh", None), ("Trần Văn Minh", None)]
    assert [d.addressee for d in found[1:]] == ["Công an tỉnh", "Các sở, ngành"]


def test_heads_in_general_are_no_speaker() -> None:
    found = _directives(
        "Chiều 3/4, Phó Chủ tịch UBND tỉnh Lê Văn Hòa chủ trì hội nghị về an toàn giao thông. Ông yêu cầu "
        "các địa phương tăng cường tuần tra. Người đứng đầu địa phương phải chịu trách nhiệm nếu để tai nạn "
        "tăng.", date="2024-04")
    assert all(d.speaker in ("Lê Văn Hòa", None) for d in found)


def test_a_bodys_pledges_listed_after_se_are_no_orders() -> None:
    found = _directives(
        "Chiều 28/12, Cục Hải quan tỉnh Quảng Ninh và Công an tỉnh Quảng Ninh sơ kết công tác phối hợp. "
        "Cục trưởng Nguyễn Văn Hải đề nghị hai bên duy trì trao đổi thông tin hằng tuần. Về phía Hải quan, "
        "năm 2024 đơn vị sẽ:\n\n"
        "– Lắp đặt thêm 3 máy soi hành lý tại cửa khẩu Móng Cái;\n\n"
        "– Bố trí 15 công chức kiểm soát ma túy tại cửa khẩu.", date="2023-12")
    assert [d.verb for d in found] == ["đề nghị"]


def test_an_addressee_ends_where_its_task_begins() -> None:
    found = _directives(
        "Ngày 9/4, Phó Chủ tịch UBND tỉnh Trần Văn Nam cùng Công an tỉnh Bến Tre kiểm tra công tác bảo đảm "
        "an ninh, trật tự và an toàn giao thông đường thủy tại các bến đò. Ông yêu cầu UBND huyện Châu "
        "Thành, Chợ Lách đình chỉ ngay hoạt động của các bến không an toàn; Cụm thi đua số 2 đổi mới hình "
        "thức thi đua.", date="2021-04")
    assert found[0].addressee == "UBND huyện Châu Thành, Chợ Lách"


def test_paragraphs_opened_by_their_topic_carry_the_speech_on() -> None:
    found = _directives(
        "Sáng 6/1, Công an tỉnh Cà Mau tổng kết công tác năm 2023. Phát biểu chỉ đạo, Chủ tịch UBND tỉnh "
        "Huỳnh Quốc Việt đề nghị Công an tỉnh quan tâm một số việc chính.\n\n"
        "Về công tác phòng, chống tội phạm, chủ động rà soát các băng nhóm cho vay lãi nặng ở nông thôn.\n\n"
        "Về trật tự an toàn giao thông, kéo giảm tai nạn trên quốc lộ 1 qua huyện Cái Nước.\n\n"
        "Về phía tỉnh, năm qua đã bố trí kinh phí mua sắm phương tiện.", date="2024-01")
    assert [(d.speaker, d.verb) for d in found] == [
        ("Huỳnh Quốc Việt", "đề nghị"), ("Huỳnh Quốc Việt", None), ("Huỳnh Quốc Việt", None)]
    assert found[1].text.startswith("Về công tác phòng, chống tội phạm")


def test_items_lettered_with_a_slash_are_the_tasks_of_the_list_and_a_campaign_described_is_none() -> None:
    found = _directives(
        "Sáng 2/3, Cục Cảnh sát giao thông ra quân đợt cao điểm. Thiếu tướng Lê Văn Phong yêu cầu Phòng Cảnh "
        "sát giao thông Công an các địa phương trong đợt cao điểm thực hiện hai việc:\n\n"
        "a/ Tuần tra trên các tuyến cao tốc vào ban đêm;\n\n"
        "b/ Kiểm tra nồng độ cồn đối với lái xe khách.\n\n"
        "Đợt cao điểm kéo dài đến hết tháng 4, phấn đấu giảm số người chết vì tai nạn giao thông.",
        date="2024-03")
    assert [(d.speaker, d.verb) for d in found] == [
        ("Lê Văn Phong", "yêu cầu"), ("Lê Văn Phong", None), ("Lê Văn Phong", None)]
    assert found[0].addressee == "Phòng Cảnh sát giao thông Công an các địa phương"
    assert found[1].text.startswith("Tuần tra")


def test_a_body_that_will_direct_another_is_its_heads_pledge_and_approvals_are_no_orders() -> None:
    found = _directives(
        "Chiều 5/9, Giám đốc Công an tỉnh Trần Văn Hải làm việc với Công an huyện Tuy Phước. Ông yêu cầu "
        "Công an huyện rà soát các cơ sở lưu trú. Về đề xuất của huyện, ông Trần Văn Hải đồng ý bổ sung 10 "
        "cán bộ cho Công an huyện trong quý IV/2023.\n\n"
        "Trung tá Lê Văn Bình, Phó Trưởng Công an huyện tiếp thu ý kiến, cam kết hoàn thành trong tháng "
        "10/2023.\n\n"
        "Bí thư Huyện ủy Nguyễn Thị Mai cho biết, Huyện ủy sẽ chỉ đạo UBND huyện bố trí kinh phí lắp camera.",
        date="2023-09")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        ("Trần Văn Hải", "yêu cầu", "Công an huyện"), ("Nguyễn Thị Mai", "chỉ đạo", "UBND huyện")]


def test_an_order_to_sign_a_pledge_is_still_an_order() -> None:
    found = _directives(
        "Sáng 2/5, Phó Chủ tịch UBND tỉnh Lê Văn Sáu kiểm tra công tác bảo đảm an ninh, trật tự tại các "
        "cơ sở kinh doanh karaoke. Ông yêu cầu Công an tỉnh Gia Lai tăng cường kiểm tra.\n\nCác cơ sở "
        "kinh doanh phải ký cam kết bảo đảm an ninh, trật tự trước ngày 30/6/2024.", date="2024-05")
    assert [d.speaker for d in found] == ["Lê Văn Sáu", "Lê Văn Sáu"]


def test_a_congress_adopting_goals_and_a_bodys_task_in_the_next_paragraph() -> None:
    found = _directives(
        "Sáng 20/8, Công an tỉnh Nghệ An tổ chức Đại hội thi đua \"Vì an ninh Tổ quốc\" lần thứ V. "
        "Đại hội đã thông qua chỉ tiêu thi đua giai đoạn 2020 - 2025: mỗi năm giảm 5% số vụ phạm tội "
        "về trật tự xã hội.\n\n"
        "Kết luận, Phó Chủ tịch UBND tỉnh Hoàng Văn An yêu cầu các thành viên Ban An toàn giao thông "
        "tỉnh tăng cường tuần tra.\n\n"
        "Công an tỉnh chỉ đạo lực lượng Cảnh sát giao thông duy trì các tổ kiểm soát ban đêm.\n\n"
        "Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn ký cam kết với phụ huynh học sinh.\n\n"
        "Dịp này, 20 tập thể được tặng Bằng khen.", date="2020-08")
    assert [(d.speaker, d.verb) for d in found] == [
        (None, "thông qua"), ("Hoàng Văn An", "yêu cầu"), ("Hoàng Văn An", None), ("Hoàng Văn An", None)]
    assert found[-1].addressee == "Sở Giáo dục và Đào tạo"


def test_addressees_that_are_groups_the_other_side_or_a_post_and_where_they_end() -> None:
    found = _directives(
        "Sáng 12/3, Đại tá Nguyễn Văn Tâm, Giám đốc Công an tỉnh Kiên Giang làm việc với Công an tỉnh "
        "Kampot (Campuchia). Ông đề nghị phía Bạn tăng cường trao đổi thông tin về tội phạm ma túy.\n\n"
        "Ông cũng đề nghị ngư dân không ra khơi khi có bão; kêu gọi chủ tàu, thuyền trưởng thường xuyên "
        "theo dõi bản tin thời tiết.\n\n"
        "Đại tá Nguyễn Văn Tâm yêu cầu các cơ quan tiến hành tố tụng phối hợp xử lý dứt điểm các vụ án. "
        "Ông yêu cầu Đồn Biên phòng Hòn Chông tiếp tục tuần tra. Ông đề nghị Công an các xã quản lý, sử "
        "dụng hiệu quả camera; lưu ý cán bộ, chiến sĩ được phân công trực phải giữ bí mật. Ông đề nghị "
        "Phòng Cảnh sát điều tra tội phạm về ma túy mở đợt cao điểm. Phòng An ninh mạng và phòng, chống "
        "tội phạm sử dụng công nghệ cao tập trung rà soát, phấn đấu bảo đảm an toàn dữ liệu.", date="2024-03")
    assert [(d.verb, d.addressee) for d in found] == [
        ("đề nghị", "phía Bạn"), ("đề nghị", "ngư dân"), ("yêu cầu", "các cơ quan tiến hành tố tụng"),
        ("yêu cầu", "Đồn Biên phòng Hòn Chông"), ("đề nghị", "Công an các xã"),
        ("đề nghị", "Phòng Cảnh sát điều tra tội phạm về ma túy"),
        (None, "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao")]


def test_keu_goi_dan_do_and_can_dan_are_verbs_of_asking() -> None:
    found = _directives(
        "Chiều 8/2, Bí thư Tỉnh ủy Phạm Văn Bình thăm Công an tỉnh Hòa Bình. \"Cán bộ, chiến sĩ phải giữ "
        "vững an ninh trong dịp Tết\", Bí thư Tỉnh ủy dặn dò.\n\n"
        "Công an tỉnh Hòa Bình kêu gọi các đối tượng đang bị truy nã ra đầu thú; đề nghị người dân khi phát "
        "hiện đối tượng thì báo ngay cho cơ quan Công an.", date="2024-02")
    assert [(d.verb, d.addressee) for d in found] == [
        ("dặn dò", "Cán bộ, chiến sĩ"), ("kêu gọi", "các đối tượng đang bị truy nã")]


def test_a_head_asked_ends_before_truc_tiep_and_chiu_trach_nhiem() -> None:
    found = _directives(
        "Chiều 4/6, Phó Thủ tướng Lê Văn Thành chủ trì hội nghị trực tuyến về bảo đảm an ninh, trật tự và "
        "phòng, chống tội phạm ma túy. Phó Thủ tướng đề nghị Chủ tịch UBND các tỉnh miền núi trực tiếp chỉ "
        "đạo công tác phòng, chống ma túy. Ông lưu ý Chủ tịch UBND các huyện chịu trách nhiệm nếu để hình "
        "thành tụ điểm ma túy.", date="2023-06")
    assert [d.addressee for d in found] == [
        "Chủ tịch UBND các tỉnh miền núi", "Chủ tịch UBND các huyện"]


def test_a_provinces_agreement_told_by_its_leader_unless_he_goes_on_to_ask_a_body() -> None:
    found = _directives(
        "Sáng 15/12, Công an tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm "
        "2022. Phó Chủ tịch UBND tỉnh Trần Văn Chiến cho biết tỉnh đã thống nhất giao 3.000 m2 đất để xây "
        "dựng trụ sở Công an huyện Tân Biên. Ông cho biết UBND tỉnh thống nhất bố trí 20 tỷ đồng để mua sắm "
        "trang thiết bị, đồng thời giao Sở Tài chính hướng dẫn lập dự toán.", date="2022-12")
    assert [(d.speaker, d.verb) for d in found] == [(None, "thống nhất"), ("Trần Văn Chiến", "giao")]


def test_dc_written_short_for_dong_chi_names_the_speaker_and_carries_to_the_dash_items():
    found = _directives(
        "Chiều 5-7, Công an huyện Yên Thành tổ chức hội nghị sơ kết công tác 6 tháng đầu năm. Đ/c Đại tá "
        "Nguyễn Văn Hải - Phó Giám đốc Công an tỉnh dự và chỉ đạo hội nghị.\n\n"
        "Phát biểu chỉ đạo, đ/c Phó Giám đốc Công an tỉnh đánh giá cao kết quả đạt được. Đ/c yêu cầu "
        "Công an huyện trong 6 tháng cuối năm tập trung thực hiện các nhiệm vụ:\n\n"
        "- Tăng cường tuần tra, kiểm soát trên các tuyến đường trọng điểm;\n\n"
        "- Đẩy mạnh tấn công trấn áp tội phạm ma túy.", "2021-07")
    assert [(d.speaker, d.addressee) for d in found] == [("Nguyễn Văn Hải", "Công an huyện")] * 3


def test_an_addressee_ends_before_a_time_or_the_verb_of_giving_after_it():
    found = _directives(
        "Tại hội nghị tổng kết, Chủ tịch UBND tỉnh Lê Văn An yêu cầu Công an tỉnh năm 2022 tập trung "
        "giữ vững an ninh chính trị. Ông giao Sở Tài chính cân đối kinh phí mua sắm phương tiện cho Công an "
        "các xã. Ông giao Sở Y tế cấp ngay 2.000 bộ kit xét nghiệm cho các chốt kiểm soát.", "2021-12")
    assert [d.addressee for d in found] == ["Công an tỉnh", "Sở Tài chính", "Sở Y tế"]


def test_toi_in_a_speech_written_out_in_full_is_the_person_introduced_as_speaking():
    found = _directives(
        "Sáng 12/1/2025, Công an tỉnh Hà Nam tổ chức hội nghị triển khai công tác năm 2025. Đồng chí "
        "Trương Quốc Huy, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo. Xin giới thiệu nội dung bài phát biểu.\n\n"
        "\"Thưa các đồng chí!\n\nNăm 2025, tôi đề nghị Ban Giám đốc Công an tỉnh tập trung làm tốt các "
        "nhiệm vụ sau:\n\nThứ nhất, chủ động nắm chắc tình hình ở cơ sở, không để bị động, bất ngờ.\n\n"
        "Về phía tỉnh, UBND tỉnh đã thống nhất bố trí 20 tỷ đồng xây dựng trụ sở Công an xã. Tôi cũng "
        "yêu cầu các cấp ủy, chính quyền các huyện phải coi bảo đảm an ninh là nhiệm vụ của cả hệ thống "
        "chính trị.\"", "2025-01")
    assert [(d.speaker, d.verb) for d in found] == [
        ("Trương Quốc Huy", "đề nghị"), ("Trương Quốc Huy", None), (None, "thống nhất"),
        ("Trương Quốc Huy", "yêu cầu")]


def test_toi_in_an_interview_answer_is_the_person_its_label_names():
    found = _directives(
        "Trước cao điểm Tết, phóng viên trao đổi với Giám đốc Công an tỉnh Ninh Bình về công tác bảo đảm an "
        "ninh, trật tự.\n\n- PV: Lực lượng được chuẩn bị như thế nào?\n\n- Đại tá Lê Văn Sơn: Công an tỉnh "
        "huy động 1.200 cán bộ, chiến sĩ ra quân. Tôi đề nghị người dân nâng cao cảnh giác, báo tin về tội "
        "phạm qua đường dây nóng.", "2025-01")
    assert [(d.speaker, d.addressee) for d in found] == [("Lê Văn Sơn", "người dân")]


def test_truong_doan_asking_is_the_person_named_as_the_delegations_head():
    found = _directives(
        "Chiều 5/10, Đoàn giám sát của Ủy ban Quốc phòng và An ninh do Trung tướng Nguyễn Minh Đức, Phó Chủ "
        "nhiệm Ủy ban, làm Trưởng đoàn đã làm việc với UBND tỉnh Bình Định về công tác quản lý cư trú.\n\n"
        "Phát biểu kết luận, Trung tướng Nguyễn Minh Đức đánh giá cao kết quả của tỉnh. Trưởng đoàn đề nghị "
        "UBND tỉnh chỉ đạo Công an tỉnh tăng cường kiểm tra các cơ sở lưu trú.", "2023-10")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [("Nguyễn Minh Đức", "đề nghị", "UBND tỉnh")]


def test_told_not_asked_a_case_in_progress_a_standing_rule_a_prisons_proposals_and_a_pledge():
    found = _directives(
        "Sáng 3/4, Giám đốc Công an tỉnh Long An Nguyễn Văn Nam làm việc với Trại tạm giam. Ông đề nghị "
        "Công an các huyện phối hợp với Viện kiểm sát rà soát hồ sơ phạm nhân trước ngày 30/6. Theo "
        "Quyết định số 52/2006/QĐ-TTg của Thủ tướng Chính phủ, các trại giam phải báo cáo định kỳ hằng "
        "tháng về tình hình phạm nhân.\n\nNăm qua, Trại đã lập hồ sơ đề nghị đặc xá cho 95 phạm nhân và "
        "đề nghị giảm thời hạn chấp hành án phạt tù cho 410 lượt phạm nhân.\n\nĐại diện Ngân hàng Nhà "
        "nước chi nhánh tỉnh, ông Lê Văn Tâm khẳng định, chi nhánh sẽ cử 3 cán bộ làm đầu mối tiếp nhận "
        "các yêu cầu của Công an tỉnh.\n\nCông an tỉnh khuyến cáo người dân không chuyển tiền cho người "
        "lạ. Hiện vụ việc đang được Công an huyện Đức Hòa tiếp tục điều tra, xử lý.", "2024-04")
    assert [(d.speaker, d.addressee) for d in found] == [
        ("Nguyễn Văn Nam", "Công an các huyện"), (None, "người dân")]


def test_a_communes_agreement_told_by_its_party_secretary_is_the_communes():
    found = _directives(
        "Ngày 8/5, Giám đốc Công an tỉnh Hà Tĩnh làm việc với Đảng ủy xã Kỳ Lạc về xây dựng Công an xã. "
        "Đồng chí Trần Văn Bình, Bí thư Đảng ủy xã Kỳ Lạc, cho biết xã đã thống nhất bố trí 1.500 m2 đất "
        "để xây dựng trụ sở Công an xã.", "2024-05")
    assert [(d.speaker, d.verb) for d in found] == [(None, "thống nhất")]


def test_addressees_before_a_quarter_a_branch_and_a_group_ending_in_khong():
    found = _directives(
        "Chiều 2/3, Giám đốc Cảng vụ Hàng không miền Trung Phan Văn Đức chủ trì hội nghị về bảo đảm an "
        "ninh, trật tự, phòng, chống tội phạm tại các cảng hàng không. Ông đề nghị các hãng hàng không từ "
        "chối vận chuyển hành khách gây rối. Ông cũng đề nghị Chi "
        "nhánh Ngân hàng Nhà nước tỉnh Khánh Hòa phối hợp rà soát các giao dịch bất thường. Ông giao Trung "
        "tâm Khai thác ga trong quý II/2023 hoàn thành phương án bảo đảm an ninh.", "2023-03")
    assert [d.addressee for d in found] == [
        "các hãng hàng không", "Chi nhánh Ngân hàng Nhà nước tỉnh Khánh Hòa", "Trung tâm Khai thác ga"]


def test_a_quotation_first_with_a_weak_verb_of_saying_after_it_is_the_speakers_order():
    found = _directives(
        "Sáng 16/6, Bộ Tư lệnh Cảnh sát cơ động tổng kết diễn tập chống khủng bố, bảo đảm an ninh, trật tự "
        "tại Gia Lai. Công an tỉnh đã phát hiện, xử lý 120 vụ phạm tội về trật tự xã hội.\n\n"
        "\"Chúng ta phải luôn sẵn sàng chiến đấu, không để bị động, bất ngờ\", Trung tướng Nguyễn Văn Long "
        "nhấn mạnh khi tổng kết buổi diễn tập.", "2022-06")
    assert [(d.speaker, d.verb) for d in found] == [("Nguyễn Văn Long", "nhấn mạnh")]


def test_a_quotation_ending_with_phat_bieu_tai_is_speech_not_a_photo_caption() -> None:
    from chidao.extract.metrics import is_caption

    quoted = ('"Các đơn vị phải giữ vững thế chủ động, không để bị bất ngờ", Thiếu tướng Trần Văn Bình nhấn '
              'mạnh khi phát biểu tại hội nghị.')
    assert not is_caption(quoted, 0, len(quoted))
    caption = "Thiếu tướng Trần Văn Bình phát biểu tại hội nghị."
    assert is_caption(caption, 0, len(caption))
    found = _directives("Sáng 5/3, Công an tỉnh Nam Định tổ chức hội nghị tổng kết công tác bảo đảm an ninh, "
                        "trật tự năm 2023.\n\n" + quoted)
    assert [d.speaker for d in found if d.text.startswith('"Các đơn vị')] == ["Trần Văn Bình"]


def test_a_resolution_that_sets_goals_after_a_colon_and_its_goals_carried_on() -> None:
    found = _directives(
        "Ngày 3/4/2024, Ban Thường vụ Tỉnh ủy Phú Yên ban hành Nghị quyết số 09-NQ/TU về bảo đảm an "
        "ninh, trật tự đến năm 2030.\n\n"
        "Nghị quyết đặt mục tiêu: phấn đấu mỗi năm kéo giảm ít nhất 4% số vụ phạm tội về trật tự xã hội. "
        "Phấn đấu đến năm 2028 có 90% thôn, khu phố đạt tiêu chuẩn an toàn về an ninh, trật tự.\n\n"
        "Công an tỉnh được giao tham mưu xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/5/2024.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        (None, "đặt mục tiêu", None), (None, None, None), (None, "giao", "Công an tỉnh")]


def test_a_campaigns_goal_right_after_the_request_in_its_paragraph_carries_the_speech() -> None:
    text = ("Sáng 2/5, Công an tỉnh Hà Nam tổ chức hội nghị triển khai đợt cao điểm tấn công tội phạm. "
            "Đại tá Trần Quốc Hùng, Giám đốc Công an tỉnh, chủ trì hội nghị.\n\n"
            "Kết luận hội nghị, Đại tá Trần Quốc Hùng yêu cầu Công an các huyện triển khai ngay đợt cao "
            "điểm, tập trung triệt phá các ổ nhóm trộm cắp tài sản. Mục tiêu của đợt cao điểm là bắt ít "
            "nhất 5% số đối tượng truy nã trên địa bàn.\n\n")
    found = _directives(text)
    assert [(d.speaker, d.verb) for d in found] == [("Trần Quốc Hùng", "yêu cầu"), ("Trần Quốc Hùng", None)]
    # in a paragraph of its own, after the speech, it describes the plan
    found = _directives(text.replace(" Mục tiêu của", "\n\nMục tiêu của"))
    assert [(d.speaker, d.verb) for d in found] == [("Trần Quốc Hùng", "yêu cầu")]


def test_an_assignment_told_in_the_past_with_a_deadline_still_to_come_is_a_directive() -> None:
    found = _directives(
        "Chiều 12/3, Bộ Công an tổ chức hội nghị giao ban trực tuyến về bảo đảm an ninh, trật tự.\n\n"
        "Bộ trưởng đã giao Cục Cảnh sát hình sự theo dõi, tổng hợp kết quả, báo cáo trước ngày 30/4/2024. "
        "Năm qua, Cục đã giao các phòng nghiệp vụ rà soát hồ sơ.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [(None, "giao", "Cục Cảnh sát hình sự")]


def test_penalties_proposed_for_counted_cases_are_an_inspections_results() -> None:
    found = _directives(
        "Đêm 5/3, Công an phường Hòa Bình kiểm tra 20 cơ sở kinh doanh karaoke về an ninh, trật tự.\n\n"
        "Đoàn đã lập biên bản, đề nghị xử phạt vi phạm hành chính 6 trường hợp với tổng số tiền 40 triệu "
        "đồng. Trưởng Công an phường đề nghị xử phạt nghiêm các cơ sở tái phạm.")
    assert [d.text[:21] for d in found] == ["Trưởng Công an phường"]


def test_addressees_end_before_a_frequency_a_passive_or_a_shift_and_new_heads_and_groups() -> None:
    found = _directives(
        "Sáng 9/3, Thứ trưởng Nguyễn Văn Sơn làm việc với Công an tỉnh Bình Định về an ninh, trật tự.\n\n"
        "Thứ trưởng Nguyễn Văn Sơn yêu cầu các trại tạm giam chuyển mạnh sang quản lý bằng camera. "
        "Ông giao các đội Cảnh sát khu vực mỗi tuần kiểm tra các cơ sở lưu trú. Ông cũng lưu ý Vùng phối hợp "
        "với Bộ đội Biên phòng tuần tra trên biển. Ông Sơn khuyến nghị người dùng Internet không nhấp vào "
        "đường link lạ. Ông đề nghị CA huyện tham mưu cấp ủy rà soát địa bàn.")
    assert [(d.verb, d.addressee) for d in found] == [
        ("yêu cầu", "các trại tạm giam"), ("giao", "các đội Cảnh sát khu vực"), ("lưu ý", "Vùng"),
        ("khuyến nghị", "người dùng Internet"), ("đề nghị", "CA huyện")]


def test_what_offenders_ask_their_victims_in_a_warning_is_no_directive() -> None:
    found = _directives(
        "Ngày 3/4, Công an tỉnh Bình Định phát đi cảnh báo về các thủ đoạn lừa đảo qua mạng.\n\n"
        "Thủ đoạn thường gặp gồm:\n\n"
        "+ Mạo danh nhân viên ngân hàng nhắn tin cho khách hàng, yêu cầu cung cấp mã xác thực;\n\n"
        "+ Gửi tin nhắn có đường dẫn lạ, đề nghị đăng nhập tài khoản để nhận thưởng.\n\n"
        "Công an tỉnh khuyến cáo người dân không truy cập đường dẫn lạ.")
    assert [(d.verb, d.addressee) for d in found] == [("khuyến cáo", "người dân")]


def test_a_pledge_after_a_place_phrase_does_not_carry_the_inspectors_requests_on() -> None:
    found = _directives(
        "Ngày 8/5, đoàn kiểm tra của Công an tỉnh Long An kiểm tra phòng cháy tại Khu công nghiệp Tân Đức."
        "\n\n"
        "Đại tá Lê Văn Hải yêu cầu các doanh nghiệp khắc phục ngay các tồn tại về phòng cháy, chữa cháy.\n\n"
        "Tại buổi làm việc, Công ty Cổ phần Tân Đức cam kết đầu tư thêm 3 máy bơm chữa cháy cho Khu công "
        "nghiệp Tân Đức trong quý III/2024.")
    assert [d.verb for d in found] == ["yêu cầu"]


def test_an_agreement_of_a_body_told_by_a_person_is_the_bodys_agreement() -> None:
    found = _directives(
        "Sáng 20/12, Huyện ủy Gia Bình tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự.\n\n"
        "Bí thư Huyện ủy thông báo Ban Thường vụ Huyện ủy thống nhất giao UBND huyện Gia Bình hỗ trợ Công an "
        "huyện 200 triệu đồng để mua sắm trang thiết bị.")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        (None, "thống nhất", "Ban Thường vụ Huyện ủy")]


def test_any_board_that_agrees_to_give_money_agrees_and_a_special_zone_is_asked() -> None:
    found = _directives(
        "Sáng 8/10, Ban An toàn giao thông tỉnh Ninh Bình tổ chức hội nghị sơ kết công tác bảo đảm trật "
        "tự, an toàn giao thông.\n\nTại hội nghị, Ban An toàn giao thông tỉnh thống nhất trích 200 triệu "
        "đồng hỗ trợ lực lượng Cảnh sát giao thông mua sắm phương tiện.", "2020-10")
    assert [(d.speaker, d.verb, d.addressee) for d in found] == [
        (None, "thống nhất", "Ban An toàn giao thông tỉnh")]
    found = _directives(
        "Sáng 3/11, Đại tá Nguyễn Văn Lâm, Giám đốc Công an tỉnh Khánh Hòa chủ trì hội nghị triển khai "
        "công tác phòng cháy, chữa cháy.\n\nÔng lưu ý đặc khu Trường Sa phải chuẩn bị phương án chữa cháy "
        "riêng.",
        "2025-11")
    assert [(d.speaker, d.addressee) for d in found] == [("Nguyễn Văn Lâm", "đặc khu Trường Sa")]
