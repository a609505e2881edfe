import Foundation
import Testing

/// One default report, generated once by the built executable and shared
/// by the tests that read it.
enum DefaultReport {
  struct Generated {
    var folder: URL
    var result: ProcessResult
  }

  static let generated: Result<Generated, any Error> = Result {
    let root = try Executable.temporaryFolder()
    let folder = root.appendingPathComponent("Output")
    let result = try Executable.run(["report", "--out", folder.path, "--quiet"])
    return Generated(folder: folder, result: result)
  }

  static func folder() throws -> URL {
    let generated = try self.generated.get()
    #expect(generated.result.exitCode == 0, "stderr: \(generated.result.standardError)")
    return generated.folder
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: folder().appendingPathComponent(path), encoding: .utf8)
  }

  /// Every `src` and `href` value in an HTML page.
  static func references(in html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "(?:src|href)=\"([^\"]*)\"")
    let range = NSRange(html.startIndex..., in: html)
    return pattern.matches(in: html, range: range).compactMap { match in
      Range(match.range(at: 1), in: html).map { String(html[$0]) }
    }
  }

  static var pages: [String] {
    get throws {
      try FileManager.default.contentsOfDirectory(atPath: folder().path)
        .filter { $0.hasSuffix(".html") && !$0.hasPrefix(".") }.sorted()
    }
  }
}

@Suite("Default report end to end")
struct ReportEndToEndTests {
  @Test("The report prints the index path on stdout and nothing else")
  func standardOutput() throws {
    let generated = try DefaultReport.generated.get()
    #expect(generated.result.exitCode == 0)
    let index = generated.folder.appendingPathComponent("index.html").path
    #expect(generated.result.standardOutput == index + "\n")
    #expect(generated.result.standardError.isEmpty)
  }

  @Test("The scalar-chain page shows the figure and the values at layer 30")
  func scalarChainPage() throws {
    let html = try DefaultReport.text("01-vanishing-exploding.html")
    #expect(html.contains("<img src=\"figures/scalar-chain.png\""))
    // 0.2^30 = 1.073741824e-21 and 5^30 = 931322574615478515625.
    #expect(html.contains("<td>1.07 × 10⁻²¹</td>"))
    #expect(html.contains("<td>9.31 × 10²⁰</td>"))
    let png = try Data(contentsOf: DefaultReport.folder()
      .appendingPathComponent("figures/scalar-chain.png"))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test("The index links every section page")
  func indexLinksSections() throws {
    let index = try DefaultReport.text("index.html")
    let sections = try DefaultReport.pages.filter { $0 != "index.html" }
    #expect(!sections.isEmpty)
    for page in sections {
      #expect(index.contains("href=\"\(page)\""), "index does not link \(page)")
    }
  }

  @Test("Every src and href on every page resolves to a file in the report")
  func referencesResolve() throws {
    let folder = try DefaultReport.folder()
    for page in try DefaultReport.pages {
      for reference in DefaultReport.references(in: try DefaultReport.text(page)) {
        let path = String(reference.split(separator: "#").first ?? "")
        guard !path.isEmpty else { continue }
        #expect(!path.contains("://"), "\(page) references the network: \(reference)")
        let exists = FileManager.default.fileExists(
          atPath: folder.appendingPathComponent(path).path)
        #expect(exists, "\(page) references missing \(reference)")
      }
    }
  }

  @Test(
    "Headless Chromium loads every image and resolves every link",
    .enabled(
      if: Browser.executable != nil
        || ProcessInfo.processInfo.environment["INITLAB_REQUIRE_TOOLS"] == "1",
      "needs Debian's chromium; make test installs it and requires it"))
  func browser() throws {
    let folder = try DefaultReport.folder()
    for page in try DefaultReport.pages {
      let check = try Browser.check(folder.appendingPathComponent(page))
      #expect(check.images > 0 || page != "index.html", "\(page) shows no image")
      #expect(check.brokenImages.isEmpty, "\(page): broken images \(check.brokenImages)")
      #expect(check.links > 0, "\(page) has no links")
      #expect(check.brokenLinks.isEmpty, "\(page): broken links \(check.brokenLinks)")
    }
  }
}
