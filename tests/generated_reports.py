"""Short reports in the genre, made up from templates, for load and fault tests.

`report_text(n)` is the n-th report (the same n gives the same text; different n,
different texts); `write_reports(folder, count)` writes `count` of them as .txt files;
`outlet_copy(n)` is another outlet's report of the same event as `report_text(n)` (a
near-duplicate: the store groups the two as one event).
"""

from __future__ import annotations

import random
from pathlib import Path

PROVINCES = ("Quảng Ninh", "Bắc Giang", "Kon Tum", "Long An", "Tây Ninh", "Nghệ An", "Gia Lai", "Sơn La",
             "Cà Mau", "Lạng Sơn", "Hà Giang", "Đắk Lắk")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Quang", "Hữu")
GIVEN = ("Hùng", "Lan", "Tuấn", "Hà", "Sơn", "Bình", "Thắng", "Hải", "Long", "Nam")
RANKS = ("Đại tá", "Thượng tá", "Thiếu tướng", "Trung tướng")
TOPICS = ("phòng, chống tội phạm ma túy", "bảo đảm trật tự an toàn giao thông",
          "phòng cháy, chữa cháy", "xây dựng lực lượng Công an xã chính quy",
          "bảo đảm an ninh biên giới", "phòng, chống tội phạm công nghệ cao")


# Words of the genre; a line of them in random order makes each report's word 3-grams its own,
# so that two reports are not taken for two outlets' copies of one event.
WORDS = ("công tác nắm tình hình địa bàn cơ sở nhân dân phong trào toàn dân bảo vệ an ninh Tổ quốc "
         "tuyên truyền pháp luật tuần tra kiểm soát đấu tranh triệt phá đường dây băng nhóm tội phạm "
         "xử lý vi phạm hành chính cải cách thủ tục cấp căn cước dữ liệu dân cư định danh điện tử "
         "phối hợp lực lượng quân sự biên phòng kiểm lâm hải quan thuế quản lý thị trường vùng sâu "
         "vùng xa đồng bào dân tộc tôn giáo lễ hội mùa mưa bão cứu nạn cứu hộ trường học thanh thiếu "
         "niên môi trường khoáng sản đất đai tín dụng đen cờ bạc mua bán người xuất cảnh nhập cảnh").split()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def report_text(n: int) -> str:
    """The n-th generated report: a working session, a directive, a target, a commitment,
    an indicator; numbers and names vary with n."""
    rng = random.Random(n)
    province, leader, host = rng.choice(PROVINCES), _person(rng), _person(rng)
    rank, topic = rng.choice(RANKS), rng.choice(TOPICS)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    return (
        f" date {year}-{month:02d}\n"
        f"Công an tỉnh {province} làm việc về công tác bảo đảm an ninh trật tự (báo cáo số {n})\n\n"
        f"Ngày {day}/{month}, đoàn công tác do {rank} {leader}, Giám đốc Công an tỉnh {province}, "
        f"làm việc với Công an huyện về công tác {topic}. Đồng chí {host}, Phó Giám đốc, báo cáo "
        f"tội phạm về trật tự xã hội giảm {rng.randint(2, 19)},{rng.randint(1, 9)}% so với cùng kỳ năm "
        f"{year - 1}, điều tra, làm rõ {rng.randint(100, 9000)} vụ.\n\n"
        f"Phát biểu chỉ đạo, {rank} {leader} yêu cầu các đơn vị tập trung {topic}, kéo giảm ít nhất "
        f"{rng.randint(3, 10)}% số vụ phạm tội về trật tự xã hội so với năm {year - 1}. Đồng chí đề nghị "
        f"Ủy ban nhân dân tỉnh {province} hỗ trợ khoảng {rng.randint(5, 90)} tỷ đồng xây dựng trụ sở "
        f"Công an xã.\n\n"
        f"Hội nghị thảo luận: {' '.join(rng.choice(WORDS) for _ in range(120))}.\n"
    )


def outlet_copy(n: int) -> str:
    """Another outlet's report of the event of `report_text(n)`: the same words, a new byline."""
    return report_text(n).replace("làm việc về công tác bảo đảm", "làm việc về bảo đảm", 1) + \
        "\nẢnh: Phóng viên báo địa phương.\n"


def write_reports(folder: Path, count: int, start: int = 0) -> list[Path]:
    """Write reports start … start+count-1 to `folder` as bao-cao-NNNNN.txt; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"bao-cao-{n:05d}.txt"
        path.write_text(report_text(n), encoding="utf-8")
        paths.append(path)
    return paths
