import Foundation
import Plotting
import Testing
@testable import Report

/// The report's scalar-chain figure against its golden image, the one the
/// README shows. Set `INITLAB_RECORD_GOLDENS=1` to re-record it; the test
/// then fails, so a recording never approves itself.
@Suite("Report golden images")
struct ReportGoldenTests {
  private static let golden = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Goldens/scalar-chain.png")

  /// The built-in report cut down to its first figure, the scalar chain.
  private var configuration: ReportConfiguration {
    var configuration = ReportConfiguration.default
    configuration.sections = [configuration.sections[0]]
    configuration.sections[0].figures = [configuration.sections[0].figures[0]]
    return configuration
  }

  @Test("The scalar-chain figure matches its golden image within RMS 1 (0–255)")
  func scalarChain() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("initlab-golden-\(UUID().uuidString)")
    var options = ReportOptions(outputFolder: folder, formats: [.png])
    options.command = "initlab report"
    _ = try ReportGenerator.generate(configuration, options: options)
    let rendered = try Data(contentsOf: folder.appendingPathComponent("figures/scalar-chain.png"))

    if ProcessInfo.processInfo.environment["INITLAB_RECORD_GOLDENS"] == "1" {
      try rendered.write(to: Self.golden)
      Issue.record("recorded \(Self.golden.path); rerun without INITLAB_RECORD_GOLDENS")
      return
    }
    let expected = try PNGImage(pngBytes: [UInt8](Data(contentsOf: Self.golden)))
    let actual = try PNGImage(pngBytes: [UInt8](rendered))
    // RMS 1 on 0–255 allows anti-aliasing noise from another Cairo build;
    // a moved line, label or changed colour scores far above it.
    #expect(try PNGImage.rmsDifference(expected, actual) <= 1)
  }
}
