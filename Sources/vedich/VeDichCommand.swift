import ArgumentParser

@main
struct VeDichCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vedich",
        abstract: "VeDich: theo dõi, đánh giá kế hoạch phát triển kinh tế - xã hội.",
        subcommands: [
            AuditCommand.self,
            ImportCommand.self,
            TemplateCommand.self,
            ValuesCommand.self,
            PlansCommand.self,
            ServeCommand.self,
            EvaluateCommand.self,
            RequiredRateCommand.self,
            OutlookCommand.self,
            ReportCommand.self,
            UserCommand.self,
            RemindCommand.self,
            DemoCommand.self,
            GenerateCommand.self,
            BackupCommand.self,
            RestoreCommand.self,
            ExchangeCommand.self,
        ]
    )
}

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
