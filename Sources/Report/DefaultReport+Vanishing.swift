extension DefaultReport {
  /// Section 1: vanishing and exploding signals.
  static let vanishingSection = #"""
    {
      "id": "vanishing-exploding",
      "title": "Vanishing and exploding",
      "finding": "0.2³⁰ ≈ 1.07 × 10⁻²¹ and 5³⁰ ≈ 9.31 × 10²⁰; 40 linear layers with σ√n = 0.8 shrink the signal to 1.43 × 10⁻⁴ (theory 0.8⁴⁰ ≈ 1.33 × 10⁻⁴), and float32 turns 5ˡ into ∞ at layer 56.",
      "introduction": [
        "A deep linear network computes H(l) = X W(1) W(2) … W(l): the input is multiplied by one weight matrix per layer. With a single unit per layer every matrix is a number w, and layer l holds wˡ.",
        "Products of many factors are unstable. A weight a little below 1 shrinks the signal geometrically and one a little above 1 blows it up: after 30 layers, 0.2 has become 0.2³⁰ ≈ 1.07 × 10⁻²¹ and 5 has become 5³⁰ ≈ 9.31 × 10²⁰. The gradient flowing back through the same chain is multiplied by the same factors, so it vanishes or explodes with the signal.",
        "Wide layers behave the same way on average. With n units per layer and weights drawn from N(0, σ²), each layer multiplies the mean square of the signal by nσ², so the RMS at layer l is (nσ²)^(l/2). Only σ = 1/√n keeps it steady; 20 % too small or too large (σ√n = 0.8 or 1.25) compounds to 10⁻⁴ or 10⁴ after 40 layers. The backward pass multiplies by the transposed matrices, so the gradient reaching the input shrinks or grows by the same factor. In the second figure, look at how closely the measured lines follow the dashed theory: the rule is not a loose heuristic.",
        "Finite precision makes the damage permanent. float32 holds magnitudes from about 1.40 × 10⁻⁴⁵ to 3.40 × 10³⁸: in the third figure 5ˡ becomes ∞ at layer 56 and 0.2ˡ becomes exactly 0 at layer 65, and no later layer can bring the value back. float64 only postpones this, to layers 442 and 463. The cure is not more bits but a weight scale that keeps nσ² near 1, which is what the initialization schemes of the chapter do."
      ],
      "figures": [
        {
          "id": "scalar-chain",
          "caption": "The scalar chain wˡ for w = 0.2, 1 and 5 on a logarithmic axis. Each layer multiplies by w, so each chain is a straight line whose slope is log₁₀ w; the marked values at layer 30 are the chapter's.",
          "experiment": { "kind": "scalar-chain", "weights": [0.2, 1, 5], "depth": 30 }
        },
        {
          "id": "deep-linear",
          "caption": "RMS per layer of a 40-layer linear network of width 256 (batch 64, 2 seeds; the shaded band spans them) for σ√n = 0.8, 1 and 1.25, with the theory (nσ²)^(l/2) as thin dashed lines. Each measured line lies on its theory: at layer 40 the activations (left) have fallen to 1.43 × 10⁻⁴ (theory 1.33 × 10⁻⁴), stayed near 1 (0.97) or grown to 7 636 (theory 7 523), and the gradients (right) mirror them from the top layer down.",
          "experiment": {
            "kind": "deep-linear", "gains": [0.8, 1, 1.25], "width": 256, "depth": 40,
            "batch": 64, "seeds": 2
          }
        },
        {
          "id": "precision-limits",
          "caption": "wˡ computed by the network (one unit per layer, every weight w) in float32 (left) and float64 (right). In float32, 5ˡ passes the largest finite value 3.40 × 10³⁸ and becomes ∞ at layer 56 (triangle marked overflow), and 0.2ˡ falls below the smallest subnormal 1.40 × 10⁻⁴⁵ and becomes exactly 0 at layer 65 (underflow). The float64 lines run on to layer 100; they would reach float64's limits only at layers 442 and 463.",
          "experiment": {
            "kind": "precision-limits", "weights": [0.2, 5], "depth": 100,
            "precisions": ["float32", "float64"]
          }
        }
      ]
    }
    """#
}
