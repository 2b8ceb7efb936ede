/// A small seeded generator (SplitMix64): the same seed gives the same inputs on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The generator of input `index` of a run: each input can be made again on its own.
    static func forInput(_ index: Int, of target: FuzzTarget, runSeed: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: runSeed ^ (UInt64(FuzzTarget.allCases.firstIndex(of: target)!) &* 0x1000_0000_0001))
        for _ in 0..<2 { _ = mixer.next() }
        return SplitMix64(seed: mixer.next() ^ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
    }
}

/// Takes a corpus input and changes it one to five times: bytes flipped, inserted, removed,
/// repeated, spliced from another input or the dictionary, lines swapped, cut short.
struct Mutator {
    let corpus: Corpus

    func input(_ random: inout SplitMix64) -> [UInt8] {
        var bytes = corpus.inputs[Int(random.next() % UInt64(corpus.inputs.count))]
        let rounds = 1 + Int(random.next() % 5)
        for _ in 0..<rounds { mutate(&bytes, &random) }
        return bytes
    }

    private func position(in bytes: [UInt8], _ random: inout SplitMix64) -> Int {
        Int(random.next() % UInt64(bytes.count + 1))
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        switch random.next() % 10 {
        case 0 where !bytes.isEmpty:
            bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
        case 1, 2:
            let word = corpus.dictionary[Int(random.next() % UInt64(corpus.dictionary.count))]
            bytes.insert(contentsOf: word, at: position(in: bytes, &random))
        case 3 where !bytes.isEmpty:
            let start = Int(random.next() % UInt64(bytes.count))
            let length = min(bytes.count - start, 1 + Int(random.next() % 16))
            bytes.removeSubrange(start..<(start + length))
        case 4 where !bytes.isEmpty:
            let start = Int(random.next() % UInt64(bytes.count))
            let length = min(bytes.count - start, 1 + Int(random.next() % 32))
            let repeats = 1 + Int(random.next() % 8)
            let piece = Array(bytes[start..<(start + length)])
            bytes.insert(contentsOf: Array(repeating: piece, count: repeats).joined(), at: start)
        case 5:
            let other = corpus.inputs[Int(random.next() % UInt64(corpus.inputs.count))]
            guard !other.isEmpty else { return }
            let start = Int(random.next() % UInt64(other.count))
            let length = min(other.count - start, 1 + Int(random.next() % 64))
            bytes.insert(contentsOf: other[start..<(start + length)], at: position(in: bytes, &random))
        case 6 where !bytes.isEmpty:
            bytes.removeSubrange(Int(random.next() % UInt64(bytes.count))...)
        case 7:
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            guard lines.count > 1 else { return }
            lines.swapAt(Int(random.next() % UInt64(lines.count)), Int(random.next() % UInt64(lines.count)))
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 8 where !bytes.isEmpty:
            // A digit where the parser expects one, to reach deeper than random bytes do.
            bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(ascii: "0") + UInt8(random.next() % 10)
        default:
            let word = corpus.dictionary[Int(random.next() % UInt64(corpus.dictionary.count))]
            bytes.append(contentsOf: word)
        }
        if bytes.count > 64 * 1024 { bytes.removeSubrange((64 * 1024)...) }
    }
}
