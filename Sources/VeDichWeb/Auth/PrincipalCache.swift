import Foundation
import Vapor
import VeDichStore

/// Who a token belongs to, remembered for a moment so that a page does not pay a query to find
/// who asks: every request of a browser or API client carries the same token.
///
/// A change takes effect promptly:
/// - made through this server (log-out, a password change, any other write): every unsafe request
///   empties the cache when it ends, and a lookup that raced with it does not store what it read;
/// - made elsewhere (the `vedich user` command, another server on the same database): within
///   `lifetime` (one second), after which the token is looked up again;
/// - a token's own expiry is kept exactly.
/// Only tokens that were found are remembered, so unknown tokens cannot fill it.
/// Unchecked Sendable: the state is only touched under `lock`.
final class PrincipalCache: @unchecked Sendable {
    static let defaultLifetime: TimeInterval = 1
    static let capacity = 4096

    private struct Entry {
        var principal: Principal
        var until: Date
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    /// Counts the times the cache was emptied: a lookup started before one must not store.
    private var epoch = 0
    private var _lifetime: TimeInterval

    /// `lifetime` 0 remembers nothing: every request looks its token up.
    init(lifetime: TimeInterval = PrincipalCache.defaultLifetime) {
        _lifetime = lifetime
    }

    var lifetime: TimeInterval {
        get { lock.withLock { _lifetime } }
        set { lock.withLock { _lifetime = newValue } }
    }

    /// The remembered principal of a token, if still fresh.
    func principal(tokenHash: String, kind: TokenKind, now: Date = Date()) -> Principal? {
        lock.withLock {
            guard let entry = entries[Self.key(tokenHash, kind)], entry.until > now else { return nil }
            return entry.principal
        }
    }

    /// The epoch to hand back to `remember` once the lookup is done.
    var currentEpoch: Int { lock.withLock { epoch } }

    /// Remembers a principal read from the database, unless the cache was emptied meanwhile.
    func remember(_ principal: Principal, tokenHash: String, readAt epoch: Int, now: Date = Date()) {
        lock.withLock {
            let until = min(now.addingTimeInterval(_lifetime), principal.expiresAt ?? .distantFuture)
            guard epoch == self.epoch, until > now else { return }
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[Self.key(tokenHash, principal.tokenKind)] = Entry(principal: principal, until: until)
        }
    }

    /// Forgets everything: accounts or tokens may have changed.
    func removeAll() {
        lock.withLock {
            epoch += 1
            entries.removeAll()
        }
    }

    private static func key(_ tokenHash: String, _ kind: TokenKind) -> String { kind.rawValue + ":" + tokenHash }
}

struct PrincipalCacheKey: StorageKey {
    typealias Value = PrincipalCache
}

extension Application {
    /// Set by `configure`; a fresh one that remembers nothing if missing.
    var principalCache: PrincipalCache { storage[PrincipalCacheKey.self] ?? PrincipalCache(lifetime: 0) }
}
