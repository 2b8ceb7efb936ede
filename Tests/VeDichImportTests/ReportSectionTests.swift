import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// The seed's prose, read into the sections a planning officer would expect: each heading with
/// what is written under it, in order, with the plan it speaks of; tables and the target list
/// left to the figures; nothing from the signature block.
struct ReportSectionTests {
    static var sections: [ReportSection] { Seed.report.sections }

    static func headings(_ plan: String) -> [String] {
        sections.filter { $0.plan == plan }.map { $0.heading.split(separator: "\n").first.map(String.init) ?? "" }
    }

    static func section(_ key: String, plan: String) throws -> ReportSection {
        try #require(sections.first { $0.plan == plan && $0.key == key }, "no section \(key) in plan \(plan)")
    }

    /// The seed's lines, blanks collapsed, as the headings are compared with them.
    static let seedLines: [String] = {
        let text = (try? String(contentsOf: Seed.url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    }()

    @Test func theTwentyTwentyFourPartReadsSectionBySection() {
        #expect(Self.headings("2024") == [
            "",
            "Phần thứ nhất",
            "I. ĐÁNH GIÁ TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM VÀ DỰ ƯỚC KẾT QUẢ NĂM 2024",
            "1. Về phát triển kinh tế",
            "1.1. Sản xuất nông, lâm nghiệp",
            "1.2. Phát triển kinh tế cửa khẩu",
            "1.3. Sản xuất công nghiệp; thương mại, dịch vụ và du lịch",
            "1.4. Đầu tư xây dựng kết cấu hạ tầng, quản lý đầu tư công, thực hiện các Chương trình mục tiêu quốc gia (MTQG) và công tác quy hoạch",
            "1.5. Phát triển doanh nghiệp và thu hút đầu tư",
            "1.6. Quản lý, điều hành ngân sách nhà nước",
            "2. Lĩnh vực văn hóa - xã hội",
            "3. Lĩnh vực thông tin truyền thông và chuyển đổi số",
            "4. Lĩnh vực tài nguyên và môi trường; khoa học và công nghệ",
            "5. Công tác thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo; phòng chống tham nhũng; chống buôn lậu, gian lận thương mại",
            "6. Lĩnh vực quốc phòng, an ninh và đối ngoại",
            "7. Công tác cải cách hành chính, nội vụ và thi đua khen thưởng",
            "8. Một số khó khăn, hạn chế và bài học kinh nghiệm",
            "8.1. Khó khăn, hạn chế",
            "8.2. Nguyên nhân",
            "8.3. Bài học kinh nghiệm",
            "II. ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024",
            "IV. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TRONG 6 THÁNG CUỐI NĂM 2024",
        ])
    }

