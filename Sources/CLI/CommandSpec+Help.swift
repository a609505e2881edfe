extension CommandSpec {
  /// The `--help` text: usage line, summary, and one line per option.
  package var helpText: String {
    var lines = ["usage: initlab \(usage)", "", summary, ""]
    let all = options + [OptionSpec("help", help: "Show this help.")]
    let labels = all.map { option in
      "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
    }
    let width = (labels.map(\.count).max() ?? 0) + 2
    lines.append("options:")
    for (label, option) in zip(labels, all) {
      let padding = String(repeating: " ", count: width - label.count)
      lines.append("  " + label + padding + option.help)
    }
    return lines.joined(separator: "\n")
  }
}
