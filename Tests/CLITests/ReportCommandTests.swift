import Foundation
import Testing

@Suite("initlab report options end to end")
struct ReportCommandTests {
  private static let smallConfiguration = """
    {"title": "Small", "seed": 7, "sections": [{"id": "chain", "title": "Chain",
      "finding": "It vanishes.", "introduction": ["A <b>short</b> & plain page."],
      "figures": [{"id": "chain", "caption": "w^l for <w> = 0.5.",
        "experiment": {"kind": "scalar-chain", "weights": [0.5], "depth": 4}}]}]}
    """

  /// A report with one figure showing `experiment`.
  private static func oneFigure(_ experiment: String) -> String {
    #"{"title": "T", "sections": [{"id": "s", "title": "S", "figures": [{"id": "f", "#
      + #""caption": "C", "experiment": "# + experiment + "}]}]}"
  }

  private func folderWithConfiguration(_ json: String = smallConfiguration) throws -> URL {
    let folder = try Executable.temporaryFolder()
    try json.write(
      to: folder.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
    return folder
  }

  @Test("--check passes on a fresh report and fails, naming the file, after a figure changes")
  func check() throws {
    let folder = try folderWithConfiguration()
    let arguments = ["report", "--config", "report.json", "--out", "Out", "--quiet"]
    #expect(try Executable.run(arguments, in: folder).exitCode == 0)

    let fresh = try Executable.run(arguments + ["--check"], in: folder)
    #expect(fresh.exitCode == 0, "\(fresh.standardOutput)\(fresh.standardError)")
    #expect(fresh.standardOutput.isEmpty)

    let svg = folder.appendingPathComponent("Out/figures/chain.svg")
    try (try String(contentsOf: svg, encoding: .utf8) + "<!-- edited -->")
      .write(to: svg, atomically: true, encoding: .utf8)
    let stale = try Executable.run(arguments + ["--check"], in: folder)
    #expect(stale.exitCode == 1)
    #expect(stale.standardOutput == "figures/chain.svg: content differs\n")
  }

  @Test("Text from a configuration is escaped in the pages")
  func escaping() throws {
    let folder = try folderWithConfiguration()
    let result = try Executable.run(
      ["report", "--config", "report.json", "--out", "Out"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let page = try String(
      contentsOf: folder.appendingPathComponent("Out/01-chain.html"), encoding: .utf8)
    #expect(page.contains("A &lt;b&gt;short&lt;/b&gt; &amp; plain page."))
    #expect(page.contains("w^l for &lt;w&gt; = 0.5."))
  }

  @Test(
    "Bad configurations exit 64 with their message and write nothing",
    arguments: [
      ("{", "malformed JSON"),
      (#"{"title": "T", "sections": [{"id": "s", "title": "S", "figures": [{"id": "f", "#
        + #""caption": "C", "experiment": {"kind": "scalar-chain", "weights": [1], "#
        + #""depth": 0}}]}]}"#,
       "sections[0].figures[0].experiment.depth: expected a whole number from 1 to 1000, got 0"),
      (oneFigure(#"{"kind": "layer-rms", "inits": ["xavir"], "activations": ["tanh"]}"#),
       "experiment.inits[0]: unknown initializer 'xavir'; expected one of: zeros,"),
      (oneFigure(#"{"kind": "layer-rms", "inits": ["normal:sigma=nan"], "activations": ["tanh"]}"#),
       "experiment.inits[0]: invalid value 'nan' for parameter 'sigma' of 'normal'"),
      (oneFigure(
        #"{"kind": "layer-rms", "inits": ["normal"], "activations": ["tanh"], "width": 1000000}"#),
       "experiment.width: expected a whole number from 1 to 4096, got 1000000"),
      (oneFigure(#"{"kind": "layer-rms", "inits": ["normal"], "activations": ["tahn"]}"#),
       "(did you mean 'tanh'?)"),
    ] as [(String, String)])
  func badConfiguration(json: String, message: String) throws {
    let folder = try folderWithConfiguration(json)
    let result = try Executable.run(
      ["report", "--config", "report.json", "--out", "Out"], in: folder)
    #expect(result.exitCode == 64)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left == ["report.json"])
  }

  @Test("A failed run leaves the previous report untouched")
  func failedRunKeepsReport() throws {
    let folder = try folderWithConfiguration()
    #expect(
      try Executable.run(["report", "--config", "report.json", "--out", "Out"], in: folder)
        .exitCode == 0)
    let index = folder.appendingPathComponent("Out/index.html")
    let before = try Data(contentsOf: index)

    // An empty templates folder fails after the experiments ran.
    let templates = folder.appendingPathComponent("NoTemplates")
    try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
    let failed = try Executable.run(
      ["report", "--config", "report.json", "--out", "Out", "--templates", "NoTemplates",
       "--seed", "9"],
      in: folder)
    #expect(failed.exitCode == 1)
    #expect(failed.standardError.contains("template"))
    #expect(try Data(contentsOf: index) == before)
    let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(siblings == ["NoTemplates", "Out", "report.json"])
  }

  @Test("--print-config prints the built-in report as JSON that reads back")
  func printConfig() throws {
    let result = try Executable.run(["report", "--print-config"])
    #expect(result.exitCode == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    #expect((object as? [String: Any])?["sections"] != nil)
  }

  @Test(
    "Bad option values name the value and what is accepted",
    arguments: [
      (["--formats", "png,gif"], "invalid value 'gif' for '--formats'; expected png, svg or pdf"),
      (["--dpi", "0"], "invalid value '0' for '--dpi'; expected a number from 36 to 600"),
      (["--jobs", "-2"], "invalid value '-2' for '--jobs'"),
      (["--seed", "x"], "invalid value 'x' for '--seed'"),
      (["--config", "nope.json"], "invalid value 'nope.json' for '--config'"),
    ] as [([String], String)])
  func badValues(arguments: [String], message: String) throws {
    let folder = try Executable.temporaryFolder()
    let result = try Executable.run(["report", "--out", "Out"] + arguments, in: folder)
    #expect(result.exitCode == 64)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
