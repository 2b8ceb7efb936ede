import Foundation

/// A seeded random source (SplitMix64): the same seed gives the same sequence on every machine,
/// so `vedich generate --seed N` writes the same data twice. Not for secrets.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for one part of the data (a province, a table), so adding rows to one
    /// part never shifts the numbers of another.
    init(seed: UInt64, stream: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        state = seed ^ hash
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in [lower, upper).
    mutating func between(_ lower: Double, _ upper: Double) -> Double { lower + (upper - lower) * unit() }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Roughly normal (sum of uniforms), mean 0, standard deviation `sigma`.
    mutating func noise(_ sigma: Double) -> Double { (unit() + unit() + unit() + unit() - 2) * sigma * 1.732 }
}

/// Row ids that are the same for the same seed and grow in insertion order (a counter in the low
/// bytes), so the primary-key index of a large table is appended to rather than split at random.
struct SequentialIDs {
    private let prefix: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
    private var counter: UInt64 = 0

    init(seed: UInt64, table: String) {
        var random = SeededRandom(seed: seed, stream: "ids:" + table)
        let bits = random.next()
        prefix = (UInt8(truncatingIfNeeded: bits >> 56), UInt8(truncatingIfNeeded: bits >> 48), UInt8(truncatingIfNeeded: bits >> 40),
                  UInt8(truncatingIfNeeded: bits >> 32), UInt8(truncatingIfNeeded: bits >> 24), UInt8(truncatingIfNeeded: bits >> 16))
    }

    /// The next id: version 4 and RFC 4122 variant bits set, so every tool reads it as a UUID.
    mutating func next() -> UUID {
        counter += 1
        let c = counter
        return UUID(uuid: (prefix.0, prefix.1, prefix.2, prefix.3, prefix.4, prefix.5, 0x40, 0x00,
                           0x80, UInt8(truncatingIfNeeded: c >> 48), UInt8(truncatingIfNeeded: c >> 40), UInt8(truncatingIfNeeded: c >> 32),
                           UInt8(truncatingIfNeeded: c >> 24), UInt8(truncatingIfNeeded: c >> 16), UInt8(truncatingIfNeeded: c >> 8),
                           UInt8(truncatingIfNeeded: c)))
    }
}
