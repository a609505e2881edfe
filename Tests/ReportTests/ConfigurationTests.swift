import Foundation
import Testing
@testable import Report

@Suite("Report configuration")
struct ConfigurationTests {
  private func decode(_ json: String) throws -> ReportConfiguration {
    try ReportConfiguration(json: Data(json.utf8))
  }

  /// A one-figure configuration with `experiment` as the figure's experiment.
  private func report(experiment: String) -> String {
    """
    {"title": "T", "sections": [{"id": "s", "title": "S", "figures": [
      {"id": "f", "caption": "C", "experiment": \(experiment)}]}]}
    """
  }

  @Test("The built-in report decodes, and printing it reads back the same")
  func defaultRoundTrip() throws {
    let printed = ReportConfiguration.default.json
    #expect(try decode(printed) == ReportConfiguration.default)
    #expect(printed == (try decode(printed)).json)
  }

  @Test(
    "Invalid configurations name the JSON path, the bad value and what is accepted",
    arguments: [
      (#"{"title": "T", "sections": []"#, "malformed JSON"),
      (#"{"title": "T", "sections": []}"#, "sections: expected at least one section"),
      (#"{"title": "T", "sectoins": []}"#,
       #"sectoins: unknown key "sectoins"; did you mean "sections"?"#),
      (#"{"sections": [{"id": "s", "title": "S", "figures": []}]}"#,
       "title: missing required key"),
      (#"{"title": "T", "sections": [{"id": "Bad Id", "title": "S", "figures": []}]}"#,
       #"sections[0].id: "Bad Id" is not a valid id"#),
      (#"{"title": "T", "seed": -1, "sections": [{"id": "s", "title": "S", "figures": []}]}"#,
       "seed: expected a whole number from 0 to 9007199254740992, got -1"),
    ] as [(String, String)])
  func invalidTopLevel(json: String, message: String) {
    #expect {
      try decode(json)
    } throws: { error in
      String(describing: error).hasPrefix(message)
        || String(describing: error).contains(message)
    }
  }

  @Test(
    "Invalid experiments are rejected with the path into the figure",
    arguments: [
      (#"{"kind": "scalar-chian", "weights": [1], "depth": 3}"#,
       #"sections[0].figures[0].experiment.kind: unknown experiment kind "scalar-chian"; "#
         + #"did you mean "scalar-chain"?"#),
      (#"{"kind": "scalar-chain", "weights": [1], "depth": -3}"#,
       "sections[0].figures[0].experiment.depth: expected a whole number from 1 to 1000, "
         + "got -3"),
      (#"{"kind": "scalar-chain", "weights": [1], "depth": 2.5}"#,
       "experiment.depth: expected a whole number from 1 to 1000, got 2.5"),
      (#"{"kind": "scalar-chain", "weights": ["nan"], "depth": 3}"#,
       #"experiment.weights[0]: expected a number, got the string "nan""#),
      (#"{"kind": "scalar-chain", "weights": [0], "depth": 3}"#,
       "experiment.weights[0]: expected a positive weight, got 0"),
      (#"{"kind": "scalar-chain", "weights": [1], "depth": 3, "colour": 1}"#,
       #"experiment.colour: unknown key "colour""#),
    ] as [(String, String)])
  func invalidExperiment(experiment: String, message: String) {
    #expect {
      try decode(report(experiment: experiment))
    } throws: { error in
      String(describing: error).contains(message)
    }
  }

  @Test("Figure ids must be unique across the report")
  func duplicateFigureIDs() {
    let json = """
      {"title": "T", "sections": [
        {"id": "a", "title": "A", "figures": [{"id": "f", "caption": "C",
          "experiment": {"kind": "scalar-chain", "weights": [1], "depth": 2}}]},
        {"id": "b", "title": "B", "figures": [{"id": "f", "caption": "C",
          "experiment": {"kind": "scalar-chain", "weights": [1], "depth": 2}}]}]}
      """
    #expect {
      try decode(json)
    } throws: { error in
      String(describing: error).hasPrefix(#"sections[1].figures[0].id: duplicate figure id "f""#)
    }
  }

  @Test("Figure seeds depend on the report seed and the figure id only")
  func figureSeeds() {
    let a = ReportGenerator.figureSeed(42, id: "scalar-chain")
    #expect(a == ReportGenerator.figureSeed(42, id: "scalar-chain"))
    #expect(a != ReportGenerator.figureSeed(43, id: "scalar-chain"))
    #expect(a != ReportGenerator.figureSeed(42, id: "deep-linear"))
  }

  @Test("A network larger than half the machine's memory is rejected by name")
  func memoryLimit() throws {
    let reader = try JSONReader(parsing: Data(#"{"width": 1000000}"#.utf8)).field("width")
    // 50 · (10⁶)² float64 weights alone are 4 · 10¹⁴ bytes, far beyond any machine.
    #expect {
      try reader.checkMemory(width: 1_000_000, depth: 50, batch: 256)
    } throws: { error in
      let text = String(describing: error)
      return text.hasPrefix("width: width 1000000, depth 50 and batch 256 need about")
        && text.hasSuffix("lower the width, depth or batch")
    }
    // 50 · 256² + 3 · 51 · 256 · 256 values of 8 bytes ≈ 106 MB per network: fine.
    try reader.checkMemory(width: 256, depth: 50, batch: 256)
  }

  @Test("The report palette never gives a measured series the black slot")
  func blackIsReserved() {
    let keys = (0..<20).map { "series \($0)" }
    let seeded = ReportGenerator.withBlackReserved(keys + ["series 3"])
    // Okabe–Ito has 7 colours, black last: slots 6, 13, 20, … hold placeholders.
    for (slot, key) in seeded.enumerated() {
      #expect(key.hasPrefix("\u{0}") == (slot % 7 == 6), "slot \(slot): \(key)")
    }
    #expect(seeded.filter { !$0.hasPrefix("\u{0}") } == keys)
  }
}
