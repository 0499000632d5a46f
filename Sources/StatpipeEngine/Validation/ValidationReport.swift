import StatpipeCore

/// How many rows of a file were rejected with one error code, and the first examples.
public struct ErrorTally: Sendable {
    /// One example: where and why.
    public struct Example: Sendable {
        public let rowNumber: Int
        public let field: String
        public let message: String
    }

    /// The most examples kept per code (SPEC §4).
    public static let exampleLimit = 20

    public private(set) var count = 0
    public private(set) var examples: [Example] = []

    mutating func add(rowNumber: Int, _ problem: RowProblem) {
        count += 1
        if examples.count < Self.exampleLimit {
            examples.append(Example(rowNumber: rowNumber, field: problem.field, message: problem.message))
        }
    }
}

/// What validation found in one file (an entry of `report.json`'s `files`).
public struct FileReport: Sendable {
    public let path: String
    public let dataset: String
    public var encoding = ""
    public var delimiter: String?
    public var rowsRead = 0
    public var rowsAccepted = 0
    public var rowsRejected = 0
    public var blankRows = 0
    public var errors: [ErrorCode: ErrorTally] = [:]

    init(path: String, dataset: String) {
        self.path = path
        self.dataset = dataset
    }
}

/// The totals of one dataset (an entry of `report.json`'s `datasets`).
public struct DatasetReport: Sendable {
    public let name: String
    public let files: Int
    public let rowsRead: Int
    public let rowsAccepted: Int
    public let rowsRejected: Int
    public let blankRows: Int
    public let maxRejectRatio: Double

    /// Rejected over read; 0 for a dataset with no row.
    public var rejectRatio: Double { rowsRead == 0 ? 0 : Double(rowsRejected) / Double(rowsRead) }
    /// True when the ratio is above the dataset's threshold.
    public var exceedsThreshold: Bool { rejectRatio > maxRejectRatio }
}

/// A warning of the run (`extra-label`, an empty glob, …).
public struct RunWarning: Sendable, Equatable {
    public let code: String
    public let file: String
    public let message: String

    public init(code: String, file: String, message: String) {
        self.code = code
        self.file = file
        self.message = message
    }
}

/// Everything validation produced, in the order reports print it.
public struct ValidationOutcome: Sendable {
    /// Files in sorted path order.
    public let files: [FileReport]
    /// Datasets in pipeline order.
    public let datasets: [DatasetReport]
    public let warnings: [RunWarning]

    /// The datasets whose reject ratio is above their threshold.
    public var failedDatasets: [DatasetReport] { datasets.filter(\.exceedsThreshold) }
}
