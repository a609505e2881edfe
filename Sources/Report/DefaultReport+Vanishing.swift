extension DefaultReport {
  /// Section 1: vanishing and exploding signals.
  static let vanishingSection = #"""
    {
      "id": "vanishing-exploding",
      "title": "Vanishing and exploding: the scalar chain",
      "finding": "0.2³⁰ ≈ 1.07 × 10⁻²¹ vanishes and 5³⁰ ≈ 9.31 × 10²⁰ explodes; only w = 1 keeps the signal.",
      "introduction": [
        "A deep linear network computes H(l) = X W(1) W(2) … W(l): the input is multiplied by one weight matrix per layer. With a single unit per layer every matrix is a number w, and layer l holds wˡ.",
        "Products of many factors are unstable. A weight a little below 1 shrinks the signal geometrically and one a little above 1 blows it up: after 30 layers, 0.2 has become 0.2³⁰ ≈ 1.07 × 10⁻²¹ and 5 has become 5³⁰ ≈ 9.31 × 10²⁰. The gradient flowing back through the same chain is multiplied by the same factors, so it vanishes or explodes with the signal."
      ],
      "figures": [
        {
          "id": "scalar-chain",
          "caption": "The scalar chain wˡ for w = 0.2, 1 and 5 on a logarithmic axis. Each layer multiplies by w, so each chain is a straight line whose slope is log₁₀ w; the marked values at layer 30 are the chapter's.",
          "experiment": { "kind": "scalar-chain", "weights": [0.2, 1, 5], "depth": 30 }
        },
        {
          "id": "deep-linear",
          "caption": "TBD",
          "experiment": {
            "kind": "deep-linear", "gains": [0.8, 1, 1.25], "width": 256, "depth": 40,
            "batch": 64, "seeds": 3
          }
        },
        {
          "id": "precision-limits",
          "caption": "TBD",
          "experiment": {
            "kind": "precision-limits", "weights": [0.2, 5], "depth": 100,
            "precisions": ["float32", "float64"]
          }
        }
      ]
    }
    """#
}
