package no.mila.dho.shared.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps what was read of rows that never change once written (a threshold version's limits, an approved plan's
 * advice), by id, for the hot path. Bounded: beyond the size, the least recently used entry goes. Thread-safe; a
 * value is read outside the lock, so two threads may read the same row once each.
 */
public final class ImmutableRowCache<V> {

    private final Map<UUID, V> entries;

    public ImmutableRowCache(int maxEntries) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, V> eldest) {
                return size() > maxEntries;
            }
        });
    }

    /** The cached value of {@code id}, or null. */
    public V get(UUID id) {
        return entries.get(id);
    }

    public void put(UUID id, V value) {
        entries.put(id, value);
    }
}
