import Foundation
import Testing

@testable import Plotting

@Suite("SVG snapshots and concurrent rendering")
struct SnapshotTests {
  /// A small figure whose SVG text is kept as a snapshot.
  static func snapshotFigure() -> Figure {
    var plot = Plot(xAxis: Axis(label: "layer"), yAxis: Axis(label: "RMS", scale: .log10))
    plot.lines.append(
      LineSeries(label: "chain", x: [0, 1, 2, 3], y: [1, 0.2, 0.04, 0.008], showsMarkers: true))
    return Figure(plot, widthInInches: 3, heightInInches: 2)
  }

  @Test("The SVG of a small figure matches its text snapshot")
  func svgSnapshot() throws {
    let svg = String(decoding: try Self.snapshotFigure().rendered(as: .svg), as: UTF8.self)
    let url = GoldenImageTests.goldensDirectory.appendingPathComponent("small-line.svg")
    if ProcessInfo.processInfo.environment["INITLAB_RECORD_GOLDENS"] == "1" {
      try svg.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded snapshot \(url.path); rerun without INITLAB_RECORD_GOLDENS")
      return
    }
    guard let snapshot = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing snapshot \(url.path); record with INITLAB_RECORD_GOLDENS=1")
      return
    }
    // Compare as a Bool: a mismatch prints the path, not two whole SVG files.
    let isSame = svg == snapshot
    #expect(isSame, "SVG differs from \(url.lastPathComponent); diff the re-recorded file")
  }

  @Test("Figures rendered on several threads at once give the same bytes as one by one")
  func concurrentRendering() async throws {
    let figures = GoldenImageTests.figures.map(\.figure)
    let serial = try figures.map { try $0.rendered(as: .png) }
    let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
      for (index, figure) in figures.enumerated() {
        group.addTask { (index, try figure.rendered(as: .png)) }
      }
      var results = [[UInt8]](repeating: [], count: figures.count)
      for try await (index, bytes) in group { results[index] = bytes }
      return results
    }
    let isSame = serial == parallel
    #expect(isSame)
  }
}
