import Foundation
import VeDichCore

extension ExchangePacket {
    /// The highest revision a packet may carry. A revision counts the saves of one value (or target,
    /// indicator, report status), and the receiver's next save is the held one plus one: a packet
    /// claiming revision 9 223 372 036 854 775 807 made that next save overflow, which stopped the
    /// whole server (every later save of that value stopped it again).
    public static let highestRevision = 1_000_000

    /// Every problem of the packet on its own, before anything is written: unknown codes, a
    /// figure that does not read, a reference to an indicator, agency, period or plan the packet
    /// does not describe, the same row twice. Each names its packet and row (from 1).
    public func problems() -> [String] {
        var problems: [String] = []
        func check(_ ok: Bool, _ message: @autoclosure () -> String) { if !ok { problems.append(message()) } }
        // A value's first revision is 1; an indicator's catalogue entry starts at 0.
        func checkRevision(_ revision: Int?, from lowest: Int = 0, _ place: @autoclosure () -> String) {
            check(revision.map { (lowest...Self.highestRevision).contains($0) } ?? true,
                  "\(place()): lần sửa \(revision ?? 0) phải từ \(lowest) đến 1.000.000")
        }
        check(!donViGui.ten.trimmingCharacters(in: .whitespaces).isEmpty, "donViGui: thiếu tên tỉnh gửi")

        let catalogue = danhMucChiTieu
        let unitNames = Set([donViGui.ten] + catalogue.donViHanhChinh.map(\.ten))
        var agencies: Set<String> = []
        for (row, agency) in catalogue.coQuan.enumerated() {
            let place = "danh mục chỉ tiêu, cơ quan thứ \(row + 1) (“\(agency.ten)”)"
            check(agencies.insert(agency.ten).inserted, "\(place): tên cơ quan trùng")
            check(unitNames.contains(agency.donViHanhChinh), "\(place): đơn vị hành chính “\(agency.donViHanhChinh)” không có trong gói")
        }
        var indicators: Set<String> = []
        for (row, indicator) in catalogue.chiTieu.enumerated() {
            let place = "danh mục chỉ tiêu, chỉ tiêu thứ \(row + 1) (“\(indicator.ten)”)"
            check(!indicator.ma.isEmpty && indicators.insert(indicator.ma).inserted, "\(place): mã chỉ tiêu trống hoặc trùng")
            check(Direction(rawValue: indicator.chieuDanhGia) != nil, "\(place): chiều đánh giá “\(indicator.chieuDanhGia)” không phải higher, lower hay band")
            for agency in [indicator.coQuanChuTri].compactMap({ $0 }) + indicator.coQuanPhoiHop {
                check(agencies.contains(agency), "\(place): cơ quan “\(agency)” không có trong danh mục cơ quan của gói")
            }
            check(indicator.ngungTheoDoiLuc.map { ExchangeTime.date($0) != nil } ?? true, "\(place): thời điểm ngừng theo dõi sai định dạng")
            checkRevision(indicator.lanSua, place)
        }
        var plans: Set<String> = []
        for (row, plan) in catalogue.keHoach.enumerated() {
            let place = "kế hoạch thứ \(row + 1) (“\(plan.ten)”)"
            check(plans.insert(plan.ma).inserted, "\(place): mã kế hoạch trùng")
            check(plan.ma == ExchangeCode.plan(horizon: plan.loai, start: plan.namBatDau, end: plan.namKetThuc), "\(place): mã “\(plan.ma)” không khớp loại và năm")
            check(["annual", "five_year"].contains(plan.loai), "\(place): loại “\(plan.loai)” không phải annual hay five_year")
            check(CompositePolicy(rawValue: plan.cachTongHop) != nil, "\(place): cách tổng hợp “\(plan.cachTongHop)” không có")
            check(plan.capGiaoApDung.map { TargetIssuer(rawValue: $0) != nil } ?? true, "\(place): cấp giao “\(plan.capGiaoApDung ?? "")” không có")
            let numerals = Set(plan.nhom.map(\.so))
            check(numerals.count == plan.nhom.count, "\(place): số thứ tự nhóm trùng")
            var placed: Set<String> = []
            for placement in plan.chiTieu {
                check(indicators.contains(placement.maChiTieu), "\(place): chỉ tiêu “\(placement.maChiTieu)” không có trong danh mục")
                check(placed.insert(placement.maChiTieu).inserted, "\(place): chỉ tiêu “\(placement.maChiTieu)” có hai lần")
                check(placement.nhom.map(numerals.contains) ?? true, "\(place): nhóm “\(placement.nhom ?? "")” không có trong kế hoạch")
                check(placement.chiTieuCha.map(indicators.contains) ?? true, "\(place): chỉ tiêu cha “\(placement.chiTieuCha ?? "")” không có trong danh mục")
            }
            var targeted: Set<String> = []
            for target in plan.chiTieuKeHoach {
                let what = "\(place), chỉ tiêu kế hoạch “\(target.maChiTieu)” (\(target.capGiao))"
                check(placed.contains(target.maChiTieu), "\(what): chỉ tiêu không có trong kế hoạch")
                // Stored as written (an imported report's "Tỉnh giao" as well as `TargetIssuer` codes).
                check(!target.capGiao.trimmingCharacters(in: .whitespaces).isEmpty, "\(what): thiếu cấp giao")
                check(targeted.insert(target.maChiTieu + "|" + target.capGiao).inserted, "\(what): có hai lần")
                check((try? Figure.parse(target.giaTri)) != nil, "\(what): không đọc được giá trị “\(target.giaTri)”")
                checkRevision(target.lanSua, what)
            }
        }
        var periods: Set<String> = []
        for (row, period) in danhMucKyBaoCao.kyBaoCao.enumerated() {
            let place = "danh mục kỳ báo cáo, kỳ thứ \(row + 1) (“\(period.ma)”)"
            check(periods.insert(period.ma).inserted, "\(place): mã kỳ trùng")
            // Checked by form, not against `Period.Kind`: a newer sender may know kinds of period
            // (months, quarters) this receiver stores as they are without reading them.
            check(!period.loai.isEmpty && period.loai.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") },
                  "\(place): loại kỳ “\(period.loai)” sai định dạng")
            check(period.ma == ExchangeCode.period(kind: period.loai, start: period.namBatDau, end: period.namKetThuc), "\(place): mã không khớp loại và năm")
        }
        var revisions: Set<String> = []
        for (row, value) in soLieuBaoCao.soLieu.enumerated() {
            let place = "số liệu báo cáo, dòng \(row + 1) (chỉ tiêu “\(value.maChiTieu)”, kỳ \(value.maKy), \(value.loaiSoLieu), lần sửa \(value.lanSua))"
            check(indicators.contains(value.maChiTieu), "\(place): chỉ tiêu không có trong danh mục chỉ tiêu của gói")
            check(periods.contains(value.maKy), "\(place): kỳ không có trong danh mục kỳ báo cáo của gói")
            check(ValueVersion(rawValue: value.loaiSoLieu) != nil, "\(place): loại số liệu không có")
            checkRevision(value.lanSua, from: 1, place)
            check(value.coQuan.map(agencies.contains) ?? true, "\(place): cơ quan “\(value.coQuan ?? "")” không có trong danh mục")
            check((try? Figure.parse(value.giaTri)) != nil, "\(place): không đọc được giá trị “\(value.giaTri)”")
            check(value.thoiDiemGhi.map { ExchangeTime.date($0) != nil } ?? true, "\(place): thời điểm ghi sai định dạng")
            check(revisions.insert("\(value.maChiTieu)|\(value.maKy)|\(value.loaiSoLieu)|\(value.lanSua)").inserted, "\(place): có hai lần")
        }
        for (row, status) in trangThaiBaoCao.trangThai.enumerated() {
            let place = "trạng thái báo cáo, dòng \(row + 1) (\(status.coQuan), kỳ \(status.maKy))"
            check(plans.contains(status.maKeHoach), "\(place): kế hoạch “\(status.maKeHoach)” không có trong gói")
            check(agencies.contains(status.coQuan), "\(place): cơ quan không có trong danh mục")
            check(ExchangeCode.parts(status.maKy) != nil, "\(place): mã kỳ sai định dạng")
            check(ValueVersion(rawValue: status.loaiSoLieu) != nil, "\(place): loại số liệu “\(status.loaiSoLieu)” không có")
            check(SubmissionStatus(rawValue: status.trangThai) != nil, "\(place): trạng thái “\(status.trangThai)” không có")
            checkRevision(status.lanSua, place)
        }
        return problems
    }
}
