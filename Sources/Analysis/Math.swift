import Foundation

// Thin, non-generic wrappers so that files without `import Foundation` (and generic code
// through `NetworkScalar`) call the C library's double-precision functions explicitly.

@inline(__always) func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) func _exp(_ x: Double) -> Double { Foundation.exp(x) }
@inline(__always) func _sin(_ x: Double) -> Double { Foundation.sin(x) }
@inline(__always) func _cos(_ x: Double) -> Double { Foundation.cos(x) }
@inline(__always) func _tanh(_ x: Double) -> Double { Foundation.tanh(x) }
@inline(__always) func _erf(_ x: Double) -> Double { Foundation.erf(x) }
@inline(__always) func _log1p(_ x: Double) -> Double { Foundation.log1p(x) }
@inline(__always) func _expm1(_ x: Double) -> Double { Foundation.expm1(x) }
