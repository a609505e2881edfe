/// Fills the templates with page content.
struct PageRenderer {
  let templates: TemplateSet
  /// The InitLab version, seed and command shown on every page.
  let version: String
  let seed: UInt64
  let command: String

  /// The HTML of one section page.
  func sectionPage(_ page: PageContent, previous: PageContent?, next: PageContent?) throws
    -> String
  {
    var figureNumber = 0
    let figures = try page.figures.map { figure in
      figureNumber += 1
      return try figureBlock(figure, number: "\(page.number).\(figureNumber)")
    }
    let introduction = page.introduction.map { "<p>\(HTML.escaped($0))</p>" }
    return try templates.section.filled(with: [
      "number": "\(page.number)",
      "title": page.title,
      "introduction": introduction.joined(separator: "\n"),
      "figures": figures.joined(separator: "\n"),
      "tables": try page.tables.map(tableBlock).joined(separator: "\n"),
      "version": version,
      "seed": "\(seed)",
      "command": command,
      "configuration": page.configuration,
      "pager": pager(previous: previous, next: next),
    ])
  }

  /// The HTML of the index page listing every section.
  func indexPage(_ pages: [PageContent], title: String, lede: String) throws -> String {
    let entries = try pages.map { page in
      let thumbnail = page.figures.first?.files.first { $0.label == "PNG" }?.path ?? ""
      return try templates.indexEntry.filled(with: [
        "href": page.fileName,
        "thumbnail": thumbnail,
        "thumbnailAlt": page.figures.first?.alt ?? page.title,
        "number": "\(page.number)",
        "title": page.title,
        "finding": page.finding,
      ])
    }
    return try templates.index.filled(with: [
      "title": title,
      "lede": lede,
      "sections": entries.joined(separator: "\n"),
      "version": version,
      "seed": "\(seed)",
      "command": command,
    ])
  }

  private func figureBlock(_ figure: PlacedFigure, number: String) throws -> String {
    let png = figure.files.first { $0.label == "PNG" }?.path ?? figure.files[0].path
    let downloads = figure.files.map { file in
      "<a href=\"\(HTML.escaped(file.path))\">\(HTML.escaped(file.label))</a>"
    }
    return try templates.figure.filled(with: [
      "id": figure.id,
      "png": png,
      "alt": figure.alt,
      "width": "\(figure.displayWidth)",
      "number": number,
      "caption": figure.caption,
      "downloads": downloads.joined(separator: " "),
    ])
  }

  private func tableBlock(_ table: KeyTable) throws -> String {
    let header = table.header.map { "<th>\(HTML.escaped($0))</th>" }.joined()
    let rows = table.rows.map { row in
      "    <tr>" + row.map { "<td>\(HTML.escaped($0))</td>" }.joined() + "</tr>"
    }
    return try templates.table.filled(with: [
      "caption": table.caption,
      "header": header,
      "rows": rows.joined(separator: "\n"),
    ])
  }

  private func pager(previous: PageContent?, next: PageContent?) -> String {
    func link(_ page: PageContent?, _ arrow: String, before: Bool) -> String {
      guard let page else { return "<span></span>" }
      let label = HTML.escaped("\(page.number). \(page.title)")
      let text = before ? "\(arrow) \(label)" : "\(label) \(arrow)"
      return "<a href=\"\(HTML.escaped(page.fileName))\">\(text)</a>"
    }
    return link(previous, "←", before: true) + "\n" + link(next, "→", before: false)
  }
}
