import Foundation

extension CommandSpec {
  /// The `--help` text: usage line, summary, and one line per option.
  package var helpText: String {
    var lines = usageLines + [""] + wrapped(summary, width: 78) + [""]
    let all = options + [OptionSpec("help", help: "Show this help.")]
    let labels = all.map { option in
      "--" + option.name + (option.valueName.map { " " + $0 } ?? "")
    }
    let width = (labels.map(\.count).max() ?? 0) + 2
    lines.append("options:")
    for (label, option) in zip(labels, all) {
      let padding = String(repeating: " ", count: width - label.count)
      let help = wrapped(option.help, width: max(30, 78 - width - 2))
      let indent = String(repeating: " ", count: width + 2)
      lines.append("  " + label + padding + help[0])
      lines += help.dropFirst().map { indent + $0 }
    }
    return lines.joined(separator: "\n")
  }

  /// The usage line, wrapped between bracketed options, never inside one,
  /// with continuation lines indented under the command.
  private var usageLines: [String] {
    // Join each bracketed group into one word with a no-break marker.
    var glued = ""
    var depth = 0
    for character in usage {
      if character == "[" { depth += 1 }
      if character == "]" { depth -= 1 }
      glued.append(character == " " && depth > 0 ? "\u{0}" : character)
    }
    let prefix = "usage: initlab "
    let lines = wrapped(glued, width: 78 - prefix.count)
    let indent = String(repeating: " ", count: prefix.count + name.count + 1)
    return lines.enumerated().map { index, line in
      let text = line.replacingOccurrences(of: "\u{0}", with: " ")
      return (index == 0 ? prefix : indent) + text
    }
  }
}

/// Splits text into lines of at most `width` characters at spaces.
func wrapped(_ text: String, width: Int) -> [String] {
  var lines: [String] = []
  var line = ""
  for word in text.split(separator: " ") {
    if !line.isEmpty && line.count + 1 + word.count > width {
      lines.append(line)
      line = ""
    }
    line += (line.isEmpty ? "" : " ") + word
  }
  if !line.isEmpty { lines.append(line) }
  return lines
}
