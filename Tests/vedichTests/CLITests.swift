import Foundation
import Testing

/// Runs the built `vedich` binary as a person or a script would, and reads what it prints.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL {
        // Test bundles are built next to the products: .build/<triple>/debug/vedichPackageTests.xctest
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: directory.appendingPathComponent("vedich").path) {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("vedich")
    }

    static func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    /// `environment` is added to this process's own, for the child only.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func json(_ arguments: String...) throws -> [String: Any] {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }
}

struct EvaluateCommandTests {
    @Test func textGivesTheVerdictAndItsReason() throws {
        let result = try CLI.run("evaluate", "--target", "7 - 7,5", "--value", "6,33")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Không đạt: Giá trị “6,33” thấp hơn cận dưới 7 của kế hoạch “7 - 7,5” là 0,67"))
        #expect(result.stdout.contains("So với kế hoạch: đạt 84,4% so với cận trên 7,5."))
    }

    @Test func jsonFollowsTheContract() throws {
        let object = try CLI.json("evaluate", "--target", "≥5", "--value", "<5", "--format", "json")
        #expect(object["verdict"] as? String == "khong_dat")
        #expect(object["label"] as? String == "Không đạt")
        #expect((object["reason"] as? String)?.contains("thấp hơn ngưỡng 5") == true)
        let target = try #require(object["target"] as? [String: Any])
        #expect(target["text"] as? String == "≥5")
        #expect(target["lower"] as? Double == 5)
        #expect(target["upper"] is NSNull)
        #expect(target["lower_inclusive"] as? Bool == true)
        let value = try #require(object["value"] as? [String: Any])
        #expect(value["upper"] as? Double == 5)
        #expect(value["upper_inclusive"] as? Bool == false)
        #expect(object["percent_of_target"] == nil || object["percent_of_target"] is NSNull)
    }

    @Test func percentOfTargetIsGivenForANumber() throws {
        let object = try CLI.json("evaluate", "--target", "4.060", "--value", "4.160", "--format", "json")
        #expect(object["verdict"] as? String == "vuot")
        let percent = try #require(object["percent_of_target"] as? [String: Any])
        #expect(percent["basis"] as? String == "point")
        #expect(abs((percent["percent"] as? Double ?? 0) - 102.463) < 0.001)
    }

    @Test func emptyValueMeansNoData() throws {
        let object = try CLI.json("evaluate", "--target", "15", "--value", "", "--format", "json")
        #expect(object["verdict"] as? String == "chua_co_so_lieu")
    }

    @Test func directionComesFromTheTargetsWordsUnlessGiven() throws {
        #expect(try CLI.json("evaluate", "--target", "dưới 3%", "--value", "2,5", "--format", "json")["direction"] as? String == "lower")
        #expect(try CLI.json("evaluate", "--target", "21 - 22", "--value", "23", "--direction", "band", "--format", "json")["verdict"] as? String == "khong_dat")
    }

    @Test func aDirectionGivenAgainstTheTargetsWordingIsRefused() throws {
        let result = try CLI.run("evaluate", "--target", "còn 2,02%", "--value", "2", "--direction", "higher")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("trái với cách viết kế hoạch “còn 2,02%”"), "\(result.stderr)")
        #expect(result.stderr.contains("chỉ tiêu càng thấp càng tốt"))
        // Agreeing with the wording is fine.
        #expect(try CLI.json("evaluate", "--target", "còn 2,02%", "--value", "2", "--direction", "lower", "--format", "json")["verdict"] as? String == "vuot")
    }

    @Test func unitsAreConvertedBeforeJudging() throws {
        let object = try CLI.json("evaluate", "--target", "4.400 tỷ đồng", "--value", "4.400 triệu đồng", "--format", "json")
        #expect(object["verdict"] as? String == "khong_dat")
        #expect((object["reason"] as? String)?.contains("4.400 triệu đồng = 4,4 tỷ đồng") == true)
    }

    @Test func incommensurableUnitsExit2NamingBoth() throws {
        let result = try CLI.run("evaluate", "--target", "7%", "--value", "7 tỷ đồng")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("“tỷ đồng”") && result.stderr.contains("“%”"), "\(result.stderr)")
    }

    @Test func anOpenBoundIsEqualedNotPassedWithoutAZeroMargin() throws {
        let result = try CLI.run("evaluate", "--target", ">3", "--value", "3")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Không đạt: Giá trị “3” bằng ngưỡng 3"), "\(result.stdout)")
        #expect(!result.stdout.contains("là 0"))
        #expect(!result.stdout.contains("đạt 100"), "no ratio for a missed threshold equalled: \(result.stdout)")
    }

    @Test func malformedInputExits2WithAVietnameseMessage() throws {
        let result = try CLI.run("evaluate", "--target", "9 - 10", "--value", "9,15,0")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("“9,15,0”"))
        #expect(result.stderr.contains("hơn một dấu phẩy thập phân"))
        #expect(result.stderr.contains("Cách sửa"))
    }
}

struct RequiredRateCommandTests {
    @Test func theSeedsSecondHalfRate() throws {
        let result = try CLI.run("required-rate", "--target", "7", "--first-half", "4,72", "--share", "0,461")
        #expect(result.status == 0)
        #expect(result.stdout == "8,95\n")
    }

    @Test func jsonGivesTheNumberAndTheInputs() throws {
        let object = try CLI.json("required-rate", "--target", "7", "--first-half", "4,72", "--share", "0,461", "--format", "json")
        #expect(object["required_rate"] as? Double == 8.95)
        #expect(object["required_rate_text"] as? String == "8,95")
        let inputs = try #require(object["inputs"] as? [String: Any])
        #expect(inputs["g"] as? Double == 7)
        #expect(inputs["g1"] as? Double == 4.72)
        #expect(inputs["w"] as? Double == 0.461)
    }

    @Test func aShareOfOneIsRefused() throws {
        let result = try CLI.run("required-rate", "--target", "7", "--first-half", "4", "--share", "1")
        #expect(result.status == 2)
        #expect(result.stderr.contains("tỷ trọng"))
    }
}
