import Foundation
import Testing

@testable import Plotting

/// Compares rendered PNGs with golden images in `Goldens/`.
///
/// Set `INITLAB_RECORD_GOLDENS=1` to re-record: each test then writes its golden and fails,
/// so a recording run never passes and no golden approves itself. Rerun without the variable
/// and review the new images before committing them.
@Suite("Golden images")
struct GoldenImageTests {
  /// Largest RMS difference, 0–255 scale, still accepted.
  ///
  /// Renders on the same Cairo, Pango and DejaVu versions are byte-identical (RMS 0); the
  /// tolerance absorbs antialiasing and hinting changes between library versions, which move
  /// glyph edges by a fraction of a pixel and give RMS well below 1. Removing one series from
  /// the scalar-chain figure gives an RMS above 3 (checked below), so 1.0 still catches it.
  static let tolerance = 1.0

  static let figures: [(name: String, figure: Figure)] = [
    ("scalar-chain", ExampleFigures.scalarChain()),
    ("benchmark-like", ExampleFigures.benchmarkLike()),
    ("histogram", ExampleFigures.histogram()),
    ("heatmap", ExampleFigures.heatmap()),
    ("small-multiples", ExampleFigures.smallMultiples()),
    ("overflow", ExampleFigures.overflow()),
  ]

  static var goldensDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
  }

  /// The figure at 100 dpi, which keeps golden files small.
  static func rendered(_ figure: Figure) throws -> PNGImage {
    var small = figure
    small.dpi = 100
    return try PNGImage(pngBytes: small.rendered(as: .png))
  }

  @Test("Each figure kind matches its golden image", arguments: figures.map(\.name))
  func matchesGolden(name: String) throws {
    let figure = try #require(Self.figures.first { $0.name == name }?.figure)
    var small = figure
    small.dpi = 100
    let bytes = try small.rendered(as: .png)
    let url = Self.goldensDirectory.appendingPathComponent("\(name).png")

    if ProcessInfo.processInfo.environment["INITLAB_RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: Self.goldensDirectory, withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
      Issue.record(
        "recorded golden \(url.path); rerun without INITLAB_RECORD_GOLDENS to compare")
      return
    }
    guard let golden = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing golden \(url.path); record it with INITLAB_RECORD_GOLDENS=1 swift test")
      return
    }
    let rms = try PNGImage.rmsDifference(
      PNGImage(pngBytes: bytes), PNGImage(pngBytes: Array(golden)))
    #expect(rms <= Self.tolerance, "RMS \(rms) against \(url.lastPathComponent)")
  }

  @Test("The tolerance catches a figure with one series missing")
  func toleranceDetectsMissingSeries() throws {
    let full = ExampleFigures.scalarChain()
    var reduced = full
    reduced.panels[0].lines.removeLast()
    // Keep the legend slot and palette: only the data line and its legend entry change.
    let rms = try PNGImage.rmsDifference(Self.rendered(full), Self.rendered(reduced))
    #expect(rms > 3 * Self.tolerance)
  }
}
