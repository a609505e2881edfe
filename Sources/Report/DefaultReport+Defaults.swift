extension DefaultReport {
  /// Section 3: MXNet's default initialisation, U(−0.07, 0.07), and N(0, 0.01²).
  static let defaultsSection = #"""
    {
      "id": "mxnet-default",
      "title": "MXNet's default initialisation",
      "finding": "At width 256, MXNet's default U(−0.07, 0.07) shrinks the signal by ≈ 0.647 per layer (3.65 × 10⁻¹⁰ after 50 linear layers); N(0, 0.01²) shrinks it by 0.16, into float32's denormals, and with ReLU to exactly 0 at layer 48.",
      "introduction": [
        "Calling net.initialize() in MXNet without arguments draws every weight from the uniform distribution U(−0.07, 0.07) and sets every bias to 0. The other choice the chapter's code often makes is a normal distribution with σ = 0.01. Neither looks at the layer: the same 0.07 and 0.01 are used for a layer with 10 inputs and for one with 10 000. The first figure checks the samplers: 50 000 draws against the exact density. U(−a, a) is flat at 1/(2a) ≈ 7.14 with standard deviation a/√3 ≈ 0.0404 for a = 0.07.",
        "What decides a deep network's fate is the product n · Var[W]. A unit with n inputs adds up n products wᵢhᵢ, so the variance of its output is n · Var[W] times the variance of its input, and the RMS is multiplied by √(n · Var[W]) in every layer. For MXNet's default at width 256 that factor is √(256 · 0.07²/3) ≈ 0.647; for N(0, 0.01²) it is √(256 · 10⁻⁴) = 0.16. After 50 layers that is 0.647⁵⁰ ≈ 3.4 × 10⁻¹⁰ and 0.16⁵⁰ ≈ 1.6 × 10⁻⁴⁰, below float32's smallest normal number (1.2 × 10⁻³⁸): the network computes with denormals and then with exact zeros.",
        "The second figure measures this in bias-free networks of width 256 and depth 50 with four activations. The top row is the RMS of each layer's output hₗ, the bottom row the RMS of the gradient ∂L/∂hₗ on its way back, which passes the same weights and shrinks by the same factor. On a logarithmic axis a constant factor per layer is a straight line; grey dashed lines are the mean-field prediction. ReLU zeroes half of its inputs, so its line is steeper (0.647/√2 ≈ 0.457 per layer for the default); tanh behaves like the identity for small inputs; sigmoid's output sits near σ(0) = 0.5 whatever comes in, so its forward RMS stays at 0.5 although the input's information is gone, and its gradient is multiplied by σ′(0) = 1/4 on top."
      ],
      "figures": [
        {
          "id": "default-weight-histograms",
          "caption": "50 000 weights drawn by each initializer (bars) against the exact density (dashed), with the support bounds marked. MXNet's default is flat between −0.07 and 0.07, N(0, 0.01²) is the bell curve with σ = 0.01, and the truncated normal is that bell cut at ±2σ = ±0.02 and rescaled. The sample standard deviations in the table match the exact ones (0.0405 against 0.0404 for the default), and none of them depends on the size of the layer.",
          "experiment": {
            "kind": "initializer-histogram",
            "inits": ["mxnet-default", "normal:sigma=0.01", "truncated-normal:sigma=0.01"],
            "fans": [[256, 256]], "samples": 50000, "bins": 50
          }
        },
        {
          "id": "default-layer-rms",
          "caption": "RMS per layer of the forward signal (top) and of the gradient (bottom) in 50-layer networks of width 256 (batch 64, float32; mean of 2 seeds with their min–max band; grey dashed: mean-field theory). Every measured line lies on its prediction: with the identity MXNet's default falls to 3.65 × 10⁻¹⁰ and N(0, 0.01²) to 1.8 × 10⁻⁴⁰. Then float32 runs out: with ReLU, N(0, 0.01²) reaches exactly 0 at layer 48 going forward, and going back its gradient is 0 from layer 49 down, because ReLU passes no gradient where its input is 0. With sigmoid its gradient is 0 from layer 17 down; the triangles mark where the lines leave the log axis.",
          "experiment": {
            "kind": "layer-rms", "inits": ["mxnet-default", "normal:sigma=0.01"],
            "activations": ["identity", "relu", "tanh", "sigmoid"], "width": 256, "depth": 50,
            "batch": 64, "seeds": 2, "quantity": "both", "dtype": "float32"
          }
        }
      ]
    }
    """#
}
