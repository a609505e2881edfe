// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "InitLab",
  products: [
    .executable(name: "initlab", targets: ["initlab"]),
  ],
  targets: [
    .systemLibrary(
      name: "CBLAS",
      pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]
    ),
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "pangocairo",
      providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
    ),
    .target(name: "Analysis", dependencies: ["CBLAS"]),
    .target(name: "Plotting", dependencies: ["CCairo"]),
    .target(name: "Report", dependencies: ["Analysis", "Plotting"]),
    .target(name: "CLI", dependencies: ["Report", "Analysis"]),
    .executableTarget(name: "initlab", dependencies: ["CLI"]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis"]),
    .testTarget(
      name: "PlottingTests", dependencies: ["Plotting", "CCairo"], exclude: ["Goldens"]),
    .testTarget(
      name: "ReportTests", dependencies: ["Report", "Analysis", "Plotting"],
      exclude: ["Goldens"]),
    .testTarget(name: "CLITests", dependencies: ["CLI"]),
  ]
)
