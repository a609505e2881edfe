/// A whole report: its sections, each with figures backed by experiments.
///
/// The default report is one of these (see `ReportConfiguration.default`);
/// a user's JSON file decodes into the same structure.
public struct ReportConfiguration: Sendable, Equatable {
  /// The report's title, shown on the index.
  public var title: String
  /// One sentence under the title.
  public var lede: String
  /// The seed every experiment's random streams derive from.
  public var seed: UInt64
  /// The sections, in reading order.
  public var sections: [SectionConfiguration]
}

/// One section page of a report.
public struct SectionConfiguration: Sendable, Equatable {
  /// The page's slug: lowercase letters, digits and hyphens.
  public var id: String
  /// The page title, also shown on the index.
  public var title: String
  /// The one-line finding shown on the index.
  public var finding: String
  /// Paragraphs of explanation for students, as plain text.
  public var introduction: [String]
  /// The figures, in page order.
  public var figures: [FigureConfiguration]
}

/// One figure: the experiment behind it and its caption.
public struct FigureConfiguration: Sendable, Equatable {
  /// The figure's slug, unique in the report; its files are named after it.
  public var id: String
  /// What the reader should see in the figure, as plain text.
  public var caption: String
  /// The experiment whose result the figure draws.
  public var experiment: Experiment
}
