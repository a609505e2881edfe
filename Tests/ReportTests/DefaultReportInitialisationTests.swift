import Testing
@testable import Report

@Suite("Default report: initialisation sections")
struct DefaultReportInitialisationTests {
  @Test("The MXNet-default and Xavier sections run the new experiment kinds in order")
  func sections() throws {
    let sections = ReportConfiguration.default.sections
    let kinds = { (id: String) -> [String]? in
      sections.first { $0.id == id }?.figures.map { type(of: $0.experiment.kind).name }
    }
    #expect(kinds("mxnet-default") == ["initializer-histogram", "layer-rms"])
    #expect(kinds("xavier") == [
      "initializer-histogram", "layer-rms", "activation-histograms",
    ])
  }
}
