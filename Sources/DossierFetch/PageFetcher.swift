import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches pages with URLSession under a ``FetchPolicy``: redirects counted and checked for loops,
/// bodies (gzip and deflate are decoded by URLSession) cut off at the size limit, each fetch bounded in time,
/// and at most `concurrentFetches` at once. Results come back in the order of the URLs.
public struct PageFetcher: Sendable {
    public var policy: FetchPolicy

    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
    }

    public func fetch(_ urls: [String]) -> [Result<FetchedResponse, FetchError>] {
        guard !urls.isEmpty else { return [] }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = policy.timeout
        configuration.timeoutIntervalForResource = policy.timeout
        configuration.httpMaximumConnectionsPerHost = policy.concurrentFetches
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let delegate = FetchDelegate(policy: policy)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }

        let results = ResultSlots(count: urls.count)
        let slots = DispatchSemaphore(value: policy.concurrentFetches)
        let group = DispatchGroup()
        for (index, url) in urls.enumerated() {
            guard let request = request(for: url) else {
                results.set(index, .failure(.invalidURL(url: url)))
                continue
            }
            slots.wait()
            group.enter()
            let task = session.dataTask(with: request)
            delegate.begin(task, requestedURL: url) { result in
                results.set(index, result)
                slots.signal()
                group.leave()
            }
            task.resume()
            // URLSession's own timeouts are idle timeouts; this one bounds a server that dribbles bytes forever.
            DispatchQueue.global().asyncAfter(deadline: .now() + policy.timeout + 0.5) { [weak task] in
                guard let task else { return }
                delegate.fail(task, .timedOut(url: url, seconds: policy.timeout))
            }
        }
        group.wait()
        return results.values
    }

    private func request(for url: String) -> URLRequest? {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = parsed.host, !host.isEmpty else { return nil }
        var request = URLRequest(url: parsed, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: policy.timeout)
        request.setValue(policy.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, "
                         + "application/json;q=0.9, text/plain;q=0.8, */*;q=0.5", forHTTPHeaderField: "Accept")
        return request
    }
}

/// Results written from URLSession's delegate queue and read once every fetch has finished.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<FetchedResponse, FetchError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<FetchedResponse, FetchError>) {
        lock.withLock { slots[index] = result }
    }

    var values: [Result<FetchedResponse, FetchError>] {
        // Every slot is set before the fetches' group is left, so none is nil here.
        lock.withLock { slots.map { $0! } }
    }
}
