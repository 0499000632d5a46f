/// A JSON value whose objects keep their keys in insertion order.
///
/// statpipe's reports and manifests are read by people and diffed by scripts, so keys come
/// out in the order SPEC lists them and the same input always gives the same bytes.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number already formatted as JSON (exact decimals stay exact).
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// An integer value.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// The value as JSON text: one line, or indented by two spaces per level when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, indent: pretty ? "" : nil)
        return output
    }

    /// Writes the value; `indent` is the current indentation, or nil for compact output.
    private func write(to output: inout String, indent: String?) {
        let inner = indent.map { $0 + "  " }
        let open = inner.map { "\n" + $0 } ?? ""
        let close = indent.map { "\n" + $0 } ?? ""
        let colon = indent == nil ? ":" : ": "
        switch self {
        case .string(let text): output += JSONValue.quoted(text)
        case .number(let text): output += text
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items):
            guard !items.isEmpty else { return output += "[]" }
            output += "["
            for (index, item) in items.enumerated() {
                output += (index > 0 ? "," : "") + open
                item.write(to: &output, indent: inner)
            }
            output += close + "]"
        case .object(let members):
            guard !members.isEmpty else { return output += "{}" }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                output += (index > 0 ? "," : "") + open + JSONValue.quoted(key) + colon
                value.write(to: &output, indent: inner)
            }
            output += close + "}"
        }
    }

    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
