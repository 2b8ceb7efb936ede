import Foundation
import Testing
import VeDichCore
@testable import VeDichImport

/// Tables LibreOffice squeezes to their text (a long label takes the width, the figure columns
/// keep only their header's width), as a stranger's documents showed: header cells barely more
/// than a space apart ("KH 2019 Ước TH 2019", "TT Chỉ tiêu", "Bình quân" | "Đánh"), headers and
/// verdicts wrapped over two or three lines. Each PDF (exported from the DOCX, as offices do)
/// reads as its DOCX: the same indicators, figures and stated verdicts, and no error the
/// document does not deserve.
struct PdfNarrowTableTests {
    /// An indicator as a person checks it: "name: target | value | stated".
    static func reading(_ report: AuditReport) -> [String] {
        report.tables.flatMap(\.rows).map { row in
            let line = row.indicator.line
            return "\(line.name): \(line.target?.text ?? "–") | \(line.actual?.text ?? "–") | \(row.indicator.statedText ?? "–")"
        }
    }

    static func errors(_ report: AuditReport) -> [String] {
        report.findings.filter { $0.severity == .error }.map { "\($0.kind.rawValue) \($0.location): \($0.message)" }
    }

    /// The DOCX and the PDF of one layout, audited.
    static func audited(_ html: String, name: String) throws -> (docx: AuditReport, pdf: AuditReport) {
        let docx = try LibreOffice.docx(fromHTML: html, name: name)
        let pdf = try LibreOffice.pdf(from: docx)
        return (try Auditor().audit(contentsOf: docx), try Auditor().audit(contentsOf: pdf))
    }

    @Test func twoFiguresASpaceApartUnderTwoNarrowHeadersAreTwoColumns() throws {
        let (docx, pdf) = try Self.audited(Self.narrowHeaders, name: "hai-cot-hep")
        // Was: "KH 2019 Ước TH 2019" one column, "16 17,17" a malformed number on every row.
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
        let rows = Self.reading(pdf)
        #expect(rows.contains("Tốc độ tăng giá trị sản xuất: 16 | 17,17 | Vượt"), "PDF: \(rows)")
        #expect(rows.contains("Tỷ lệ hộ nghèo: 8,5 | 7,8 | Vượt"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
    }

