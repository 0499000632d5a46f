import StatpipeCore

/// The GRDP model's parameters for Hoa Binh: district economies, trends, seasons, prices and units.
///
/// The numbers are plausible, not official: Hòa Bình city and the industrial districts of
/// Lương Sơn and Lạc Thủy are the largest; the mountain districts lean on agriculture and
/// tourism. The calibration rescales the levels to the published province targets anyway.
enum HoaBinhEconomy {
    static let economies: [DistrictEconomy] = [
        DistrictEconomy("148", size: 0.220, agriculture: 0.04, industry: 0.40, services: 0.50, taxes: 0.06, industryPace: 0.85),
        DistrictEconomy("150", size: 0.045, agriculture: 0.36, industry: 0.28, services: 0.31, taxes: 0.05, industryPace: 0.70),
        DistrictEconomy("152", size: 0.190, agriculture: 0.09, industry: 0.60, services: 0.26, taxes: 0.05, industryPace: 1.35),
        DistrictEconomy("153", size: 0.075, agriculture: 0.30, industry: 0.24, services: 0.41, taxes: 0.05, industryPace: 0.90),
        DistrictEconomy("154", size: 0.055, agriculture: 0.46, industry: 0.14, services: 0.35, taxes: 0.05, industryPace: 0.80),
        DistrictEconomy("155", size: 0.060, agriculture: 0.38, industry: 0.21, services: 0.36, taxes: 0.05, industryPace: 0.90),
        DistrictEconomy("156", size: 0.050, agriculture: 0.27, industry: 0.11, services: 0.57, taxes: 0.05, industryPace: 0.70),
        DistrictEconomy("157", size: 0.075, agriculture: 0.40, industry: 0.22, services: 0.33, taxes: 0.05, industryPace: 1.00),
        DistrictEconomy("158", size: 0.080, agriculture: 0.31, industry: 0.37, services: 0.27, taxes: 0.05, industryPace: 1.10),
        DistrictEconomy("159", size: 0.150, agriculture: 0.20, industry: 0.52, services: 0.23, taxes: 0.05, industryPace: 1.25),
    ]

    static let model = GRDPModel(
        trend: [
            2024: [.agriculture: 0.035, .industry: 0.14, .services: 0.065, .taxes: 0.03],
            2025: [.agriculture: 0.042, .industry: 0.27, .services: 0.059, .taxes: -0.056],
        ],
        seasonality: [
            .agriculture: [0.82, 1.08, 0.92, 1.18],
            .industry: [0.94, 1.00, 1.01, 1.05],
            .services: [0.96, 0.99, 1.00, 1.05],
            .taxes: [0.95, 1.00, 1.00, 1.05],
        ],
        growthJitter: 0.025,
        quarterNoise: 0.015
    )

    static let deflators = Deflators(
        base: [.agriculture: 1.34, .industry: 1.38, .services: 1.44, .taxes: 1.46],
        quarterlyRise: 0.011,
        districtJitter: 0.015,
        valueNoise: 0.004
    )

    /// The districts that report by unit (ward, commune, industrial park), and their units.
    static let reportingUnits: [String: [ReportingUnit]] = [
        "148": [
            ReportingUnit("phuong-lam", agriculture: 0.3, industry: 2.5, services: 4.5, taxes: 3.5),
            ReportingUnit("tan-thinh", agriculture: 0.8, industry: 3.5, services: 3.0, taxes: 2.5),
            ReportingUnit("thinh-lang", agriculture: 1.2, industry: 4.0, services: 2.0, taxes: 2.0),
            ReportingUnit("ky-son", agriculture: 4.0, industry: 2.5, services: 1.5, taxes: 1.2),
        ],
        "152": [
            ReportingUnit("kcn-luong-son", agriculture: 0.2, industry: 6.0, services: 1.0, taxes: 3.0),
            ReportingUnit("tt-luong-son", agriculture: 0.6, industry: 1.5, services: 4.0, taxes: 3.0),
            ReportingUnit("cu-yen", agriculture: 3.0, industry: 1.2, services: 1.0, taxes: 1.0),
            ReportingUnit("lam-son", agriculture: 3.2, industry: 1.3, services: 1.4, taxes: 1.0),
        ],
        "154": [
            ReportingUnit("Thị trấn Cao Phong", agriculture: 1.5, industry: 2.0, services: 4.0, taxes: 3.0),
            ReportingUnit("Xã Bắc Phong", agriculture: 3.5, industry: 1.0, services: 1.2, taxes: 1.0),
            ReportingUnit("Xã Thu Phong", agriculture: 3.0, industry: 1.5, services: 1.0, taxes: 1.0),
        ],
    ]

    /// How much a unit's share of its district moves from one quarter to the next, in ±.
    static let unitNoise = 0.06

    /// Quarters in which a district sent no current-price values (marked `..`).
    static let currentPricesUnavailable: [String: Set<Quarter>] = ["150": [Quarter(2023, 1)]]
}
