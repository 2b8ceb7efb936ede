import Vapor
import VeDichCore
import VeDichPlanModel

/// The frame of every page: language, title, navigation, who is logged in, a skip link for keyboards.
enum Layout {
    static func page(_ req: Request, _ title: String, @HTMLBuilder _ content: () -> [HTML]) -> Response {
        let response = Response(status: .ok, body: .init(buffer: bytes(req, title, content)))
        response.headers.contentType = .html
        return response
    }

    /// The page as the bytes sent: what `PageCache` keeps.
    static func bytes(_ req: Request, _ title: String, @HTMLBuilder _ content: () -> [HTML]) -> ByteBuffer {
        let principal = req.principal
        let document = HTML.fragment([
            el("html", ["lang": "vi"]) {
                el("head") {
                    el("meta", ["charset": "utf-8"])
                    el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    el("title") { "\(title) — VeDich" }
                    el("link", ["rel": "stylesheet", "href": "/styles.css"])
                    // No icon file: an empty one keeps browsers from asking for /favicon.ico (a 404 in the console).
                    el("link", ["rel": "icon", "href": "data:,"])
                }
                el("body") {
                    el("a", ["class": "skip", "href": "#noi-dung"]) { "Bỏ qua thanh điều hướng" }
                    el("header", ["class": "site"]) {
                        el("a", ["class": "brand", "href": "/"]) { "VeDich" }
                        el("nav", ["aria-label": "Điều hướng chính"]) {
                            el("a", ["href": "/"]) { "Kế hoạch" }
                            // The ministry reads every province side by side.
                            if let principal, NationalController.ministry.contains(principal.role) {
                                el("a", ["href": "/national"]) { "Cả nước" }
                            }
                            if let principal, [.admin, .planner].contains(principal.role) {
                                el("a", ["href": "/import"]) { "Nhập & kiểm tra báo cáo" }
                            }
                            // Agencies and accounts: an admin's, and the planning office's for its province.
                            if req.managesAccounts {
                                el("a", ["href": "/agencies"]) { "Cơ quan" }
                                el("a", ["href": "/users"]) { "Tài khoản" }
                            }
                            // The API is for those who connect other systems with a token, which
                            // only an administrator makes (`vedich user token`).
                            if principal?.role == .admin {
                                el("a", ["href": "/api/openapi.json"]) { "API" }
                            }
                        }
                        if let principal {
                            el("div", ["class": "account"]) {
                                el("a", ["href": "/account", "title": principal.role.label]) { principal.displayName }
                                el("form", ["method": "post", "action": "/logout"]) {
                                    csrfField(req)
                                    el("button", ["type": "submit", "class": "link"]) { "Đăng xuất" }
                                }
                            }
                        }
                    }
                    el("main", ["id": "noi-dung"]) { content() }
                }
            },
        ])
        // Rendered straight after the doctype, into room for a whole table page: no copy on the way.
        var markup = "<!DOCTYPE html>\n"
        markup.reserveCapacity(32 * 1024)
        document.render(into: &markup)
        return ByteBuffer(string: markup)
    }

    /// The hidden field every form carries: the session's CSRF token.
    static func csrfField(_ req: Request) -> HTML {
        el("input", ["type": "hidden", "name": "_csrf", "value": req.principal?.csrfToken ?? ""])
    }

    static func verdict(_ verdict: Verdict) -> HTML {
        el("span", ["class": "verdict v-\(verdict.rawValue)"]) { verdict.label }
    }

    /// Beside a composite's verdict, the part that decided it (when it is not the row's own
    /// line), so the row's own figures are never read as the reason: "theo: Tỷ lệ người dân tham gia bảo hiểm y tế (%): 94,8 so với kế hoạch 95 — Không đạt".
    static func deciding(_ component: DecidingComponent) -> HTML {
        el("span", ["class": "deciding"]) { "theo: \(component.text)" }
    }

    static func versionSwitch(_ current: ValueVersion, link: (ValueVersion) -> String) -> HTML {
        el("nav", ["class": "versions", "aria-label": "Loại số liệu"]) {
            for version in ValueVersion.allCases {
                if version == current {
                    el("span", ["aria-current": "true"]) { version.label }
                } else {
                    el("a", ["href": link(version)]) { version.label }
                }
            }
        }
    }

    /// "ước cả năm 2024", "chính thức năm 2024", "ước 6 tháng năm 2025": the version and the
    /// period without saying "năm" twice.
    static func versionAndPeriod(_ version: ValueVersion, _ periodLabel: String, capitalized: Bool = false) -> String {
        let name = capitalized ? version.label : version.label.lowercased()
        if name.hasSuffix(" năm"), periodLabel.hasPrefix("năm ") { return name + periodLabel.dropFirst(3) }
        // "ước 6 tháng" of "6 tháng đầu năm 2025": "ước 6 tháng đầu năm 2025".
        if name.hasSuffix(" 6 tháng"), periodLabel.hasPrefix("6 tháng ") { return name + periodLabel.dropFirst(7) }
        return "\(name) \(periodLabel)"
    }

    /// How a composite indicator is judged, as the pages name it.
    static func compositePolicyName(_ policy: CompositePolicy) -> String {
        switch policy {
        case .strict: "cách tính chặt"
        case .lenient: "cách tính nới"
        case .leading: "cách tính theo thành phần đầu"
        }
    }
}
