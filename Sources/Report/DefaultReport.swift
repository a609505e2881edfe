import Foundation

// The default report is an ordinary configuration, kept as JSON so that
// `initlab report --print-config` shows exactly what runs and a user can
// start their own report from it. Each section's JSON lives in its own
// file (`DefaultReport+Vanishing.swift`, …); this file joins them.

/// The chapter's report, written by `initlab` with no configuration.
enum DefaultReport {
  /// The sections' JSON objects, in reading order.
  static let sectionJSON: [String] = [
    vanishingSection,
    symmetrySection,
    defaultsSection,
    xavierSection,
    beyondSection,
  ]

  /// The whole default configuration as JSON text.
  static var json: String {
    """
    {
      "title": "Numerical stability and model initialization",
      "lede": "Measured figures for the chapter: how depth and weight initialisation make \
    signals and gradients vanish or explode, and what keeps them steady.",
      "seed": 42,
      "sections": [
    \(sectionJSON.joined(separator: ",\n"))
      ]
    }
    """
  }
}

extension ReportConfiguration {
  /// The chapter's report, written by `initlab` with no configuration.
  public static let `default`: ReportConfiguration = {
    do {
      return try ReportConfiguration(json: Data(DefaultReport.json.utf8))
    } catch {
      preconditionFailure("the built-in default report is invalid: \(error)")
    }
  }()
}
