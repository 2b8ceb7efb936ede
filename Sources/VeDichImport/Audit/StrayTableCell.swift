import Foundation

/// A paragraph that holds nothing but a figure ("1.230", "98,6%", "> 90", "7 - 7,5", "46*") is a
/// table's cell left behind by a table the reader did not find (a web page's table copied one cell
/// a line). Its figures count among the numbers not placed, so the coverage of a document whose
/// table was missed does not say "0 số chưa đặt".
enum StrayTableCell {
    /// How many figures the paragraph leaves unplaced: 0 unless it is a lone figure. A year
    /// ("2019", "2011-2015") heads a column and a one- or two-digit whole number numbers a row:
    /// neither is a figure.
    static func figures(in text: String) -> Int {
        // Every paragraph passes here: a long one is prose, known before it is trimmed.
        guard text.utf8.count <= 200 else { return 0 }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 24,
              trimmed.allSatisfy({ $0.isNumber || " .,%‰*<>≤≥~-–+()".contains($0) }) else { return 0 }
        let numbers = trimmed.split(whereSeparator: { !($0.isNumber || $0 == "." || $0 == ",") })
            .filter { $0.contains(where: \.isNumber) }
        guard !numbers.isEmpty else { return 0 }
        let isYear = { (number: Substring) in number.count == 4 && number.allSatisfy(\.isNumber) && ("1900"..."2100").contains(number) }
        if numbers.allSatisfy(isYear) { return 0 }
        if trimmed.count <= 2, trimmed.allSatisfy(\.isNumber) { return 0 }
        return numbers.count
    }
}
