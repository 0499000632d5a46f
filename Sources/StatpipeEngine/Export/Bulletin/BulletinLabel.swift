/// Every label the bulletin prints, in English and Vietnamese.
///
/// One case per label and one line per case, so a translation is reviewed in one place and
/// a missing one fails to compile. Placeholders `{0}`, `{1}`… are filled by
/// ``text(_:_:)``; data values (names, figures) are passed in, never baked into a label.
/// Enum values of the input data (sectors, product groups, datasets) have a label when a
/// case's ``rawValue`` matches them; any other value is printed as it is.
enum BulletinLabel: String, CaseIterable, Sendable {
    // Title block.
    case title
    case referencePeriod
    case dataAsOf
    case footer

    // Headline figures.
    case headlines
    case indicator
    case figure
    case note
    case grdpGrowth
    case grdpGrowthDetail
    case ocopInForce
    case ocopInForceDetail
    case compliance
    case complianceDetail
    case rejectedRows
    case rejectedRowsDetail

    // Economic growth.
    case sectionGrowth
    case growthChart
    case growthByArea
    case growthBySector
    case area
    case sector
    case growthPercent
    case yearToDatePercent
    case rank
    case contribution
    case share

    // OCOP.
    case sectionOcop
    case timelineChart
    case year
    case certifiedInYear
    case certifiedCumulative
    case inForceAtYearEnd
    case countsByDistrict
    case countsByGroup
    case productGroup
    case total

    // Re-evaluation.
    case sectionReevaluation
    case complianceChart
    case complianceTable
    case resultsTable
    case required
    case reevaluated
    case overdue
    case compliancePercent
    case maintained
    case upgraded
    case downgraded
    case revoked
    case failPercent
    case overdueList
    case noOverdue
    case district
    case productID
    case product
    case producer
    case stars
    case certifiedOn
    case lastEvaluatedOn
    case daysSinceLast

    // Submissions.
    case sectionSubmissions
    case submissionsTable
    case submissionsNote
    case statusOK
    case statusHasErrors
    case statusMissing
    case rejectedCount

    // Data-quality appendix.
    case appendix
    case datasetsTable
    case dataset
    case files
    case rowsRead
    case rowsAccepted
    case rowsRejected
    case rejectsByDistrict
    case otherFiles
    case errorExamples
    case file
    case errorCode
    case rows
    case example
    case rowNumber
    case noRejects
    case warnings

    // Charts.
    case province
    case tableNumber
    case figureNumber
    case notAvailable
    case noData

    // Values of the sample schemas' enums (sectors, OCOP groups, datasets).
    case agriculture
    case industry
    case services
    case taxes
    case food
    case beverage
    case herbal
    case handicraft
    case ornamental
    case tourism
    case economicAccounts = "economic_accounts"
    case ocopProducts = "ocop_products"
    case ocopReevaluations = "ocop_reevaluations"
    case districts

    /// The label in `language`, with `{0}`, `{1}`… replaced by `arguments` in order.
    func text(_ language: BulletinLanguage, _ arguments: String...) -> String { text(language, arguments) }