    @Test func theTwentyTwentyFivePartAndTheFiveYearOutlook() {
        #expect(Self.headings("2025") == [
            "Phần thứ hai",
            "I. BỐI CẢNH XÂY DỰNG KẾ HOẠCH NĂM 2025",
            "II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU KẾ HOẠCH NĂM 2025",
            "1. Mục tiêu tổng quát",
            "2. Các chỉ tiêu chủ yếu",
            "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
            "3. Về phát triển kinh tế",
            "4. Tiếp tục phát triển toàn diện, đồng bộ các lĩnh vực văn hóa, xã hội, bảo đảm gắn kết hài hòa giữa phát triển kinh tế với phát triển xã hội.",
            "5. Công tác thông tin, truyền thông và chuyển đổi số",
            "6. Tài nguyên môi trường và khoa học công nghệ",
            "7. Công tác thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo; phòng chống tham nhũng; chống buôn lậu, gian lận thương mại và hàng giả",
            "8. Tăng cường quốc phòng, an ninh; công tác đối ngoại",
            "9. Công tác cải cách hành chính",
            "III. MỘT SỐ ĐỀ XUẤT, KIẾN NGHỊ VỚI CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ",
            "1. Một số những bất cập, hạn chế của hệ thống văn bản pháp luật",
            "1.1. Lĩnh vực Kế hoạch và Đầu tư",
            "1.2. Lĩnh vực Tài chính",
            "1.3. Lĩnh vực Nông nghiệp và phát triển nông thôn",
            "1.4. Lĩnh vực Nội vụ",
            "1.5. Lĩnh vực y tế",
            "2. Một số đề xuất về cơ chế, chính sách đặc thù",
        ])
        #expect(Self.headings("2021-2025") == [
            "IV. DỰ KIẾN KHẢ NĂNG HOÀN THÀNH CÁC MỤC TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025",
        ])
        #expect(Self.sections.allSatisfy { $0.plan != nil })
    }

    /// Every heading is a line of the seed (numbering tidied: "1.3 . Lĩnh vực …:" is "1.3. Lĩnh vực …").
    @Test func everyHeadingIsALineOfTheSeed() {
        for section in Self.sections where !section.heading.isEmpty {
            for line in section.heading.split(separator: "\n").map(String.init) {
                let loose = line.replacingOccurrences(of: ". ", with: "").replacingOccurrences(of: " ", with: "")
                #expect(Self.seedLines.contains { seed in
                    let looseSeed = seed.replacingOccurrences(of: ". ", with: "").replacingOccurrences(of: " ", with: "")
                    return looseSeed == loose || looseSeed == loose + ":"
                }, "“\(line)” is not a line of the seed")
            }
        }
    }

    @Test func causesAndLessonsKeepTheirParagraphs() throws {
        let causes = try Self.section("nguyen-nhan", plan: "2024")
        #expect(causes.heading == "8.2. Nguyên nhân")
        #expect(causes.level == 3)
        #expect(causes.kind == .prose)
        #expect(causes.paragraphs.count == 2)
        #expect(causes.paragraphs.first?.hasPrefix("- Nguyên nhân khách quan: Tình hình kinh tế thế giới") == true)
        #expect(causes.paragraphs.last?.hasPrefix("- Nguyên nhân chủ quan: Việc tổ chức thực hiện") == true)
        let lessons = try Self.section("bai-hoc-kinh-nghiem", plan: "2024")
        #expect(lessons.paragraphs.count == 6)
        #expect(lessons.paragraphs[1].hasPrefix("Một là, bám sát chủ trương"))
        // A heading with only sub-sections under it has no paragraphs of its own.
        #expect(try Self.section("mot-so-kho-khan-han-che-va-bai-hoc-kinh-nghiem", plan: "2024").paragraphs.isEmpty)
    }

    @Test func theOpeningTextAndThePartsIntroduction() throws {
        let opening = try Self.section("mo-dau", plan: "2024")
        #expect(opening.heading.isEmpty)
        #expect(opening.paragraphs.count == 1)
        #expect(opening.paragraphs.first?.hasPrefix("Thực hiện Chỉ thị số 17/CT-TTg ngày 22/5/2024") == true)
        let partOne = try Self.section("phan-thu-nhat", plan: "2024")
        #expect(partOne.level == 0)
        #expect(partOne.heading == "Phần thứ nhất\nTÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM VÀ ƯỚC THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024")
        #expect(partOne.paragraphs.first?.hasPrefix("Năm 2024 là năm có vai trò quan trọng") == true)
    }

    /// Tasks are long numbered paragraphs, not headings: they stay in the section they belong to.
    @Test func numberedTasksStayParagraphsOfTheirSection() throws {
        let tasks = try Self.section("nhiem-vu-giai-phap-thuc-hien-trong-6-thang-cuoi-nam-2024", plan: "2024")
        #expect(tasks.level == 1)
        #expect(tasks.paragraphs.first?.hasPrefix("Trên cơ sở đánh giá kết quả thực hiện trong 6 tháng đầu năm") == true)
        #expect(tasks.paragraphs.filter { $0.hasPrefix("14. Tiếp tục đẩy mạnh") }.count == 1)
        #expect(tasks.paragraphs.suffix(2).map { String($0.prefix(5)) } == ["[14] ", "[15] "], "the footnotes the section cites come last")
    }

    /// Where the report has its tables and its list of targets, VeDich writes the counts itself:
    /// the seed's own words there ("đạt và vượt 15/18 chỉ tiêu", which the numbers contradict) are not kept.
    @Test func tablesAndTheTargetListAreFiguresNotProse() throws {
        let figures = Self.sections.filter { $0.kind == .figures }
        #expect(figures.map(\.key) == [
            "uoc-thuc-hien-cac-chi-tieu-chu-yeu-ke-hoach-phat-trien-kinh",
            "cac-chi-tieu-chu-yeu",
            "du-kien-kha-nang-hoan-thanh-cac-muc-tieu-ke-hoach-phat-trien",
        ])
        #expect(figures.allSatisfy { $0.paragraphs.isEmpty })
        let prose = Self.sections.flatMap(\.paragraphs)
        #expect(!prose.contains { $0.contains("15/18") })
        #expect(!prose.contains { $0 == "Cơ cấu kinh tế (%)" || $0 == "Không đạt" || $0 == "7 - 7,5" })
        #expect(!prose.contains { $0.hasPrefix("- Tốc độ tăng trưởng kinh tế (GRDP): 7,5 - 8%") })
    }

    @Test func theClosingAndTheSignatureAreNotProse() {
        let prose = Self.sections.flatMap(\.paragraphs)
        for line in ["Ủy ban nhân dân tỉnh Lạng Sơn trân trọng báo cáo", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Hồ Tiến Thiệu",
                     "(Kèm theo phụ lục"] {
            #expect(!prose.contains { $0.hasPrefix(line) }, "“\(line)” is not part of any section")
        }
    }

    /// "[5]" … "[10]" cited under 1.3 come after its paragraphs, in the order they are cited.
    @Test func footnotesGoWithTheSectionCitingThem() throws {
        let industry = try Self.section("san-xuat-cong-nghiep-thuong-mai-dich-vu-va-du-lich", plan: "2024")
        let notes = industry.paragraphs.filter { $0.hasPrefix("[") }
        #expect(notes.map { String($0.prefix(4)) } == ["[5] ", "[6] ", "[7] ", "[8] ", "[9] ", "[10]"])
        #expect(industry.paragraphs.suffix(notes.count) == notes[...])
        #expect(!Self.sections.filter { $0.key != industry.key }.flatMap(\.paragraphs).contains { $0.hasPrefix("[6] ") })
    }

    @Test func keysAreUniqueWithinAPlan() {
        for plan in Set(Self.sections.compactMap(\.plan)) {
            let keys = Self.sections.filter { $0.plan == plan }.map(\.key)
            #expect(Set(keys).count == keys.count, "\(plan): \(keys)")
            #expect(keys.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") } }, "\(keys)")
        }
    }

    /// The same seed as a Word document (made by LibreOffice) reads to the same sections.
    @Test func docxReadsToTheSameSectionsAsText() throws {
        let report = try Auditor().audit(contentsOf: try SeedDocxTests.docx.get())
        #expect(report.sections.map(\.key) == Self.sections.map(\.key))
        #expect(report.sections.map(\.heading) == Self.sections.map(\.heading))
        #expect(report.sections.map(\.kind) == Self.sections.map(\.kind))
        #expect(report.sections.map(\.plan) == Self.sections.map(\.plan))
        #expect(report.sections.map(\.paragraphs) == Self.sections.map(\.paragraphs))
    }

    /// The seed breaks two sentences across lines ("… nông thôn tiếp tục" / "được thực hiện có
    /// hiệu quả."): each is read as one paragraph; the lines as first read are kept beside it.
    @Test func aSentenceBrokenAcrossLinesIsOneParagraph() throws {
        let farming = try Self.section("san-xuat-nong-lam-nghiep", plan: "2024")
        #expect(farming.paragraphs.count == 1)
        #expect(farming.paragraphs.first?.contains("Các chính sách đặc thù về nông nghiệp, nông thôn tiếp tục được thực hiện có hiệu quả.") == true)
        #expect(farming.linesAsRead.count == 2, "the lines as an earlier reader stored them")
        #expect(farming.textAsRead != farming.text)
        let investment = try #require(Self.sections.first { $0.plan == "2024" && $0.heading.hasPrefix("1.4. Đầu tư xây dựng") })
        #expect(investment.paragraphs.contains { $0.contains("dự án trọng điểm, chương trình MTQG và chương trình phục hồi") })
        #expect(!Self.sections.flatMap(\.paragraphs).contains { $0.hasPrefix("được thực hiện có hiệu quả") || $0.hasPrefix("MTQG và chương trình") })
        // Where nothing was joined the two readings agree.
        #expect(try Self.section("nguyen-nhan", plan: "2024").textAsRead == (try Self.section("nguyen-nhan", plan: "2024")).text)
    }

    /// A line goes on the one before only when that one has not ended its sentence and the line
    /// opens nothing of its own: headings, "-", "+", "•", "a)", "1." items and footnotes stay apart.
    @Test func headingsAndItemsAreNeverJoinedToTheLineAbove() {
        let text = """
            I. ĐÁNH GIÁ NĂM 2024
            1. Về kinh tế
            Tăng trưởng kinh tế được thúc đẩy, tốc độ
            tăng trưởng đạt khá
            - Nông nghiệp phát triển ổn định
            + Trồng trọt tăng
            • Chăn nuôi giữ vững
            a) Lâm nghiệp
            b) Thủy sản tăng [1]
            2. Về xã hội
            Giáo dục được quan tâm (kết quả “tốt”)
            II. NHIỆM VỤ NĂM 2025
            Tiếp tục thực hiện
            1. Đẩy mạnh sản xuất nông nghiệp hàng hóa gắn với xây dựng nông thôn mới, phát triển kinh tế cửa khẩu.
            2. Tăng cường quốc phòng, an ninh.
            [1] Thủy sản tăng 3%.
            """
        let sections = Auditor().audit(TextReportReader.read(text: text, name: "ngan.txt")).sections
        #expect(sections.map(\.heading) == ["I. ĐÁNH GIÁ NĂM 2024", "1. Về kinh tế", "2. Về xã hội", "II. NHIỆM VỤ NĂM 2025"])
        #expect(sections.first { $0.heading == "1. Về kinh tế" }?.paragraphs == [
            "Tăng trưởng kinh tế được thúc đẩy, tốc độ tăng trưởng đạt khá", "- Nông nghiệp phát triển ổn định", "+ Trồng trọt tăng",
            "• Chăn nuôi giữ vững", "a) Lâm nghiệp", "b) Thủy sản tăng [1]", "[1] Thủy sản tăng 3%.",
        ])
        #expect(sections.first { $0.heading == "2. Về xã hội" }?.paragraphs == ["Giáo dục được quan tâm (kết quả “tốt”)"])
        #expect(sections.last?.paragraphs == [
            "Tiếp tục thực hiện", "1. Đẩy mạnh sản xuất nông nghiệp hàng hóa gắn với xây dựng nông thôn mới, phát triển kinh tế cửa khẩu.",
            "2. Tăng cường quốc phòng, an ninh.",
        ])
    }

    @Test func aNumberedLineBeforeItsSiblingIsAListItem() {
        let text = """
            I. ĐÁNH GIÁ NĂM 2024
            Kết quả chính:
            1. Giữ vững quốc phòng, an ninh.
            2. Tăng cường đối ngoại.
            II. NHIỆM VỤ NĂM 2025
            1. Về kinh tế
            Đẩy mạnh sản xuất.
            """
        let sections = Auditor().audit(TextReportReader.read(text: text, name: "ngan.txt")).sections
        #expect(sections.map(\.heading) == ["I. ĐÁNH GIÁ NĂM 2024", "II. NHIỆM VỤ NĂM 2025", "1. Về kinh tế"])
        #expect(sections.first?.paragraphs == ["Kết quả chính:", "1. Giữ vững quốc phòng, an ninh.", "2. Tăng cường đối ngoại."])
        #expect(sections.map(\.plan) == ["2024", "2025", "2025"])
        #expect(sections.last?.key == "ve-kinh-te")
    }
}
