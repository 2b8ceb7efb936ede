import Testing
import VeDichCore
@testable import VeDichImport

/// Claims as real reports write them (issue 13, item 3): each case quotes one sentence (or the
/// clause of it that holds the claim) of a public page, with its address, and says what a person
/// reads in it. Found with the stored-pages search (news of provinces' results, "đạt … % kế
/// hoạch", "hoàn thành … /… chỉ tiêu", "vượt … % dự toán"); none is a document of the wild corpus.
/// A sentence whose figures check is expected to check; where they cannot be checked, nothing is
/// guessed; no sentence here may raise an error finding.
struct RealSentenceClaimTests {
    struct Sentence: Sendable, CustomTestStringConvertible {
        var text: String
        var source: String
        /// The stated % of plan of each ratio claim, in order ("vượt 4,16% kế hoạch" → 104,16).
        var ratios: [Double] = []
        /// Each value / target pair, in order ("369.882,4 ha/392.069 ha").
        var pairs: [[Double]] = []
        /// The counts of the sentence taken together.
        var counts: ClaimCounts?
        /// A verdict stated in words.
        var verdict: Verdict?
        /// A difference to the plan ("vượt kế hoạch 2.660 ha" → +2.660).
        var difference: Double?
        /// What checking the ratios must find; nil: not checkable.
        var consistent: Bool?
        var testDescription: String { text }
    }

