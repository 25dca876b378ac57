/// Which inputs are URLs, and getting their pages: from the cache when there, else from the network.
public struct WebInputs: Sendable {
    public var cache: FetchCache
    /// No network: a URL missing from the cache fails with ``FetchError/notCached(url:)``.
    public var offline: Bool
    public var fetcher: PageFetcher

    public init(cache: FetchCache, offline: Bool = false, policy: FetchPolicy = FetchPolicy()) {
        self.cache = cache
        self.offline = offline
        self.fetcher = PageFetcher(policy: policy)
    }

    /// An input is a URL when it starts with `http://` or `https://`; everything else is a path.
    public static func isURL(_ input: String) -> Bool {
        let lowered = input.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// One result per URL, in order. Cached pages are never fetched again; only successes are cached,
    /// so a failing URL is tried afresh on the next build.
    public func pages(for urls: [String]) -> [Result<CachedPage, FetchError>] {
        var results = urls.map { url in cache.lookup(url).map { Result<CachedPage, FetchError>.success($0) } }
        let missing = results.indices.filter { results[$0] == nil }
        guard !offline else {
            for index in missing { results[index] = .failure(.notCached(url: urls[index])) }
            return results.map { $0! }
        }
        // A URL given twice is fetched once.
        var unique: [String] = []
        for index in missing where !unique.contains(urls[index]) { unique.append(urls[index]) }
        let stored = Dictionary(uniqueKeysWithValues: zip(unique, fetcher.fetch(unique)).map { url, response in
            (url, response.flatMap { response in Result { () throws(FetchError) in try cache.store(response) } })
        })
        for index in missing { results[index] = stored[urls[index]] }
        // Each index was either found in the cache or is among the missing, all of which are now filled.
        return results.map { $0! }
    }
}
