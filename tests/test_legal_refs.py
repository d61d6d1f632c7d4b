"""Cited resolutions, directives, plans and laws come out with number, symbol, date and issuer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chidao.extract.context import Context
from chidao.extract.legal_refs import extract_legal_refs
from chidao.model import Document, LegalRef
from chidao.text.normalize import normalize_text


def refs(text: str, date: str | None = "2023-06") -> list[LegalRef]:
    document = Document.from_text(normalize_text(text), source="test", date=date)
    found = extract_legal_refs(document, Context.for_document(document))
    for ref in found:
        assert document.text[ref.span[0]:ref.span[1]] == ref.text
    return found


def only(found: list[LegalRef]) -> LegalRef:
    assert len(found) == 1, [r.text for r in found]
    return found[0]


def test_a_resolution_with_number_date_issuer_and_subject() -> None:
    ref = only(refs(
        "Bộ trưởng đề nghị tỉnh bám sát Nghị quyết số 37 ngày 5/2/2020 của Bộ Chính trị về xây dựng "
        "và phát triển tỉnh Cao Bằng đến năm 2030, tầm nhìn đến năm 2045; đẩy mạnh cải cách hành chính."))
    assert (ref.kind, ref.number, ref.symbol, ref.date, ref.issuer) == (
        "resolution", "37", None, "2020-02-05", "Bộ Chính trị")
    # the span stops after the issuer; the subject is the name
    assert ref.text == "Nghị quyết số 37 ngày 5/2/2020 của Bộ Chính trị"
    assert ref.name == "xây dựng và phát triển tỉnh Cao Bằng đến năm 2030, tầm nhìn đến năm 2045"


def test_a_symbol_written_with_or_without_spaces_is_the_same_symbol() -> None:
    found = refs("Thực hiện Nghị quyết 22-NQ/TW và Nghị quyết số 22 - NQ/TW của Bộ Chính trị khóa XII.")
    assert [(r.number, r.symbol) for r in found] == [("22", "22-NQ/TW"), ("22", "22-NQ/TW")]
    assert found[1].text == "Nghị quyết số 22 - NQ/TW của Bộ Chính trị khóa XII"
    # cited again without its issuer, it takes the one its fuller citation names
    assert [r.issuer for r in found] == ["Bộ Chính trị", "Bộ Chính trị"]


def test_de_an_6_is_the_same_de_an_06() -> None:
    found = refs("Triển khai Đề án 06 của Chính phủ; Đề án số 06 đạt kết quả; "
                 "đầu tư cho Đề án 6 trên địa bàn.")
    assert [(r.kind, r.number) for r in found] == [("project", "06")] * 3
    assert [r.text for r in found] == ["Đề án 06 của Chính phủ", "Đề án số 06", "Đề án 6"]
    # the short citations carry only what they write (as the dev gold of a real report has it)
    assert [r.issuer for r in found] == ["Chính phủ", None, None]


def test_a_short_citation_by_number_takes_nothing_of_the_full_one() -> None:
    found = refs("Sở triển khai Nghị định số 52/2021/NĐ-CP ngày 15/6/2021 của Chính phủ về quản lý kho bạc. "
                 "Qua hai năm thực hiện Nghị định 52, các đơn vị đã rà soát 300 hồ sơ.")
    assert [(r.number, r.symbol, r.date, r.issuer) for r in found] == [
        ("52", "52/2021/NĐ-CP", "2021-06-15", "Chính phủ"), ("52", None, None, None)]


def test_a_joint_plan_with_phoi_hop_before_its_number() -> None:
    found = refs("Hai đơn vị sơ kết Kế hoạch phối hợp số 215/KHPH-CAT-BĐBP ngày 4/5/2021 về phòng, chống "
                 "buôn lậu; Kế hoạch liên tịch số 7/KHLT-VKS-CA cũng được rà soát.")
    assert [(r.kind, r.number, r.symbol) for r in found] == [
        ("plan", "215", "215/KHPH-CAT-BĐBP"), ("plan", "7", "7/KHLT-VKS-CA")]
    assert found[0].text == "Kế hoạch phối hợp số 215/KHPH-CAT-BĐBP ngày 4/5/2021"


def test_a_plan_with_a_dotted_date_and_its_issuer_from_the_symbol() -> None:
    ref = only(refs("Công an tỉnh thực hiện Kế hoạch số 215/KH-BCA-C06 ngày 3.8.2022, bảo đảm tiến độ."))
    assert (ref.kind, ref.number, ref.symbol, ref.date) == ("plan", "215", "215/KH-BCA-C06", "2022-08-03")
    assert ref.issuer == "Bộ Công an"
    assert ref.text == "Kế hoạch số 215/KH-BCA-C06 ngày 3.8.2022"


def test_the_date_of_a_cited_plan_is_its_own_not_the_reports() -> None:
    ref = only(refs("Ngày 13/6, thực hiện Kế hoạch số 77/KH-BCA ngày 20/4/2023 của Bộ Công an, "
                    "Đoàn đã kiểm tra."))
    assert ref.date == "2023-04-20"
    assert ref.text == "Kế hoạch số 77/KH-BCA ngày 20/4/2023 của Bộ Công an"


def test_decisions_decrees_and_laws() -> None:
    found = refs(
        "Căn cứ Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ, Nghị định 144/2021/NĐ-CP và "
        "Luật Công an nhân dân năm 2018, Luật Phòng, chống ma túy đã được sửa đổi.")
    decision, decree, law, drugs_law = found
    assert (decision.kind, decision.symbol, decision.issuer) == (
        "decision", "1234/QĐ-TTg", "Thủ tướng Chính phủ")
    assert (decree.kind, decree.number, decree.symbol, decree.date, decree.issuer) == (
        "decree", "144", "144/2021/NĐ-CP", "2021", "Chính phủ")
    assert (law.kind, law.number, law.name, law.date) == ("law", None, "Luật Công an nhân dân", "2018")
    assert law.text == "Luật Công an nhân dân năm 2018"
    assert (drugs_law.kind, drugs_law.name) == ("law", "Luật Phòng, chống ma túy")


def test_named_party_resolutions_without_a_number() -> None:
    found = refs(
        "Quán triệt Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
        "Sơn La lần thứ XV và Nghị quyết Trung ương 4 (khóa XII) về xây dựng, chỉnh đốn Đảng.")
    congress, provincial, plenum = found
    assert (congress.kind, congress.number, congress.name) == (
        "resolution", None, "Nghị quyết Đại hội XIII của Đảng")
    assert provincial.text == "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Sơn La lần thứ XV"
    assert provincial.issuer == "Đảng bộ tỉnh Sơn La"
    assert plenum.text == "Nghị quyết Trung ương 4 (khóa XII)"
    assert plenum.issuer == "Ban Chấp hành Trung ương Đảng"
    assert plenum.name == "xây dựng, chỉnh đốn Đảng"


def test_generic_kind_words_and_counts_are_not_references() -> None:
    assert refs(
        "Thực hiện nghiêm các Chỉ thị, Mệnh lệnh chỉ đạo của Ban Bí thư; nghị quyết của cấp ủy được "
        "triển khai; Kế hoạch 5 năm đã hoàn thành; kết luận 3 nội dung; Luật sư tham gia.") == []


def test_the_subject_stops_before_the_next_cited_document() -> None:
    found = refs(
        "Thực hiện Nghị quyết 51 của Bộ Chính trị về Chiến lược bảo vệ an ninh quốc gia, "
        "Chỉ thị 12 của Ban Bí thư về tăng cường công tác bảo vệ bí mật nhà nước.")
    assert [(r.kind, r.number, r.issuer) for r in found] == [
        ("resolution", "51", "Bộ Chính trị"), ("directive", "12", "Ban Bí thư")]
    assert found[0].name == "Chiến lược bảo vệ an ninh quốc gia"
    assert found[1].name == "tăng cường công tác bảo vệ bí mật nhà nước"


def test_the_seed_reports_cite_what_they_say(seed_extractions) -> None:
    by_seed = {name[:3]: ex for name, ex in seed_extractions.items()}
    hai_phong = by_seed["000"].legal_refs
    nq45 = next(r for r in hai_phong if r.number == "45")
    assert (nq45.date, nq45.issuer, nq45.text) == (
        "2019-01-24", "Bộ Chính trị", "Nghị quyết số 45 ngày 24/1/2019 của Bộ Chính trị")
    assert [r.number for r in hai_phong if r.kind == "project"] == ["06", "06"]
    hcm = by_seed["004"].legal_refs
    assert {r.symbol for r in hcm if r.number == "16"} == {"16-NQ/TW"}
    kl21 = next(r for r in hcm if r.kind == "conclusion")
    assert (kl21.number, kl21.date, kl21.issuer) == ("21", "2017-10-24", "Bộ Chính trị")
    assert next(r for r in hcm if r.number == "54").issuer == "Quốc hội"
    assert next(r for r in hcm if r.number == "28").text.endswith("Ban Chấp hành Trung ương Đảng khóa XI")
    assert next(r for r in hcm if r.kind == "directive").number == "46"
    # "các Chỉ thị, Mệnh lệnh chỉ đạo của Ban Bí thư" in the conference report is no reference
    assert not any(r.kind == "directive" for r in by_seed["003"].legal_refs)


_FRAGMENTS = (
    "Nghị quyết ", "nghị quyết ", "Kết luận ", "Đề án ", "Luật ", "Bộ luật ", "Hiến pháp ", "số ", "16", "6",
    " - ", "-NQ/TW", "/KH-BCA-C04", "/2021/NĐ-CP", " ngày 24/1/2019", " ngày 18.11.2020", " của ",
    "Bộ Chính trị", "UBND tỉnh Quảng Ninh", " khóa XI", " (khóa XII)", " về ", "Công an nhân dân",
    " năm 2018", "Đại hội XIII", "Trung ương 4", ", ", ". ", "\n", "Tin cùng chuyên mục\n",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30).map("".join))
def test_any_mix_of_reference_words_yields_grounded_references(text: str) -> None:
    found = refs(text)
    for ref in found:
        assert ref.kind in {"resolution", "conclusion", "directive", "decision", "decree", "circular", "law",
                            "code", "plan", "project", "programme", "official_letter", "constitution",
                            "ordinance", "regulation"}
        assert ref.date is None or len(ref.date) in (4, 7, 10)
        assert ref.number is not None or ref.name is not None
    spans = [r.span for r in found]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_a_decision_named_by_its_issuer_or_its_grant_is_a_reference_and_a_list_of_kinds_is_not():
    from chidao.extract.pipeline import extract_document
    from chidao.model import Document
    text = ("Bộ Công an công bố Quyết định của Bộ trưởng Bộ Công an về việc điều động cán bộ. "
            "Bộ trưởng Bộ Công an đã có Quyết định tặng Kỷ niệm chương Vì sự nghiệp bảo vệ ANTQ "
            "cho 9 đồng chí. "
            "Các Quyết định, Chỉ thị của Ban Bí thư được quán triệt. Kế hoạch của tỉnh được triển khai.")
    refs = extract_document(Document.from_text(text, "t.txt")).legal_refs
    assert [(r.kind, r.issuer, r.text) for r in refs] == [
        ("decision", "Bộ Công an", "Quyết định của Bộ trưởng Bộ Công an"),
        ("decision", "Bộ Công an", "Quyết định tặng Kỷ niệm chương Vì sự nghiệp bảo vệ ANTQ")]


def test_a_local_issuer_written_with_its_level_alone() -> None:
    found = refs("Thực hiện Kế hoạch số 245/KH-CAT ngày 20/9/2025 của Công an tỉnh và Chỉ thị số 03/CT-UBND "
                 "của UBND tỉnh, các đơn vị mở đợt cao điểm.")
    assert [(r.kind, r.symbol, r.issuer) for r in found] == [
        ("plan", "245/KH-CAT", "Công an tỉnh"), ("directive", "03/CT-UBND", "UBND tỉnh")]


def test_an_urgent_dispatch_is_a_legal_reference() -> None:
    found = refs("Ngày 7/10, UBND TP Hải Phòng ban hành Công điện số 11/CĐ-UBND ngày 6/10/2024 về tăng cường "
                 "phòng cháy, chữa cháy tại cơ sở kinh doanh karaoke.", date="2024-10")
    assert [(r.kind, r.number, r.symbol) for r in found] == [("official_dispatch", "11", "11/CĐ-UBND")]


def test_a_notice_of_conclusions_by_its_number() -> None:
    found = refs("UBND tỉnh ban hành Thông báo số 85/TB-UBND ngày 10/4/2024 kết luận của Chủ tịch UBND tỉnh "
                 "về công tác bảo đảm an ninh, trật tự.", date="2024-04")
    assert [(r.kind, r.number, r.symbol, r.date) for r in found] == [
        ("conclusion", "85", "85/TB-UBND", "2024-04-10")]


def test_a_joint_circulars_symbol_keeps_a_code_joined_by_an_ampersand_and_names_no_single_issuer() -> None:
    ref = only(refs("Các ngành thực hiện Thông tư liên tịch số 04/2018/TTLT-BCA-BGTVT&BTNMT-VKSNDTC "
                    "về phối hợp."))
    assert (ref.symbol, ref.date, ref.issuer) == ("04/2018/TTLT-BCA-BGTVT&BTNMT-VKSNDTC", "2018", None)
    single = only(refs("Thực hiện Thông tư số 12/2019/TT-BCA của Bộ Công an."))
    assert single.issuer == "Bộ Công an"


def test_a_police_forces_party_committee_is_the_issuer_not_the_party() -> None:
    ref = only(refs("Các chi bộ quán triệt Nghị quyết số 21-NQ/ĐU ngày 9/3/2023 của Đảng ủy Công an tỉnh "
                    "về nâng cao chất lượng sinh hoạt chi bộ."))
    assert (ref.number, ref.date, ref.issuer) == ("21", "2023-03-09", "Đảng ủy Công an tỉnh")
    named = only(refs("Thực hiện Kế hoạch số 40-KH/ĐU của Đảng ủy Công an tỉnh Hà Tĩnh, các đơn vị rà soát."))
    assert named.issuer == "Đảng ủy Công an tỉnh Hà Tĩnh"


def test_agreements_and_programmes_cited_by_title() -> None:
    found = refs(
        "Hai bên ký Biên bản hợp tác phòng, chống ma túy năm 2022 và cam kết thực hiện Hiệp định dẫn độ "
        "giữa hai nước; Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh ký Quy chế phối hợp thực hiện nhiệm vụ "
        "bảo vệ biên giới.")
    assert [(r.kind, r.text, r.date) for r in found] == [
        ("agreement", "Biên bản hợp tác phòng, chống ma túy năm 2022", "2022"),
        ("agreement", "Hiệp định dẫn độ", None),
        ("agreement", "Quy chế phối hợp", None)]
    ref = only(refs("Hội nghị sơ kết Chương trình phòng, chống tội phạm giai đoạn 2021 - 2025 tại tỉnh."))
    assert (ref.kind, ref.text) == ("programme", "Chương trình phòng, chống tội phạm giai đoạn 2021 - 2025")
    ref = only(refs("Hai ngành ký Chương trình phối hợp giai đoạn 2022 - 2027 về tuyên truyền pháp luật."))
    assert (ref.kind, ref.text, ref.name) == (
        "agreement", "Chương trình phối hợp giai đoạn 2022 - 2027", "tuyên truyền pháp luật")
    # a kind word alone, a lower-case one, a programme's sentence or one without its term: none
    assert refs(
        "Theo Quy chế, hai bên trao đổi thông tin. Biên bản được ký ngay sau hội đàm. Hai bên ký biên bản "
        "ghi nhớ hợp tác năm 2024. Chương trình đặt mục tiêu đến hết năm 2025 hỗ trợ 50 hộ nghèo. "
        "Chương trình Đội mũ bảo hiểm cho học sinh được tổ chức tại trường.") == []


def test_a_laws_title_closed_by_its_year_runs_longer_than_six_words() -> None:
    found = refs("Công an tỉnh tuyên truyền Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 và "
                 "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm 2017 đến từng hộ dân; "
                 "Luật Đất đai có hiệu lực từ năm 2024.", date="2025-03")
    assert [(r.kind, r.name, r.date) for r in found] == [
        ("law", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "2024"),
        ("law", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "2017"),
        ("law", "Luật Đất đai", None)]


def test_a_laws_number_written_after_its_title_with_who_passed_it_and_when() -> None:
    ref = only(refs("Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15 được Quốc hội thông qua "
                    "ngày 29/11/2024, có hiệu lực từ ngày 1/7/2025."))
    assert (ref.kind, ref.number, ref.symbol, ref.date, ref.issuer) == (
        "law", "55", "55/2024/QH15", "2024-11-29", "Quốc hội")
    assert ref.text == "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15"
    # "và" before another document's kind ends the title: two references
    found = refs("triển khai Luật Cư trú và Nghị định số 62/2021/NĐ-CP của Chính phủ")
    assert [(r.kind, r.number) for r in found] == [("law", None), ("decree", "62")]


def test_a_numbered_law_takes_the_day_it_was_passed_after_the_title_of_the_law_it_amends() -> None:
    found = refs("Từ ngày 1/1/2024, Luật số 30/2023/QH15 sửa đổi, bổ sung một số điều của Luật Căn cước công "
                 "dân được Quốc hội thông qua ngày 20/11/2023 có hiệu lực.", "2024-01")
    law = next(r for r in found if r.number == "30")
    assert (law.date, law.issuer) == ("2023-11-20", "Quốc hội")
    # a day of another year is not the numbered law's own
    found = refs("Luật số 30/2023/QH15 sửa đổi một số điều của Luật Cư trú được Quốc hội thông qua ngày "
                 "13/11/2020 vẫn được áp dụng.", "2024-01")
    assert next(r for r in found if r.number == "30").date == "2023"


def test_a_notice_issued_by_a_named_office_or_committee_takes_it_as_issuer() -> None:
    notice = only(refs("Văn phòng UBND tỉnh Kon Tum vừa ban hành Thông báo số 77/TB-VP ngày 3/6/2023 kết "
                       "luận của Chủ tịch UBND tỉnh.", "2023-06"))
    assert notice.issuer == "Văn phòng UBND tỉnh Kon Tum"
    plan = only(refs("UBND tỉnh Sơn La đã ban hành Kế hoạch số 45/KH-UBND ngày 2/3/2023 về phòng, chống ma "
                     "túy.", "2023-03"))
    assert plan.issuer == "UBND tỉnh Sơn La"
    bare = only(refs("UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 2/3/2023 về phòng, chống ma túy.",
                     "2023-03"))
    assert bare.issuer == "Ủy ban nhân dân"  # no place written: the symbol's body, as before


def test_joint_issuers_and_the_state_bank() -> None:
    joint = only(refs("Thực hiện Kết luận số 150-KL/TW ngày 14/5/2025 của Bộ Chính trị, Ban Bí thư về công "
                      "tác cán bộ.", "2025-06"))
    assert joint.issuer == "Bộ Chính trị, Ban Bí thư"
    bank = only(refs("Thông tư số 22/2024/TT-NHNN của Ngân hàng Nhà nước quy định về mở tài khoản.",
                     "2024-12"))
    assert bank.issuer == "Ngân hàng Nhà nước"
    by_symbol = only(refs("Chỉ thị số 05/CT-NHNN về bảo đảm an ninh hoạt động ngân hàng.", "2024-12"))
    assert by_symbol.issuer == "Ngân hàng Nhà nước"


def test_a_programme_by_title_with_its_year_and_issuer_is_a_reference() -> None:
    ref = only(refs("Thực hiện Chương trình tuyên truyền, phổ biến pháp luật năm 2019 của UBND tỉnh Hà Nam, "
                    "các đơn vị đã tổ chức 40 buổi nói chuyện."))
    assert (ref.kind, ref.number, ref.date, ref.issuer) == ("programme", None, "2019", "UBND tỉnh Hà Nam")
    assert ref.text == "Chương trình tuyên truyền, phổ biến pháp luật năm 2019 của UBND tỉnh Hà Nam"
    # a programme's year without the body that issued it, or the programme of an event, is none
    assert refs("Chương trình giao lưu văn nghệ năm 2019 diễn ra sôi nổi.") == []


def test_a_project_by_its_title_needs_its_stage() -> None:
    found = refs("Sở Tư pháp sơ kết Đề án nâng cao chất lượng hòa giải ở cơ sở giai đoạn 2019 - 2023 và bàn "
                 "Đề án tổng thể của ngành; Đề án sắp xếp trụ sở năm 2024 chưa được phê duyệt.")
    assert [(r.kind, r.text, r.number, r.date, r.issuer) for r in found] == [
        ("project", "Đề án nâng cao chất lượng hòa giải ở cơ sở giai đoạn 2019 - 2023", None, None, None)]


def test_a_coordination_regulation_cited_again_before_a_comma_is_a_second_reference() -> None:
    found = refs("Hai ngành ký Quy chế phối hợp trong phòng, chống buôn lậu. Theo Quy chế phối hợp, hai bên "
                 "trao đổi tin hằng tháng. Theo Quy chế, các đơn vị báo cáo định kỳ.")
    assert [(r.kind, r.text) for r in found] == [
        ("agreement", "Quy chế phối hợp"), ("agreement", "Quy chế phối hợp")]


def test_a_law_by_title_alone_takes_who_passed_it_and_when() -> None:
    found = refs("Luật Phòng, chống bạo lực gia đình được Quốc hội thông qua ngày 14/11/2022, có hiệu lực từ "
                 "ngày 1/7/2023. Luật Thanh niên đã được Quốc hội thông qua ngày 16/6/2020.", date="2023-07")
    assert [(r.text, r.date, r.issuer) for r in found] == [
        ("Luật Phòng, chống bạo lực gia đình", "2022-11-14", "Quốc hội"),
        ("Luật Thanh niên", "2020-06-16", "Quốc hội")]
    # without who passed it, the long title stops after six words as before
    ref = only(refs("Luật Phòng, chống bạo lực gia đình đi vào cuộc sống."))
    assert (ref.date, ref.issuer) == (None, None)


def test_a_numbered_project_followed_by_its_stage_is_a_reference() -> None:
    ref = only(refs("Thành phố bố trí 50 tỷ đồng cho Đề án 06 giai đoạn 2026 - 2027.", date="2025-10"))
    assert (ref.kind, ref.number, ref.text) == ("project", "06", "Đề án 06")
    assert refs("Kế hoạch 3 giai đoạn được triển khai từ năm 2024.") == []


def test_a_programme_whose_title_holds_va_and_is_issued_with_a_decision() -> None:
    title = ("Chương trình phòng ngừa và giảm thiểu tai nạn thương tích cho trẻ em ở khu dân cư giai đoạn "
             "2021 - 2030")
    decision = "Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ"
    found = refs(f"Theo {title} ban hành kèm theo {decision}, các địa phương rà soát điểm nguy hiểm.")
    assert [(r.kind, r.text, r.date, r.issuer) for r in found] == [
        ("programme", title, "2021-07-19", "Thủ tướng Chính phủ"),
        ("decision", decision, "2021-07-19", "Thủ tướng Chính phủ")]
    # without its stage, "và" ends the title as before: no programme
    assert refs("Chương trình phòng ngừa và giảm thiểu tai nạn cho trẻ em được triển khai.") == []


def test_a_directive_signed_by_the_provinces_chairman_on_the_day_its_sentence_opens_with() -> None:
    ref = only(refs("Ngày 5-11, Chủ tịch UBND tỉnh Trần Văn Nam đã ký ban hành Chỉ thị số 7/CT-UBND về phòng "
                    "cháy dịp Tết. Chỉ thị giao các sở phối hợp với Công an tỉnh Nghệ An.",
                    date="2024-11-06"))
    assert (ref.symbol, ref.date, ref.issuer) == ("7/CT-UBND", "2024-11-05", "UBND tỉnh Nghệ An")


def test_a_directive_signed_without_a_day_keeps_its_symbols_issuer() -> None:
    ref = only(refs("Chủ tịch UBND tỉnh Trần Văn Nam đã ký ban hành Chỉ thị số 7/CT-UBND về phòng cháy dịp "
                    "Tết trên địa bàn tỉnh Nghệ An.", date="2024-11-06"))
    assert (ref.date, ref.issuer) == (None, "Ủy ban nhân dân")


def test_a_law_s_title_with_cua_before_a_common_noun_takes_its_year() -> None:
    ref = only(refs("Luật Phòng, chống tác hại của thuốc lá năm 2012 cấm hút thuốc nơi công cộng."))
    assert (ref.kind, ref.name, ref.date) == ("law", "Luật Phòng, chống tác hại của thuốc lá", "2012")
    ref = only(refs("Luật Phòng, chống ma túy của Quốc hội đã có hiệu lực."))
    assert ref.name == "Luật Phòng, chống ma túy"


def test_a_national_target_programme_in_its_steering_committee_s_name() -> None:
    text = "Sáng 5/3, Ban Chỉ đạo Chương trình mục tiêu quốc gia giảm nghèo bền vững tỉnh Lào Cai họp."
    ref = only(refs(text))
    title = "Chương trình mục tiêu quốc gia giảm nghèo bền vững"
    assert (ref.kind, ref.text, ref.date) == ("programme", title, None)
    assert refs("Sáng 5/3, Ban Chỉ đạo Chương trình giảm nghèo tỉnh Lào Cai họp.") == []
