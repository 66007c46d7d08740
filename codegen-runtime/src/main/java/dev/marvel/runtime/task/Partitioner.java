package dev.marvel.runtime.task;

/**
 * Assigns a key to a shuffle partition by the MurmurHash3 (x86, 32-bit, seed 0) of its bytes: the
 * same on every JVM and every run, unlike {@code String.hashCode} of decoded objects, so map tasks
 * anywhere agree with each other and with a rerun.
 */
public final class Partitioner {
  private Partitioner() {}

  public static int partition(byte[] key, int offset, int length, int partitions) {
    return (murmur3(key, offset, length) & Integer.MAX_VALUE) % partitions;
  }

  public static int murmur3(byte[] data, int offset, int length) {
    final int c1 = 0xcc9e2d51;
    final int c2 = 0x1b873593;
    int h = 0;
    int blocks = length >>> 2;
    for (int i = 0; i < blocks; i++) {
      int p = offset + (i << 2);
      int k = (data[p] & 0xff) | (data[p + 1] & 0xff) << 8 | (data[p + 2] & 0xff) << 16 | (data[p + 3] & 0xff) << 24;
      k *= c1;
      k = Integer.rotateLeft(k, 15);
      k *= c2;
      h ^= k;
      h = Integer.rotateLeft(h, 13);
      h = h * 5 + 0xe6546b64;
    }
    int tail = offset + (blocks << 2);
    int k = 0;
    switch (length & 3) {
      case 3:
        k ^= (data[tail + 2] & 0xff) << 16;
        // fall through
      case 2:
        k ^= (data[tail + 1] & 0xff) << 8;
        // fall through
      case 1:
        k ^= data[tail] & 0xff;
        k *= c1;
        k = Integer.rotateLeft(k, 15);
        k *= c2;
        h ^= k;
        break;
      default:
        break;
    }
    h ^= length;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