    static let sentences: [Sentence] = [
        // Lâm Đồng, diện tích gieo trồng 8 tháng 2022: "a ha/b ha" pairs with their ratios.
        Sentence(text: "Sở Nông nghiệp và Phát triển nông thôn vừa cho biết, theo thống kê tổng diện tích gieo trồng trên địa bàn toàn tỉnh lũy kế 8 tháng đầu năm 2022 đạt 369.882,4 ha/392.069 ha, tương đương với 94,34% kế hoạch và bằng 103,71% so với cùng kỳ năm 2021.",
                 source: "http://admin.baolamdong.vn/kinhte/202208/tong-dien-tich-gieo-trong-dat-tren-94-ke-hoach-nam-2022-3132450/",
                 ratios: [94.34], pairs: [[369_882.4, 392_069]], consistent: true),
        Sentence(text: "Trong đó, cây hằng năm đạt diện tích 103.339,1 ha/126.229 ha, đạt 81,87% kế hoạch.",
                 source: "http://admin.baolamdong.vn/kinhte/202208/tong-dien-tich-gieo-trong-dat-tren-94-ke-hoach-nam-2022-3132450/",
                 ratios: [81.87], pairs: [[103_339.1, 126_229]], consistent: true),
        Sentence(text: "Vụ Đông Xuân 2021-2022 diện tích gieo trồng được 40.852,3 ha/40.072 ha, đạt 101,95% kế hoạch.",
                 source: "http://admin.baolamdong.vn/kinhte/202208/tong-dien-tich-gieo-trong-dat-tren-94-ke-hoach-nam-2022-3132450/",
                 ratios: [101.95], pairs: [[40_852.3, 40_072]], consistent: true),
        Sentence(text: "Đối với diện tích cây lâu năm là 266.543,3 ha/265.840 ha, đạt 100,26% kế hoạch.",
                 source: "http://admin.baolamdong.vn/kinhte/202208/tong-dien-tich-gieo-trong-dat-tren-94-ke-hoach-nam-2022-3132450/",
                 ratios: [100.26], pairs: [[266_543.3, 265_840]], consistent: true),
        // Lâm Đồng, giải ngân 8 tháng 2022: the plan named first ("kế hoạch vốn 4.417,2 tỷ đồng").
        Sentence(text: "Cụ thể, nguồn ngân sách tỉnh: kế hoạch vốn 4.417,2 tỷ đồng, khối lượng thực hiện 2.313 tỷ đồng, đạt 52,4% kế hoạch, số vốn giải ngân 2.257 tỷ đồng, đạt 51,1% kế hoạch.",
                 source: "https://baolamdong.vn/toasoan-bandoc/202209/giai-ngan-von-dau-tu-cong-con-cham-3133597/",
                 ratios: [52.4, 51.1], consistent: true),
        Sentence(text: "Nguồn ngân sách Trung ương: kế hoạch vốn 1.147,3 tỷ đồng, khối lượng thực hiện 290 tỷ đồng, đạt 25,3% kế hoạch, số vốn giải ngân 280 tỷ đồng, đạt 24,4% kế hoạch...",
                 source: "https://baolamdong.vn/toasoan-bandoc/202209/giai-ngan-von-dau-tu-cong-con-cham-3133597/",
                 ratios: [25.3, 24.4], consistent: true),
        Sentence(text: "Tổng số vốn năm 2021 được kéo dài thời gian thực hiện và giải ngân sang năm 2022: 722,9 tỷ đồng, khối lượng thực hiện 330 tỷ đồng, đạt 45,7% kế hoạch, số vốn giải ngân 307 tỷ đồng, đạt 42,5% kế hoạch.",
                 source: "https://baolamdong.vn/toasoan-bandoc/202209/giai-ngan-von-dau-tu-cong-con-cham-3133597/",
                 ratios: [45.7, 42.5]),
        // Khánh Vĩnh (Khánh Hòa) 2017.
        Sentence(text: "Năm 2017, tổng diện tích gieo trồng toàn huyện được 8.375ha, đạt 100,17% kế hoạch năm.",
                 source: "https://baokhanhhoa.vn/chinh-tri/201712/khai-mac-ky-hop-thu-5-hdnd-huyen-khanh-vinh-khoa-xi-8063869",
                 ratios: [100.17]),
        Sentence(text: "Tuy nhiên, tổng sản lượng lương thực cả năm chỉ đạt 5.211 tấn, bằng 88,6% so với kế hoạch năm",
                 source: "https://baokhanhhoa.vn/chinh-tri/201712/khai-mac-ky-hop-thu-5-hdnd-huyen-khanh-vinh-khoa-xi-8063869",
                 ratios: [88.6]),
        // Bà Rịa - Vũng Tàu, trồng trọt 2023.
        Sentence(text: "Theo báo cáo, năm 2023 tốc độ tăng trưởng lĩnh vực trồng trọt ước đạt 3,89% (chỉ tiêu kế hoạch là 3,88%).",
                 source: "https://baobariavungtau.com.vn/kinh-te/202311/toc-do-tang-truong-trong-trot-uoc-dat-389-996450/",
                 pairs: [[3.89, 3.88]]),
        Sentence(text: "Tổng diện tích gieo trồng 110.996,3ha (đạt 102,2% so với kế hoạch, tăng 793,4ha so với cùng kỳ).",
                 source: "https://baobariavungtau.com.vn/kinh-te/202311/toc-do-tang-truong-trong-trot-uoc-dat-389-996450/",
                 ratios: [102.2]),
        Sentence(text: "Trong đó, diện tích gieo trồng lúa 24.442,3ha (đạt 98,4% so kế hoạch), năng suất bình quân 59,6 tạ/ha.",
                 source: "https://baobariavungtau.com.vn/kinh-te/202311/toc-do-tang-truong-trong-trot-uoc-dat-389-996450/",
                 ratios: [98.4]),
        // Kiên Giang 2024: a difference in hectares.
        Sentence(text: "Đến trung tuần tháng 2, tổng diện tích gieo trồng lúa của tỉnh hơn 352.660 ha, vượt kế hoạch 2.660 ha, gồm: lúa mùa 72.395 ha, lúa đông xuân 280.265 ha.",
                 source: "https://dangcongsan.org.vn/tinhuykiengiang/Lists/TinHoatDong/View_Detail.aspx?ItemID=2655",
                 difference: 2660),
        // Kon Tum, vụ mùa 2019: "vượt 2% so với kế hoạch" of a level is 102% of it.
        Sentence(text: "Tính đến trung tuần tháng 11/2019, tổng diện tích gieo trồng vụ mùa 2019 toàn tỉnh Kon Tum đạt 163.240  ha, vượt 2% so với kế hoạch.",
                 source: "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/kon-tum-tong-dien-tich-gieo-trong-vu-mua-2019-dat-hon-102-ke-hoach",
                 ratios: [102]),
        Sentence(text: "Trong đó, diện tích lúa gieo sạ hơn 16.560 ha, đạt hơn 98% kế hoạch",
                 source: "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/kon-tum-tong-dien-tich-gieo-trong-vu-mua-2019-dat-hon-102-ke-hoach",
                 ratios: [98]),
        // Kbang (Gia Lai) 2024.
        Sentence(text: "Trong 24 chỉ tiêu chủ yếu của năm 2024 mà Nghị quyết HĐND huyện đề ra, có 20 chỉ tiêu đạt và vượt.",
                 source: "https://baogialai.com.vn/kbang-co-2024-chi-tieu-dat-va-vuot-nghi-quyet-trong-nam-2024-post304926.html",
                 counts: ClaimCounts(metOrExceeded: 20, total: 24)),
        Sentence(text: "Điển hình như: tổng diện tích gieo trồng toàn huyện đến nay đạt 101,6%, thu nhập bình quân đầu người đạt 102,3% kế hoạch, thu ngân sách trên địa bàn đạt 101,6% dự toán HĐND huyện giao…",
                 source: "https://baogialai.com.vn/kbang-co-2024-chi-tieu-dat-va-vuot-nghi-quyet-trong-nam-2024-post304926.html",
                 ratios: [102.3, 101.6]),
        // Hà Trung (Thanh Hóa) 2024: a nested count with its own "6/25".
        Sentence(text: "Báo cáo tại kỳ họp cho thấy, năm 2024, tình hình kinh tế - xã hội của huyện Hà Trung tiếp tục có chuyển biến tích cực trên các lĩnh vực, có 19/25 chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch (KH), trong đó có 6/25 chỉ tiêu vượt KH.",
                 source: "https://baothanhhoa.vn/ha-trung-19-25-chi-tieu-hoan-thanh-va-hoan-thanh-vuot-ke-hoach-234225.htm",
                 counts: ClaimCounts(exceeded: 6, metOrExceeded: 19, total: 25)),
        Sentence(text: "Giá trị xuất khẩu đạt 325,7 triệu USD, bằng 128,23% so cùng kỳ; giải phóng mặt bằng đạt 127,42% KH tỉnh giao.",
                 source: "https://baothanhhoa.vn/ha-trung-19-25-chi-tieu-hoan-thanh-va-hoan-thanh-vuot-ke-hoach-234225.htm",
                 ratios: [127.42]),
        // Đức Trọng (Lâm Đồng) quý I 2020: a share of the year's budget, and "% so cùng kỳ" is no plan.
        Sentence(text: "Theo UBND huyện Đức Trọng, trong 3 tháng đầu năm 2020, tổng thu ngân sách Nhà nước trên địa bàn huyện ước thực hiện là 235 tỷ đồng, đạt 24% dự toán, tăng 11% so với cùng kỳ.",
                 source: "http://baolamdong.vn/kinhte/202003/duc-trong-thu-ngan-sach-tang-11-2996012/",
                 ratios: [24]),
        Sentence(text: "Riêng thu ngân sách tỉnh quản lý 108 tỷ đồng, bằng 23% so với dự toán giao và bằng 110% so cùng kỳ.",
                 source: "http://baolamdong.vn/kinhte/202003/duc-trong-thu-ngan-sach-tang-11-2996012/",
                 ratios: [23]),
        // Lào Cai: two issuers' budgets in one sentence.
        Sentence(text: "Thu ngân sách địa phương đạt 6.551 tỷ đồng, bằng 35,2% dự toán Trung ương giao, bằng 29,1% dự toán HĐND tỉnh giao, tăng 32,8% so với cùng kỳ năm 2024.",
                 source: "https://baolaocai.vn/lao-cai-thu-ngan-sach-noi-dia-tang-manh-so-voi-cung-ky-post399214.html",
                 ratios: [35.2, 29.1]),
        // Trà Lĩnh (Cao Bằng) 6 tháng 2019: a resolution as the plan; "19/19 tiêu chí" is neither a pair nor a count.
        Sentence(text: "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 51,6% Nghị quyết HĐND huyện giao.",
                 source: "http://tralinh1.caobang.gov.vn/node/1418", ratios: [51.6]),
        Sentence(text: "Thu ngân sách thực hiện đến ngày 31/5 đạt gần 27 tỷ đồng, bằng 100,4% so với nghị quyết HĐND huyện giao.",
                 source: "http://tralinh1.caobang.gov.vn/node/1418", ratios: [100.4]),
        Sentence(text: "02 xã đạt và giữ vững 19/19 tiêu chí xây dựng nông thôn mới.",
                 source: "http://tralinh1.caobang.gov.vn/node/1418"),
        Sentence(text: "Tổng sản lượng lương thực có hạt đạt so kế hoạch.",
                 source: "http://tralinh1.caobang.gov.vn/node/1418", verdict: .met),
        // Krông Pa (Gia Lai) 6 tháng 2020.
        Sentence(text: "Giá trị sản xuất công nghiệp- tiểu thủ công nghiệp theo giá hiện hành ước đạt trên 500 tỷ đồng, đạt gần 53% KH.",
                 source: "http://gialaitv.vn/tin-tuc/tin-dia-phuong/hoi-dong-nhan-dan-huyen-krong-pa-to-chuc-ky-hop-thu-muoi-mot/",
                 ratios: [53]),
        // Vũng Tàu 10 tháng: two budgets in brackets.
        Sentence(text: "Thu ngân sách ước thực hiện tháng 10 đạt 108,987 tỷ đồng, lũy kế 10 tháng 3.798,254 tỷ đồng (đạt 101,1% so dự toán tỉnh giao, bằng 89,8% dự toán thành phố xây dựng).",
                 source: "https://tapchitaichinh.vn/tag/vung-tau", ratios: [101.1, 89.8]),
        // Hải Dương 5 tháng.
        Sentence(text: "Thông tin từ Cục Thống kê tỉnh Hải Dương, tổng thu ngân sách nhà nước trên địa tỉnh tính từ đầu năm đến ngày 31/5 ước đạt 11.174 tỷ đồng, bằng 56,9% dự toán năm, tăng 27,0% so với cùng kỳ năm trước.",
                 source: "http://baokiemtoan.vn/tong-thu-ngan-sach-nha-nuoc-ptag.html", ratios: [56.9]),
        // Cả nước, giải ngân 11 tháng 2022: "thấp hơn so với cùng kỳ" is no verdict.
        Sentence(text: "Theo báo cáo từ Bộ Tài chính, ước tỷ lệ giải ngân vốn đầu tư công của cả nước 11 tháng qua mới đạt 52,43% kế hoạch.",
                 source: "https://thoibaotaichinhvietnam.vn/phan-dau-dat-ty-le-giai-ngan-von-dau-tu-cong-o-muc-cao-nhat-119282.html",
                 ratios: [52.43]),
        // The comparison with the plan opens the sentence; "(63,86%)" is the same period's, not a target.
        Sentence(text: "Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân đạt 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%).",
                 source: "https://thoibaotaichinhvietnam.vn/phan-dau-dat-ty-le-giai-ngan-von-dau-tu-cong-o-muc-cao-nhat-119282.html",
                 ratios: [58.33]),
        // Cả nước 2014: "đạt, vượt" is one category.
        Sentence(text: "Trong 14 chỉ tiêu kế hoạch năm 2014, dự báo có 13 chỉ tiêu đạt, vượt và 1 chỉ tiêu không đạt.",
                 source: "http://baodientu.chinhphu.vn/Tin-noi-bat/Du-bao-13-chi-tieu-KTXH-dat-va-vuot-Ke-hoach-nam-2014/211596.vgp",
                 counts: ClaimCounts(metOrExceeded: 13, missed: 1, total: 14)),
        // Cả nước 2020: a count whose list of names holds pairs.
        Sentence(text: "Theo Thứ trưởng Bộ KH-ĐT Trần Quốc Phương, trong 12 chỉ tiêu lớn năm nay, có 4 chỉ tiêu không đạt là tăng trưởng GDP (đạt khoảng 2% so với kế hoạch là 6,8%), tốc độ tăng kim ngạch xuất khẩu (đạt 1% so với kế hoạch là 7%), tỷ lệ thất nghiệp của lao động trong độ tuổi ở khu vực thành thị (4,39% so với kế hoạch là dưới 4%) và tỷ lệ lao động qua đào tạo (64,5% so với kế hoạch là 65%).",
                 source: "https://thanhnien.vn/tai-chinh-kinh-doanh/can-kich-ban-dac-thu-trong-the-gioi-bien-dong-chua-tung-co-1283788.html",
                 pairs: [[2, 6.8], [1, 7], [4.39, 4], [64.5, 65]], counts: ClaimCounts(missed: 4, total: 12)),
        Sentence(text: "8 chỉ tiêu khác đều đạt và vượt so với kế hoạch.",
                 source: "https://thanhnien.vn/tai-chinh-kinh-doanh/can-kich-ban-dac-thu-trong-the-gioi-bien-dong-chua-tung-co-1283788.html",
                 counts: ClaimCounts(metOrExceeded: 8)),
        // Yên Bái 2014.
        Sentence(text: "Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25 chỉ tiêu vượt kế hoạch.",
                 source: "https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=8502",
                 counts: ClaimCounts(exceeded: 25, metOrExceeded: 33, total: 33)),
        Sentence(text: "Sản lượng vật nuôi, cây trồng đều tăng, nhất là sản lượng lương thực có hạt đạt 285.920 tấn, vượt 4,16% kế hoạch, tăng 1,04%.",
                 source: "https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=8502",
                 ratios: [104.16]),
        Sentence(text: "Đến nay số xã đạt từ 10 tiêu chí trở lên là 37 xã, gấp 2,46 lần so kế hoạch, tăng 25 xã so năm 2013.",
                 source: "https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=8502",
                 ratios: [246]),
        // Đắk Glong (Đắk Nông) 2020.
        Sentence(text: "Tổng diện tích gieo trồng thực hiện được 29.028 ha, đạt 99,3% kế hoạch.",
                 source: "http://baodaknong.org.vn/huyen-dak-glong/gieo-trong-duoc-hon-29-000-ha-cay-trong-cac-loai-82431.html",
                 ratios: [99.3]),
        // Bắc Giang 2011: "trong đó" of figures, not of indicators.
        Sentence(text: "Theo báo cáo của Sở NN&PTNT, tính đến ngày 03/10/2011, toàn tỉnh gieo trồng được 4.137 ha cây vụ Đông, đạt 13,6% kế hoạch, trong đó, cây ngô trồng được 1.022 ha, đạt 15,7% kế hoạch",
                 source: "https://hoinongdan.bacgiang.gov.vn/tin-tuc/page/76", ratios: [13.6, 15.7]),
        // Đam Rông (Lâm Đồng) 2022: a verdict headline, then ratios each followed by a growth over the same period.
        Sentence(text: "Báo cáo tại kỳ họp, trong năm 2022 các chỉ tiêu chủ yếu về phát triển kinh tế, xã hội, môi trường đều đạt và vượt kế hoạch đề ra: tổng giá trị sản xuất theo giá so sánh ước đạt 3,6 ngàn tỷ đồng, đạt 101,25% kế hoạch, tăng 12,18% so với cùng kỳ; tổng nguồn vốn đầu tư phát triển toàn xã hội đạt trên 1.800 tỷ đồng, bằng 102,91% kế hoạch, tăng 22,37% so với cùng kỳ; tổng thu ngân sách Nhà nước trên địa bàn huyện ước đạt trên 123 tỷ đồng, đạt 150% dự toán tỉnh giao và tăng 58% so với cùng kỳ; tổng sản lượng lương thực đạt gần 18 ngàn tấn, bằng 103% kế hoạch; giải quyết việc làm cho khoảng 1.500 lao động.",
                 source: "http://baolamdong.vn/chinhtri/202212/hdnd-huyen-dam-rong-khoa-iv-to-chuc-ky-hop-thu-8-3148987/",
                 ratios: [101.25, 102.91, 150, 103], verdict: .met),
        // Đạ Tẻh (Lâm Đồng) 2022: all met, then the two kinds after "; trong đó".
        Sentence(text: "Kết quả, 17/17 chỉ tiêu chủ yếu đều đạt so với kế hoạch đề ra; trong đó, có 7 chỉ tiêu hoàn thành và 10 chỉ tiêu hoàn thành vượt mức kế hoạch, nổi bật như thu nhập bình quân đầu người.",
                 source: "http://baolamdong.vn/chinhtri/202212/hdnd-huyen-da-teh-khoa-viii-khai-mac-ky-hop-lan-thu-10-3148966/",
                 counts: ClaimCounts(exceeded: 10, met: 7, metOrExceeded: 17, total: 17)),
        // Châu Đức (Bà Rịa - Vũng Tàu) 2022: "đạt hơn", "đạt gần" in brackets.
        Sentence(text: "Năm 2022, giá trị sản xuất nông nghiệp của huyện đạt hơn 3.000 tỷ đồng (đạt hơn 100% so với kế hoạch và tăng hơn 3,5% so cùng kỳ), giá trị sản xuất công nghiệp đạt hơn 5.200 tỷ đồng (đạt gần 102% so với kế hoạch, tăng gần 10,4% so cùng kỳ), doanh thu thương mại - dịch vụ đạt hơn 8.000 tỷ đồng (đạt gần 104% so với kế hoạch, tăng 12,5% so cùng kỳ).",
                 source: "https://baobariavungtau.com.vn/chinh-tri/202212/huyen-chau-duc-tiep-tuc-nang-cao-chat-luong-cuoc-song-nguoi-dan-967320/",
                 ratios: [100, 102, 104]),
        // Hải Dương 2018: "tăng 9,2%" after a ratio with its base is a growth, not a second reading of the plan.
        Sentence(text: "Cụ thể, thu từ tiền sử dụng đất đạt 818 tỷ đồng (bằng 56,1% kế hoạch, tăng 9,2%); thu từ khu vực công thương nghiệp ngoài quốc doanh đạt 369,5 tỷ đồng (bằng 57,1% kế hoạch, tăng 8,5% so với cùng kỳ năm 2017).",
                 source: "http://baohaiduong.vn/kinh-te---tieu-dung/thu-ngan-sach-cap-huyen-tang-33-92438",
                 ratios: [56.1, 57.1]),
        // Đức Trọng (Lâm Đồng) 2017: "đạt thấp so với mặt bằng chung" is not against the plan; "chưa đạt kế hoạch đề ra như …" is.
        Sentence(text: "Tuy thu ngân sách nhà nước do huyện quản lý đạt tỷ lệ khá so với dự toán năm và tăng trưởng cao so với cùng kỳ, song một số lĩnh vực thu đạt thấp so với mặt bằng chung của tỉnh và chưa đạt kế hoạch đề ra như thu từ thuế, phí đạt 82%; thu từ tiền sử dụng đất đạt 85%... làm ảnh hưởng đến công tác điều hành thu ngân sách của huyện.",
                 source: "http://baolamdong.vn/xahoi/201711/duc-trong-thu-ngan-sach-nha-nuoc-tang-60-so-voi-cung-ky-2862028/",
                 verdict: .missed),
        // Quận 11 (TP. Hồ Chí Minh) 2011: the plan's figure in the ratio's own phrase; 2.824 / 1.854 = 152,32%.
        Sentence(text: "Sơ kết 1 năm chương trình trọng điểm giảm hộ nghèo năm 2011, đã có 2.824 hộ nâng chuẩn nghèo (đạt 152,32% so với chỉ tiêu là 1.854 hộ).",
                 source: "http://quan11.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?Source=/tintuc&Category=&ItemID=2472&Mode=1",
                 ratios: [152.32], consistent: true),
        // Na Rì (Bắc Kạn) 2022: "tính đến 6/12" is a date, not a pair 6/12 set against the ratio after it.
        Sentence(text: "Theo báo cáo của UBND huyện Na Rì, trong năm 2022, toàn huyện thực hiện các chỉ tiêu phát triển kinh tế, xã hội, quốc phòng - an ninh cơ bản đạt kế hoạch đề ra, nhiều chỉ tiêu vượt so với kế hoạch như: Tổng diện tích các cây trồng hằng năm đạt hơn 101% kế hoạch; tổng sản lượng lương thực có hạt đạt hơn 100% kế hoạch; lương thực bình quân đầu người đạt hơn 101% kế hoạch; trồng rừng đạt 138% kế hoạch; thu ngân sách tính đến 6/12 đạt 105% kế hoạch.",
                 source: "https://baobackan.com.vn/ky-hop-thu-tam-hdnd-huyen-na-ri-khoa-xx-post7941.html",
                 ratios: [101, 100, 101, 138, 105], verdict: .met),
    ]

