extension DefaultReport {
  /// Section 2: breaking the symmetry between hidden units.
  static let symmetrySection = #"""
    {
      "id": "breaking-symmetry",
      "title": "Breaking symmetry",
      "finding": "TBD",
      "introduction": [
        "TBD"
      ],
      "figures": [
        {
          "id": "symmetry",
          "caption": "TBD",
          "experiment": {
            "kind": "symmetry", "initializers": ["constant:value=0.5", "normal:sigma=0.5"],
            "steps": 200, "batch": 16, "learning-rate": 0.1
          }
        },
        {
          "id": "regression-exercise",
          "caption": "TBD",
          "experiment": {
            "kind": "regression-exercise", "equal": "constant:value=0.5",
            "random": "normal:sigma=1", "steps": 300, "learning-rate": 0.2
          }
        }
      ]
    }
    """#
}
