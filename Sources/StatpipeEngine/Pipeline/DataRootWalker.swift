import Foundation

/// Lists the regular files under a data root, as paths relative to it.
enum DataRootWalker {
    /// Every regular file under `root`, at any depth, relative to it with `/` separators, in byte order.
    ///
    /// Hidden entries (`.DS_Store`, `.git/`) and Excel's lock files (`~$book.xlsx`, present while a
    /// workbook is open) are skipped: they are never data. A symbolic link to a file counts as the
    /// file; links to folders are not followed, so a link loop cannot hang a run.
    ///
    /// - Throws: ``StatpipeError`` `io` when `root` is missing, not a folder, or a folder cannot be listed.
    static func files(under root: URL) throws(StatpipeError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw StatpipeError(.io, "\(root.path): the data root does not exist")
        }
        guard isDirectory.boolValue else { throw StatpipeError(.io, "\(root.path): the data root is not a directory") }
        var files: [String] = []
        try walk(root.path, relative: "", into: &files)
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Adds the files of the folder `relative` (under `root`) and of its subfolders to `files`.
    private static func walk(_ root: String, relative: String, into files: inout [String]) throws(StatpipeError) {
        let folder = relative.isEmpty ? root : "\(root)/\(relative)"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw StatpipeError(.io, "\(folder): cannot list the directory")
        }
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            let absolute = "\(root)/\(path)"
            let type = (try? FileManager.default.attributesOfItem(atPath: absolute))?[.type] as? FileAttributeType
            switch type {
            case .typeRegular?:
                files.append(path)
            case .typeDirectory?:
                try walk(root, relative: path, into: &files)
            case .typeSymbolicLink?:
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files.append(path)
                }
            default:
                break  // sockets, devices, and entries gone since the listing
            }
        }
    }
}
