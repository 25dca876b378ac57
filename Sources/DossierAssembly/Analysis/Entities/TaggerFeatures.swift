/// The features the entity tagger reads, computed exactly as `scripts/train-tagger` computes them when it
/// trains: each feature is a template name and a value ("l-1=the"), hashed with 32-bit FNV-1a into one of
/// 2^20 buckets. Hashing the bytes as they stream keeps the strings from ever being built.
struct TaggerFeatures {
    static let bucketBits: UInt32 = 20

    /// One word of a sentence, with the forms the features read.
    struct Word {
        let text: String
        let lower: String
        let shape: String
        let isCapitalized: Bool

        init(_ text: String) {
            self.text = text
            lower = text.lowercased()
            shape = Self.shape(of: text)
            isCapitalized = text.unicodeScalars.first?.properties.isUppercase == true
        }

        /// "Xx", "X.X.", "d-d": each character's class, runs written once.
        static func shape(of word: String) -> String {
            var scalars = String.UnicodeScalarView()
            for scalar in word.unicodeScalars {
                let properties = scalar.properties
                let mark: Unicode.Scalar = properties.isUppercase ? "X" : properties.isLowercase ? "x"
                    : properties.numericType == .decimal ? "d" : scalar
                if scalars.last != mark { scalars.append(mark) }
            }
            return String(scalars)
        }
    }

    private struct Hasher {
        var value: UInt32 = 0x811C9DC5

        mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes { value = (value ^ UInt32(byte)) &* 0x0100_0193 }
        }

        var bucket: UInt32 { value & ((1 << TaggerFeatures.bucketBits) - 1) }
    }

    private static func bucket(_ template: StaticString, _ values: Substring...) -> UInt32 {
        var hasher = Hasher()
        hasher.add(UnsafeBufferPointer(start: template.utf8Start, count: template.utf8CodeUnitCount))
        for (index, value) in values.enumerated() {
            if index > 0 { hasher.add(CollectionOfOne(UInt8(ascii: "|"))) }
            hasher.add(value.utf8)
        }
        return hasher.bucket
    }

    /// What the lists say of each word of a sentence: "B" or "I" for a word inside a gazetteer place or a
    /// listed city, else empty; the form each word is looked up by.
    struct ListMarks {
        let places: [Substring]
        let cities: [Substring]
        let forms: [String]

        init(_ words: [Word], capsLine: Bool) {
            forms = words.map { capsLine ? Self.capitalized($0.text) : $0.text }
            places = Self.marks(forms) { Gazetteer.isPlaceName($0) }
            cities = Self.marks(forms) { NameLists.cities.contains($0) }
        }

        /// "LONDON" as "London": the first letter as written, the rest in lower case.
        static func capitalized(_ word: String) -> String {
            guard let first = word.unicodeScalars.first else { return word }
            return String(first) + String(word.unicodeScalars.dropFirst()).lowercased()
        }

        /// The longest listed name of up to four words at each capitalised word, marked "B" at its first word and "I" after.
        private static func marks(_ forms: [String], isListed: (String) -> Bool) -> [Substring] {
            var marks = [Substring](repeating: "", count: forms.count)
            var i = 0
            while i < forms.count {
                guard forms[i].unicodeScalars.first?.properties.isUppercase == true else { i += 1; continue }
                let matched = stride(from: min(4, forms.count - i), through: 1, by: -1).first { n in
                    isListed(TextShape.straighteningApostrophes(forms[i..<(i + n)].joined(separator: " ")))
                } ?? 0
                guard matched > 0 else { i += 1; continue }
                marks[i] = "B"
                for k in (i + 1)..<(i + matched) { marks[k] = "I" }
                i += matched
            }
            return marks
        }
    }

    /// The features of word `i` that do not depend on the tags before it.
    static func wordFeatures(_ words: [Word], _ i: Int, capsLine: Bool, lists: ListMarks,
                             lowerVocabulary: Set<String>) -> [UInt32] {
        let word = words[i]
        let lower = Substring(word.lower), shape = Substring(word.shape)
        func at(_ k: Int) -> Word? { words.indices.contains(k) ? words[k] : nil }
        func lowerAt(_ k: Int) -> Substring { at(k).map { Substring($0.lower) } ?? (k < 0 ? "<s>" : "</s>") }
        func textAt(_ k: Int) -> Substring { at(k).map { Substring($0.text) } ?? (k < 0 ? "<s>" : "</s>") }
        func shapeAt(_ k: Int) -> Substring { at(k).map { Substring($0.shape) } ?? Substring(Word.shape(of: k < 0 ? "<s>" : "</s>")) }
        let scalars = lower.unicodeScalars
        func prefix(_ n: Int) -> Substring { Substring(scalars.prefix(n)) }
        func suffix(_ n: Int) -> Substring { Substring(scalars.suffix(n)) }

        var features: [UInt32] = [
            bucket("b"), bucket("w=", Substring(word.text)), bucket("l=", lower), bucket("s=", shape),
            bucket("p2=", prefix(2)), bucket("p3=", prefix(3)),
            bucket("x2=", suffix(2)), bucket("x3=", suffix(3)), bucket("x4=", suffix(4)),
            bucket("l-1=", lowerAt(i - 1)), bucket("l-2=", lowerAt(i - 2)),
            bucket("l+1=", lowerAt(i + 1)), bucket("l+2=", lowerAt(i + 2)),
            bucket("w-1=", textAt(i - 1)), bucket("w+1=", textAt(i + 1)),
            bucket("s-1=", shapeAt(i - 1)), bucket("s+1=", shapeAt(i + 1)),
            bucket("l-1l=", lowerAt(i - 1), lower), bucket("ll+1=", lower, lowerAt(i + 1)),
            bucket("s-1s=", shapeAt(i - 1), shape, shapeAt(i + 1)),
        ]
        if i == 0 { features.append(bucket("first=", shape)) }
        if capsLine {
            features.append(bucket("caps=", shape))
            features.append(bucket("capsl=", lower))
        }
        if !lists.places[i].isEmpty {
            features.append(bucket("gz=", lists.places[i]))
            features.append(bucket("gzs=", Substring(lists.places[i] + shape)))
        }
        if !lists.cities[i].isEmpty {
            features.append(bucket("gc=", lists.cities[i]))
            features.append(bucket("gcs=", Substring(lists.cities[i] + shape)))
        }
        if NameLists.givenNames.contains(lists.forms[i]) { features.append(bucket("gn")) }
        if i > 0, NameLists.givenNames.contains(lists.forms[i - 1]) { features.append(bucket("gn-1")) }
        if NameLists.surnames.contains(lists.forms[i]) { features.append(bucket("sn")) }
        if word.isCapitalized, lowerVocabulary.contains(word.lower) {
            features.append(bucket("lc"))
            if i == 0 { features.append(bucket("lcfirst")) }
        }
        return features
    }

    /// The features of word `i` that read the two tags before it.
    static func tagFeatures(previous: Substring, beforePrevious: Substring, word: Word) -> [UInt32] {
        [bucket("t-1=", previous), bucket("t-2=", beforePrevious, previous),
         bucket("t-1l=", previous, Substring(word.lower)), bucket("t-1s=", previous, Substring(word.shape))]
    }

    /// A line in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER"): two words or more, none with a small letter.
    static func isCapsLine(_ words: [Word]) -> Bool {
        let lettered = words.filter { $0.text.unicodeScalars.contains { $0.properties.isAlphabetic } }
        return lettered.count >= 2 && lettered.allSatisfy { !$0.text.unicodeScalars.contains { $0.properties.isLowercase } }
    }
}
