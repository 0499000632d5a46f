import Foundation
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

struct FileInspectorTests {
    @Test func describesAWindows1258ExcelExport() throws {
        let path = RepositoryPaths.csvFixtures.appendingPathComponent("windows-1258-semicolon.csv").path
        let inspection = try FileInspector.inspect(path, displayPath: "lac-thuy.csv")
        #expect(inspection.json.serialized() == """
            {"path":"lac-thuy.csv","encoding":"windows-1258","delimiter":";",\
            "header":["district_code","district_name","value"],"rows":2,"blank_rows":1,\
            "columns":[{"name":"district_code","type":"integer"},{"name":"district_name","type":"string"},\
            {"name":"value","type":"number"}]}
            """)
    }

    @Test func malformedInputIsInvalidDataWithItsLocation() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.csv", text: "a,b\n1,\"open\n")
        #expect(throws: StatpipeError.self) { try FileInspector.inspect(path) }
        do {
            _ = try FileInspector.inspect(path)
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.message == "\(path):2:2: unterminated quoted field")
        }
    }

    @Test func aWorkbookIsNotMistakenForText() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("book.xlsx", bytes: [0x50, 0x4B, 0x03, 0x04])
        do {
            _ = try FileInspector.inspect(path)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .invalidData)
        }
    }
}
