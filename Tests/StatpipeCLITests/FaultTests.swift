import Foundation
import StatpipeTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The nightly-cron contract under faults, with real processes (SPEC §1, §6).
@Suite(.serialized)
struct FaultTests {
    /// A province whose accounts file is large enough for a run to take a moment.
    private func largeProvince(rows: Int = 60_000) throws -> MiniProvince {
        var text = "district_code,unit_id,period,sector,value_current,value_constant\n"
        text += "152,,2024-Q1,agriculture,100,80\n152,,2025-Q1,agriculture,110,80.1\n"
        for index in 0..<rows {
            text += "152,\"Unit \(index), xóm \(index % 17)\",2025-Q1,industry,\(index % 997).5,\(index % 991).25\n"
        }
        return try MiniProvince(changes: ["districts/152-luong-son/economic_accounts.csv": text])
    }

    private func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.statpipeExecutable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every file under `directory` with its bytes.
    private func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func aKilledRunLeavesThePreviousResultAndNoDebrisTheNextRunTripsOn() throws {
        let province = try largeProvince()
        let arguments = ["run", province.pipeline, "--period", "2025-Q1"]
        #expect(try CommandRunner.statpipe(arguments).status == 0)
        let published = province.outputRoot.appendingPathComponent("2025-Q1")
        let before = try snapshot(published)
        #expect(before["summaries/growth_by_area.csv"] != nil)

        for delay in [0.02, 0.1, 0.3, 0.6, 1.0] {
            let process = try start(arguments)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try snapshot(published) == before, "after kill -9 at \(delay) s")
        }
        let again = try CommandRunner.statpipe(arguments)
        #expect(again.status == 0, "\(again.standardError)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: province.outputRoot.path)
            .filter { $0.hasPrefix(".2025-Q1.") }
        #expect(leftovers.isEmpty, "staging debris: \(leftovers)")
    }

    @Test func twoRunsAtOnceOneExitsThree() throws {
        let province = try largeProvince(rows: 120_000)
        let first = try start(["run", province.pipeline, "--period", "2025-Q1"])
        let lock = province.outputRoot.appendingPathComponent(".statpipe.lock")
        // Wait until the first run holds the lock (it writes its pid into the file).
        for _ in 0..<200 where ((try? String(contentsOf: lock, encoding: .utf8)) ?? "").isEmpty {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let second = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1"])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 3)
        #expect(second.standardError.contains("output is locked by pid \(first.processIdentifier)"))
    }

    @Test func anUnwritableOutputExitsFourNamingThePath() throws {
        let province = try MiniProvince()
        // As root, permissions do not stop writes; a path below a regular file always fails.
        let result = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1", "--out", "/dev/null/out"])
        #expect(result.status == 4)
        #expect(result.standardError.contains("/dev/null/out"))
    }

    @Test func aFullDiskExitsFourAndPublishesNothing() throws {
        let province = try MiniProvince()
        let mount = try TemporaryDirectory()
        let mounted = try CommandRunner.run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=24k", "tmpfs", mount.url.path])
        guard mounted.status == 0 else {
            // Mounting needs root; the disk-full path is then only covered where CI runs as root.
            print("skipped: cannot mount a tmpfs here (\(mounted.standardError))")
            return
        }
        defer { _ = try? CommandRunner.run(URL(fileURLWithPath: "/bin/umount"), [mount.url.path]) }
        let result = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1", "--out", mount.url.path])
        #expect(result.status == 4, "\(result.standardError)")
        #expect(result.standardError.contains("No space left on device"))
        #expect(!FileManager.default.fileExists(atPath: mount.url.appendingPathComponent("2025-Q1").path))
    }
}
