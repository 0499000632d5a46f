import Foundation
import StatpipeTestSupport
import Testing

/// `statpipe run --lang vi` on the sample province writes both bulletin files, in
/// Vietnamese, with the figures of the summary CSVs, listed in the manifest.
struct BulletinCLITests {
    static let pipeline = RepositoryPaths.packageRoot.appendingPathComponent("pipelines/hoa-binh-quarterly.yml").path

    private func text(_ directory: URL, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: directory.appendingPathComponent(path)), as: UTF8.self)
    }

    @Test func vietnameseBulletinOfTheSample() throws {
        let out = try TemporaryDirectory()
        let result = try CommandRunner.statpipe([
            "run", Self.pipeline, "--period", "2025-Q1", "--out", out.url.path, "--lang", "vi",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let directory = out.url.appendingPathComponent("2025-Q1")

        let html = try text(directory, "bulletin/bulletin.html")
        #expect(html.contains("<h1>Hòa Bình — Bản tin thống kê quý, 2025-Q1</h1>"))
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("<p class=\"card-value\">12.76%</p>"), "province growth as growth_by_area prints it")
        #expect(html.contains("<p class=\"card-value\">158</p>"), "OCOP products in force")
        #expect(!html.contains("<script") && !html.contains("http") && !html.contains("src="))

        let markdown = try text(directory, "bulletin/bulletin.md")
        #expect(markdown.hasPrefix("# Hòa Bình — Bản tin thống kê quý, 2025-Q1\n"))
        #expect(markdown.contains("| Công nghiệp và xây dựng | 3835.936 | 3016.147 | 27.18 | 9.92 | 40.53 |"))

        let manifest = try text(directory, "manifest.json")
        #expect(manifest.contains("\"bulletin/bulletin.html\"") && manifest.contains("\"bulletin/bulletin.md\""))
        #expect(try text(directory, "summaries/growth_by_area.csv").contains(",yoy_growth_pct,"), "CSV names unchanged")
    }

    @Test func englishByDefaultAndTheSameBytesTwice() throws {
        var pages: [Data] = []
        for _ in 0..<2 {
            let out = try TemporaryDirectory()
            let result = try CommandRunner.statpipe([
                "run", Self.pipeline, "--period", "2025-Q1", "--out", out.url.path,
            ])
            #expect(result.status == 0, "\(result.standardError)")
            let directory = out.url.appendingPathComponent("2025-Q1")
            pages.append(try Data(contentsOf: directory.appendingPathComponent("bulletin/bulletin.html")))
            pages.append(try Data(contentsOf: directory.appendingPathComponent("bulletin/bulletin.md")))
        }
        #expect(pages[0] == pages[2] && pages[1] == pages[3])
        let html = String(decoding: pages[0], as: UTF8.self)
        #expect(html.contains("<h1>Hòa Bình — Quarterly statistical bulletin, 2025-Q1</h1>"))
    }
}
