import Foundation

// The packets a province's VeDich sends to the ministry's, named after the packet kinds of
// QCVN 125:2021/BTTTT (gói tin danh mục chỉ tiêu báo cáo, danh mục kỳ báo cáo, số liệu báo cáo,
// trạng thái báo cáo). The public text of the regulation lists those kinds but its field tables
// were not available to us, so the field names below are VeDich's own (docs/exchange.md says
// what is followed and what is assumed). Everything refers to everything else by code, never by
// a database id: two servers give the same row different ids.

/// One sending of a province's catalogue, reporting periods, values and report statuses.
public struct ExchangePacket: Codable, Equatable, Sendable {
    public static let regulation = "QCVN 125:2021/BTTTT"
    public static let currentFormat = "vedich-qcvn125/1"

    public var quyChuan: String
    public var dinhDang: String
    public var donViGui: Sender
    /// When the packet was made (ISO 8601, microseconds, UTC).
    public var thoiGianTao: String
    public var danhMucChiTieu: Catalogue
    public var danhMucKyBaoCao: Periods
    public var soLieuBaoCao: Values
    public var trangThaiBaoCao: Statuses

    public struct Sender: Codable, Equatable, Sendable {
        /// The province's code in the list of administrative units (nil when not recorded).
        public var ma: String?
        public var ten: String
    }

    public struct Catalogue: Codable, Equatable, Sendable {
        public var loaiGoiTin = "DANH_MUC_CHI_TIEU_BAO_CAO"
        /// Communes that agencies belong to (the province itself is `donViGui`).
        public var donViHanhChinh: [Unit]
        public var coQuan: [Agency]
        public var chiTieu: [Indicator]
        public var keHoach: [Plan]
    }

    public struct Unit: Codable, Equatable, Sendable {
        public var ma: String?
        public var ten: String
        public var cap: String
    }

    public struct Agency: Codable, Equatable, Sendable {
        public var ten: String
        public var loai: String
        /// The unit it belongs to: the province's name or one of `donViHanhChinh`.
        public var donViHanhChinh: String
    }

    public struct Indicator: Codable, Equatable, Sendable {
        /// The indicator's code in the province: its name folded (unique in the province).
        public var ma: String
        public var ten: String
        public var donViTinh: String?
        /// higher, lower or band.
        public var chieuDanhGia: String
        public var lyDoChieuDanhGia: String
        public var coQuanChuTri: String?
        public var coQuanPhoiHop: [String]
        /// Its code in the national system (QĐ 293 / QĐ 54).
        public var maQuocGia: String?
        public var ngungTheoDoiLuc: String?
        public var lyDoNgungTheoDoi: String?
        public var lanSua: Int
    }

    public struct Plan: Codable, Equatable, Sendable {
        /// `five_year:2021-2025`, `annual:2025-2025`.
        public var ma: String
        public var ten: String
        public var loai: String
        public var namBatDau: Int
        public var namKetThuc: Int
        public var cachTongHop: String
        public var capGiaoApDung: String?
        public var canDoTyLe: String?
        public var banHanhLuc: String?
        public var banHanhBoi: String?
        public var ngayChotSoLieu: String?
        public var nhom: [Group]
        public var chiTieu: [Placement]
        public var chiTieuKeHoach: [Target]
    }

    public struct Group: Codable, Equatable, Sendable {
        public var so: String
        public var ten: String
        public var thuTu: Int
    }

    public struct Placement: Codable, Equatable, Sendable {
        public var maChiTieu: String
        /// Its code in the plan (`II.5`).
        public var maTrongKeHoach: String
        public var nhom: String?
        public var chiTieuCha: String?
        public var thuTu: Int
    }

    public struct Target: Codable, Equatable, Sendable {
        public var maChiTieu: String
        public var capGiao: String
        public var giaTri: String
        public var nguoiGhi: String
        public var thoiDiemGhi: String?
        public var lanSua: Int?
    }

    public struct Periods: Codable, Equatable, Sendable {
        public var loaiGoiTin = "DANH_MUC_KY_BAO_CAO"
        public var kyBaoCao: [Period]
    }

    public struct Period: Codable, Equatable, Sendable {
        /// `year:2024-2024`, `first_half:2025-2025`, `span_average:2021-2025`.
        public var ma: String
        public var loai: String
        public var namBatDau: Int
        public var namKetThuc: Int
        public var ten: String
    }

