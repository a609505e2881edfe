// `initlab report --check`: is the report in a folder what the current
// code and configuration would write?
//
// The report is regenerated into a temporary folder and compared file by
// file with the one in place, each kind of file by the rule that fits it:
// - HTML, SVG, PDF, CSS: byte for byte; they are deterministic.
// - CSV and JSON data: numbers within a relative 1e-6. Runs on one machine
//   are bit-identical; the tolerance absorbs OpenBLAS choosing different
//   kernels on a different CPU, which changes the last bits of sums.
// - PNG: RMS pixel difference at most 2 on the 0–255 scale (the measure
//   of matplotlib's image comparison), which absorbs anti-aliasing
//   differences between Cairo builds but not a moved line or label.
import Foundation
import Plotting

/// One file that differs between the fresh report and the one in place.
public struct StaleFile: Sendable, Equatable, CustomStringConvertible {
  /// Why the file is stale.
  public enum Reason: Sendable, Equatable {
    /// The fresh report has it; the folder does not.
    case missing
    /// The folder has it from an earlier report; the fresh one does not.
    case obsolete
    /// Both have it and they differ beyond the tolerance for its kind.
    case changed(String)
  }

  /// The path relative to the report folder.
  public var path: String
  /// Why the file is stale.
  public var reason: Reason

  public var description: String {
    switch reason {
    case .missing: return "\(path): missing"
    case .obsolete: return "\(path): no longer generated"
    case let .changed(detail): return "\(path): \(detail)"
    }
  }
}

/// Compares two report folders.
enum ReportComparison {
  /// The largest relative difference accepted between data numbers.
  static let dataTolerance = 1e-6
  /// The largest RMS pixel difference accepted between PNGs (0–255 scale).
  static let pngTolerance = 2.0

  /// The files that differ between `fresh` and `existing`, sorted by path.
  static func staleFiles(fresh: URL, existing: URL) throws -> [StaleFile] {
    let freshFiles = Set(try listed(in: fresh))
    // A folder without a marker holds no report: every file is missing.
    let existingFiles = Set((try? listed(in: existing)) ?? [])
    var stale: [StaleFile] = []
    for path in freshFiles.union(existingFiles).sorted() {
      if !existingFiles.contains(path) {
        stale.append(StaleFile(path: path, reason: .missing))
      } else if !freshFiles.contains(path) {
        stale.append(StaleFile(path: path, reason: .obsolete))
      } else {
        let a = try Data(contentsOf: fresh.appendingPathComponent(path))
        let b = try Data(contentsOf: existing.appendingPathComponent(path))
        if let difference = try compare(a, b, path: path) {
          stale.append(StaleFile(path: path, reason: .changed(difference)))
        }
      }
    }
    return stale
  }

  /// The files a report folder's marker lists.
  private static func listed(in folder: URL) throws -> [String] {
    let marker = folder.appendingPathComponent(OutputFolder.markerName)
    let text = try String(contentsOf: marker, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().map(String.init)
  }

  /// A description of how `a` differs from `b`, or nil when they match.
  static func compare(_ a: Data, _ b: Data, path: String) throws -> String? {
    if a == b { return nil }
    switch (path as NSString).pathExtension {
    case "png":
      let rms: Double
      do {
        rms = try PNGImage.rmsDifference(
          PNGImage(pngBytes: [UInt8](a)), PNGImage(pngBytes: [UInt8](b)))
      } catch {
        return "image differs (\(error))"
      }
      return rms <= pngTolerance
        ? nil : "image differs (RMS \(String(format: "%.2f", rms)) > \(pngTolerance))"
    case "csv", "json":
      return dataDifference(
        String(decoding: a, as: UTF8.self), String(decoding: b, as: UTF8.self))
    default:
      return "content differs"
    }
  }

  /// Compares two data files token by token: numbers within the relative
  /// tolerance, everything else exactly.
  static func dataDifference(_ a: String, _ b: String) -> String? {
    let separators = CharacterSet(charactersIn: ",[]{}:\n\" ")
    let x = a.components(separatedBy: separators).filter { !$0.isEmpty }
    let y = b.components(separatedBy: separators).filter { !$0.isEmpty }
    guard x.count == y.count else { return "data differs in shape" }
    var worst = 0.0
    for (p, q) in zip(x, y) where p != q {
      guard let u = Double(p), let v = Double(q), u.isFinite, v.isFinite else {
        return "data differs: '\(q)' is now '\(p)'"
      }
      let scale = max(abs(u), abs(v), .leastNormalMagnitude)
      worst = max(worst, abs(u - v) / scale)
    }
    return worst <= dataTolerance
      ? nil : "data differs (relative difference \(NumberFormat.readable(worst)))"
  }
}

extension ReportGenerator {
  /// Regenerates the report into a temporary folder and compares it with
  /// the one in `options.outputFolder`, which is left untouched.
  ///
  /// - Returns: the stale files; empty when the report is current.
  public static func check(
    _ configuration: ReportConfiguration, options: ReportOptions,
    progress: (ReportProgress) -> Void = { _ in }
  ) throws -> [StaleFile] {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("initlab-check-\(getpid())-\(UUID().uuidString)")
    defer {
      // Only the scratch copy is removed; failing to remove it leaves
      // litter in the temporary folder and nothing else.
      try? FileManager.default.removeItem(at: scratch)
    }
    var fresh = options
    fresh.outputFolder = scratch.appendingPathComponent("report")
    _ = try generate(configuration, options: fresh, progress: progress)
    return try ReportComparison.staleFiles(
      fresh: fresh.outputFolder, existing: options.outputFolder)
  }
}
