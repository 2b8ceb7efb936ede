import Vapor
import VeDichCore

/// The frame of every page: language, title, navigation, who is logged in, a skip link for keyboards.
enum Layout {
    static func page(_ req: Request, _ title: String, @HTMLBuilder _ content: () -> [HTML]) -> Response {
        let principal = req.principal
        let document = HTML.fragment([
            el("html", ["lang": "vi"]) {
                el("head") {
                    el("meta", ["charset": "utf-8"])
                    el("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    el("title") { "\(title) — VeDich" }
                    el("link", ["rel": "stylesheet", "href": "/styles.css"])
                }
                el("body") {
                    el("a", ["class": "skip", "href": "#noi-dung"]) { "Bỏ qua thanh điều hướng" }
                    el("header", ["class": "site"]) {
                        el("a", ["class": "brand", "href": "/"]) { "VeDich" }
                        el("nav", ["aria-label": "Điều hướng chính"]) {
                            el("a", ["href": "/"]) { "Kế hoạch" }
                            if let principal, [.admin, .planner].contains(principal.role) {
                                el("a", ["href": "/import"]) { "Nhập & kiểm tra báo cáo" }
                            }
                            el("a", ["href": "/api/openapi.json"]) { "API" }
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
        let response = Response(status: .ok, body: .init(string: "<!DOCTYPE html>\n" + document.render()))
        response.headers.contentType = .html
        return response
    }

    /// The hidden field every form carries: the session's CSRF token.
    static func csrfField(_ req: Request) -> HTML {
        el("input", ["type": "hidden", "name": "_csrf", "value": req.principal?.csrfToken ?? ""])
    }

    static func verdict(_ verdict: Verdict) -> HTML {
        el("span", ["class": "verdict v-\(verdict.rawValue)"]) { verdict.label }
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

    static func percent(_ value: PercentOfTarget?) -> String {
        value.map { VietnameseNumber.format($0.percent, fractionDigits: 1) + "%" } ?? ""
    }
}
