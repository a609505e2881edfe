extension DefaultReport {
  /// Section 5: beyond the chapter (Kaiming initialisation, dynamical
  /// isometry, the tanh phase diagram and a depth sweep).
  static let beyondSection = #"""
    {
      "id": "beyond-the-chapter",
      "title": "Beyond the chapter: ReLU, orthogonal weights and the edge of chaos",
      "finding": "In a 50-layer ReLU network Kaiming keeps the signal's RMS near 1 (1.00 measured at layer 50) while Xavier's falls to 5.1 × 10⁻⁸, within a factor of 2 of √(1/2)⁵⁰ ≈ 3.0 × 10⁻⁸; orthogonal weights keep every singular value of the network at exactly 1.",
      "introduction": [
        "Xavier initialisation, Var[W] = 2 / (n_in + n_out), assumes each layer passes the variance of its input on unchanged. ReLU does not: it sets the negative half of its input to zero, so E[relu(z)²] = E[z²] / 2. He, Zhang, Ren and Sun (2015, “Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification”) therefore double the variance to Var[W] = 2 / n_in, now called Kaiming initialisation. With Xavier weights every ReLU layer multiplies the RMS of the signal by √(1/2) ≈ 0.71, so after 50 layers only √(1/2)⁵⁰ ≈ 3 × 10⁻⁸ of it is left; with Kaiming weights the factor is 1. The first figure measures both, and the gradient on the way back.",
        "Keeping the average gain at 1 is not the whole story. A deep linear network multiplies its input by J = W(1) W(2) ⋯ W(L), and J stretches each input direction by one of its singular values. Saxe, McClelland and Ganguli (2014, “Exact solutions to the nonlinear dynamics of learning in deep linear neural networks”) showed that orthogonal weight matrices make J orthogonal too, so every singular value is exactly 1 at any depth: no direction vanishes or explodes (dynamical isometry). Gaussian weights with Var = 1/n keep the average of σ² at 1 in expectation (0.99, 1.01 and 1.3 measured at depths 1, 8 and 32), but the spread of the singular values grows with every layer, as the second figure shows.",
        "Saturating activations such as tanh have a sharp boundary between vanishing and exploding. Poole, Lahiri, Raghu, Sohl-Dickstein and Ganguli (2016, “Exponential expressivity in deep neural networks through transient chaos”) and Schoenholz, Gilmer, Ganguli and Sohl-Dickstein (2017, “Deep Information Propagation”) showed that each layer multiplies the gradient's second moment by χ = σ_w² E[tanh′(z)²], where σ_w² = n · Var[W]. Without biases the signal fades to zero when σ_w² < 1, where tanh′ = 1 and χ = σ_w² < 1, so gradients vanish (the ordered phase); when σ_w² > 1 they grow (the chaotic phase). The critical line σ_w² = 1 is exactly where Xavier puts a square tanh layer. The third figure maps both phases and the fourth compares common choices as the network gets deeper.",
        "In the first and last figures the coloured lines are measurements, the mean over 2 seeds with a shaded band from the smallest to the largest seed; there and in the second figure the dashed grey lines are the prediction for infinitely wide layers (mean-field theory), which the third figure shows as its own panel."
      ],
      "figures": [
        {
          "id": "relu-kaiming",
          "caption": "RMS of the signal H(l) (left) and of the gradient ∂L/∂H(l) (right) in every layer of a 50-layer ReLU network of width 256. Kaiming-normal (n · Var[W] = 2) keeps both near 1: the signal ends at 1.00 (0.77 and 1.23 for the two seeds) and dips to 0.67 on the way, as finite-width networks do. Xavier-uniform (n · Var[W] = 1) loses a factor √(1/2) per layer and ends at 5.1 × 10⁻⁸; MXNet's default U(−0.07, 0.07) (n · Var[W] ≈ 0.42) ends at 7.8 × 10⁻¹⁸. Under those two the gradient falls the same way from the output back to the input. The dashed mean-field predictions follow every measured line; the largest gap, 7.7 × 10⁻⁸ measured against 4.2 × 10⁻⁸ predicted for Xavier at layer 49, is a factor of 1.8 after a fall of more than seven decades.",
          "experiment": {
            "kind": "gain-comparison", "activation": "relu",
            "inits": ["kaiming-normal", "xavier-uniform", "mxnet-default"],
            "width": 256, "depth": 50, "batch": 32, "seeds": 2
          }
        },
        {
          "id": "orthogonal-spectrum",
          "caption": "The 128 singular values of J = W(1) ⋯ W(L), largest first, for a linear network of width 128 and depths 1, 8 and 32. With orthogonal weights every one is 1 at every depth (the flat line). With Gaussian weights of variance 1/n (xavier-normal on square layers) a single layer already spreads them from 1.97 down to 0.0076; after 8 layers they run from 4.5 to 2.3 × 10⁻¹², and after 32 layers the smallest 27 lie below what float64 arithmetic can resolve (dotted line). The dashed lines are the predictions for infinitely wide layers: exactly 1 for orthogonal weights, and for Gaussian weights the Fuss–Catalan law of Penson and Życzkowski (2011, “Product of Ginibre matrices: Fuss–Catalan and Raney distributions”), which the measured values follow down to the resolution limit.",
          "experiment": {
            "kind": "orthogonal-spectrum", "inits": ["orthogonal", "xavier-normal"],
            "depths": [1, 8, 32], "width": 128
          }
        },
        {
          "id": "tanh-phase-diagram",
          "caption": "Gradient RMS at the first layer relative to the last, in tanh networks without bias (width 64), for each depth and weight variance σ_w² on a logarithmic colour scale. Left of the critical line σ_w² = 1 the ratio falls with depth, to about 2 × 10⁻⁵ at L = 32 and σ_w² = 0.5 (ordered phase). Right of it the gradient grows towards the input once the network is deep enough, the sooner the larger σ_w² (from L = 16 at σ_w² = 1.5, from L = 4 at σ_w² ≥ 2), to 18 at L = 32 and σ_w² = 3 (chaotic phase); just right of the line, at σ_w² = 1.25, it still shrinks slightly (0.73 at L = 32). On the line it decays only slowly (0.16 at L = 32). The mean-field prediction (right) agrees with the measurement (left) within a factor of 1.5 in every cell, while the ratio itself spans almost six decades.",
          "experiment": {
            "kind": "phase-diagram", "depths": [4, 8, 12, 16, 20, 24, 28, 32],
            "weight-variances": [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3],
            "width": 64, "batch": 32, "seeds": 1
          }
        },
        {
          "id": "depth-sweep",
          "caption": "Gradient RMS at the first layer relative to the last, against depth, for four initialiser and activation pairs (width 128). Kaiming-normal with ReLU stays near 1 (0.77 to 1.01 over its six depths, the lowest at L = 40), and Xavier-uniform with tanh, which sits on the critical line, decays only slowly (0.19). MXNet's default with ReLU loses a factor 0.32 per layer (5.0 × 10⁻²⁰ at L = 40). The chapter's N(0, 0.01²) (“normal”) with tanh loses a factor 0.11 per layer, reaching 1.2 × 10⁻³⁷, only ten times float32's smallest normal number, 1.2 × 10⁻³⁸. The dashed mean-field predictions follow every measured line; the largest gap is a factor of 1.5, for MXNet's default at L = 40 (5.0 × 10⁻²⁰ measured against 7.5 × 10⁻²⁰ predicted).",
          "experiment": {
            "kind": "depth-sweep",
            "pairs": [
              { "initializer": "xavier-uniform", "activation": "tanh" },
              { "initializer": "kaiming-normal", "activation": "relu" },
              { "initializer": "mxnet-default", "activation": "relu" },
              { "initializer": "normal:sigma=0.01", "activation": "tanh" }
            ],
            "depths": [2, 8, 16, 24, 32, 40], "width": 128, "batch": 32, "seeds": 2
          }
        }
      ]
    }
    """#
}
