"""Relevance: the vocabulary of the sub-fields of security and order (state secrets, illegal crossings and
trafficking, usury and money laundering, sand mining, detention and amnesty, hostile and religious activity,
labour unrest, residence and foreigners, election security), and other news that names one of their words
in passing."""

from __future__ import annotations

import pytest

from chidao.extract.pipeline import extract_document
from chidao.extract.relevance import THRESHOLD, is_security_report, security_score
from chidao.model import Document

SECRETS = (
    "Sáng 9/12, Ban Chỉ đạo công tác bảo vệ bí mật nhà nước huyện tổ chức hội nghị sơ kết. Qua kiểm tra "
    "30 cơ quan, phát hiện 4 máy tính soạn thảo tài liệu mật có kết nối Internet; không để xảy ra lộ, lọt bí "
    "mật nhà nước. Phát biểu kết luận, Phó Chủ tịch UBND huyện yêu cầu các đơn vị rà soát danh mục bí mật "
    "nhà nước, bố trí cán bộ làm công tác văn thư, lưu trữ tài liệu mật."
)
CROSSINGS = (
    "Chiều 3/5, Ban Chỉ đạo phòng, chống buôn bán người và xuất cảnh trái phép của tỉnh họp giao ban quý I. "
    "Các đồn đã phát hiện 42 trường hợp nhập cảnh trái phép qua đường mòn, vận động 15 hộ di cư tự do trở "
    "về quê. Phó Chủ tịch UBND tỉnh đề nghị các xã biên giới quản lý chặt người vượt biên, xử lý nghiêm "
    "đường dây đưa người xuất cảnh trái phép."
)
USURY = (
    "Ngày 14/8, UBND thành phố họp bàn giải pháp ngăn chặn hoạt động cho vay nặng lãi. Từ đầu năm, các "
    "ngành phát hiện 9 cơ sở cầm đồ hoạt động trái phép, 3 nhóm cho vay nặng lãi gây rối, đòi nợ; khởi "
    "tố 2 vụ rửa tiền. Chủ tịch UBND thành phố yêu cầu tuyên truyền để người dân không vay tiền của các "
    "đối tượng cho vay nặng lãi."
)
SAND = (
    "Sáng 20/7, đoàn kiểm tra liên ngành của huyện làm việc tại các xã ven sông về tình trạng khai thác "
    "cát trái phép. Sáu tháng qua, đoàn phát hiện 11 phương tiện khai thác cát trái phép, tịch thu 300 "
    "m3 cát, xử phạt 180 triệu đồng. Trưởng đoàn đề nghị các xã lập chốt trên sông, xử lý dứt điểm tình "
    "trạng khai thác khoáng sản trái phép."
)
DETENTION = (
    "Ngày 5/9, trại giam tổ chức công bố quyết định đặc xá năm 2025 cho 57 phạm nhân. Giám thị trại giam "
    "đề nghị những người được đặc xá chấp hành tốt quy định về cư trú, sớm tái hòa nhập cộng đồng."
)
HOSTILE = (
    "Hội nghị sơ kết công tác bảo vệ an ninh tôn giáo ngày 11/6 cho biết trên địa bàn còn 3 nhóm đạo lạ "
    "và một nhóm tà đạo hoạt động; các đối tượng phản động lợi dụng mạng xã hội đăng thông tin xấu độc. "
    "Chủ tịch UBND huyện yêu cầu các xã vận động người dân không nghe theo luận điệu xuyên tạc."
)
LABOUR = (
    "Sáng 18/3, Ban Quản lý các khu công nghiệp tỉnh họp với các doanh nghiệp về tình hình đình công, "
    "ngừng việc tập thể. Quý I xảy ra 6 vụ ngừng việc tập thể với hơn 2.000 công nhân tham gia; 2 vụ "
    "tụ tập đông người trước cổng công ty. Phó Trưởng ban đề nghị doanh nghiệp giải quyết kịp thời tranh "
    "chấp lao động, không để xảy ra đình công."
)
RESIDENCE = (
    "Chiều 22/10, UBND huyện họp tổ công tác Đề án 06. Đến nay đã kích hoạt 61.000 tài khoản VNeID, thu "
    "nhận 4.300 hồ sơ cấp CCCD; 100% cơ sở lưu trú khai báo tạm trú cho người nước ngoài. Chủ tịch UBND "
    "huyện giao các xã làm sạch dữ liệu dân cư, quản lý người nước ngoài đến tạm trú."
)
ELECTION = (
    "Sáng 10/5, Tiểu ban bảo vệ bầu cử huyện kiểm tra công tác chuẩn bị tại 12 khu vực bỏ phiếu. Trưởng "
    "tiểu ban đề nghị các xã bố trí lực lượng canh gác hòm phiếu, bảo vệ tuyệt đối an toàn các điểm bầu "
    "cử, không để kẻ xấu lợi dụng kích động, gây rối."
)
FOREIGNERS = (
    "Chiều 4/4, Ban Chỉ đạo quản lý người nước ngoài của tỉnh họp sơ kết quý I. Toàn tỉnh có 1.200 người "
    "nước ngoài tạm trú, phát hiện 14 người lao động nước ngoài không có giấy phép, 5 trường hợp quá hạn thị "
    "thực. Trưởng ban yêu cầu các sở kiểm tra việc khai báo tạm trú tại các doanh nghiệp."
)
# other news that names a word of these sub-fields in passing
FORECAST = (
    "Nắng nóng gay gắt tiếp tục kéo dài ở Bắc Trung Bộ, nhiệt độ cao nhất 39-40 độ C. Cơ quan khí tượng "
    "cảnh báo nguy cơ cháy rừng cấp IV ở nhiều nơi, người dân cần đề phòng say nắng. Từ cuối tuần, một "
    "đợt không khí lạnh yếu sẽ làm giảm nhiệt độ ở vùng núi phía Bắc."
)
ADMISSIONS = (
    "Năm 2025, trường đại học tuyển 120 chỉ tiêu ngành An toàn thông tin, đào tạo kỹ sư phòng chống tấn "
    "công mạng, mã độc trên không gian mạng cho các doanh nghiệp. Điểm sàn xét tuyển dự kiến 21 điểm, "
    "học phí 25 triệu đồng một năm, thí sinh có hộ khẩu thường trú ở tỉnh được cộng điểm ưu tiên."
)
TOURISM = (
    "Lượng khách đến các điểm đến nổi tiếng của tỉnh tăng mạnh dịp lễ; các cơ sở lưu trú kín phòng. Sở "
    "Du lịch đề nghị các điểm đến niêm yết giá, nâng chất lượng dịch vụ, không để ùn tắc giao thông ở "
    "khu vực bến thuyền."
)
RACING = (
    "Giải đua xe mô tô địa hình toàn quốc khai mạc sáng 2/6 với 60 tay lái. Ban tổ chức trao giải 300 "
    "triệu đồng; các tay đua của đội chủ nhà giành hai giải nhất ở hạng 250 phân khối."
)
WORLD = (
    "Hãng tin quốc tế đưa tin một vụ tấn công khủng bố tại một sân bay châu Âu làm 5 người bị thương. "
    "Chính phủ nước này tuyên bố tăng cường an ninh tại các sân bay và nhà ga trong dịp lễ."
)
SMOKING = (
    "Bệnh viện tỉnh mở phòng tư vấn cai nghiện thuốc lá; năm qua có 400 người nghiện thuốc lá đến khám. "
    "Bác sĩ khuyến cáo bỏ thuốc để giảm nguy cơ ung thư phổi và bệnh tim mạch."
)

