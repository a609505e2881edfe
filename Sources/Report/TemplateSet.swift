import Foundation

/// The HTML templates and stylesheet a report is built from.
struct TemplateSet {
  /// The file names a templates folder must hold.
  static let requiredFiles = [
    "index.html", "index-entry.html", "section.html", "figure.html", "table.html",
    "style.css",
  ]

  let index: Template
  let indexEntry: Template
  let section: Template
  let figure: Template
  let table: Template
  /// The stylesheet, copied into the report unchanged.
  let stylesheet: String

  /// Loads every template from `folder`.
  ///
  /// - Throws: `ReportError.missingTemplate` naming the first missing file,
  ///   `ReportError.unclosedPlaceholder` for a malformed template.
  init(folder: URL) throws {
    func text(_ name: String) throws -> String {
      let url = folder.appendingPathComponent(name)
      // Absent, unreadable or not UTF-8: each is reported as the path of
      // the template that could not be used.
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        throw ReportError.missingTemplate(path: url.path)
      }
      return text
    }
    func template(_ name: String) throws -> Template {
      try Template(text(name), name: name)
    }
    index = try template("index.html")
    indexEntry = try template("index-entry.html")
    section = try template("section.html")
    figure = try template("figure.html")
    table = try template("table.html")
    stylesheet = try text("style.css")
  }

  /// The templates folder used when none is given: `Templates/` in the
  /// current directory, else the one in the source checkout InitLab was
  /// built from.
  static var defaultFolder: URL {
    let local = URL(fileURLWithPath: "Templates", isDirectory: true)
    if FileManager.default.fileExists(atPath: local.appendingPathComponent("index.html").path) {
      return local
    }
    // Sources/Report/TemplateSet.swift -> the package root.
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Templates", isDirectory: true)
  }
}
