package dev.marvel.runtime.io;

/**
 * How big splits are, by FileInputFormat's rule: {@code max(minSize, min(maxSize, blockSize))},
 * so by default one split per block, a smaller {@code maxSize} cuts blocks, a larger
 * {@code minSize} merges them.
 */
public record SplitSizing(long minSize, long maxSize) {
  /** One split per block. */
  public static final SplitSizing BLOCKS = new SplitSizing(1, Long.MAX_VALUE);

  /**
   * Hadoop lets the last split of a file be up to 10 % larger rather than leave a sliver
   * (FileInputFormat's SPLIT_SLOP).
   */
  static final double SLOP = 1.1;

  public SplitSizing {
    if (minSize < 1 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "split sizes need 1 <= min <= max, got min " + minSize + ", max " + maxSize);
    }
  }

  /** Splits of exactly {@code bytes} (except a file's last one), whatever the block size. */
  public static SplitSizing target(long bytes) {
    return new SplitSizing(bytes, bytes);
  }

  /** The split size for a file stored in blocks of {@code blockSize} bytes. */
  public long splitSize(long blockSize) {
    return Math.max(minSize, Math.min(maxSize, blockSize));
  }
}
