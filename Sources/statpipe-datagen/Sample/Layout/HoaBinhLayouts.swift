import StatpipeCore

/// How each Hoa Binh district sends its files: the realistic mess of SPEC §2 that statpipe must read.
///
/// Lạc Thủy (159) saves with Vietnamese Excel, Lạc Sơn (157) as Excel "Unicode Text"; the others
/// send UTF-8 with or without BOM, LF or CRLF, with varied quarter spellings, headers, file splits,
/// missing-value marks and trailing blank rows. Each layout's `notes` says what is peculiar.
enum HoaBinhLayouts {
    /// Columns of a whole-district economic_accounts file that has no unit_id column.
    static var wholeDistrictColumns: [Column<EconomicAccountRecord>] {
        Column.fields("district_code", "period", "sector", "value_current", "value_constant")
    }

    /// Every district, by code.
    static var layouts: [DistrictLayout] {
        [hoaBinhCity, daBac, luongSon, kimBoi, caoPhong, tanLac, maiChau, lacSon, yenThuy, lacThuy]
    }

    /// 148 Thành phố Hòa Bình.
    static var hoaBinhCity: DistrictLayout {
        let style = FileStyle(dialect: CSVDialect(encoding: .utf8WithBOM, lineEnding: .crlf), writesDefaultExpiry: true)
        return DistrictLayout(
            HoaBinh.district("148"), style: style,
            notes: "reports by ward (`unit_id`), one economic_accounts file a year; fills in `expires_on`; "
                + "a row under Kỳ Sơn's old code 151.",
            economicAccounts: [
                DatasetFile("economic_accounts_2023.csv", years: 2023...2023, style: style),
                DatasetFile("economic_accounts_2024.csv", years: 2024...2024, style: style),
                DatasetFile("economic_accounts_2025.csv", years: 2025...2025, style: style),
            ]
        )
    }

    /// 150 Đà Bắc.
    static var daBac: DistrictLayout {
        let style = FileStyle(numbers: .trimmed, periods: PeriodSpelling(form: .yearQuarter))
        var economicStyle = style
        economicStyle.missingMark = ".."
        economicStyle.dialect.trailingBlankRows = 3
        return DistrictLayout(
            HoaBinh.district("150"), style: style,
            notes: "periods `2025Q1`; decimals trimmed as Excel does (`17.91`); `..` for the current-price values "
                + "it did not have in 2023-Q1 (so that quarter's share_current_pct is empty for 150 and the "
                + "province); trailing blank rows; re-evaluations split by year.",
            economicAccounts: [DatasetFile("economic_accounts.csv", columns: wholeDistrictColumns, style: economicStyle)],
            reevaluations: [
                DatasetFile("ocop_reevaluations_2019-2023.csv", years: 2019...2023, style: style),
                DatasetFile("ocop_reevaluations_2024.csv", years: 2024...2024, style: style),
                DatasetFile("ocop_reevaluations_2025.csv", years: 2025...2025, style: style),
            ]
        )
    }

    /// 152 Lương Sơn.
    static var luongSon: DistrictLayout {
        let style = FileStyle(periods: PeriodSpelling(form: .quarterDashYear))
        return DistrictLayout(
            HoaBinh.district("152"), style: style,
            notes: "reports by unit (an industrial park, the town, communes); periods `Q1-2025`; ocop_products "
                + "columns in another order; a producer name with a comma; a negative adjustment row.",
            products: [
                DatasetFile("ocop_products.csv", columns: Column.fields(
                    "product_id", "product_name", "category", "stars", "district_code", "commune", "producer",
                    "certified_on", "expires_on"
                ), style: style),
            ]
        )
    }

    /// 153 Kim Bôi.
    static var kimBoi: DistrictLayout {
        let style = FileStyle(dialect: CSVDialect(lineEnding: .crlf), writesDefaultExpiry: true)
        var productStyle = style
        productStyle.dialect.trailingBlankRows = 2
        return DistrictLayout(
            HoaBinh.district("153"), style: style,
            notes: "economic_accounts columns in another order (`period,sector,district_code,unit_id,…`) with an "
                + "empty `unit_id` column; fills in `expires_on`; trailing blank rows after the products.",
            economicAccounts: [DatasetFile("economic_accounts.csv", columns: Column.fields(
                "period", "sector", "district_code", "unit_id", "value_constant", "value_current"
            ), style: style)],
            products: [DatasetFile("ocop_products.csv", style: productStyle)]
        )
    }

    /// 154 Cao Phong.
    static var caoPhong: DistrictLayout {
        let style = FileStyle(dialect: CSVDialect(encoding: .utf8WithBOM))
        var workbookStyle = style
        workbookStyle.workbook = WorkbookLayout(
            title: "Báo cáo GRDP huyện Cao Phong",
            coverSheet: "Ghi chú",
            coverLines: [
                "Báo cáo GRDP huyện Cao Phong",
                "Tổng sản phẩm trên địa bàn theo ngành kinh tế, chia theo xã, thị trấn và theo quý.",
                "Đơn vị tính: tỷ đồng; giá hiện hành và giá so sánh 2010.",
                "Số liệu chi tiết ở trang tính \"Số liệu\".",
            ],
            dataSheet: "Số liệu"
        )
        return DistrictLayout(
            HoaBinh.district("154"), style: style,
            notes: "reports by commune with Vietnamese unit names (`Xã Bắc Phong`); sends economic_accounts as "
                + "the analyst's Excel workbook (`economic_accounts.xlsx`): a cover sheet `Ghi chú` first, the "
                + "data in sheet `Số liệu` (amounts as numeric cells, codes, units and periods as text), so the "
                + "pipeline needs a `sheet:` override; product names with a comma and with a quoted line break; "
                + "a product rated 6 stars.",
            economicAccounts: [DatasetFile("economic_accounts.xlsx", style: workbookStyle)]
        )
    }