    @Test(arguments: sentences)
    func readsTheSentenceAsAPersonDoes(_ sentence: Sentence) {
        let report = ProseDocument.audit([sentence.text])
        let claims = report.claims
        let quoted = "“\(sentence.text)” (\(sentence.source))"
        let ratios = claims.filter { $0.kind == .ratio }
        #expect(ratios.map { ($0.statedPercent?.value ?? .nan).rounded(to: 2) } == sentence.ratios.map { $0.rounded(to: 2) },
                "% kế hoạch đọc được: \(ratios.map(\.text)) — \(quoted)")
        let pairs = claims.filter { $0.kind == .pair }
        // A threshold plan ("dưới 4%") by its bound.
        let targets = pairs.map { $0.target?.value ?? $0.targetRange.flatMap { $0.form.isThreshold ? $0.interval.lower?.value ?? $0.interval.upper?.value : nil } ?? .nan }
        #expect(zip(pairs, targets).map { [$0.actual?.value ?? .nan, $1] } == sentence.pairs, "cặp đọc được: \(pairs.map(\.text)) — \(quoted)")
        let counts = claims.filter { $0.kind == .count }
        let merged = counts.isEmpty ? nil : CountClaimChecker.merged(counts.compactMap(\.counts))
        #expect(merged == sentence.counts, "số chỉ tiêu đọc được: \(counts.map(\.text)) — \(quoted)")
        if let verdict = sentence.verdict {
            #expect(claims.first(.verdict)?.stated == verdict, "nhận định: \(claims.map(\.text)) — \(quoted)")
        } else {
            #expect(claims.first(.verdict) == nil, "không có nhận định bằng lời, đọc ra: \(claims.first(.verdict)?.text ?? "") — \(quoted)")
        }
        #expect(claims.first(.difference)?.difference?.value == sentence.difference, "chênh lệch: \(claims.map(\.text)) — \(quoted)")
        if let consistent = sentence.consistent {
            for claim in ratios {
                #expect(claim.consistent == consistent, "“\(claim.text)”: \(claim.check ?? "không kiểm tra được") — \(quoted)")
            }
        }
        #expect(report.findings.filter { $0.severity == .error }.map(\.message) == [], "\(quoted)")
    }

    /// "đạt và vượt 15/18 chỉ tiêu. Trong đó, vượt 5 chỉ tiêu": the next sentence's "trong đó" is a
    /// part of the count before it, and the two are checked together.
    @Test func aNestedCountInTheNextSentenceBelongsToTheCountBefore() throws {
        let rows = [
            ["1", "Tổng thu ngân sách nhà nước (tỷ đồng)", "4.000", "4.200", "Vượt"],
            ["2", "Tỷ lệ che phủ rừng (%)", "65", "64", "Không đạt"],
            ["3", "Số xã đạt chuẩn nông thôn mới (xã)", "10", "10", "Đạt"],
        ]
        let right = ProseDocument.audit(["Năm 2023 tỉnh hoàn thành đạt và vượt 2/3 chỉ tiêu. Trong đó, vượt 1 chỉ tiêu, đạt 1 chỉ tiêu."], table: rows)
        let counts = right.claims.filter { $0.kind == .count }
        #expect(CountClaimChecker.merged(counts.compactMap(\.counts)) == ClaimCounts(exceeded: 1, met: 1, metOrExceeded: 2, total: 3))
        #expect(counts.allSatisfy { $0.consistent == true }, "\(counts.map { $0.check ?? "" })")

        let wrong = ProseDocument.audit(["Năm 2023 tỉnh hoàn thành đạt và vượt 2/3 chỉ tiêu. Trong đó vượt 2 chỉ tiêu."], table: rows)
        #expect(wrong.claims.filter { $0.kind == .count }.allSatisfy { $0.consistent == false })
        let finding = try #require(wrong.findings.first { $0.kind == .summaryCountMismatch })
        #expect(finding.severity == .warning, "only the number exceeded differs: Đạt and Vượt are told apart differently by offices")
        #expect(finding.message.contains("vượt: văn bản 2, tính lại 1"))
    }

    /// "có 4 chỉ tiêu không đạt …" then "8 chỉ tiêu khác đều đạt và vượt": the other eight add up
    /// with the four to the twelve of the sentence before.
    @Test func theOtherIndicatorsOfTheNextSentenceCompleteTheCount() {
        let report = ProseDocument.audit([
            "Trong 12 chỉ tiêu lớn năm nay, có 4 chỉ tiêu không đạt. 8 chỉ tiêu khác đều đạt và vượt so với kế hoạch.",
        ])
        let counts = report.claims.filter { $0.kind == .count }
        #expect(CountClaimChecker.merged(counts.compactMap(\.counts)) == ClaimCounts(metOrExceeded: 8, missed: 4, total: 12))
        #expect(report.findings.filter { $0.kind == .claimCountInconsistent }.isEmpty)
        let short = ProseDocument.audit(["Trong 12 chỉ tiêu lớn năm nay, có 4 chỉ tiêu không đạt. 7 chỉ tiêu khác đều đạt và vượt so với kế hoạch."])
        #expect(short.findings.contains { $0.kind == .claimCountInconsistent && $0.message.contains("cộng lại 11, không bằng tổng 12") })
    }
}

private extension Double {
    func rounded(to digits: Int) -> Double {
        let scale = (0..<digits).reduce(1.0) { value, _ in value * 10 }
        return (self * scale).rounded() / scale
    }
}
