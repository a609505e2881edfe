extension DefaultReport {
  /// Section 5: beyond the chapter.
  static let beyondSection = #"""
    {
      "id": "beyond-the-chapter",
      "title": "Beyond the chapter",
      "finding": "draft",
      "introduction": [
        "draft"
      ],
      "figures": [
        {
          "id": "relu-kaiming",
          "caption": "draft",
          "experiment": {
            "kind": "gain-comparison", "activation": "relu",
            "initializers": ["kaiming-normal", "xavier-uniform", "mxnet-default"],
            "width": 256, "depth": 50, "batch": 32, "seeds": 2
          }
        },
        {
          "id": "orthogonal-spectrum",
          "caption": "draft",
          "experiment": {
            "kind": "orthogonal-spectrum", "initializers": ["orthogonal", "xavier-normal"],
            "depths": [1, 8, 32], "width": 128
          }
        },
        {
          "id": "tanh-phase-diagram",
          "caption": "draft",
          "experiment": {
            "kind": "phase-diagram", "depths": [4, 8, 12, 16, 20, 24, 28, 32],
            "weight-variances": [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3],
            "width": 64, "batch": 32, "seeds": 1
          }
        },
        {
          "id": "depth-sweep",
          "caption": "draft",
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
