import StatpipeCore

/// When OCOP certificates were issued: each year's decision dates with their sizes, and how many
/// certificates each district received that year.
struct CertificationSchedule {
    /// One decision of the provincial OCOP council: a date and how many certificates it issued.
    struct Decision {
        let date: CivilDate
        let certificates: Int
    }

    let decisions: [Int: [Decision]]
    /// Certificates per year, by district code.
    let certificates: [Int: [String: Int]]

    /// The years certificates were issued, in order.
    var years: [Int] {
        certificates.keys.sorted()
    }

    /// A schedule whose decisions issue, each year, as many certificates as the districts receive.
    init(decisions: [Int: [Decision]], certificates: [Int: [String: Int]]) {
        for (year, byDistrict) in certificates {
            let decided = decisions[year, default: []].map(\.certificates).reduce(0, +)
            precondition(decided == byDistrict.values.reduce(0, +), "\(year): decisions and district counts disagree")
        }
        self.decisions = decisions
        self.certificates = certificates
    }

    /// Hoa Binh, 2019 to the first quarter of 2025. The 2023 counts are the published ones, and
    /// exactly ten certificates date from 2022-03-18: they expire on 2025-03-18, before the
    /// as-of date, which the in-force count of the bulletin depends on.
    static func hoaBinh(_ published: PublishedFigures) -> CertificationSchedule {
        let decision = { (year: Int, month: Int, day: Int, count: Int) in
            Decision(date: CivilDate(year, month, day), certificates: count)
        }
        return CertificationSchedule(
            decisions: [
                2019: [decision(2019, 9, 26, 6), decision(2019, 12, 20, 10)],
                2020: [decision(2020, 7, 15, 12), decision(2020, 12, 18, 16)],
                2021: [decision(2021, 6, 30, 15), decision(2021, 12, 24, 20)],
                2022: [decision(2022, 3, 18, 10), decision(2022, 9, 9, 22), decision(2022, 12, 16, 20)],
                2023: [decision(2023, 6, 16, 18), decision(2023, 12, 8, 21)],
                2024: [decision(2024, 4, 12, 20), decision(2024, 8, 23, 24), decision(2024, 12, 20, 22)],
                2025: [decision(2025, 2, 21, 8), decision(2025, 3, 28, 6)],
            ],
            certificates: [
                2019: ["148": 2, "150": 1, "152": 2, "153": 2, "154": 2, "155": 1, "156": 2, "157": 1, "158": 2, "159": 1],
                2020: ["148": 3, "150": 2, "152": 3, "153": 3, "154": 4, "155": 3, "156": 3, "157": 2, "158": 3, "159": 2],
                2021: ["148": 4, "150": 3, "152": 4, "153": 4, "154": 4, "155": 3, "156": 4, "157": 3, "158": 3, "159": 3],
                2022: ["148": 6, "150": 4, "152": 6, "153": 5, "154": 6, "155": 5, "156": 5, "157": 5, "158": 5, "159": 5],
                published.listedYear: published.listedYearCertificates,
                2024: ["148": 8, "150": 5, "152": 7, "153": 7, "154": 7, "155": 6, "156": 7, "157": 7, "158": 6, "159": 6],
                2025: ["148": 2, "150": 1, "152": 2, "153": 1, "154": 2, "155": 1, "156": 2, "157": 1, "158": 1, "159": 1],
            ]
        )
    }
}
