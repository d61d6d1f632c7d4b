"""The last day of a campaign given across paragraphs (`targets._campaign_end`): a sentence of its own giving
the campaign's span ("Đợt cao điểm bảo vệ lễ hội kéo dài từ … đến …", "Theo kế hoạch, cao điểm kéo dài từ …")
dates the goals of the next paragraph when it goes on telling the plan ("Theo phương án, …"), even a norm per
unit, and the later goals that name the campaign ("Mục tiêu của đợt cao điểm là …"); a span inside a request
dates none (probes 030, 055).

Every sentence here is written for the test.
"""

from __future__ import annotations

from extraction_reading import extracted

LEAD = ("Chiều 20/1/2024, Công an huyện Kim Sơn tổ chức hội nghị triển khai kế hoạch bảo đảm an ninh, "
        "trật tự mùa lễ hội Xuân Giáp Thìn.")


def deadlines(text: str) -> dict[float, str | None]:
    return {t.value: t.deadline for t in extracted(text, "2024-01-21").targets}


def test_the_plans_next_paragraph_takes_the_campaigns_end() -> None:
    text = (f"Kim Sơn bảo vệ lễ hội\n\n{LEAD}\n\n"
            "Toàn huyện có 14 điểm lễ hội. Đợt cao điểm bảo vệ lễ hội kéo dài từ ngày 5/2 đến hết ngày "
            "25/2/2024.\n\n"
            "Theo phương án, Công an huyện huy động 300 cán bộ, chiến sĩ. Mỗi điểm lễ hội bố trí ít nhất 3 "
            "cán bộ, chiến sĩ Công an; tại 4 điểm lễ hội lớn, lực lượng được tăng lên ít nhất 8 người.")
    found = deadlines(text)
    assert found[3] == "2024-02-25"
    assert found[8] == "2024-02-25"


def test_a_goal_naming_the_campaign_takes_an_earlier_paragraphs_span() -> None:
    text = (f"Kim Sơn cao điểm\n\n{LEAD}\n\n"
            "Theo kế hoạch, cao điểm kéo dài từ ngày 25-1-2024 đến ngày 29-2-2024. Lực lượng Cảnh sát giao "
            "thông lập 6 chốt kiểm soát trên quốc lộ.\n\n"
            "Phát biểu chỉ đạo, Trưởng Công an huyện lưu ý cán bộ làm nhiệm vụ giữ thái độ đúng mực.\n\n"
            "Mục tiêu của đợt cao điểm là kéo giảm ít nhất 7% số vụ tai nạn giao thông so với cùng kỳ Tết "
            "Quý Mão 2023.")
    assert deadlines(text)[7] == "2024-02-29"


def test_a_span_inside_a_request_dates_no_later_goal() -> None:
    text = (f"Kim Sơn cao điểm\n\n{LEAD}\n\n"
            "Phát biểu chỉ đạo, Chủ tịch UBND huyện yêu cầu Công an huyện mở đợt cao điểm từ ngày 25/1/2024 "
            "đến ngày 29/2/2024.\n\n"
            "Trưởng Công an huyện quán triệt Công an các xã bám sát địa bàn. Trong đợt cao điểm, phấn đấu "
            "kéo giảm ít nhất 10% tội phạm về trật tự xã hội so với dịp Tết Quý Mão 2023.")
    assert deadlines(text)[10] is None


def test_a_paragraph_not_telling_the_plan_takes_no_span() -> None:
    text = (f"Kim Sơn bảo vệ lễ hội\n\n{LEAD}\n\n"
            "Đợt cao điểm bảo vệ lễ hội kéo dài từ ngày 5/2 đến hết ngày 25/2/2024.\n\n"
            "Phát biểu chỉ đạo, Chủ tịch UBND huyện yêu cầu Công an huyện phấn đấu kéo giảm ít nhất 6% tội "
            "phạm về trật tự xã hội trong năm 2024.")
    assert deadlines(text)[6] == "2024"

