import Foundation
import VeDichCore
import VeDichStore

/// Sends each agency its reminder digest through an SMTP server and logs each one sent; used by
/// `vedich remind` and by the schedule of `vedich serve --remind-smtp`.
public enum Reminders {
    public struct Outcome: Sendable {
        public enum Result: Sendable, Equatable {
            case sent
            /// `--dry-run`: what would be sent, not sent.
            case wouldSend
            /// No account of the agency has an e-mail address.
            case noRecipient
            case failed(String)
        }

        public var agency: String
        public var to: [String]
        public var subject: String
        public var result: Result
        /// The plain text, for a dry run to show.
        public var text: String
    }

    public static func run(store: Store, server: SMTPServer, from: String, planID: UUID?, today: CalendarDay, dryRun: Bool,
                           actor: String, siteURL: String? = nil) async throws -> [Outcome] {
        var outcomes: [Outcome] = []
        for digest in try await store.reminderDigests(planID: planID, today: today) where !digest.isEmpty {
            let message = DigestMail.message(digest, from: from, today: today, siteURL: siteURL)
            var outcome = Outcome(agency: digest.agency.name, to: message.to, subject: message.subject, result: .sent, text: message.plain)
            if message.to.isEmpty {
                outcome.result = .noRecipient
            } else if dryRun {
                outcome.result = .wouldSend
            } else {
                do {
                    try await SMTPClient.send(message, via: server)
                    try await store.logReminder(digest, to: message.to, actor: actor)
                } catch let error as SMTPError {
                    outcome.result = .failed("\(error.userMessage.what). \(error.userMessage.fix).")
                }
            }
            outcomes.append(outcome)
        }
        return outcomes
    }
}
