import Foundation

extension ReportConfiguration {
  /// Reads and validates a report configuration from JSON.
  ///
  /// - Throws: `ReportError.invalidConfiguration` with the JSON path of
  ///   the first problem, the bad value and what is accepted.
  public init(json data: Data) throws {
    let root = try JSONReader(parsing: data)
    try root.expectObject(keys: ["title", "lede", "seed", "sections"])
    title = try root.field("title").string()
    lede = try root.optionalField("lede")?.string() ?? ""
    seed = try root.optionalField("seed").map {
      UInt64(try $0.integer(in: 0...(1 << 53)))
    } ?? 42
    let sectionReaders = try root.field("sections").array()
    guard !sectionReaders.isEmpty else {
      throw try root.field("sections").error("expected at least one section")
    }
    sections = try sectionReaders.map(SectionConfiguration.init(reading:))
    try checkUniqueIdentifiers(sectionReaders)
  }

  private func checkUniqueIdentifiers(_ readers: [JSONReader]) throws {
    var sectionIDs: Set<String> = []
    var figureIDs: Set<String> = []
    for (section, reader) in zip(sections, readers) {
      guard sectionIDs.insert(section.id).inserted else {
        throw try reader.field("id").error("duplicate section id \"\(section.id)\"")
      }
      for (figure, figureReader) in zip(section.figures, try reader.field("figures").array()) {
        guard figureIDs.insert(figure.id).inserted else {
          throw try figureReader.field("id").error(
            "duplicate figure id \"\(figure.id)\"; figure ids name files and must be unique")
        }
      }
    }
  }
}

extension SectionConfiguration {
  init(reading reader: JSONReader) throws {
    try reader.expectObject(keys: ["id", "title", "finding", "introduction", "figures"])
    id = try reader.field("id").slug()
    title = try reader.field("title").string()
    finding = try reader.optionalField("finding")?.string() ?? ""
    introduction = try reader.optionalField("introduction")?.array().map { try $0.string() }
      ?? []
    figures = try reader.field("figures").array().map(FigureConfiguration.init(reading:))
  }
}

extension FigureConfiguration {
  init(reading reader: JSONReader) throws {
    try reader.expectObject(keys: ["id", "caption", "experiment"])
    id = try reader.field("id").slug()
    caption = try reader.field("caption").string()
    experiment = try Experiment(reading: reader.field("experiment"))
  }
}
