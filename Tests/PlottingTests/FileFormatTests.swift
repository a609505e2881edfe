import Foundation
import FoundationXML
import Testing

@testable import Plotting

@Suite("SVG and PDF files")
struct FileFormatTests {
  static let pdfinfo = "/usr/bin/pdfinfo"
  static let pdftoppm = "/usr/bin/pdftoppm"
  static let hasPoppler =
    FileManager.default.isExecutableFile(atPath: pdfinfo)
    && FileManager.default.isExecutableFile(atPath: pdftoppm)

  @Test(
    "SVG output is well-formed XML with an svg root",
    arguments: GoldenImageTests.figures.map(\.name))
  func svgIsWellFormed(name: String) throws {
    let figure = try #require(GoldenImageTests.figures.first { $0.name == name }?.figure)
    let bytes = try figure.rendered(as: .svg)
    let parser = XMLParser(data: Data(bytes))
    let delegate = RootRecorder()
    parser.delegate = delegate
    #expect(parser.parse(), "XML error: \(String(describing: parser.parserError))")
    #expect(delegate.root == "svg")
  }

  @Test("SVG ids do not depend on what the process rendered before")
  func svgIdsRestartPerFile() throws {
    let svg = String(
      decoding: try ExampleFigures.scalarChain().rendered(as: .svg), as: UTF8.self)
    _ = try ExampleFigures.heatmap().rendered(as: .svg)
    let again = String(
      decoding: try ExampleFigures.scalarChain().rendered(as: .svg), as: UTF8.self)
    let isIdentical = svg == again
    #expect(isIdentical)
    #expect(svg.contains("id=\"glyph0\""))
  }

  @Test(
    "PDF output opens in poppler and rasterises at the expected size",
    .enabled(if: hasPoppler, "poppler-utils (pdfinfo, pdftoppm) is not installed"))
  func pdfOpens() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("plotting-pdf-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }  // Cleanup only.
    let pdf = directory.appendingPathComponent("figure.pdf")
    try Data(ExampleFigures.scalarChain().rendered(as: .pdf)).write(to: pdf)

    let info = try run(Self.pdfinfo, [pdf.path])
    #expect(info.contains("Pages:           1"))
    // 6.4 × 4.8 in is 460.8 × 345.6 pt.
    #expect(info.contains("460.8 x 345.6 pts"))
    #expect(info.contains("CreationDate:    Sat Jan  1 00:00:00 2000"))

    let prefix = directory.appendingPathComponent("page").path
    _ = try run(Self.pdftoppm, ["-r", "50", "-png", "-singlefile", pdf.path, prefix])
    let png = try #require(FileManager.default.contents(atPath: prefix + ".png"))
    let image = try PNGImage(pngBytes: Array(png))
    // 6.4 in × 50 dpi = 320 px, 4.8 in × 50 dpi = 240 px.
    #expect(image.width == 320 && image.height == 240)
  }

  @Test("PDF bytes are identical across renders despite creation dates")
  func pdfDeterministic() throws {
    let figure = ExampleFigures.histogram()
    let isIdentical = try figure.rendered(as: .pdf) == figure.rendered(as: .pdf)
    #expect(isIdentical)
  }

  private func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(executable) failed")
    return String(decoding: data, as: UTF8.self)
  }
}

/// Records the name of the first element an XML parser reports.
private final class RootRecorder: NSObject, XMLParserDelegate {
  var root: String?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if root == nil { root = elementName }
  }
}