    /// 155 Tân Lạc.
    static var tanLac: DistrictLayout {
        let style = FileStyle(dates: .dayFirst)
        var recentStyle = style
        recentStyle.periods = PeriodSpelling(form: .yearQuarter, lowercase: true)
        return DistrictLayout(
            HoaBinh.district("155"), style: style,
            notes: "a 2023–2024 file and a 2025 file whose periods are spelled `2025q1` (lower case), which "
                + "re-sends a 2024-Q4 row; OCOP dates `DD/MM/YYYY`.",
            economicAccounts: [
                DatasetFile("economic_accounts_2023-2024.csv", years: 2023...2024, columns: wholeDistrictColumns, style: style),
                DatasetFile("economic_accounts_2025.csv", years: 2025...2025, columns: wholeDistrictColumns, style: recentStyle),
            ]
        )
    }

    /// 156 Mai Châu.
    static var maiChau: DistrictLayout {
        let style = FileStyle(dialect: CSVDialect(lineEnding: .crlf), periods: PeriodSpelling(form: .quarterSlashYear),
                              missingMark: "-")
        var economicStyle = style
        economicStyle.dialect.trailingBlankRows = 2
        return DistrictLayout(
            HoaBinh.district("156"), style: style,
            notes: "economic_accounts header typed by hand (`District_Code ,Period,Sector,Value_Current,"
                + "Value_Constant`, matched after trimming and case folding); periods `Q1/2025`; `-` for every "
                + "empty optional cell; trailing blank rows; a product name with quotes "
                + "(`Rượu ngô men lá \"Mai Hạ\"`); a row pasted twice with a typo.",
            economicAccounts: [
                DatasetFile("economic_accounts.csv", columns: [
                    .field("district_code", label: "District_Code "), .field("period", label: "Period"),
                    .field("sector", label: "Sector"), .field("value_current", label: "Value_Current"),
                    .field("value_constant", label: "Value_Constant"),
                ], style: economicStyle),
            ]
        )
    }

    /// 157 Lạc Sơn.
    static var lacSon: DistrictLayout {
        let style = FileStyle(dialect: CSVDialect(encoding: .utf16LEWithBOM, delimiter: "\t", lineEnding: .crlf),
                              numbers: .trimmed)
        return DistrictLayout(
            HoaBinh.district("157"), style: style,
            notes: "saved as Excel \"Unicode Text\": UTF-16LE with BOM, tab-delimited, CRLF, decimals trimmed.",
            economicAccounts: [DatasetFile("economic_accounts.csv", columns: wholeDistrictColumns, style: style)]
        )
    }

    /// 158 Yên Thủy.
    static var yenThuy: DistrictLayout {
        let style = FileStyle(dialect: CSVDialect(encoding: .utf8WithBOM), periods: PeriodSpelling(form: .quarterDashYear))
        return DistrictLayout(
            HoaBinh.district("158"), style: style,
            notes: "periods `Q1-2025`; products split in two files.",
            economicAccounts: [DatasetFile("economic_accounts.csv", columns: wholeDistrictColumns, style: style)],
            products: [
                DatasetFile("ocop_products_2019-2022.csv", years: 2019...2022, style: style),
                DatasetFile("ocop_products_2023-2025.csv", years: 2023...2025, style: style),
            ]
        )
    }

    /// 159 Lạc Thủy.
    static var lacThuy: DistrictLayout {
        let style = FileStyle(
            dialect: CSVDialect(encoding: .windows1258, delimiter: ";", lineEnding: .crlf),
            numbers: .vietnamese, dates: .dayFirst, periods: PeriodSpelling(form: .quarterSlashYear)
        )
        var productStyle = style
        productStyle.dialect.trailingBlankRows = 2
        let preliminaryFrom = Quarter(2024, 4)
        let dataStatus = Column<EconomicAccountRecord>.remark(label: "ghi_chu") { record in
            record.period >= preliminaryFrom ? "Số liệu sơ bộ" : "Số liệu chính thức"
        }
        let outcome = Column<OcopReevaluation>.remark(label: "ghi_chu") { event in
            switch event.result {
            case .maintained: "Duy trì hạng sao"
            case .upgraded: "Nâng hạng sao"
            case .downgraded: "Hạ hạng sao"
            case .revoked: "Thu hồi giấy chứng nhận"
            }
        }
        return DistrictLayout(
            HoaBinh.district("159"), style: style,
            notes: "saved as \"CSV\" by Vietnamese Excel: windows-1258 bytes (not valid UTF-8; tone marks as "
                + "combining characters, NFC once decoded), `;`, CRLF, numbers `1.234,5`, dates `DD/MM/YYYY`, "
                + "periods `Q1/2025`; a Vietnamese `ghi_chu` remarks column in economic_accounts and "
                + "ocop_reevaluations (not in the schema: an `extra-label` warning); trailing blank rows after "
                + "the products.",
            needsVietnameseNumberOverride: true,
            economicAccounts: [DatasetFile("economic_accounts.csv", columns: wholeDistrictColumns + [dataStatus], style: style)],
            products: [DatasetFile("ocop_products.csv", style: productStyle)],
            reevaluations: [DatasetFile("ocop_reevaluations.csv", columns: Column.schemaOrder + [outcome], style: style)]
        )
    }
}
