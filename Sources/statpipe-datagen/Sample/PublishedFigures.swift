import StatpipeCore

/// The bulletin figures the sample data must reproduce exactly under SPEC §5 (accepted rows only).
struct PublishedFigures {
    /// The bulletin's quarter; growth compares it with the same quarter a year earlier.
    let period: Quarter
    let asOf: CivilDate
    /// Every district must have accepted economic_accounts rows in each of these quarters.
    let reportedQuarters: [Quarter]

    /// Province GRDP growth at constant prices, year on year, in % as the bulletin prints it (2 decimals).
    let provinceGrowth: String
    let sectorGrowth: [Sector: String]
    /// The contributions the bulletin prints, in percentage points (taxes' is whatever follows).
    let contributions: [Sector: String]

    let firstCertificationYear: Int
    let firstYearCertificates: Int
    /// A year whose new certificates the bulletin lists by district.
    let listedYear: Int
    let listedYearCertificates: [String: Int]
    /// Products in force on `asOf`, in total and by star rating.
    let inForce: Int
    let inForceByStars: [Int: Int]

    /// The figures of the 2025-Q1 bulletin of Hoa Binh.
    static let hoaBinh2025Q1 = PublishedFigures(
        period: Quarter(2025, 1),
        asOf: CivilDate(2025, 3, 31),
        reportedQuarters: Quarter.sequence(from: Quarter(2023, 1), through: Quarter(2025, 1)),
        provinceGrowth: "12.76",
        sectorGrowth: [
            .agriculture: "4.19", .industry: "27.18",
            .services: "5.91", .taxes: "-5.64",
        ],
        contributions: [.agriculture: "0.76", .industry: "9.92", .services: "2.37"],
        firstCertificationYear: 2019,
        firstYearCertificates: 16,
        listedYear: 2023,
        listedYearCertificates: [
            "148": 3, "150": 4, "152": 3, "153": 3, "154": 4,
            "155": 5, "156": 3, "157": 6, "158": 4, "159": 4,
        ],
        inForce: 158,
        inForceByStars: [3: 124, 4: 34, 5: 0]
    )
}
