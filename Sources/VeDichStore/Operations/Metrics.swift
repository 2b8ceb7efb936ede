import Synchronization

// What `/metrics` shows, counted where it happens. Plain atomics with relaxed ordering: a request
// pays a few uncontended adds, never a lock; a scrape reads counts that may be a moment apart,
// which Prometheus tolerates.

/// A count that only grows, or a gauge that goes up and down.
public final class MetricCounter: Sendable {
    private let value = Atomic<Int>(0)

    public init() {}

    public func add(_ amount: Int = 1) { value.wrappingAdd(amount, ordering: .relaxed) }
    public var current: Int { value.load(ordering: .relaxed) }
}

/// Durations in fixed buckets (seconds), as a Prometheus histogram.
public final class MetricHistogram: @unchecked Sendable {
    /// From a cached page (about a millisecond) to a PDF conversion (seconds).
    public static let bounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    // One atomic per bucket (the last for above every bound), allocated once and never moved.
    private let counts: UnsafeMutablePointer<Atomic<Int>>
    private let nanoseconds = Atomic<Int>(0)

    public init() {
        counts = .allocate(capacity: Self.bounds.count + 1)
        for index in 0...Self.bounds.count { (counts + index).initialize(to: Atomic(0)) }
    }

    deinit {
        counts.deinitialize(count: Self.bounds.count + 1)
        counts.deallocate()
    }

    public func record(_ duration: Duration) {
        let parts = duration.components
        let nanos = Int(parts.seconds) * 1_000_000_000 + Int(parts.attoseconds / 1_000_000_000)
        let seconds = Double(nanos) / 1_000_000_000
        var index = 0
        while index < Self.bounds.count, seconds > Self.bounds[index] { index += 1 }
        counts[index].wrappingAdd(1, ordering: .relaxed)
        nanoseconds.wrappingAdd(nanos, ordering: .relaxed)
    }

    /// Times `body` into the histogram, also when it throws.
    public func time<T>(_ body: () async throws -> T) async rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { record(clock.now - start) }
        return try await body()
    }

    /// Cumulative counts per bound (the last is +Inf, the total), and the sum in seconds.
    public var reading: (cumulative: [Int], sum: Double) {
        var running = 0
        var cumulative: [Int] = []
        for index in 0...Self.bounds.count {
            running += counts[index].load(ordering: .relaxed)
            cumulative.append(running)
        }
        return (cumulative, Double(nanoseconds.load(ordering: .relaxed)) / 1_000_000_000)
    }
}

/// What the store counts for `/metrics`, process-wide (every server of the process shares one
/// database pool per engine anyway).
public enum StoreMetrics {
    /// Time inside write transactions, waiting for the writer queue included: the database time of writes.
    public static let writeSeconds = MetricHistogram()
    /// Writes waiting for their turn or running now.
    public static let writesInLine = MetricCounter()
    /// Reads of a plan's rows to build its snapshot (the database time of pages on a miss).
    public static let snapshotReadSeconds = MetricHistogram()
    /// Asks for a plan's snapshot, and those answered by building it (anew or brought up to date).
    public static let snapshotRequests = MetricCounter()
    public static let snapshotBuilds = MetricCounter()
}
