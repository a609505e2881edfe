extension ReportConfiguration {
  /// The configuration as JSON, in the format `initlab report --config`
  /// reads; `initlab report --print-config` prints it.
  public var json: String { jsonValue.formatted() + "\n" }

  var jsonValue: JSONValue {
    .object([
      ("title", .string(title)),
      ("lede", .string(lede)),
      ("seed", .number(Double(seed))),
      ("sections", .array(sections.map(\.jsonValue))),
    ])
  }
}

extension SectionConfiguration {
  var jsonValue: JSONValue {
    .object([
      ("id", .string(id)),
      ("title", .string(title)),
      ("finding", .string(finding)),
      ("introduction", .array(introduction.map(JSONValue.string))),
      ("figures", .array(figures.map(\.jsonValue))),
    ])
  }
}

extension FigureConfiguration {
  var jsonValue: JSONValue {
    .object([
      ("id", .string(id)),
      ("caption", .string(caption)),
      ("experiment", experiment.jsonValue),
    ])
  }
}

extension ReportGenerator {
  /// The part of the configuration that produced one page, for its
  /// provenance block: the seed and each figure's experiment.
  static func describe(_ section: SectionConfiguration, seed: UInt64) -> String {
    let experiments = section.figures.map { figure -> JSONValue in
      .object([("figure", .string(figure.id)), ("experiment", figure.experiment.jsonValue)])
    }
    return JSONValue.object([
      ("seed", .number(Double(seed))),
      ("figures", .array(experiments)),
    ]).formatted()
  }
}
