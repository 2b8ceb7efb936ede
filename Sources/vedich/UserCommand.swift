import ArgumentParser
import Fluent
import Foundation
import VeDichCore
import VeDichStore
import VeDichWeb

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Tài khoản: tạo, liệt kê, cấp khóa API.",
        subcommands: [Add.self, List.self, Token.self, Email.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tạo tài khoản. Mật khẩu đọc từ dòng đầu của đầu vào chuẩn (--password-stdin) hoặc được tạo ngẫu nhiên và in ra một lần.")

        @Argument(help: "Tên đăng nhập (chữ không dấu, số, . _ -).") var login: String
        @Option(help: "admin, planner, approver, agency_clerk hoặc viewer.") var role: String
        @Option(help: "Họ tên hiển thị.") var name: String?
        @Option(help: "Tỉnh (bắt buộc với planner, approver, agency_clerk).") var province: String?
        @Option(help: "Cơ quan phụ trách (bắt buộc với agency_clerk), ví dụ \"Sở Y tế\".") var agency: String?
        @Option(help: "Địa chỉ thư điện tử: nhận thư nhắc việc của cơ quan (vedich remind).") var email: String?
        @Flag(name: .customLong("password-stdin"), help: "Đọc mật khẩu từ đầu vào chuẩn.") var passwordFromStdin = false

        func run() async throws {
            guard let role = Role(rawValue: role) else {
                Console.reject(StoreError.invalidAccount(UserMessage(
                    what: "Không có vai trò “\(self.role)”", fix: "Chọn một trong: " + Role.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            let password: String
            if passwordFromStdin {
                password = readLine(strippingNewline: true) ?? ""
                guard password.count >= 10, password.count <= 200 else {
                    Console.reject(StoreError.invalidAccount(UserMessage(what: "Mật khẩu cần từ 10 đến 200 ký tự", fix: "Nhập mật khẩu dài hơn")))
                }
            } else {
                password = DemoPasswords.make()
            }
            do {
                let user = try await ServerApplication.with { app in
                    let store = Store(database: app.db)
                    let user = try await store.addUser(
                        login: login, displayName: name ?? login, passwordHash: try Passwords.hash(password), role: role,
                        province: province, agency: agency, actor: "vedich user add")
                    guard let email else { return user }
                    return try await store.updateAccount(user.id, displayName: nil, email: email, role: nil, agency: .keep, actor: "vedich user add")
                }
                Console.print("Đã tạo tài khoản \(user.login) (\(role.label)).")
                if !passwordFromStdin { Console.print("Mật khẩu: \(password)  (chỉ in lần này; đổi tại /account sau khi đăng nhập)") }
            } catch let error as StoreError {
                Console.reject(error)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê tài khoản.")
        @Option(help: "text hoặc json.") var format: OutputFormat = .text

        func run() async throws {
            let users = try await ServerApplication.with { app in try await Store(database: app.db).users() }
            switch format {
            case .json: try Console.printJSON(users)
            case .text:
                for user in users {
                    Console.print("\(user.login)\t\(user.role.label)\t\(user.province ?? "")\t\(user.agency ?? "")\(user.active ? "" : "\t(đã khóa)")")
                }
            }
        }
    }

    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cấp khóa API cho một tài khoản (gửi trong tiêu đề Authorization: Bearer …).")
        @Argument(help: "Tên đăng nhập.") var login: String
        @Option(help: "Ghi chú: khóa dùng cho việc gì.") var label = "api"
        @Option(help: "Số ngày hiệu lực.") var days = 90

        func run() async throws {
            do {
                let secret = try await ServerApplication.with { app in
                    try await APITokens.issue(Store(database: app.db), login: login, label: label, days: max(1, min(days, 3650)))
                }
                Console.print(secret)
            } catch let error as StoreError {
                Console.reject(error)
            }
        }
    }
}

enum DemoPasswords {
    /// 16 letters and digits, without the ones people confuse (0/O, 1/l/I).
    static func make() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}

extension UserCommand {
    struct Email: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Đặt địa chỉ thư điện tử của một tài khoản (nhận thư nhắc việc); bỏ trống để xóa.")

        @Argument(help: "Tên đăng nhập.") var login: String
        @Argument(help: "Địa chỉ thư, ví dụ canbo@soyte.langson.gov.vn; \"\" để xóa.") var address: String

        func run() async throws {
            do {
                let user = try await ServerApplication.with { app in
                    let store = Store(database: app.db)
                    guard let record = try await UserRecord.query(on: app.db).filter(\.$login == login.trimmingCharacters(in: .whitespaces).lowercased()).first(),
                          let id = record.id else {
                        throw StoreError.accountNotFound(id: login)
                    }
                    return try await store.updateAccount(id, displayName: nil, email: address, role: nil, agency: .keep, actor: "vedich user email")
                }
                Console.print(user.email.map { "Tài khoản \(user.login): thư điện tử \($0)." } ?? "Tài khoản \(user.login): đã xóa địa chỉ thư điện tử.")
            } catch let error as StoreError {
                Console.reject(error)
            }
        }
    }
}
