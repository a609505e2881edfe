/// Levenshtein edit distance and close-match lookup for error messages.
package enum EditDistance {
  /// The minimum number of single-character insertions, deletions and substitutions that turn
  /// `a` into `b` (Levenshtein, 1966), compared case-insensitively.
  ///
  /// - Complexity: O(|a| · |b|) time, O(|b|) memory.
  package static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased())
    let y = Array(b.lowercased())
    guard !x.isEmpty else { return y.count }
    guard !y.isEmpty else { return x.count }

    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }

  /// The candidate closest to `name`, if its distance is at most `max(2, name.count / 3)`;
  /// a candidate that starts with `name` (a truncated name) also counts as close.
  ///
  /// Ties go to the earlier candidate, so the result is deterministic.
  package static func closestMatch(to name: String, in candidates: [String]) -> String? {
    let lowered = name.lowercased()
    if !lowered.isEmpty, let prefixed = candidates.first(where: {
      $0.lowercased().hasPrefix(lowered)
    }) {
      return prefixed
    }
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let d = distance(name, candidate)
      if best == nil || d < best!.distance { best = (candidate, d) }
    }
    guard let best, best.distance <= max(2, name.count / 3) else { return nil }
    return best.name
  }
}
