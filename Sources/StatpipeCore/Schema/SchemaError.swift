/// Why a schema file is not a usable Table Schema, naming the key at fault.
public struct SchemaError: Error, Equatable, CustomStringConvertible {
    /// The key path, e.g. `fields[2].constraints.pattern`.
    public let key: String
    public let message: String

    public init(key: String, _ message: String) {
        self.key = key
        self.message = message
    }

    public var description: String { key.isEmpty ? message : "\(key): \(message)" }
}
