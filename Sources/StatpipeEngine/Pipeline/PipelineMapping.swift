/// The values of one mapping of the pipeline file by key, after unknown keys were refused.
struct PipelineMapping {
    /// The mapping itself, where a missing key is reported.
    let owner: PipelineNode
    /// The values by key.
    let values: [String: PipelineNode]

    /// The value under `key`, or an error naming the missing key.
    func required(_ key: String) throws(StatpipeError) -> PipelineNode {
        guard let value = values[key] else {
            throw owner.error("missing key '\(owner.child(key, owner.node).keyPath)'")
        }
        return value
    }

    /// The value under `key`, or nil when the mapping does not set it.
    func optional(_ key: String) -> PipelineNode? { values[key] }
}
