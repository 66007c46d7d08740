package dev.marvel.bench.reference;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BDB Q1 by hand, single threaded: {@code SELECT pageURL, pageRank FROM rankings WHERE pageRank > X}.
 * Each line's bytes go straight to the output when the rank passes; nothing is decoded to text.
 *
 * <p>Usage: {@code ScanByHand RANKINGS OUTPUT_DIR X}; writes {@code OUTPUT_DIR/part-00000}.
 */
public final class ScanByHand {
  private ScanByHand() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ScanByHand RANKINGS OUTPUT_DIR X");
      System.exit(2);
    }
    int x = Integer.parseInt(args[2]);
    Path output = Files.createDirectories(Path.of(args[1]));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output.resolve("part-00000")), 1 << 16)) {
      LineScanner.scan(InputFiles.list(Path.of(args[0])), (buf, start, end) -> {
        int url = LineScanner.comma(buf, start, end, 0);
        int rank = LineScanner.comma(buf, url + 1, end, 0);
        if (LineScanner.parseInt(buf, url + 1, rank) > x) {
          buf[url] = '\t';
          out.write(buf, start, rank - start);
          out.write('\n');
          buf[url] = ',';
        }
      });
    }
  }
}
