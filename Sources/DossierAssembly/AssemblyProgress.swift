/// How far assembly has got, for a progress display: articles read so far, then the analysis.
public enum AssemblyProgress: Sendable, Equatable {
    /// `done` of `total` article files read (in no particular order: they are read on all cores).
    case read(done: Int, total: Int)
    /// Every article is read; the analysis of this many articles has begun.
    case analysing(articles: Int)
}
