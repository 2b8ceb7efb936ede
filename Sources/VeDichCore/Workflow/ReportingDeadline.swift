/// Whether an agency's figures reached the planning office by the plan's data cut-off ("số liệu
/// tính đến ngày"). Days are `YYYY-MM-DD` in the province's time, so they compare as text. Only
/// the time of the agency's latest workflow step is kept, so figures submitted (or approved) are
/// late when that step came after the cut-off day; figures still being entered, returned or never
/// started are late once the cut-off day is over.
public enum ReportingDeadline {
    public static func isLate(status: SubmissionStatus?, stepDay: String?, cutoff: String?, today: String) -> Bool {
        guard let cutoff, !cutoff.isEmpty else { return false }
        switch status {
        case .submitted?, .approved?:
            guard let stepDay else { return false }
            return stepDay > cutoff
        case .draft?, .returned?, nil:
            return today > cutoff
        }
    }
}