VOTE = (
    "Ủy ban bầu cử tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh: 1,2 triệu cử tri đi bầu, đạt 99,5%; "
    "55 người trúng cử, trong đó 18 đại biểu nữ. Chủ tịch Ủy ban bầu cử đề nghị các địa phương hoàn thành "
    "hồ sơ trước 30/6."
)
WORK_PERMITS = (
    "Năm qua, Sở Lao động cấp 320 giấy phép lao động cho người nước ngoài làm việc tại các khu công nghiệp, "
    "tăng 12%; phần lớn là chuyên gia, kỹ thuật viên. Sở đề nghị doanh nghiệp báo cáo nhu cầu tuyển dụng "
    "trước quý IV."
)

SUB_FIELDS = [SECRETS, CROSSINGS, USURY, SAND, DETENTION, HOSTILE, LABOUR, RESIDENCE, ELECTION, FOREIGNERS]
OTHER_NEWS = [FORECAST, ADMISSIONS, TOURISM, RACING, WORLD, SMOKING, VOTE, WORK_PERMITS]


@pytest.mark.parametrize("text", SUB_FIELDS)
def test_a_report_of_a_sub_field_passes_the_gate(text: str) -> None:
    # each names few of the general words ("công an", "an ninh trật tự", "tội phạm"), but its field's own
    assert is_security_report(text), security_score(text)


@pytest.mark.parametrize("text", OTHER_NEWS)
def test_other_news_naming_a_word_of_a_sub_field_stays_out(text: str) -> None:
    # "cháy rừng" in a forecast, "không gian mạng" in admissions, "điểm đến" (folded as "điểm đen"),
    # a motor race, terrorism abroad, smokers in a clinic, an election's results, work permits for foreigners
    assert security_score(text) < THRESHOLD


def test_a_state_secrets_review_keeps_its_directive() -> None:
    ex = extract_document(Document.from_text(SECRETS, source="test", date="2024-12"))
    assert any("rà soát danh mục bí mật nhà nước" in d.text for d in ex.directives)
