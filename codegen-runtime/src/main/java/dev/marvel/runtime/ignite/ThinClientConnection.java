package dev.marvel.runtime.ignite;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.cache.Cache;
import org.apache.ignite.cache.CacheAtomicityMode;
import org.apache.ignite.cache.CacheMode;
import org.apache.ignite.cache.query.QueryCursor;
import org.apache.ignite.cache.query.ScanQuery;
import org.apache.ignite.client.ClientCache;
import org.apache.ignite.client.ClientCacheConfiguration;
import org.apache.ignite.client.IgniteClient;

/** {@link IgniteConnection} over Ignite's thin-client protocol (see the interface for why). */
final class ThinClientConnection implements IgniteConnection {
  private final IgniteClient client;

  ThinClientConnection(IgniteClient client) {
    this.client = client;
  }

  @Override
  public <K, V> KeyValueCache<K, V> cache(CacheSpec spec) {
    ClientCacheConfiguration config = new ClientCacheConfiguration()
        .setName(spec.name())
        .setCacheMode(CacheMode.PARTITIONED)
        .setAtomicityMode(CacheAtomicityMode.ATOMIC)
        .setBackups(spec.backups())
        .setGroupName(spec.group())
        .setDataRegionName(spec.dataRegion());
    return new ThinCache<>(client.getOrCreateCache(config));
  }

  @Override
  public void destroyCache(String name) {
    // The thin protocol fails on a missing cache where a node's API does nothing; align them.
    if (client.cacheNames().contains(name)) {
      client.destroyCache(name);
    }
  }

  @Override
  public Collection<String> cacheNames() {
    return client.cacheNames();
  }

  @Override
  public Optional<RegionUsage> regionUsage(String region) {
    return Optional.empty();
  }

  @Override
  public void close() {
    client.close();
  }

  private record ThinCache<K, V>(ClientCache<K, V> cache) implements KeyValueCache<K, V> {
    @Override
    public V get(K key) {
      return cache.get(key);
    }

    @Override
    public Map<K, V> getAll(Set<K> keys) {
      return cache.getAll(keys);
    }

    @Override
    public void put(K key, V value) {
      cache.put(key, value);
    }

    @Override
    public void putAll(Map<K, V> entries) {
      cache.putAll(entries);
    }

    @Override
    public boolean putIfAbsent(K key, V value) {
      return cache.putIfAbsent(key, value);
    }

    @Override
    public boolean replace(K key, V expected, V value) {
      return cache.replace(key, expected, value);
    }

    @Override
    public void removeAll(Set<K> keys) {
      cache.removeAll(keys);
    }

    @Override
    public void forEach(BiConsumer<K, V> visitor) {
      try (QueryCursor<Cache.Entry<K, V>> cursor = cache.query(new ScanQuery<K, V>())) {
        for (Cache.Entry<K, V> entry : cursor) {
          visitor.accept(entry.getKey(), entry.getValue());
        }
      }
    }
  }
}
