import CTaggerModel
import DossierCore

/// A learned named-entity tagger: an averaged perceptron read greedily from left to right, trained by
/// `scripts/train-tagger` on CoNLL-2003 English and compiled into the binary (`CTaggerModel`). Each word
/// gets one of nine tags (outside, or the beginning or inside of a person, organisation, place or other
/// name); a tag may continue only a name of its own kind.
struct EntityTagger {
    enum Tag: Int, CaseIterable {
        case outside, beginPerson, insidePerson, beginOrganization, insideOrganization, beginPlace, insidePlace,
             beginOther, insideOther

        /// The tag's name in the training script's features.
        var name: Substring {
            switch self {
            case .outside: "O"
            case .beginPerson: "B-PER"
            case .insidePerson: "I-PER"
            case .beginOrganization: "B-ORG"
            case .insideOrganization: "I-ORG"
            case .beginPlace: "B-LOC"
            case .insidePlace: "I-LOC"
            case .beginOther: "B-MISC"
            case .insideOther: "I-MISC"
            }
        }

        var kind: EntityKind? {
            switch self {
            case .outside: nil
            case .beginPerson, .insidePerson: .person
            case .beginOrganization, .insideOrganization: .organization
            case .beginPlace, .insidePlace: .place
            case .beginOther, .insideOther: .other
            }
        }

        var isInside: Bool {
            switch self {
            case .insidePerson, .insideOrganization, .insidePlace, .insideOther: true
            case .outside, .beginPerson, .beginOrganization, .beginPlace, .beginOther: false
            }
        }
    }

    /// A name the tagger found: the words `range` of the sentence.
    struct Span: Equatable {
        let range: Range<Int>
        let kind: EntityKind
        /// How sure the tagger is: the least, over the span's words, of the best tag's lead over the next best.
        var margin: Int32 = .max
    }

    /// The weights, one row of nine per feature bucket that has any, read once from the compiled model.
    private struct Model {
        /// Per bucket: the first of its nine weights in `weights`, or -1 when it has none.
        let rowOfBucket: [Int32]
        let weights: [Int32]

        init(bytes: UnsafeRawBufferPointer) {
            let tagCount = UInt32(Tag.allCases.count)
            var rowOfBucket = [Int32](repeating: -1, count: 1 << TaggerFeatures.bucketBits)
            var weights: [Int32] = []
            var offset = 0
            while offset + 6 <= bytes.count {
                let key = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                let weight = Int16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: Int16.self))
                offset += 6
                let bucket = Int(key / tagCount)
                if rowOfBucket[bucket] < 0 {
                    rowOfBucket[bucket] = Int32(weights.count)
                    weights += repeatElement(0, count: Int(tagCount))
                }
                weights[Int(rowOfBucket[bucket]) + Int(key % tagCount)] = Int32(weight)
            }
            self.rowOfBucket = rowOfBucket
            self.weights = weights
        }

        func add(_ buckets: [UInt32], to scores: inout [Int32]) {
            for bucket in buckets {
                let row = Int(rowOfBucket[Int(bucket)])
                guard row >= 0 else { continue }
                for tag in 0..<scores.count { scores[tag] &+= weights[row + tag] }
            }
        }
    }

    private static let model: Model = {
        var length: UInt = 0
        let start = dossier_tagger_model(&length)!
        return Model(bytes: UnsafeRawBufferPointer(start: start, count: Int(length)))
    }()

    /// The number of weights compiled into the binary.
    static var weightCount: Int { model.weights.count }

    /// The tag of each word of one sentence. `lowerVocabulary`: the words the article writes in lower case.
    static func tags(_ texts: [String], lowerVocabulary: Set<String>) -> [Tag] {
        scoredTags(texts, lowerVocabulary: lowerVocabulary).map(\.tag)
    }

    /// Each word's tag and its lead over the next best tag that may follow the one before.
    static func scoredTags(_ texts: [String], lowerVocabulary: Set<String>) -> [(tag: Tag, margin: Int32)] {
        let words = texts.map(TaggerFeatures.Word.init)
        let capsLine = TaggerFeatures.isCapsLine(words)
        let lists = TaggerFeatures.ListMarks(words, capsLine: capsLine)
        var tags: [Tag] = []
        var margins: [Int32] = []
        tags.reserveCapacity(words.count)
        margins.reserveCapacity(words.count)
        var scores = [Int32](repeating: 0, count: Tag.allCases.count)
        for i in words.indices {
            for tag in scores.indices { scores[tag] = 0 }
            model.add(TaggerFeatures.wordFeatures(words, i, capsLine: capsLine, lists: lists,
                                                  lowerVocabulary: lowerVocabulary), to: &scores)
            let previous = tags.last
            model.add(TaggerFeatures.tagFeatures(previous: previous?.name ?? "<s>",
                                                 beforePrevious: tags.count > 1 ? tags[tags.count - 2].name : "<s>",
                                                 word: words[i]), to: &scores)
            // The best tag that may follow the one before; the first of equal scores, as the script decodes.
            var best = Tag.outside
            var bestScore = Int32.min
            var secondScore = Int32.min
            for tag in Tag.allCases where follows(previous, tag) {
                let score = scores[tag.rawValue]
                if score > bestScore {
                    secondScore = bestScore
                    best = tag
                    bestScore = score
                } else if score > secondScore {
                    secondScore = score
                }
            }
            tags.append(best)
            margins.append(bestScore &- secondScore)
        }
        return Array(zip(tags, margins))
    }

    /// The names of one sentence.
    static func spans(_ texts: [String], lowerVocabulary: Set<String>) -> [Span] {
        let scored = scoredTags(texts, lowerVocabulary: lowerVocabulary)
        return spans(of: scored.map(\.tag)).map { span in
            var sure = span
            sure.margin = scored[span.range].map(\.margin).min()!
            return sure
        }
    }

    static func spans(of tags: [Tag]) -> [Span] {
        var result: [Span] = []
        var start: Int? = nil
        for (i, tag) in tags.enumerated() where !tag.isInside {
            if let begun = start { result.append(Span(range: begun..<i, kind: tags[begun].kind!)) }
            start = tag.kind == nil ? nil : i
        }
        if let begun = start { result.append(Span(range: begun..<tags.count, kind: tags[begun].kind!)) }
        return result
    }

    private static func follows(_ previous: Tag?, _ tag: Tag) -> Bool {
        guard tag.isInside else { return true }
        return previous?.kind == tag.kind
    }
}
