import StatpipeCore

/// What the user asked of `run` or `validate` on the command line (SPEC §1).
public struct JobRequest: Sendable {
    public let pipelinePath: String
    /// The `--period` text, or nil for the default (`latest`).
    public let period: String?
    /// The `--as-of` text, or nil for the period's last day.
    public let asOf: String?
    public let dataRoot: String?
    public let outputRoot: String?
    /// Worker concurrency.
    public let jobs: Int
    /// The bulletin's language.
    public let language: BulletinLanguage

    public init(
        pipelinePath: String, period: String? = nil, asOf: String? = nil, dataRoot: String? = nil,
        outputRoot: String? = nil, jobs: Int = 1, language: BulletinLanguage = .english
    ) {
        self.pipelinePath = pipelinePath
        self.period = period
        self.asOf = asOf
        self.dataRoot = dataRoot
        self.outputRoot = outputRoot
        self.jobs = jobs
        self.language = language
    }

    /// The reporting date: `--as-of` (ISO or day-first), or the period's last day.
    /// - Throws: ``StatpipeError`` `usage` for a bad date, one before the period starts, or
    ///   one after `today` (a report cannot be as of a day that has not happened).
    public func resolvedAsOf(period: Quarter, today: CivilDate) throws(StatpipeError) -> CivilDate {
        guard let asOf else { return period.endDate }
        guard let date = CivilDate(parsing: asOf) else {
            throw StatpipeError(.usage, "--as-of '\(asOf)' is not a date (write 2025-03-31 or 31/03/2025)")
        }
        guard date >= period.startDate else {
            throw StatpipeError(.usage, "--as-of \(date) is before the period \(period) starts (\(period.startDate))")
        }
        guard date <= today else {
            throw StatpipeError(.usage, "--as-of \(date) is in the future (today is \(today))")
        }
        return date
    }

    /// The reporting quarter: `--period` in any of its four spellings, or `latest`/absent
    /// for the last quarter that ended before `today`.
    /// - Throws: ``StatpipeError`` `usage` for a bad period.
    public func resolvedPeriod(today: CivilDate) throws(StatpipeError) -> Quarter {
        guard let period, period.lowercased() != "latest" else { return Quarter.lastEnded(before: today) }
        guard let quarter = Quarter(parsing: period) else {
            throw StatpipeError(.usage, "--period '\(period)' is not a quarter (write 2025-Q1, 2025Q1, Q1/2025 or Q1-2025, or latest)")
        }
        return quarter
    }
}
