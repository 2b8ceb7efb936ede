import VeDichCore

/// A small HTML DSL: elements, attributes and text, escaped on the way out, so a page can never
/// carry markup from data (an indicator name, a typed value) as markup.
public indirect enum HTML: Sendable {
    case element(String, [(String, String)], [HTML])
    case text(String)
    case fragment([HTML])
    /// Markup this DSL rendered earlier (escaped then), kept to be sent again as it is.
    case raw(String)

    /// Elements with no content and no closing tag.
    static let void: Set<String> = ["br", "hr", "img", "input", "link", "meta", "source"]

    public func render() -> String {
        var out = ""
        out.reserveCapacity(32 * 1024)
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .text(let text):
            text.appendXMLEscaped(to: &out)
        case .fragment(let children):
            for child in children { child.render(into: &out) }
        case .raw(let markup):
            out.append(markup)
        case .element(let name, let attributes, let children):
            out.append("<")
            out.append(name)
            for (key, value) in attributes {
                out.append(" ")
                out.append(key)
                out.append("=\"")
                value.appendXMLEscaped(to: &out)
                out.append("\"")
            }
            out.append(">")
            guard !Self.void.contains(name) else { return }
            for child in children { child.render(into: &out) }
            out.append("</")
            out.append(name)
            out.append(">")
        }
    }
}

@resultBuilder
public enum HTMLBuilder {
    public static func buildBlock(_ parts: [HTML]...) -> [HTML] { parts.flatMap { $0 } }
    public static func buildExpression(_ node: HTML) -> [HTML] { [node] }
    public static func buildExpression(_ nodes: [HTML]) -> [HTML] { nodes }
    public static func buildExpression(_ text: String) -> [HTML] { [.text(text)] }
    public static func buildOptional(_ part: [HTML]?) -> [HTML] { part ?? [] }
    public static func buildEither(first: [HTML]) -> [HTML] { first }
    public static func buildEither(second: [HTML]) -> [HTML] { second }
    public static func buildArray(_ parts: [[HTML]]) -> [HTML] { parts.flatMap { $0 } }
}

/// `el("td", ["class": "so"]) { "7,5" }`. Attributes keep the order written (a dictionary literal
/// of pairs), so pages render the same bytes every time.
public func el(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], @HTMLBuilder _ content: () -> [HTML] = { [] }) -> HTML {
    .element(name, attributes.map { ($0.key, $0.value) }, content())
}

/// Attributes that may be absent: `nil` values are left out.
public func el(_ name: String, attributes: [(String, String?)], @HTMLBuilder _ content: () -> [HTML] = { [] }) -> HTML {
    .element(name, attributes.compactMap { key, value in value.map { (key, $0) } }, content())
}
