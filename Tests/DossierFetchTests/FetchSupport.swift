@testable import DossierFetch
import Foundation
import TestSupport

/// A policy with limits small enough for tests to reach quickly.
let testPolicy = FetchPolicy(maximumRedirects: 5, timeout: 1, maximumBytes: 1_048_576, concurrentFetches: 4)

func fetchOne(_ url: String, policy: FetchPolicy = testPolicy) -> Result<FetchedResponse, FetchError> {
    PageFetcher(policy: policy).fetch([url])[0]
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}

func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: Fixtures().url(name)))
}
