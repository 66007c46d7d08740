package dev.marvel.runtime.ignite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.cache.Cache;
import org.apache.ignite.DataRegionMetrics;
import org.apache.ignite.Ignite;
import org.apache.ignite.IgniteCache;
import org.apache.ignite.cache.CacheAtomicityMode;
import org.apache.ignite.cache.CacheMode;
import org.apache.ignite.cache.query.QueryCursor;
import org.apache.ignite.cache.query.ScanQuery;
import org.apache.ignite.configuration.CacheConfiguration;
import org.apache.ignite.configuration.DataRegionConfiguration;
import org.apache.ignite.configuration.DataStorageConfiguration;

/** {@link IgniteConnection} through a node of this JVM (server or client node). */
final class NodeConnection implements IgniteConnection {
  private final Ignite ignite;

  NodeConnection(Ignite ignite) {
    this.ignite = ignite;
  }

  @Override
  public <K, V> KeyValueCache<K, V> cache(CacheSpec spec) {
    CacheConfiguration<K, V> config = new CacheConfiguration<K, V>(spec.name())
        .setCacheMode(CacheMode.PARTITIONED)
        .setAtomicityMode(CacheAtomicityMode.ATOMIC)
        .setBackups(spec.backups())
        .setGroupName(spec.group())
        .setDataRegionName(spec.dataRegion());
    return new NodeCache<>(ignite.getOrCreateCache(config));
  }

  @Override
  public void destroyCache(String name) {
    ignite.destroyCache(name);
  }

  @Override
  public Collection<String> cacheNames() {
    return ignite.cacheNames();
  }

  @Override
  public Optional<RegionUsage> regionUsage(String region) {
    DataRegionMetrics metrics = ignite.dataRegionMetrics(region);
    DataStorageConfiguration storage = ignite.configuration().getDataStorageConfiguration();
    if (metrics == null || storage == null) {
      return Optional.empty();
    }
    // The metrics' off-heap size is what the region has allocated so far, not its maximum.
    List<DataRegionConfiguration> regions = new ArrayList<>();
    regions.add(storage.getDefaultDataRegionConfiguration());
    if (storage.getDataRegionConfigurations() != null) {
      regions.addAll(Arrays.asList(storage.getDataRegionConfigurations()));
    }
    return regions.stream()
        .filter(config -> config.getName().equals(region))
        .findFirst()
        .map(config -> new RegionUsage(metrics.getTotalUsedSize(), config.getMaxSize()));
  }

  @Override
  public void close() {
    // The node belongs to whoever started it.
  }

  private record NodeCache<K, V>(IgniteCache<K, V> cache) implements KeyValueCache<K, V> {
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
