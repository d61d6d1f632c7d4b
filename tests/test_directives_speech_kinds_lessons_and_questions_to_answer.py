"""Directives of round 49's fix pass: "Phát biểu chỉ đạo …, X đánh giá cao …" names the speech's kind, "rút
kinh nghiệm chỉ đạo …" what is learnt (neither asks anything), and a deputy's request that an official
answer ("đề nghị Giám đốc … cho biết …", no question mark) is a question, no directive; a request to act
after it stays one.

Every report here is a few sentences written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted


def test_a_speech_named_chi_dao_and_a_lesson_of_directing_ask_nothing() -> None:
    ex = extracted("Ngày 12/7/2016, Chi bộ Công an xã Tân Lập tổ chức đại hội nhiệm kỳ 2016 - 2018.\n\n"
                   "Đây là chi bộ được Đảng ủy Công an huyện chọn làm điểm để rút kinh nghiệm chỉ đạo đại hội"
                   " các chi bộ trong huyện.\n\n"
                   "Phát biểu chỉ đạo đại hội, Thượng tá Lê Văn Sơn, Trưởng Công an huyện đánh giá cao sự"
                   " chuẩn bị của Chi bộ.\n\n"
                   "Thượng tá Lê Văn Sơn yêu cầu Chi bộ tập trung giải quyết dứt điểm các điểm phức tạp về ma"
                   " túy.", "2016-07")
    assert [(d.speaker, d.verb) for d in ex.directives] == [("Lê Văn Sơn", "yêu cầu")], ex.directives


def test_a_deputys_request_to_answer_is_a_question() -> None:
    ex = extracted("Chiều 6/12/2019, tại kỳ họp HĐND tỉnh Bạc Liêu, các đại biểu chất vấn Giám đốc Công an"
                   " tỉnh.\n\n"
                   "Đại biểu đề nghị Giám đốc Công an tỉnh cho biết nguyên nhân và giải pháp kéo giảm tai nạn"
                   " giao thông.\n\n"
                   "Chủ tịch HĐND tỉnh Lữ Văn Hùng đề nghị Công an tỉnh tăng cường tuần tra, kiểm soát"
                   " trên các tuyến giao thông.", "2019-12")
    assert [(d.verb, d.addressee) for d in ex.directives] == [("đề nghị", "Công an tỉnh")], ex.directives
