/// The shape of one district's economy in the GRDP model: size, sector mix and industrial pace.
struct DistrictEconomy {
    let districtCode: String
    /// Relative size in the province; the model is rescaled to the province targets afterwards.
    let size: Double
    /// Relative weight of each sector in the district's GRDP.
    let mix: [Sector: Double]
    /// Industrial growth relative to the province trend (industrial parks grow faster).
    let industryPace: Double

    init(_ districtCode: String, size: Double, agriculture: Double, industry: Double, services: Double,
         taxes: Double, industryPace: Double) {
        self.districtCode = districtCode
        self.size = size
        mix = [.agriculture: agriculture, .industry: industry, .services: services, .taxes: taxes]
        self.industryPace = industryPace
    }
}

/// A reporting unit of a district that reports by unit, and how the district's sectors split over its units.
struct ReportingUnit {
    let id: String
    /// Relative weight of the unit in each sector.
    let weights: [Sector: Double]

    init(_ id: String, agriculture: Double, industry: Double, services: Double, taxes: Double) {
        self.id = id
        weights = [.agriculture: agriculture, .industry: industry, .services: services, .taxes: taxes]
    }
}
