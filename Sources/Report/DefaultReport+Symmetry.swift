extension DefaultReport {
  /// Section 2: breaking the symmetry between hidden units.
  static let symmetrySection = #"""
    {
      "id": "breaking-symmetry",
      "title": "Breaking symmetry",
      "finding": "From equal weights the 5 hidden units stay 1 distinct unit for all 200 SGD steps, from random weights they stay 5; linear and softmax regression reach the same loss from equal and random weights.",
      "introduction": [
        "The hidden units of a layer are interchangeable: permute them, together with their incoming and outgoing weights, and the network computes the same function. If they also start with the same weights, say every weight equal to a constant c, then every unit computes the same value on every input, receives the same gradient and takes the same step. After any number of minibatch SGD steps they are still copies of one another, and a layer of five units works like a layer of one. Breaking symmetry means starting the units apart, so that training can make them learn different things; drawing the weights at random does it.",
        "The first figure measures this on a 4 → 5 → 1 tanh network trained by minibatch SGD. After every step we compare the five units' parameters (incoming weights, bias, outgoing weight) exactly and count the distinct ones: 1 at every step from constant:value=0.5, 5 at every step from normal:sigma=0.5. The constant start still learns, its loss falls from 1.36 to 0.157, but only as a one-unit network; the random start ends lower, at 0.116. The chapter's exercise 1 asks where else such symmetry needs breaking: anywhere interchangeable parts start equal, such as the channels of a convolutional layer, the heads of an attention layer or the experts of a mixture. As the chapter notes, minibatch SGD never breaks it, while noise that differs between units, such as dropout, would.",
        "Exercise 2 asks whether linear regression or softmax regression may start with all weights equal. They may: neither has hidden units to keep apart. In linear regression the gradient of weight i is the mean of (ŷ − y) xᵢ, which differs between weights because the features differ; in softmax regression the gradient of class k's weights is the mean of (p_k − y_k) x, which differs between classes because the labels do. Both losses are convex, so every start leads to the same minimum. The second figure shows it: from constant:value=0.5 and from normal:sigma=1, linear regression ends at the same loss 0.00498 (the two differ by 2 × 10⁻¹⁸) and softmax regression at 0.637 (they differ by 4 × 10⁻⁶). The equal start of softmax regression even has a known loss: every class gets probability 1/3, so the cross-entropy starts at ln 3 ≈ 1.10."
      ],
      "figures": [
        {
          "id": "symmetry",
          "caption": "A 4 → 5 → 1 tanh network trained by minibatch SGD (batch 16, η = 0.1). Left: from constant:value=0.5 the weight from input 1 to each of the five hidden units; the five curves lie exactly on top of each other at every step. Middle: from normal:sigma=0.5 the five weights start apart and stay apart. Right: the number of distinct hidden units is 1 throughout under constant initialization and 5 under random initialization.",
          "experiment": {
            "kind": "symmetry", "inits": ["constant:value=0.5", "normal:sigma=0.5"],
            "steps": 200, "batch": 16, "learning-rate": 0.1
          }
        },
        {
          "id": "regression-exercise",
          "caption": "Full-batch gradient descent (η = 0.2) for linear regression (left, log axis) and softmax regression with 3 classes (right), from all-equal weights (constant:value=0.5) and from random weights (normal:sigma=1). The curves start apart and merge: both starts reach the same loss, linear regression within 20 steps and softmax regression within about 60. The all-equal softmax start sits exactly at ln 3 ≈ 1.10 (arrow), the loss of predicting 1/3 for every class.",
          "experiment": {
            "kind": "regression-exercise", "equal": "constant:value=0.5",
            "random": "normal:sigma=1", "steps": 300, "learning-rate": 0.2
          }
        }
      ]
    }
    """#
}
