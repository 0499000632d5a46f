/// Turns wanted sheet names into names Excel accepts: 1 to 31 characters, none of
/// `: \ / ? * [ ]`, no `'` at either end, not `History`, unique regardless of case.
enum XLSXSheetNames {
    /// Excel's limit, counted in UTF-16 code units.
    static let maximumLength = 31

    private static let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]

    /// Valid, distinct names for `wanted`, in the same order; a valid distinct name is kept as it is.
    static func valid(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        var names: [String] = []
        for (index, name) in wanted.enumerated() {
            var base = cleaned(name)
            if base.isEmpty { base = "Sheet\(index + 1)" }
            var candidate = truncated(base, to: maximumLength)
            var copy = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(copy))"
                candidate = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
                copy += 1
            }
            used.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    /// `name` without the characters Excel refuses.
    private static func cleaned(_ name: String) -> String {
        var result = String(name.map { forbidden.contains($0) ? "_" : $0 })
        result.unicodeScalars.removeAll { $0.value < 0x20 || !XLSXText.isAllowed($0) }
        while result.hasPrefix("'") { result.removeFirst() }
        while result.hasSuffix("'") { result.removeLast() }
        // Excel reserves this name for its change-tracking sheet.
        if result.lowercased() == "history" { result += "_" }
        return result
    }

    /// The longest prefix of `name` (whole characters) that fits in `limit` UTF-16 units.
    private static func truncated(_ name: String, to limit: Int) -> String {
        var result = ""
        for character in name {
            guard result.utf16.count + String(character).utf16.count <= limit else { break }
            result.append(character)
        }
        // Truncation may expose a trailing apostrophe, which Excel refuses.
        while result.hasSuffix("'") { result.removeLast() }
        return result
    }
}
