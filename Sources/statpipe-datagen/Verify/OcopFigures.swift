import StatpipeCore

/// OCOP counts, timeline and re-evaluation compliance of SPEC §5, computed from accepted rows.
struct OcopFigures {
    /// One year of ocop_timeline.
    struct TimelineYear {
        let year: Int
        let certified: Int
        let cumulative: Int
        let inForceAtYearEnd: Int
    }

    /// One area's row of reevaluation_compliance.
    struct Compliance {
        var required = 0
        var reevaluated = 0
        var results: [ReevaluationResult: Int] = [:]

        var overdue: Int { required - reevaluated }
        var compliance: String? { PrintedPercent.ratio(reevaluated, of: required) }
        var fail: String? {
            PrintedPercent.ratio(results[.downgraded, default: 0] + results[.revoked, default: 0], of: reevaluated)
        }
    }

    /// The province's timeline, from its first certification year to the as-of year.
    let timeline: [TimelineYear]
    /// Certificates by certification year and district code.
    let certifiedByYear: [Int: [String: Int]]
    /// Products in force on the as-of date, by star rating, district and category.
    let inForceByStars: [Int: Int]
    let inForceByDistrict: [String: Int]
    let inForceByCategory: [OcopCategory: Int]
    /// Re-evaluation compliance in the period: the province under its code, then each district.
    let compliance: [String: Compliance]
    /// The overdue products of the period, by product id.
    let overdue: [String]

    /// The figures on `asOf` and for `period`, from accepted products and re-evaluations (SPEC §5 "in force").
    init(products: [AcceptedProduct], reevaluations: [OcopReevaluation], period: Quarter, asOf: CivilDate,
         provinceCode: String) {
        let events = Dictionary(grouping: reevaluations, by: \.productID).mapValues { $0.sorted { $0.evaluatedOn < $1.evaluatedOn } }
        let starsOn = { (product: AcceptedProduct, date: CivilDate) -> Int? in
            let certificate = product.certificate
            guard certificate.certifiedOn <= date && date < product.expiresOn else { return nil }
            let past = events[certificate.productID, default: []].filter { $0.evaluatedOn <= date }
            if past.contains(where: { $0.result == .revoked }) { return nil }
            return past.last?.starsAfter ?? certificate.stars
        }

        var certifiedByYear: [Int: [String: Int]] = [:]
        for product in products where product.certificate.certifiedOn <= asOf {
            certifiedByYear[product.certificate.certifiedOn.year, default: [:]][product.certificate.districtCode, default: 0] += 1
        }
        self.certifiedByYear = certifiedByYear
        let firstYear = certifiedByYear.keys.min() ?? asOf.year
        var cumulative = 0
        timeline = (firstYear...asOf.year).map { year in
            let yearEnd = year == asOf.year ? asOf : CivilDate(year, 12, 31)
            let certified = certifiedByYear[year, default: [:]].values.reduce(0, +)
            cumulative += certified
            return TimelineYear(year: year, certified: certified, cumulative: cumulative,
                                inForceAtYearEnd: products.count { starsOn($0, yearEnd) != nil })
        }

        var byStars: [Int: Int] = [:]
        var byDistrict: [String: Int] = [:]
        var byCategory: [OcopCategory: Int] = [:]
        for product in products {
            guard let stars = starsOn(product, asOf) else { continue }
            byStars[stars, default: 0] += 1
            byDistrict[product.certificate.districtCode, default: 0] += 1
            byCategory[product.certificate.category, default: 0] += 1
        }
        inForceByStars = byStars
        inForceByDistrict = byDistrict
        inForceByCategory = byCategory

        let start = period.startDate
        let windowEnd = min(period.endDate, asOf)
        var compliance: [String: Compliance] = [:]
        var overdue: [String] = []
        for product in products {
            let certificate = product.certificate
            guard certificate.certifiedOn < start, starsOn(product, start) != nil else { continue }
            let inWindow = events[certificate.productID, default: []].filter {
                start <= $0.evaluatedOn && $0.evaluatedOn <= windowEnd
            }
            for area in [provinceCode, certificate.districtCode] {
                compliance[area, default: Compliance()].required += 1
                if let latest = inWindow.last {
                    compliance[area, default: Compliance()].reevaluated += 1
                    compliance[area, default: Compliance()].results[latest.result, default: 0] += 1
                }
            }
            if inWindow.isEmpty { overdue.append(certificate.productID) }
        }
        self.compliance = compliance
        self.overdue = overdue.sorted()
    }
}
