import Testing
@testable import Report

@Test func probe() { #expect(true) }
