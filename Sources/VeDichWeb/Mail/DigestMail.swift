import Foundation
import VeDichCore
import VeDichStore

/// An agency's reminder digest as an e-mail: plain text, and the same as simple HTML.
enum DigestMail {
    static func message(_ digest: ReminderDigest, from: String, today: CalendarDay, siteURL: String?) -> MailMessage {
        MailMessage(from: from, to: digest.recipients.map(\.email), subject: subject(digest),
                    plain: plain(digest, today: today, siteURL: siteURL), html: html(digest, today: today, siteURL: siteURL))
    }

    /// "VeDich nhắc việc Sở Y tế: 3 số liệu còn thiếu, 1 nhiệm vụ quá hạn".
    static func subject(_ digest: ReminderDigest) -> String {
        var parts: [String] = []
        let missing = digest.missing.reduce(0) { $0 + $1.values.count }
        if missing > 0 { parts.append("\(missing) số liệu còn thiếu") }
        if !digest.overdueTasks.isEmpty { parts.append("\(digest.overdueTasks.count) nhiệm vụ quá hạn") }
        if !digest.dueSoonTasks.isEmpty { parts.append("\(digest.dueSoonTasks.count) nhiệm vụ sắp đến hạn") }
        if !digest.openRequests.isEmpty { parts.append("\(digest.openRequests.count) yêu cầu giải trình chưa trả lời") }
        return "VeDich nhắc việc \(digest.agency.name): " + parts.joined(separator: ", ")
    }

    /// The digest as headed lists: (heading, lines).
    static func sections(_ digest: ReminderDigest, today: CalendarDay) -> [(String, [String])] {
        var sections: [(String, [String])] = []
        for group in digest.missing {
            let cutoff = CalendarDay(group.cutoff)?.display ?? group.cutoff
            let when = group.daysLeft > 0 ? "còn \(group.daysLeft) ngày" : group.daysLeft == 0 ? "hạn là hôm nay" : "đã quá hạn \(-group.daysLeft) ngày"
            sections.append(("Số liệu còn thiếu — \(group.planTitle), \(group.version.label.lowercased()), hạn chốt số liệu \(cutoff) (\(when))",
                             group.values.map { "\($0.code) \($0.name)" }))
        }
        func task(_ line: ReminderDigest.PlanTask) -> String {
            "Nhiệm vụ \(line.task.number). \(line.task.title) — thời hạn \(line.task.due?.display ?? "chưa đặt"), \(line.task.status.label.lowercased()) (\(line.planTitle))"
        }
        if !digest.overdueTasks.isEmpty { sections.append(("Nhiệm vụ quá hạn", digest.overdueTasks.map(task))) }
        if !digest.dueSoonTasks.isEmpty { sections.append(("Nhiệm vụ sắp đến hạn", digest.dueSoonTasks.map(task))) }
        if !digest.openRequests.isEmpty {
            sections.append(("Yêu cầu giải trình chưa trả lời", digest.openRequests.map { request in
                "\(request.explanation.subject): “\(request.explanation.question)” (\(request.planTitle))"
            }))
        }
        return sections
    }

    static func plain(_ digest: ReminderDigest, today: CalendarDay, siteURL: String?) -> String {
        var lines = ["Kính gửi \(digest.agency.name),", "", "VeDich nhắc các việc của cơ quan tính đến ngày \(today.display):", ""]
        for (index, section) in sections(digest, today: today).enumerated() {
            lines.append("\(index + 1). \(section.0):")
            lines += section.1.map { "   - \($0)" }
            lines.append("")
        }
        lines.append(siteURL.map { "Đăng nhập VeDich để cập nhật: \($0)" } ?? "Đăng nhập VeDich để cập nhật.")
        lines.append("Thư này do VeDich gửi tự động; xin đừng trả lời thư này.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func html(_ digest: ReminderDigest, today: CalendarDay, siteURL: String?) -> String {
        let document = el("html", ["lang": "vi"]) {
            el("body") {
                el("p") { "Kính gửi \(digest.agency.name)," }
                el("p") { "VeDich nhắc các việc của cơ quan tính đến ngày \(today.display):" }
                for section in sections(digest, today: today) {
                    el("h3") { section.0 }
                    el("ul") { for line in section.1 { el("li") { line } } }
                }
                el("p") {
                    if let siteURL { "Đăng nhập VeDich để cập nhật: "; el("a", ["href": siteURL]) { siteURL } } else { "Đăng nhập VeDich để cập nhật." }
                }
                el("p") { "Thư này do VeDich gửi tự động; xin đừng trả lời thư này." }
            }
        }
        return "<!DOCTYPE html>\n" + document.render()
    }
}
