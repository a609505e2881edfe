import Foundation
import Testing

@testable import Plotting

@Suite("Deterministic output")
struct DeterminismTests {
  @Test(
    "The same figure renders to identical bytes twice in one process",
    arguments: OutputFormat.allCases)
  func identicalBytes(format: OutputFormat) throws {
    let figure = ExampleFigures.scalarChain()
    let first = try figure.rendered(as: format)
    let second = try figure.rendered(as: format)
    // Compare as a Bool so a failure does not print both files byte by byte.
    let isIdentical = first == second
    #expect(isIdentical, "\(format) output differs between two renders of one figure")
  }
}