    @Test func aTargetsOnlyTableWithAnAgencyColumnAndGroupsIsRead() throws {
        let (docx, pdf) = try Self.audited(Self.targetsWithAgency, name: "co-quan-chu-tri")
        // Was: no table at all ("TT Chỉ tiêu" a space apart read as one header), "0 lỗi" with nothing unread.
        let rows = Self.reading(pdf)
        #expect(rows.count == 8, "PDF: \(rows)")
        #expect(rows.first == "Tốc độ tăng GRDP: 6,5-7 | – | –", "PDF: \(rows)")
        #expect(rows.contains("Giảm số hộ nghèo so với đầu năm: 380 | – | –"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func headersAndVerdictsWrappedOverLinesAreRead() throws {
        let (docx, pdf) = try Self.audited(Self.wrappedBudget, name: "du-toan-xuong-dong")
        let rows = Self.reading(pdf)
        #expect(rows.contains("Giải ngân vốn đầu tư công: 10.600 | 9.010 | Không đạt dự toán"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        // "So dự toán HĐND tỉnh (%)" is the comparison with the plan, not a column of unplaced numbers.
        #expect(pdf.tables.first?.table.roles.contains(.comparison) == true, "PDF roles: \(pdf.tables.first?.table.roles ?? [])")
        #expect(pdf.coverage.numbersUnplaced == 0)
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func aFiveYearTableIsJudgedOnItsAverageWhateverItsHeadersWrap() throws {
        let (docx, pdf) = try Self.audited(Self.fiveYearWrapped, name: "nam-nam-xuong-dong")
        // Was: "Bình quân" and "Đánh", a little more than a space apart, read as one phrase over
        // two columns; the averages and the verdicts went unread.
        let rows = Self.reading(pdf)
        #expect(rows.contains("Tỷ lệ che phủ rừng: 50 | 49,0 | Không đạt"), "PDF: \(rows)")
        #expect(rows.contains("Thu ngân sách tăng bình quân: 15 | 20,1 | Vượt"), "PDF: \(rows)")
        #expect(rows == Self.reading(docx))
        #expect(pdf.coverage.numbersUnplaced == docx.coverage.numbersUnplaced)
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test func rowNumbersBesideSubRowMarksAndWrappedBracketsAreTheirOwnColumn() throws {
        let (docx, pdf) = try Self.audited(Self.specialCells, name: "o-dac-biet")
        // Was: "TT Chỉ tiêu" one column (a "+" sub-row and "10" / ")" wrapped in the number
        // column), no table read, 14 rows unread.
        let rows = Self.reading(pdf)
        #expect(rows.count == 12, "PDF: \(rows)")
        #expect(rows.contains("Kim ngạch xuất khẩu: >1.800 | 1.920 | Đạt"), "PDF: \(rows)")
        #expect(rows.contains("Tỷ lệ che phủ rừng: Khoảng 38-40 | 39,1 | Đạt"), "PDF: \(rows)")
        #expect(rows.count == Self.reading(docx).count)
        #expect(Self.errors(pdf).isEmpty, "PDF: \(Self.errors(pdf))")
    }

    @Test(arguments: ["So KH năm (%)", "So dự toán HĐND tỉnh (%)", "So sánh (%)"])
    func aRatioToThePlanIsAComparisonColumn(header: String) {
        #expect(ColumnRole.classify(header) == .comparison, "\(header)")
    }

    // Layouts as a stranger typed them (H5's documents), in Word's default table.

    static let narrowHeaders: String = #"""
<html><head><meta charset="utf-8"></head><body>
<p>Huyện Như Xuân: 26/27 chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch</p>
<p>Trong tổng số 27 chi tiêu mà Nghị quyết HĐND huyện đề ra, có 14 chi tiêu vượt kế hoạch, 12 chỉ tiêu đạt kế hoạch, 1 chỉ tiêu không đạt. Nổi bật là: Kinh tế tiếp tục duy trì tốc độ tăng trưởng cao và ổn định đạt 17,17% /năm; Xây dựng nông thôn mới đạt kết quả quan trọng, có thêm 2 xã và 19 thôn đạt chuẩn, vượt kế hoạch; tỷ lệ hộ nghèo giảm còn 7,8%.</p>
<table border="1" cellspacing="0" width="100%">
<tr>
<td>Chỉ tiêu</td>
<td>ĐVT</td>
<td>KH 2019</td>
<td>Ước TH 2019</td>
<td>Đánh giá</td>
</tr>
<tr>
<td>A. Chỉ tiêu kinh tế</td>
<td></td>
<td></td>
<td></td>
<td></td>
</tr>
<tr>
<td>Tốc độ tăng giá trị sản xuất</td>
<td>%</td>
<td>16</td>
<td>17,17</td>
<td>Vượt</td>
</tr>
<tr>
<td>Tổng sản lượng lương thực</td>
<td>Tấn</td>
<td>24.500</td>
<td>25.120</td>
<td>Vượt</td>
</tr>
<tr>
<td>Trong đó: Sản lượng lúa</td>
<td>Tấn</td>
<td>18.000</td>
<td>17.650</td>
<td></td>
</tr>
<tr>
<td>Thu ngân sách trên địa bàn</td>
<td>Tỷ đồng</td>
<td>85</td>
<td>85,4</td>
<td>Đạt</td>
</tr>
<tr>
<td>B. Chỉ tiêu xã hội</td>
<td></td>
<td></td>
<td></td>
<td></td>
</tr>
<tr>
<td>Tỷ lệ hộ nghèo</td>
<td>%</td>
<td>8,5</td>
<td>7,8</td>
<td>Vượt</td>
</tr>
<tr>
<td>Số xã đạt chuẩn nông thôn mới tăng thêm</td>
<td>Xã</td>
<td>2</td>
<td>2</td>
<td>Đạt</td>
</tr>
<tr>
<td>Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng (cân nặng/chiều cao)</td>
<td>%</td>
<td><p>12,5</p><p>18,5</p></td>
<td><p>12,1</p><p>18,9</p></td>
<td>Không đạt</td>
</tr>
</table>
</body></html>
"""#

    static let targetsWithAgency: String = #"""
<html><head><meta charset="utf-8"></head><body>
<p>Hà Nội: Những chỉ tiêu kinh tế-xã hội chủ yếu năm 2024 (ngày 08/12/2023)</p>
<p>Thành phố dự kiến hoàn thành 18/23 chỉ tiêu kinh tế xã hội năm 2023; tăng trưởng GRDP theo số liệu thống kê dự kiến tăng 6,27% (cao hơn mức bình quân chung của cả nước); thu ngân sách ước đạt khoảng 400.421 tỷ đồng, bằng 113,5% so với dự toán Chủ tịch Hội đồng Nhân dân thành phố giao và tăng 20% so với năm 2022.</p>
<p>Nghị quyết đề ra 24 chỉ tiêu chủ yếu phát triển kinh tế-xã hội năm 2024; trong đó, tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) đạt từ 6,5-7%, GRDP bình quân đầu người đạt từ 160,8-162 triệu đồng.</p>
<p>Các chỉ tiêu chủ yếu năm 2024</p>
<table border="1" cellspacing="0" width="100%">
<tr>
<td>TT</td>
<td>Chỉ tiêu</td>
<td>Đơn vị</td>
<td>Ước TH năm 2024</td>
<td>Cơ quan chủ trì</td>
</tr>
<tr>
<td>I</td>
<td>Chỉ tiêu kinh tế</td>
<td></td>
<td></td>
<td></td>
</tr>
<tr>
<td>1</td>
<td>Tốc độ tăng GRDP</td>
<td>%</td>
<td>6,5-7</td>
<td>Sở Kế hoạch và Đầu tư</td>
</tr>
<tr>
<td>2</td>
<td>GRDP bình quân đầu người</td>
<td>Triệu đồng</td>
<td>160,8-162</td>
<td>Cục Thống kê</td>
</tr>
<tr>
<td>3</td>
<td>Tốc độ tăng vốn đầu tư thực hiện</td>
<td>%</td>
<td>10,5-11,5</td>
<td>Sở Kế hoạch và Đầu tư</td>
</tr>
<tr>
<td>4</td>
<td>Tốc độ tăng kim ngạch xuất khẩu</td>
<td>%</td>
<td>4-5</td>
<td>Sở Công Thương</td>
</tr>
<tr>
<td>5</td>
<td>Chỉ số giá tiêu dùng (CPI)</td>
<td>%</td>
<td>Dưới 4</td>
<td>Sở Tài chính</td>
</tr>
<tr>
<td>II</td>
<td>Chỉ tiêu xã hội</td>
<td></td>
<td></td>
<td></td>
</tr>
<tr>
<td>6</td>
<td>Tỷ lệ dân số tham gia bảo hiểm y tế</td>
<td>%</td>
<td>94,5</td>
<td>Bảo hiểm xã hội thành phố</td>
</tr>
<tr>
<td>7</td>
<td>Tỷ lệ lao động qua đào tạo</td>
<td>%</td>
<td>74,2</td>
<td>Sở Lao động - Thương binh và Xã hội</td>
</tr>
<tr>
<td>8</td>
<td>Giảm số hộ nghèo so với đầu năm</td>
<td>Hộ</td>
<td>380</td>
<td>Sở Lao động - Thương binh và Xã hội</td>
</tr>
</table>
</body></html>
"""#

    static let wrappedBudget: String = #"""
<html><head><meta charset="utf-8"></head><body>
<p>Tại Hà Tĩnh, kinh tế - xã hội năm 2022 nhìn chung giữ xu hướng phục hồi và phát triển. Về kinh tế, tăng trưởng ước đạt 3,98%; trong đó: khu vực công nghiệp và xây dựng giảm 3,23% (công nghiệp giảm 8,66%, xây dựng tăng 24,88%), khu vực nông nghiệp tăng 0,83%, khu vực dịch vụ tăng 13,08%.</p>
<p>Tổng thu ngân sách vượt so với dự toán, đạt trên 18.000 tỷ đồng, đạt 111% dự toán, bằng 103,7% so với năm 2021. Giải ngân đầu tư công đạt trên 9.000 tỷ đồng, bằng 85% kế hoạch.</p>
<p>Biểu: Thu ngân sách nhà nước năm 2022 (ngày 10/12/2022)</p>
<table border="1" cellspacing="0" width="100%">
<tr>
<td>TT</td>
<td>Nội dung</td>
<td>Dự toán Trung ương giao</td>
<td>Dự toán HĐND tỉnh giao</td>
<td>Ước thực hiện năm 2022</td>
<td>So dự toán HĐND tỉnh (%)</td>
<td>Đánh giá</td>
</tr>
<tr>
<td>1</td>
<td>Tổng thu ngân sách nhà nước trên địa bàn</td>
<td>15.800</td>
<td>16.250</td>
<td>18.040</td>
<td>111,0</td>
<td>Vượt dự toán</td>
</tr>
<tr>
<td>a)</td>
<td>Thu nội địa</td>
<td>9.800</td>
<td>10.250</td>
<td>11.620</td>
<td>113,4</td>
<td>Vượt dự toán</td>
</tr>
<tr>
<td>b)</td>
<td>Thu từ hoạt động xuất nhập khẩu</td>
<td>6.000</td>
<td>6.000</td>
<td>6.420</td>
<td>107,0</td>
<td>Vượt dự toán</td>
</tr>
<tr>
<td>2</td>
<td>Giải ngân vốn đầu tư công</td>
<td>10.600</td>
<td>10.600</td>
<td>9.010</td>
<td>85,0</td>
<td>Không đạt dự toán</td>
</tr>
</table>
</body></html>
"""#

    static let fiveYearWrapped: String = #"""
