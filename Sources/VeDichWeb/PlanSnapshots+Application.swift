import Vapor
import VeDichStore

/// The plan snapshots this server keeps between requests (see `PlanSnapshots`): data only,
/// never anything about the person asking, which every page renders per request.
struct PlanSnapshotsKey: StorageKey {
    typealias Value = PlanSnapshots
}

extension Application {
    var planSnapshots: PlanSnapshots? { storage[PlanSnapshotsKey.self] }
}
