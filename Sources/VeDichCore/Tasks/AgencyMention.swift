/// The province's agency a task's text names as the one to act ("Sở Công Thương chủ trì …"), when
/// it names exactly one; otherwise none, and the office sets the owner itself.
public enum AgencyMention {
    /// - Parameter agencies: the province's agency names.
    /// - Returns: the one agency named in `text`; nil when none or several are named, so a task
    ///   naming two agencies is not given to whichever comes first.
    public static func owner(in text: String, agencies: [String]) -> String? {
        let lowered = text.lowercased()
        let named = agencies.filter { name in
            let words = name.split(separator: " ")
            return words.count >= 2 && lowered.contains(name.lowercased())
        }
        // "Sở Tài chính" inside "Sở Tài chính - Kế hoạch" names one agency, the longer.
        let distinct = named.filter { name in !named.contains { $0 != name && $0.lowercased().contains(name.lowercased()) } }
        return distinct.count == 1 ? distinct[0] : nil
    }
}