<html><head><meta charset="utf-8"></head><body>
<p>Báo cáo kết quả thực hiện các chỉ tiêu kinh tế - xã hội 5 năm 2016-2020 và kế hoạch 5 năm 2021-2025 (ngày 10/8/2020)</p>
<p>Trong 16 chỉ tiêu chủ yếu của Nghị quyết, nhiệm kỳ 2016 - 2020, có 14/16 chỉ tiêu đạt và vượt kế hoạch đề ra; có 02 chỉ tiêu không đạt so với kế hoạch là chỉ tiêu tỷ lệ hộ nghèo giảm bình quân hàng năm và Tỷ lệ che phủ rừng.</p>
<table border="1" cellspacing="0" width="100%">
<tr>
<td>TT</td>
<td>Chỉ tiêu</td>
<td>ĐVT</td>
<td>KH 5 năm 2016-2020</td>
<td>TH 2016</td>
<td>TH 2017</td>
<td>TH 2018</td>
<td>TH 2019</td>
<td>Ước TH 2020</td>
<td>Bình quân 5 năm</td>
<td>Đánh giá</td>
</tr>
<tr>
<td>1</td>
<td>Tốc độ tăng trưởng kinh tế bình quân</td>
<td>%</td>
<td>12</td>
<td>13,2</td>
<td>13,9</td>
<td>14,1</td>
<td>14,3</td>
<td>13,8</td>
<td>13,86</td>
<td>Vượt</td>
</tr>
<tr>
<td>2</td>
<td>Tỷ lệ hộ nghèo giảm bình quân hàng năm</td>
<td>%</td>
<td>2,5</td>
<td>2,1</td>
<td>2,0</td>
<td>1,9</td>
<td>1,8</td>
<td>1,7</td>
<td>1,9</td>
<td>Không đạt</td>
</tr>
<tr>
<td>3</td>
<td>Tỷ lệ che phủ rừng</td>
<td>%</td>
<td>50</td>
<td>48,2</td>
<td>48,5</td>
<td>48,7</td>
<td>48,9</td>
<td>49,0</td>
<td>49,0</td>
<td>Không đạt</td>
</tr>
<tr>
<td>4</td>
<td>Thu ngân sách tăng bình quân</td>
<td>%</td>
<td>15</td>
<td>18,5</td>
<td>19,6</td>
<td>21,0</td>
<td>20,8</td>
<td>20,6</td>
<td>20,1</td>
<td>Vượt</td>
</tr>
</table>
</body></html>
"""#

    static let specialCells: String = #"""
