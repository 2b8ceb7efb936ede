import VeDichCore

/// The standard phrases of indicator names and the direction each implies (domain rules of
/// docs/domain.md, "Hướng của chỉ tiêu"). Data: one row per phrase, with the reason shown to the
/// person who checks it. See `DirectionDictionary` for how the most specific match wins.
enum StandardDirections {
    typealias Row = (phrase: String, direction: Direction, place: DirectionDictionary.Entry.Place, reason: String)

    static let reduction = "chỉ tiêu đo mức giảm đạt được, giảm được càng nhiều càng tốt"

    static let rows: [Row] = [
        // A name that starts or ends with a reduction measures the reduction itself: "Giảm tỷ lệ
        // hộ nghèo", "Tỷ lệ hộ nghèo giảm" are how many points poverty fell, so more is better
        // even though poverty itself is lower-is-better. Where the plan states the level to reach
        // instead ("Tỷ lệ hộ nghèo còn 2,02%"), the target's form decides before any phrase.
        ("giảm", .higher, .start, reduction),
        ("mức giảm", .higher, .start, reduction),
        ("tốc độ giảm", .higher, .start, reduction),
        ("tỷ lệ giảm", .higher, .start, reduction),
        ("kéo giảm", .higher, .start, reduction),
        ("giảm", .higher, .end, reduction),
        ("giảm bình quân", .higher, .anywhere, reduction),
        ("giảm nghèo", .higher, .anywhere, "chỉ tiêu đo kết quả giảm nghèo, càng nhiều càng tốt"),

        // What was done about a problem: "Tỷ lệ cơ sở gây ô nhiễm môi trường nghiêm trọng được
        // xử lý" counts the facilities dealt with, not the pollution.
        ("được xử lý", .higher, .anywhere, "chỉ tiêu đo phần đã được xử lý, càng nhiều càng tốt"),
        ("được thu gom", .higher, .anywhere, "chỉ tiêu đo phần đã được thu gom, càng nhiều càng tốt"),
        ("được tái chế", .higher, .anywhere, "chỉ tiêu đo phần đã được tái chế, càng nhiều càng tốt"),
        ("được khắc phục", .higher, .anywhere, "chỉ tiêu đo phần đã được khắc phục, càng nhiều càng tốt"),
        ("điều tra khám phá", .higher, .anywhere, "chỉ tiêu đo số vụ đã được điều tra làm rõ, càng nhiều càng tốt"),

        // Shares of a whole: within the planned range is what counts.
        ("cơ cấu", .band, .anywhere, "cơ cấu đạt khi nằm trong khoảng kế hoạch"),
        ("tỷ trọng", .band, .anywhere, "tỷ trọng đạt khi nằm trong khoảng kế hoạch"),

        // Things a plan wants fewer of.
        ("chỉ số giá tiêu dùng", .lower, .anywhere, "giá tăng càng ít càng tốt"),
        ("cpi", .lower, .anywhere, "giá tăng càng ít càng tốt"),
        ("lạm phát", .lower, .anywhere, "lạm phát càng thấp càng tốt"),
        ("hộ nghèo", .lower, .anywhere, "hộ nghèo càng ít càng tốt"),
        ("hộ cận nghèo", .lower, .anywhere, "hộ cận nghèo càng ít càng tốt"),
        ("thất nghiệp", .lower, .anywhere, "thất nghiệp càng ít càng tốt"),
        ("nhập siêu", .lower, .anywhere, "nhập siêu càng ít càng tốt"),
        ("tai nạn", .lower, .anywhere, "tai nạn càng ít càng tốt"),
        ("tội phạm", .lower, .anywhere, "tội phạm càng ít càng tốt"),
        ("phạm pháp", .lower, .anywhere, "phạm pháp càng ít càng tốt"),
        ("suy dinh dưỡng", .lower, .anywhere, "suy dinh dưỡng càng ít càng tốt"),
        ("tỷ suất chết", .lower, .anywhere, "số ca tử vong càng ít càng tốt"),
        ("tử vong", .lower, .anywhere, "số ca tử vong càng ít càng tốt"),
        ("nợ xấu", .lower, .anywhere, "nợ xấu càng ít càng tốt"),
        ("ô nhiễm", .lower, .anywhere, "ô nhiễm càng ít càng tốt"),
        // Losses and decline: what is lost or worn away, not what is kept.
        ("thất thoát", .lower, .anywhere, "thất thoát càng ít càng tốt"),
        ("thất thu", .lower, .anywhere, "thất thu càng ít càng tốt"),
        ("hao hụt", .lower, .anywhere, "hao hụt càng ít càng tốt"),
        ("suy giảm", .lower, .anywhere, "suy giảm càng ít càng tốt"),
        // "Diện tích rừng bị suy giảm" ends in "giảm" yet measures a loss, not a reduction achieved.
        ("suy giảm", .lower, .end, "suy giảm càng ít càng tốt"),
        ("thoái hóa", .lower, .anywhere, "thoái hóa càng ít càng tốt"),
        // Moving labour out of farming is the plan's aim: its share is to fall.
        ("lao động nông nghiệp", .lower, .anywhere, "chuyển dịch cơ cấu lao động: tỷ lệ lao động nông nghiệp càng giảm càng tốt"),

        // Things a plan wants more of. Listed after the things it wants fewer of, so that on a tie
        // a loss wins ("thất thoát nước sạch" is a loss of clean water, not clean water).
        ("thu ngân sách", .higher, .anywhere, "thu ngân sách càng nhiều càng tốt"),
        ("vốn đầu tư", .higher, .anywhere, "vốn đầu tư huy động càng nhiều càng tốt"),
        ("tăng trưởng", .higher, .anywhere, "tăng trưởng càng cao càng tốt"),
        ("thu nhập bình quân", .higher, .anywhere, "thu nhập càng cao càng tốt"),
        ("giá trị sản xuất", .higher, .anywhere, "giá trị sản xuất càng cao càng tốt"),
        ("kim ngạch xuất khẩu", .higher, .anywhere, "xuất khẩu càng nhiều càng tốt"),
        ("tham gia bảo hiểm", .higher, .anywhere, "người tham gia bảo hiểm càng nhiều càng tốt"),
        ("bảo hiểm y tế", .higher, .anywhere, "độ bao phủ bảo hiểm y tế càng cao càng tốt"),
        ("đạt chuẩn", .higher, .anywhere, "nơi đạt chuẩn càng nhiều càng tốt"),
        ("nông thôn mới", .higher, .anywhere, "xã đạt nông thôn mới càng nhiều càng tốt"),
        ("rải nhựa", .higher, .anywhere, "đường được rải nhựa càng nhiều càng tốt"),
        ("cứng hóa", .higher, .anywhere, "đường được cứng hóa càng nhiều càng tốt"),
        ("che phủ rừng", .higher, .anywhere, "độ che phủ rừng càng cao càng tốt"),
        ("nước sạch", .higher, .anywhere, "dân được dùng nước sạch càng nhiều càng tốt"),
        ("qua đào tạo", .higher, .anywhere, "lao động qua đào tạo càng nhiều càng tốt"),
    ]

    static let entries: [DirectionDictionary.Entry] = rows.map {
        DirectionDictionary.Entry(phrase: $0.phrase, direction: $0.direction, place: $0.place, reason: $0.reason)
    }
}
