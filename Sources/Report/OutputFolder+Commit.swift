import Foundation

extension OutputFolder {
  /// Swaps the staged report into the target folder.
  ///
  /// - Throws: `ReportError.unwritable` when a file InitLab did not write
  ///   has the name of one it wants to write, or a rename fails; the
  ///   target is then left as it was.
  func commit() throws {
    let manager = FileManager.default
    let marker = (["initlab-report 1"] + written.sorted()).joined(separator: "\n") + "\n"
    do {
      try Data(marker.utf8).write(to: staging.appendingPathComponent(Self.markerName))
    } catch {
      throw ReportError.unwritable(path: staging.path, reason: "\(error)")
    }
    guard manager.fileExists(atPath: target.path) else {
      try rename(staging, to: target)
      return
    }

    // 1. Carry over every file the previous run did not write.
    let owned = previouslyWritten()
    let writtenNow = Set(written)
    for path in try filesBelow(target) where !owned.contains(path) {
      if path == Self.markerName { continue }
      // A foreign file in the way of one InitLab writes, or of a folder it
      // writes into (a symbolic link named `figures`, say), is never replaced.
      let isInTheWay = writtenNow.contains(path)
        || writtenNow.contains { $0.hasPrefix(path + "/") }
      if isInTheWay {
        throw ReportError.unwritable(
          path: target.appendingPathComponent(path).path,
          reason: "the file exists and was not written by InitLab; "
            + "move it away or choose another --out")
      }
      try carry(path)
    }

    // 2. Swap, then drop the previous report.
    let old = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).initlab-old-\(getpid())")
    try rename(target, to: old)
    do {
      try rename(staging, to: target)
    } catch {
      // Put the previous report back before reporting the failure.
      try? rename(old, to: target)
      throw error
    }
    // The new report is in place; a leftover old folder is only litter.
    try? manager.removeItem(at: old)
  }

  private func previouslyWritten() -> Set<String> {
    let url = target.appendingPathComponent(Self.markerName)
    // No readable marker means InitLab wrote none of the files there, so
    // every one of them is the user's and is carried over.
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return Set(text.split(separator: "\n").dropFirst().map(String.init))
  }

  private func carry(_ path: String) throws {
    let source = target.appendingPathComponent(path)
    let destination = staging.appendingPathComponent(path)
    do {
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.linkItem(at: source, to: destination)
    } catch {
      throw ReportError.unwritable(path: destination.path, reason: "\(error)")
    }
  }

  private func rename(_ source: URL, to destination: URL) throws {
    guard Foundation.rename(source.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      throw ReportError.unwritable(path: destination.path, reason: reason)
    }
  }
}

/// Relative paths of every file and symbolic link below `root`, without
/// following symbolic links.
func filesBelow(_ root: URL) throws -> [String] {
  var found: [String] = []
  func walk(_ relative: String) throws {
    let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
    for name in names.sorted() {
      let path = relative.isEmpty ? name : relative + "/" + name
      let attributes = try FileManager.default.attributesOfItem(
        atPath: root.appendingPathComponent(path).path)
      if attributes[.type] as? FileAttributeType == .typeDirectory {
        try walk(path)
      } else {
        found.append(path)
      }
    }
  }
  try walk("")
  return found
}
