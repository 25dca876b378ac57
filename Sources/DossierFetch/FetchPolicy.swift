import DossierCore

/// The limits every fetch obeys, so that one bad server can neither hang a build nor fill its memory.
public struct FetchPolicy: Sendable, Equatable {
    public var maximumRedirects: Int
    /// Seconds for the whole exchange, from connecting to the last byte.
    public var timeout: Double
    /// Bytes of body after decompression.
    public var maximumBytes: Int
    /// Pages fetched at the same time.
    public var concurrentFetches: Int
    public var userAgent: String

    public init(maximumRedirects: Int = 5, timeout: Double = 30, maximumBytes: Int = 20 * 1_048_576,
                concurrentFetches: Int = 4, userAgent: String = FetchPolicy.defaultUserAgent) {
        self.maximumRedirects = maximumRedirects
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.concurrentFetches = max(1, concurrentFetches)
        self.userAgent = userAgent
    }

    /// Names the program and its version, so that site owners can see who reads their pages.
    public static let defaultUserAgent = "Dossier/\(DossierVersion.current) (briefing packet builder)"
}
