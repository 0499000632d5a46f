/// `ocop_counts.csv` and `ocop_timeline.csv` (SPEC §5).
public enum OcopTables {
    public static let countColumns = ["as_of", "area_code", "area_name", "category", "stars_3", "stars_4", "stars_5", "total"]
    public static let timelineColumns = ["area_code", "year", "certified_in_year", "certified_cumulative", "in_force_at_year_end"]
    /// The star ratings the count columns show.
    public static let starColumns = [3, 4, 5]
    /// The category row that totals all groups.
    public static let allCategories = "all"

    /// Products in force on `asOf` by area, category (in `categories` order, then `all`) and stars.
    public static func counts(register: OcopRegister, areas: AreaList, categories: [String], asOf: CivilDate) -> SummaryTable {
        var table = SummaryTable(name: "ocop_counts", columns: countColumns)
        let inForce = register.products.filter { register.isInForce($0, on: asOf) }
        for area in areas.all {
            let local = inForce.filter { area == areas.province || $0.district == area.code }
            for category in categories + [allCategories] {
                let group = local.filter { category == allCategories || $0.category == category }
                let byStars = starColumns.map { stars in group.filter { register.stars(of: $0, on: asOf) == stars }.count }
                table.append([.text(asOf.description), .text(area.code), .text(area.name), .text(category)]
                    + byStars.map(TableCell.count) + [.count(group.count)])
            }
        }
        return table
    }

    /// Certificates by year from the province's first certification year to `asOf`'s year;
    /// a year ends on Dec 31, or on `asOf` in its own year, and nothing after `asOf` counts.
    public static func timeline(register: OcopRegister, areas: AreaList, asOf: CivilDate) -> SummaryTable {
        var table = SummaryTable(name: "ocop_timeline", columns: timelineColumns)
        let counted = register.products.filter { $0.certifiedOn <= asOf }
        guard let firstYear = counted.map(\.certifiedOn.year).min() else { return table }
        for area in areas.all {
            let local = counted.filter { area == areas.province || $0.district == area.code }
            for year in firstYear...asOf.year {
                let yearEnd = year == asOf.year ? asOf : CivilDate(year: year, month: 12, day: 31) ?? asOf
                let cumulative = local.filter { $0.certifiedOn <= yearEnd }
                table.append([
                    .text(area.code), .count(year), .count(cumulative.filter { $0.certifiedOn.year == year }.count),
                    .count(cumulative.count), .count(cumulative.filter { register.isInForce($0, on: yearEnd) }.count),
                ])
            }
        }
        return table
    }
}
