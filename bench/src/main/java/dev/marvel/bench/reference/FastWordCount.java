package dev.marvel.bench.reference;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * The "near the limit" WordCount: what a careful engineer writes by hand for this one job, single
 * threaded. Words are maximal runs of ASCII letters, lower-cased (the wordcount sample's
 * definition). Bytes are scanned in 4 MiB blocks, words hashed while they are scanned and counted
 * in an open-addressing table over a byte arena: no object per word.
 *
 * <p>Usage: {@code FastWordCount INPUT OUTPUT} where INPUT is a file or a directory of files;
 * writes {@code word<TAB>count} lines sorted by word.
 */
public final class FastWordCount {

  private static final int BLOCK = 4 << 20;

  private FastWordCount() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: FastWordCount INPUT OUTPUT");
      System.exit(2);
    }
    ByteTable counts = count(InputFiles.list(Path.of(args[0])));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
      counts.writeSorted(out);
    }
  }

  /** Counts the words of the files, in order. */
  public static ByteTable count(List<Path> files) throws IOException {
    return count(files, BLOCK);
  }

  static ByteTable count(List<Path> files, int blockSize) throws IOException {
    ByteTable table = new ByteTable();
    ByteBuffer buffer = ByteBuffer.allocate(blockSize);
    byte[] buf = buffer.array();
    byte[] word = new byte[64];
    int len = 0;
    int hash = ByteTable.HASH_SEED;
    for (Path file : files) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        int n;
        while ((n = ch.read(buffer.clear())) >= 0) {
          for (int i = 0; i < n; i++) {
            int b = buf[i] | 0x20;
            if ((b - 'a' & 0xff) < 26) {
              if (len == word.length) {
                word = Arrays.copyOf(word, len * 2);
              }
              word[len++] = (byte) b;
              hash = (hash ^ b) * ByteTable.HASH_PRIME;
            } else if (len > 0) {
              table.add(word, 0, len, hash, 1);
              len = 0;
              hash = ByteTable.HASH_SEED;
            }
          }
        }
      }
      if (len > 0) {
        table.add(word, 0, len, hash, 1);
        len = 0;
        hash = ByteTable.HASH_SEED;
      }
    }
    return table;
  }
}