    /// The label in `language`, with `{0}`, `{1}`… replaced by `arguments` in order.
    func text(_ language: BulletinLanguage, _ arguments: [String]) -> String {
        let (english, vietnamese) = translations
        // One pass over the template, so an argument that itself reads `{1}` stays as it is.
        var text = ""
        var rest = Substring(language == .vietnamese ? vietnamese : english)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let tail = rest[rest.index(after: open)...]
            let close = tail.firstIndex(of: "}")
            if let close, let index = Int(tail[..<close]), arguments.indices.contains(index) {
                text += arguments[index]
                rest = tail[tail.index(after: close)...]
            } else {
                text += "{"
                rest = tail
            }
        }
        return text + rest
    }

    /// The label of a data value such as `industry`, or the value itself when it has none.
    static func value(_ raw: String, _ language: BulletinLanguage) -> String {
        Self.valueCases.contains(raw) ? Self(rawValue: raw)?.text(language) ?? raw : raw
    }

    /// The cases that label data values; only those may match one, so a sector called
    /// `title` is printed as `title`.
    private static let valueCases: Set<String> = [
        "agriculture", "industry", "services", "taxes", "food", "beverage", "herbal", "handicraft", "ornamental",
        "tourism", "economic_accounts", "ocop_products", "ocop_reevaluations", "districts",
    ]

    private var translations: (english: String, vietnamese: String) {
        switch self {
        case .title: ("{0} — Quarterly statistical bulletin, {1}", "{0} — Bản tin thống kê quý, {1}")
        case .referencePeriod: ("Reference period {0} ({1} to {2})", "Kỳ báo cáo {0} (từ {1} đến {2})")
        case .dataAsOf: ("Data as of {0}", "Số liệu tính đến ngày {0}")
        case .footer:
            (
                "Compiled from the validated district submissions. Every figure is the matching cell of the summary "
                    + "tables (summaries/*.csv); – marks a figure that cannot be computed.",
                "Tổng hợp từ số liệu các huyện, thành phố đã được kiểm tra. Mọi số liệu trùng với ô tương ứng của các "
                    + "bảng tổng hợp (summaries/*.csv); dấu – chỉ số liệu không tính được."
            )
        case .headlines: ("Headline figures", "Các chỉ tiêu chủ yếu")
        case .indicator: ("Indicator", "Chỉ tiêu")
        case .figure: ("Figure", "Số liệu")
        case .note: ("Note", "Ghi chú")
        case .grdpGrowth: ("GRDP growth", "Tăng trưởng GRDP")
        case .grdpGrowthDetail: ("{0} vs {1}, constant prices", "{0} so với {1}, theo giá so sánh")
        case .ocopInForce: ("OCOP products in force", "Sản phẩm OCOP còn hiệu lực")
        case .ocopInForceDetail: ("on {0}: {1}", "đến ngày {0}: {1}")
        case .compliance: ("Re-evaluation compliance", "Tỷ lệ đánh giá lại")
        case .complianceDetail:
            (
                "{0} of {1} due re-evaluated; {2} overdue",
                "{0}/{1} sản phẩm đến hạn đã đánh giá lại; {2} quá hạn"
            )
        case .rejectedRows: ("Rejected rows", "Số dòng bị loại")
        case .rejectedRowsDetail: ("of {0} rows read in {1} files", "trên {0} dòng đã đọc từ {1} tệp")
        case .sectionGrowth: ("Economic growth", "Tăng trưởng kinh tế")
        case .growthChart:
            (
                "GRDP growth by district, {0} vs {1} (%)",
                "Tăng trưởng GRDP theo huyện, thành phố, {0} so với {1} (%)"
            )
        case .growthByArea:
            (
                "GRDP by area at constant prices (billion VND)",
                "GRDP theo địa bàn, giá so sánh (tỷ đồng)"
            )
        case .growthBySector:
            (
                "GRDP growth and contributions by sector, {0}",
                "Tăng trưởng và đóng góp của các khu vực kinh tế, {0}"
            )
        case .area: ("Area", "Địa bàn")
        case .sector: ("Sector", "Khu vực kinh tế")
        case .growthPercent: ("Growth (%)", "Tăng trưởng (%)")
        case .yearToDatePercent: ("Year to date (%)", "Lũy kế từ đầu năm (%)")
        case .rank: ("Rank", "Xếp hạng")
        case .contribution: ("Contribution (pp)", "Đóng góp (điểm %)")
        case .share: ("Share of GRDP (%)", "Cơ cấu (%)")
        case .sectionOcop: ("OCOP products", "Sản phẩm OCOP")
        case .timelineChart: ("OCOP certificates by year, {0}", "Sản phẩm OCOP được công nhận theo năm, {0}")
        case .year: ("Year", "Năm")
        case .certifiedInYear: ("Certified in the year", "Công nhận trong năm")
        case .certifiedCumulative: ("Certified to date", "Lũy kế công nhận")
        case .inForceAtYearEnd: ("In force at year end", "Còn hiệu lực cuối năm")
        case .countsByDistrict:
            (
                "OCOP products in force on {0}, by area and stars",
                "Sản phẩm OCOP còn hiệu lực đến ngày {0}, theo địa bàn và số sao"
            )
        case .countsByGroup:
            (
                "OCOP products in force on {0} by product group, {1}",
                "Sản phẩm OCOP còn hiệu lực đến ngày {0} theo nhóm sản phẩm, {1}"
            )
        case .productGroup: ("Product group", "Nhóm sản phẩm")
        case .total: ("Total", "Tổng số")
        case .sectionReevaluation: ("OCOP re-evaluation", "Đánh giá lại sản phẩm OCOP")
        case .complianceChart:
            (
                "Re-evaluation compliance by district, {0} (%)",
                "Tỷ lệ đánh giá lại theo huyện, thành phố, {0} (%)"
            )
        case .complianceTable: ("Re-evaluations due and done, {0}", "Sản phẩm đến hạn và đã đánh giá lại, {0}")
        case .resultsTable:
            (
                "Results of the re-evaluations, {0}",
                "Kết quả đánh giá lại, {0}"
            )
        case .required: ("Due", "Đến hạn")
        case .reevaluated: ("Re-evaluated", "Đã đánh giá lại")
        case .overdue: ("Overdue", "Quá hạn")
        case .compliancePercent: ("Compliance (%)", "Tỷ lệ đánh giá lại (%)")
        case .maintained: ("Maintained", "Giữ hạng")
        case .upgraded: ("Upgraded", "Nâng hạng")
        case .downgraded: ("Downgraded", "Hạ hạng")
        case .revoked: ("Revoked", "Thu hồi")
        case .failPercent: ("Downgraded or revoked (%)", "Hạ hạng, thu hồi (%)")
        case .overdueList: ("Products overdue for re-evaluation", "Sản phẩm quá hạn đánh giá lại")
        case .noOverdue: ("No product is overdue.", "Không có sản phẩm quá hạn.")
        case .district: ("District", "Huyện, thành phố")
        case .productID: ("Product ID", "Mã sản phẩm")
        case .product: ("Product", "Tên sản phẩm")
        case .producer: ("Producer", "Chủ thể")
        case .stars: ("Stars", "Số sao")
        case .certifiedOn: ("Certified on", "Ngày công nhận")
        case .lastEvaluatedOn: ("Last evaluated", "Lần đánh giá gần nhất")
        case .daysSinceLast: ("Days since", "Số ngày")
        case .sectionSubmissions: ("District submissions", "Tình hình gửi số liệu của các huyện")
        case .submissionsTable:
            (
                "Submission status by district and dataset, {0}",
                "Tình trạng số liệu theo huyện và bộ dữ liệu, {0}"
            )
        case .submissionsNote:
            (
                "✓ OK: sent, no row rejected. ! Has errors: sent, some rows rejected (see the appendix). "
                    + "✗ Missing: nothing usable for the period.",
                "✓ Đạt: đã gửi, không dòng nào bị loại. ! Có lỗi: đã gửi, có dòng bị loại (xem phụ lục). "
                    + "✗ Thiếu: không có số liệu dùng được cho kỳ báo cáo."
            )
        case .statusOK: ("✓ OK", "✓ Đạt")
        case .statusHasErrors: ("! Has errors", "! Có lỗi")
        case .statusMissing: ("✗ Missing", "✗ Thiếu")
        case .rejectedCount: ("{0} rejected", "{0} dòng bị loại")
        case .appendix: ("Appendix: data quality", "Phụ lục: chất lượng số liệu")
        case .datasetsTable:
            (
                "Rows read, accepted and rejected by dataset",
                "Số dòng đã đọc, được chấp nhận và bị loại theo bộ dữ liệu"
            )
        case .dataset: ("Dataset", "Bộ dữ liệu")
        case .files: ("Files", "Số tệp")
        case .rowsRead: ("Rows read", "Số dòng đã đọc")
        case .rowsAccepted: ("Accepted", "Được chấp nhận")
        case .rowsRejected: ("Rejected", "Bị loại")
        case .rejectsByDistrict: ("Rejected rows by district and error code", "Số dòng bị loại theo huyện và mã lỗi")
        case .otherFiles: ("Other files", "Tệp khác")
        case .errorExamples: ("First example of each error, by file", "Ví dụ đầu tiên của mỗi lỗi, theo tệp")
        case .file: ("File", "Tệp")
        case .errorCode: ("Error code", "Mã lỗi")
        case .rows: ("Rows", "Số dòng")
        case .example: ("Example", "Ví dụ")
        case .rowNumber: ("row {0}", "dòng {0}")
        case .noRejects: ("No row was rejected.", "Không có dòng nào bị loại.")
        case .warnings: ("Warnings", "Cảnh báo")
        case .province: ("Province", "Toàn tỉnh")
        case .tableNumber: ("Table {0}.", "Bảng {0}.")
        case .figureNumber: ("Figure {0}.", "Biểu đồ {0}.")
        case .notAvailable: ("n/a", "không có")
        case .noData: ("No data", "Không có số liệu")
        case .agriculture: ("Agriculture, forestry and fishery", "Nông, lâm nghiệp và thủy sản")
        case .industry: ("Industry and construction", "Công nghiệp và xây dựng")
        case .services: ("Services", "Dịch vụ")
        case .taxes: ("Product taxes less subsidies", "Thuế sản phẩm trừ trợ cấp sản phẩm")
        case .food: ("Food", "Thực phẩm")
        case .beverage: ("Beverages", "Đồ uống")
        case .herbal: ("Herbal products", "Thảo dược")
        case .handicraft: ("Handicrafts", "Thủ công mỹ nghệ")
        case .ornamental: ("Ornamental plants and animals", "Sinh vật cảnh")
        case .tourism: ("Rural tourism services", "Dịch vụ du lịch nông thôn")
        case .economicAccounts: ("Economic accounts", "Tài khoản kinh tế")
        case .ocopProducts: ("OCOP products", "Sản phẩm OCOP")
        case .ocopReevaluations: ("OCOP re-evaluations", "Đánh giá lại OCOP")
        case .districts: ("District list", "Danh mục huyện")
        }
    }
}