    public struct Values: Codable, Equatable, Sendable {
        public var loaiGoiTin = "SO_LIEU_BAO_CAO"
        /// Every revision of every value, withdrawals included, oldest first per value.
        public var soLieu: [Value]
    }

    public struct Value: Codable, Equatable, Sendable {
        public var maChiTieu: String
        public var maKy: String
        /// uoc_6_thang, uoc_ca_nam, so_bo, chinh_thuc.
        public var loaiSoLieu: String
        public var lanSua: Int
        public var giaTri: String
        public var coQuan: String?
        public var ghiChu: String?
        public var nguoiGhi: String
        public var thoiDiemGhi: String?
        public var rutLai: Bool?
        public var canhBao: String?
    }

    public struct Statuses: Codable, Equatable, Sendable {
        public var loaiGoiTin = "TRANG_THAI_BAO_CAO"
        public var trangThai: [Status]
    }

    public struct Status: Codable, Equatable, Sendable {
        public var maKeHoach: String
        public var coQuan: String
        public var maKy: String
        public var loaiSoLieu: String
        /// draft, submitted, approved, returned.
        public var trangThai: String
        public var ghiChu: String?
        public var nguoiDoi: String
        public var thoiDiemDoi: String?
        public var lanSua: Int

        public init(maKeHoach: String, coQuan: String, maKy: String, loaiSoLieu: String, trangThai: String,
                    ghiChu: String? = nil, nguoiDoi: String, thoiDiemDoi: String? = nil, lanSua: Int) {
            self.maKeHoach = maKeHoach
            self.coQuan = coQuan
            self.maKy = maKy
            self.loaiSoLieu = loaiSoLieu
            self.trangThai = trangThai
            self.ghiChu = ghiChu
            self.nguoiDoi = nguoiDoi
            self.thoiDiemDoi = thoiDiemDoi
            self.lanSua = lanSua
        }
    }
}

extension ExchangePacket {
    /// The packet as sent: keys sorted, so the same data gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func decode(_ data: Data) throws(ExchangeError) -> ExchangePacket {
        do {
            return try JSONDecoder().decode(ExchangePacket.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .unreadable(detail: "thiếu trường “\(key.stringValue)” tại \(ExchangeError.path(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .unreadable(detail: "trường \(ExchangeError.path(context.codingPath)) sai kiểu")
        } catch let DecodingError.dataCorrupted(context) {
            throw .unreadable(detail: context.codingPath.isEmpty ? "không phải JSON hợp lệ" : "trường \(ExchangeError.path(context.codingPath)) hỏng")
        } catch {
            throw .unreadable(detail: "không phải JSON hợp lệ")
        }
    }
}

/// Times in packets: ISO 8601 in UTC with microseconds, which both engines keep, so a time
/// survives a round trip exactly (Foundation's ISO formatter keeps milliseconds only).
public enum ExchangeTime {
    public static func text(_ date: Date) -> String {
        let micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let seconds = (micros / 1_000_000).rounded(.down)
        let fraction = Int(micros - seconds * 1_000_000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", parts.year!, parts.month!, parts.day!,
                      parts.hour!, parts.minute!, parts.second!, fraction)
    }

    /// The date to store for `text` in a database of `dialect`: PostgreSQL's driver truncates to
    /// the microsecond, and a Double a hair below the exact microsecond would lose one, so it gets
    /// half a microsecond more; SQLite keeps the Double, which reads back to the nearest.
    static func storable(_ text: String?, dialect: String) -> Date? {
        guard let text, let date = date(text) else { return nil }
        return dialect == "sqlite" ? date : date.addingTimeInterval(0.000_000_5)
    }

    public static func date(_ text: String) -> Date? {
        let pieces = text.split(separator: ".")
        guard pieces.count == 2, pieces[1].hasSuffix("Z"), let micros = Int(pieces[1].dropLast()), pieces[1].count == 7 else { return nil }
        let formatter = ISO8601DateFormatter()
        guard let whole = formatter.date(from: String(pieces[0]) + "Z") else { return nil }
        return Date(timeIntervalSince1970: whole.timeIntervalSince1970 + Double(micros) / 1_000_000)
    }
}
