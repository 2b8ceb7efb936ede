import Vapor
import VeDichCore
import VeDichStore

extension ReportSectionInfo: Content {}
extension ReportSectionRevision: Content {}

/// `/api/v1/plans/{planID}/sections`: the prose sections of a plan's report, each with its
/// history. An edit names the revision it started from; a stale one gets 409 with the current
/// section, and nothing is written.
struct SectionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let sections = routes.grouped("plans", ":planID", "sections")
        sections.get { req in try await Self.refusing { try await req.store.sections(planID: try req.planID()) } }
        let section = sections.grouped(":key")
        section.get { req in try await Self.refusing { try await req.store.section(planID: try req.planID(), key: try req.sectionKey()) } }
        section.grouped(PlanAccess(need: .edit)).put(use: edit)
        section.get("history") { req in
            try await Self.refusing { try await req.store.sectionHistory(planID: try req.planID(), key: try req.sectionKey()) }
        }
    }

    /// `{ "text": "Đoạn 1\nĐoạn 2", "based_on_revision": 1 }`
    struct SectionEdit: Content {
        var text: String
        var basedOnRevision: Int

        enum CodingKeys: String, CodingKey {
            case text
            case basedOnRevision = "based_on_revision"
        }
    }

    /// A refused edit: the error and the section as it now stands.
    struct Conflict: Content {
        var code: String
        var message: String
        var fix: String
        var current: ReportSectionInfo
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let planID = try req.planID()
        let key = try req.sectionKey()
        let body = try req.content.decode(SectionEdit.self)
        let draft = SectionDraft(planID: planID, key: key, text: body.text, basedOnRevision: body.basedOnRevision, recordedBy: req.actor)
        do {
            let saved = try await Self.refusing { try await req.store.editSection(draft) }
            let response = Response(status: .ok)
            try response.content.encode(saved, as: .json)
            return response
        } catch let error as SectionError {
            let current = try await req.store.section(planID: planID, key: key)
            let message = error.userMessage
            let response = Response(status: .conflict)
            try response.content.encode(Conflict(code: error.code, message: message.what, fix: message.fix, current: current), as: .json)
            return response
        }
    }

    /// Section refusals as HTTP answers; a stale revision is left to the caller, which adds the
    /// current section to its answer.
    static func refusing<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as SectionError {
            switch error {
            case .staleRevision: throw error
            case .sectionNotFound: throw APIError(status: .notFound, code: error.code, userMessage: error.userMessage)
            case .textTooLong, .unprintableCharacter: throw APIError(status: .badRequest, code: error.code, userMessage: error.userMessage)
            }
        }
    }
}

extension Request {
    /// The section's key in the path: "nguyen-nhan".
    func sectionKey() throws -> String {
        let key = parameters.get("key") ?? ""
        guard !key.isEmpty, key.count <= 100 else {
            throw APIError(status: .notFound, code: SectionError.sectionNotFound(key: key).code,
                           userMessage: SectionError.sectionNotFound(key: String(key.prefix(100))).userMessage)
        }
        return key
    }
}
