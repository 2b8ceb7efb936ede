import ArgumentParser
import Foundation
import VeDichCore
import VeDichStore
import VeDichWeb

/// The demo's people: the agencies responsible for the imported indicators, and one account per
/// role. Passwords are made once, kept beside the data (readable by its owner only) and printed
/// on every run, so `make run` always shows how to log in. Never for production.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Dữ liệu mẫu: phân công cơ quan phụ trách chỉ tiêu và tạo mỗi vai trò một tài khoản (chỉ dùng để thử)."
    )

    @Option(help: "Tỉnh của dữ liệu mẫu.") var province = "Lạng Sơn"

    struct Account {
        var login: String
        var name: String
        var role: Role
        var agency: String?
    }

    static let accounts = [
        Account(login: "quantri", name: "Quản trị hệ thống", role: .admin),
        Account(login: "bientap", name: "Chuyên viên Sở Tài chính", role: .planner),
        Account(login: "pheduyet", name: "Lãnh đạo Sở Tài chính", role: .approver),
        Account(login: "soyte", name: "Cán bộ Sở Y tế", role: .agencyClerk, agency: "Sở Y tế"),
        Account(login: "botaichinh", name: "Bộ Tài chính", role: .viewer),
    ]

    /// Who answers for which indicator in the demo, by words of its name; the rest are the
    /// planning office's own.
    static let responsibilities: [(words: [String], agency: String)] = [
        (["y tế", "bác sỹ", "giường bệnh"], "Sở Y tế"),
        (["trường học"], "Sở Giáo dục và Đào tạo"),
        (["rừng", "nông thôn", "chất thải rắn"], "Sở Nông nghiệp và Môi trường"),
        (["du lịch", "nhà văn hoá"], "Sở Văn hóa, Thể thao và Du lịch"),
        (["xuất khẩu"], "Sở Công Thương"),
        (["hộ nghèo", "lao động"], "Sở Nội vụ"),
        (["phạm pháp", "tội phạm", "tai nạn giao thông"], "Công an tỉnh"),
        (["đường ô tô"], "Sở Xây dựng"),
    ]
    static let planningOffice = "Sở Tài chính"

    static func agency(for name: String) -> String {
        let lowered = name.lowercased()
        return responsibilities.first { $0.words.contains { lowered.contains($0) } }?.agency ?? planningOffice
    }

    func run() async throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["VEDICH_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "data")
        let passwordFile = folder.appendingPathComponent("demo-accounts.txt")
        do {
            try await ServerApplication.with { app in
                let store = Store(database: app.db)
                let plans = try await store.plans().filter { $0.province == province }
                guard !plans.isEmpty else {
                    throw StoreError.invalidAccount(UserMessage(what: "Chưa có kế hoạch nào của tỉnh \(province)", fix: "Nhập báo cáo mẫu trước: vedich import …"))
                }
                for plan in plans {
                    let indicators = try await store.indicators(planID: plan.id)
                    let names = Dictionary(indicators.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                    for indicator in indicators {
                        // A component answers to its headline's agency.
                        let name = indicator.parentID.flatMap { names[$0] } ?? indicator.name
                        try await store.assign(indicatorID: indicator.id, toAgency: Self.agency(for: name), actor: "vedich demo")
                    }
                }
                let existing = Set(try await store.users().map(\.login))
                var lines: [String] = []
                for account in Self.accounts where !existing.contains(account.login) {
                    let password = DemoPasswords.make()
                    _ = try await store.addUser(login: account.login, displayName: account.name, passwordHash: try Passwords.hash(password),
                                                role: account.role, province: account.role == .admin || account.role == .viewer ? nil : province,
                                                agency: account.agency, actor: "vedich demo")
                    lines.append("\(account.login)\t\(password)\t\(account.role.label)\(account.agency.map { " — \($0)" } ?? "")")
                }
                if !lines.isEmpty {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    let previous = (try? String(contentsOf: passwordFile, encoding: .utf8)) ?? ""
                    try (previous + lines.joined(separator: "\n") + "\n").write(to: passwordFile, atomically: true, encoding: .utf8)
                    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: passwordFile.path)
                }
            }
        } catch let error as StoreError {
            Console.reject(error)
        }
        if let text = try? String(contentsOf: passwordFile, encoding: .utf8) {
            Console.print("Tài khoản thử (chỉ để thử, không dùng cho hệ thống thật; mật khẩu lưu ở \(passwordFile.path)):")
            for line in text.split(separator: "\n") { Console.print("  " + line.replacingOccurrences(of: "\t", with: "  ")) }
        } else {
            Console.print("Các tài khoản thử đã có từ trước; không tìm thấy \(passwordFile.path) nên không in được mật khẩu.")
        }
    }
}
