import ArgumentParser
import Foundation
import VeDichCore
import VeDichStore

/// `vedich generate`: synthetic data at national scale, for measuring VeDich (`make bench`) and
/// trying the ministry's pages; never into a database holding a province's real figures.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Sinh dữ liệu giả lập cho nhiều tỉnh (đơn vị cấp xã, danh mục có mã quốc gia, kế hoạch, chỉ tiêu, số liệu, trạng thái báo cáo).",
        discussion: """
            Ghi vào DATABASE_URL (PostgreSQL, bằng COPY) hoặc tệp SQLite mặc định. Cùng --seed cho ra cùng dữ liệu.
            Tỉnh là N tỉnh đầu của danh mục 34 tỉnh, thành phố (theo mã số); tỉnh đã có kế hoạch hoặc chỉ tiêu thì không sinh.
            Ví dụ: vedich generate --provinces 34 --observations 10000000 --seed 1
            """
    )

    @Option(help: "Số tỉnh, thành phố (1 đến 34).") var provinces = 34
    @Option(help: "Tổng số giá trị (số liệu) cần sinh.") var observations = 10_000_000
    @Option(help: "Hạt giống: cùng hạt giống, cùng dữ liệu.") var seed: UInt64 = 1

    func validate() throws {
        guard (1...34).contains(provinces) else { throw ValidationError("--provinces phải từ 1 đến 34") }
        guard observations > 0 else { throw ValidationError("--observations phải lớn hơn 0") }
    }

    func run() async throws {
        do {
            let summary = try await ServerApplication.with { app in
                try await DataGenerator(options: GeneratorOptions(provinces: provinces, observations: observations, seed: seed))
                    .generate(into: app.db) { line in Console.printError(line) }
            }
            Console.print(summary.description)
        } catch let error as GeneratorError {
            Console.reject(error)
        }
    }
}
