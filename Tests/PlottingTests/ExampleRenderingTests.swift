import Foundation
import Testing

@testable import Plotting

@Suite("Example figures")
struct ExampleRenderingTests {
  @Test("Example figures render to PNG, SVG and PDF in /tmp/plotting-examples")
  func renderExamples() throws {
    let directory = URL(fileURLWithPath: "/tmp/plotting-examples")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let figures: [(String, Figure)] = [
      ("scalar-chain", ExampleFigures.scalarChain()),
      ("benchmark-like", ExampleFigures.benchmarkLike()),
      ("histogram", ExampleFigures.histogram()),
      ("heatmap", ExampleFigures.heatmap()),
      ("small-multiples", ExampleFigures.smallMultiples()),
      ("overflow", ExampleFigures.overflow()),
    ]
    for (name, figure) in figures {
      for format in OutputFormat.allCases {
        let bytes = try figure.rendered(as: format)
        #expect(!bytes.isEmpty)
        try Data(bytes).write(to: directory.appendingPathComponent("\(name).\(format.rawValue)"))
      }
    }
  }
}
