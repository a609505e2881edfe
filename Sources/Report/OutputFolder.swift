// Writes a report so that a failed or interrupted run never leaves a
// half-written one behind, and never deletes a file InitLab did not write.
//
// 1. Every file goes into a staging folder beside the target
//    (`.Output.initlab-staging-PID`), on the same file system.
// 2. `commit()` writes a marker listing what InitLab wrote, links into the
//    staging folder every file of the target that the previous marker
//    does not list (a README, a user's notes), then swaps the folders with
//    two renames and removes the old folder, which by then holds only
//    InitLab's previous files and extra links to the user's.
// Between the two renames the target is briefly absent; the old folder is
// still whole under its temporary name, so nothing is lost.
import Foundation

/// A report being written: a staging folder and the target it replaces.
struct OutputFolder {
  /// The marker file naming every file InitLab wrote into the folder.
  static let markerName = ".initlab-report"

  /// The folder the report ends up in.
  let target: URL
  /// The sibling folder the report is staged in until `commit()`.
  let staging: URL
  private(set) var written: [String] = []

  /// Creates an empty staging folder beside `target`.
  ///
  /// - Throws: `ReportError.outputNotAFolder` when `target` is a file,
  ///   `ReportError.unwritable` when the staging folder cannot be made.
  init(target: URL) throws {
    let target = target.standardizedFileURL
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder)
    if exists && !isFolder.boolValue {
      throw ReportError.outputNotAFolder(path: target.path)
    }
    let parent = target.deletingLastPathComponent()
    let name = ".\(target.lastPathComponent).initlab-staging-\(getpid())"
    self.target = target
    self.staging = parent.appendingPathComponent(name)
    do {
      try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
      if FileManager.default.fileExists(atPath: staging.path) {
        try FileManager.default.removeItem(at: staging)
      }
      try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
    } catch {
      throw ReportError.unwritable(path: staging.path, reason: describe(error))
    }
  }

  /// Writes `bytes` to `relativePath` inside the staging folder.
  ///
  /// - Precondition: `relativePath` is made of safe components (letters,
  ///   digits, `-`, `_`, `.`), none of them `..`; callers build paths from
  ///   sanitised slugs, so anything else is a programming error.
  mutating func write(_ bytes: Data, to relativePath: String) throws {
    precondition(Self.isSafe(relativePath), "unsafe report path '\(relativePath)'")
    let url = staging.appendingPathComponent(relativePath)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try bytes.write(to: url)
    } catch {
      throw ReportError.unwritable(path: url.path, reason: describe(error))
    }
    written.append(relativePath)
  }

  /// Writes UTF-8 text to `relativePath` inside the staging folder.
  mutating func write(_ text: String, to relativePath: String) throws {
    try write(Data(text.utf8), to: relativePath)
  }

  /// Whether a relative path stays inside the folder it is joined to.
  static func isSafe(_ relativePath: String) -> Bool {
    let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    return !components.isEmpty && components.allSatisfy { component in
      !component.isEmpty && component != "." && component != ".."
        && component.allSatisfy { allowed.contains($0) }
    }
  }

  /// Removes the staging folder, leaving the target untouched.
  func discard() {
    // A staging folder that cannot be removed is only litter beside the
    // target; the report itself is unaffected, so the error is dropped.
    try? FileManager.default.removeItem(at: staging)
  }
}

private func describe(_ error: Error) -> String {
  (error as NSError).localizedDescription
}
