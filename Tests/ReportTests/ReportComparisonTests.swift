import Foundation
import Testing
@testable import Report

@Suite("Report staleness check")
struct ReportComparisonTests {
  @Test("Data numbers within a relative 1e-6 match; larger differences do not")
  func dataTolerance() {
    let a = "layer,value\n1,0.5\n2,1.0737418240000003e-21\n"
    // 1e-9 relative change: far inside the 1e-6 tolerance.
    let b = "layer,value\n1,0.5000000005\n2,1.0737418240000003e-21\n"
    // 1e-3 relative change: outside it.
    let c = "layer,value\n1,0.5005\n2,1.0737418240000003e-21\n"
    #expect(ReportComparison.dataDifference(a, b) == nil)
    #expect(ReportComparison.dataDifference(a, c) != nil)
    #expect(ReportComparison.dataDifference(a, "layer,value\n1,0.5\n") != nil)
    #expect(ReportComparison.dataDifference("x,inf\n", "x,nan\n") != nil)
  }

  @Test("HTML and SVG must match byte for byte")
  func exactFormats() throws {
    let a = Data("<p>1</p>".utf8)
    let b = Data("<p>1 </p>".utf8)
    #expect(try ReportComparison.compare(a, a, path: "index.html") == nil)
    #expect(try ReportComparison.compare(a, b, path: "index.html") == "content differs")
    #expect(try ReportComparison.compare(a, b, path: "figures/x.svg") == "content differs")
  }
}
