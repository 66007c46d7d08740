package dev.marvel.runtime.ignite;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The operations Marvel needs from an Ignite cache, identical for an embedded node and a thin
 * client, so shuffle and state code is written once. Keys and values must be types every Ignite
 * node understands without Marvel's classes (strings, boxed primitives, primitive arrays).
 */
public interface KeyValueCache<K, V> {
  V get(K key);

  /** Values of the keys that are present; absent keys are missing from the result. */
  Map<K, V> getAll(Set<K> keys);

  void put(K key, V value);

  void putAll(Map<K, V> entries);

  /** Atomically stores {@code value} unless the key is present; true if it stored. */
  boolean putIfAbsent(K key, V value);

  /** Atomically replaces {@code expected} by {@code value}; true if the key held {@code expected}. */
  boolean replace(K key, V expected, V value);

  void removeAll(Set<K> keys);

  /** Visits every entry once, in no particular order; callers sort what they show. */
  void forEach(BiConsumer<K, V> visitor);
}
