import Foundation
import Testing
@testable import Report

@Suite("Atomic output folder")
struct OutputFolderTests {
  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("initlab-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func read(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
  }

  @Test("A committed report replaces the previous one and keeps the user's files")
  func replaceKeepsForeignFiles() throws {
    let root = try temporaryFolder()
    let target = root.appendingPathComponent("Output")
    var first = try OutputFolder(target: target)
    try first.write("one", to: "index.html")
    try first.write("old figure", to: "figures/old.png")
    try first.commit()
    try "notes".write(
      to: target.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)

    var second = try OutputFolder(target: target)
    try second.write("two", to: "index.html")
    try second.commit()

    #expect(try read(target.appendingPathComponent("index.html")) == "two")
    #expect(try read(target.appendingPathComponent("README.md")) == "notes")
    #expect(!FileManager.default.fileExists(atPath: target.path + "/figures/old.png"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path)
    #expect(leftovers == ["Output"])
  }

  @Test("A discarded run leaves the previous report untouched")
  func discardKeepsPrevious() throws {
    let target = try temporaryFolder().appendingPathComponent("Output")
    var first = try OutputFolder(target: target)
    try first.write("one", to: "index.html")
    try first.commit()

    var failed = try OutputFolder(target: target)
    try failed.write("half", to: "index.html")
    failed.discard()

    #expect(try read(target.appendingPathComponent("index.html")) == "one")
    #expect(!FileManager.default.fileExists(atPath: failed.staging.path))
  }

  @Test("A file InitLab did not write is never overwritten")
  func refusesToOverwriteForeignFile() throws {
    let target = try temporaryFolder().appendingPathComponent("Output")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    try "mine".write(
      to: target.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

    var folder = try OutputFolder(target: target)
    try folder.write("report", to: "index.html")
    #expect(throws: ReportError.self) { try folder.commit() }
    folder.discard()
    #expect(try read(target.appendingPathComponent("index.html")) == "mine")
  }

  @Test("An output path that is a file is rejected")
  func targetIsFile() throws {
    let file = try temporaryFolder().appendingPathComponent("report")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    #expect(throws: ReportError.self) { try OutputFolder(target: file) }
  }

  @Test(
    "Unsafe relative paths are recognised",
    arguments: ["../x", "a/../../b", "/etc/passwd", "a//b", "", "a b", "ok/./x"])
  func unsafePaths(path: String) {
    #expect(!OutputFolder.isSafe(path))
  }

  @Test("Safe relative paths are accepted")
  func safePaths() {
    #expect(OutputFolder.isSafe("figures/scalar-chain.png"))
    #expect(OutputFolder.isSafe("01-vanishing-exploding.html"))
  }

  @Test("A symbolic link in the output folder is never written through")
  func symbolicLinkIsNotFollowed() throws {
    let root = try temporaryFolder()
    let elsewhere = root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let target = root.appendingPathComponent("Output")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: target.appendingPathComponent("figures"), withDestinationURL: elsewhere)

    var folder = try OutputFolder(target: target)
    try folder.write("png", to: "figures/chart.png")
    #expect(throws: ReportError.self) { try folder.commit() }
    folder.discard()
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }
}
