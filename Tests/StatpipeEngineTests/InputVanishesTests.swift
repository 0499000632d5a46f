import Foundation
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

/// An input that disappears between discovery and reading is an I/O error naming it.
struct InputVanishesTests {
    @Test func aFileDeletedAfterDiscoveryIsAnIOErrorNamingIt() throws {
        let province = try MiniProvince()
        let configuration = try PipelineLoader.load(path: province.pipeline)
        let inputs = try InputDiscovery.discover(configuration)
        let plan = try ValidationPlan(configuration: configuration, inputs: inputs)
        try FileManager.default.removeItem(atPath: province.directory.path("data/districts/152-luong-son/ocop_products.csv"))
        let rejects = try TemporaryDirectory()
        do {
            _ = try ValidationRunner(plan: plan, rejectsDirectory: rejects.url.path, byteOrderMark: true, jobs: 2).run()
            Issue.record("expected an I/O error")
        } catch {
            #expect(error.kind == .io)
            #expect(error.message == "districts/152-luong-son/ocop_products.csv: No such file or directory")
        }
    }
}
