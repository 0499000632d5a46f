import Yams

/// A value of the pipeline file with the key path that leads to it, so every error names file, line and key.
struct PipelineNode {
    /// The YAML node.
    let node: Node
    /// The dotted key path, e.g. `datasets.ocop_products.files` or `overrides[0].decimal`; empty at the root.
    let keyPath: String
    /// The pipeline file as the user named it.
    let file: String

    /// A pipeline-file error located at this node: `file:line:column: message` (exit 2).
    func error(_ message: String) -> StatpipeError {
        StatpipeError(.usage, "\(location(of: node)): \(message)")
    }

    /// `file:line:column` of `node`, or the file alone when Yams gives no position.
    func location(of node: Node) -> String {
        guard let mark = node.mark else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }

    /// The value under `key` of this mapping.
    func child(_ key: String, _ value: Node) -> PipelineNode {
        PipelineNode(node: value, keyPath: keyPath.isEmpty ? key : "\(keyPath).\(key)", file: file)
    }

    /// The mapping's entries in the order written; keys must be strings.
    func entries() throws(StatpipeError) -> [(key: String, value: PipelineNode)] {
        guard case .mapping(let mapping) = node else { throw typeError("a mapping") }
        var entries: [(key: String, value: PipelineNode)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                throw StatpipeError(.usage, "\(location(of: key)): keys of '\(keyPath)' must be plain names")
            }
            entries.append((scalar.string, child(scalar.string, value)))
        }
        return entries
    }

    /// The mapping's values by key, refusing any key outside `known` (SPEC §7: unknown keys are errors).
    func mapping(known: [String]) throws(StatpipeError) -> PipelineMapping {
        guard case .mapping(let mapping) = node else { throw typeError("a mapping") }
        var values: [String: PipelineNode] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard known.contains(name) else {
                let path = child(name, value).keyPath
                let message = "unknown key '\(path)' (expected: \(known.joined(separator: ", ")))"
                throw StatpipeError(.usage, "\(location(of: key)): \(message)")
            }
            values[name] = child(name, value)
        }
        return PipelineMapping(owner: self, values: values)
    }

    /// The elements of a list.
    func elements() throws(StatpipeError) -> [PipelineNode] {
        guard case .sequence(let sequence) = node else { throw typeError("a list") }
        return sequence.enumerated().map { index, element in
            PipelineNode(node: element, keyPath: "\(keyPath)[\(index)]", file: file)
        }
    }

    /// The text of a scalar; numbers and booleans count as their text (a province code may be written `17`).
    func string(allowingEmpty: Bool = false) throws(StatpipeError) -> String {
        guard case .scalar(let scalar) = node, !isNull else { throw typeError("a string") }
        if scalar.string.isEmpty && !allowingEmpty { throw error("'\(keyPath)' is empty") }
        return scalar.string
    }

    /// A YAML boolean (`true`, `false`, and YAML 1.1's `yes`/`no`/`on`/`off`).
    func bool() throws(StatpipeError) -> Bool {
        guard let value = node.bool else { throw typeError("true or false") }
        return value
    }

    /// A number from 0 to 1, as `max_reject_ratio` takes.
    func ratio() throws(StatpipeError) -> Double {
        let numeric = has(tag: .int) || has(tag: .float)
        guard numeric, let value = node.float, (0...1).contains(value) else {
            throw typeError("a number from 0 to 1")
        }
        return value
    }

    /// One string or a list of strings (`files: a.csv` or `files: [a.csv, b.csv]`), not empty.
    func strings() throws(StatpipeError) -> [PipelineNode] {
        if case .scalar = node, !isNull { return [self] }
        guard case .sequence = node else { throw typeError("a string or a list of strings") }
        let items = try elements()
        if items.isEmpty { throw error("'\(keyPath)' is empty") }
        return items
    }

    /// An error saying what this node should have been and what it is.
    func typeError(_ expected: String) -> StatpipeError {
        error("'\(keyPath)' must be \(expected), not \(found)")
    }

    /// Whether the value is YAML's null (`~`, `null`, or nothing after the colon).
    private var isNull: Bool { has(tag: .null) }

    /// Whether the value's resolved tag is `name` (a plain `0.5` is a float, a quoted one a string).
    private func has(tag name: Tag.Name) -> Bool { node.tag.rawValue == name.rawValue }

    /// How messages describe the value found: `a list`, `null`, or the scalar quoted.
    private var found: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar): return isNull ? "null" : "'\(scalar.string)'"
        }
    }
}