<html><head><meta charset="utf-8"></head><body>
<p>Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2022 (ngày 08/12/2022)</p>
<table border="1" cellspacing="0" width="100%">
<tr>
<td>TT</td>
<td>Chỉ tiêu</td>
<td>ĐVT</td>
<td>Thực hiện năm trước</td>
<td>KH năm 2022</td>
<td>Ước TH năm 2022</td>
<td>Đánh giá</td>
</tr>
<tr>
<td>I</td>
<td>Chỉ tiêu kinh tế</td>
<td></td>
<td></td>
<td></td>
<td></td>
<td></td>
</tr>
<tr>
<td>1)</td>
<td>Tốc độ tăng GRDP</td>
<td>%</td>
<td>3,1</td>
<td>tăng 6,8 - 7,5% (năm gốc tăng 3,1%)</td>
<td>7,02</td>
<td>Đạt</td>
</tr>
<tr>
<td>2)</td>
<td>GRDP bình quân đầu người</td>
<td>USD/người</td>
<td>2.150</td>
<td>Khoảng 2.300</td>
<td>2.380</td>
<td>Vượt</td>
</tr>
<tr>
<td>3)</td>
<td>Tỷ lệ nhập siêu so với kim ngạch xuất khẩu</td>
<td>%</td>
<td>1,2</td>
<td>Dưới 3</td>
<td>Xuất siêu</td>
<td>Đạt</td>
</tr>
<tr>
<td>4)</td>
<td>Kim ngạch xuất khẩu</td>
<td>Triệu USD</td>
<td>1.650</td>
<td>&gt;1.800</td>
<td>1.920</td>
<td>Đạt</td>
</tr>
<tr>
<td>5)</td>
<td>Thu ngân sách nhà nước trên địa bàn</td>
<td>Tỷ đồng</td>
<td>6.315,6</td>
<td>5.210,4 (giảm 17,5% so với thực hiện năm trước)</td>
<td>6.020</td>
<td>Vượt</td>
</tr>
<tr>
<td>+</td>
<td>Thu nội địa</td>
<td>Tỷ đồng</td>
<td>5.100</td>
<td>4.300</td>
<td>4.816</td>
<td></td>
</tr>
<tr>
<td>II</td>
<td>Chỉ tiêu xã hội</td>
<td></td>
<td></td>
<td></td>
<td></td>
<td></td>
</tr>
<tr>
<td>6)</td>
<td>Mức giảm tỷ suất sinh thô</td>
<td>‰</td>
<td>0,3</td>
<td>0,2</td>
<td>0,2</td>
<td>Đạt</td>
</tr>
<tr>
<td>7)</td>
<td>Mức giảm tỷ lệ hộ nghèo</td>
<td>Điểm %</td>
<td>1,6</td>
<td>1-1,5</td>
<td>1,55</td>
<td>Vượt</td>
</tr>
<tr>
<td>8)</td>
<td>Số lao động được giải quyết việc làm mới</td>
<td>Người</td>
<td>420</td>
<td>470 (tăng 12%)</td>
<td>472</td>
<td>Vượt</td>
</tr>
<tr>
<td>9)</td>
<td>Số bác sĩ trên một vạn dân</td>
<td>Bác sĩ</td>
<td>9,5</td>
<td>Trên 10</td>
<td>10,2</td>
<td>Đạt</td>
</tr>
<tr>
<td>10)</td>
<td>Tỷ lệ che phủ rừng</td>
<td>%</td>
<td>38,5</td>
<td>Khoảng 38-40</td>
<td>39,1</td>
<td>Đạt</td>
</tr>
<tr>
<td>11)</td>
<td>Số xã đạt chuẩn nông thôn mới tăng thêm</td>
<td>Xã</td>
<td>6</td>
<td>05 - 08</td>
<td>7</td>
<td>Đạt</td>
</tr>
<tr>
<td>12)</td>
<td>Diện tích nhà ở bình quân đầu người</td>
<td>m²</td>
<td>23,5</td>
<td>gần 24</td>
<td>24,1</td>
<td>Đạt</td>
</tr>
</table>
</body></html>
"""#
}
