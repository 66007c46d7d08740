package dev.marvel.bench.reference;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * BDB Q2 by hand, single threaded: {@code SELECT SUBSTR(sourceIP, 1, X), SUM(adRevenue) FROM
 * uservisits GROUP BY SUBSTR(sourceIP, 1, X)}. Prefixes are numbered by a byte-keyed index and
 * summed in a double array; revenue is parsed from the bytes.
 *
 * <p>Usage: {@code AggregationByHand USERVISITS OUTPUT_DIR X}; writes {@code OUTPUT_DIR/part-00000}.
 */
public final class AggregationByHand {
  private AggregationByHand() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: AggregationByHand USERVISITS OUTPUT_DIR X");
      System.exit(2);
    }
    int x = Integer.parseInt(args[2]);
    ByteKeyIndex prefixes = new ByteKeyIndex();
    double[][] sums = {new double[1 << 16]};
    LineScanner.scan(InputFiles.list(Path.of(args[0])), (buf, start, end) -> {
      int ip = LineScanner.comma(buf, start, end, 0);
      // The source IP is ASCII, so X characters are X bytes.
      int id = prefixes.add(buf, start, Math.min(ip, start + x));
      int revenue = LineScanner.comma(buf, ip + 1, end, 1);
      int revenueEnd = LineScanner.comma(buf, revenue + 1, end, 0);
      if (id == sums[0].length) {
        sums[0] = Arrays.copyOf(sums[0], id * 2);
      }
      sums[0][id] += LineScanner.parseDouble(buf, revenue + 1, revenueEnd);
    });
    Path output = Files.createDirectories(Path.of(args[1]));
    try (BufferedWriter out = Files.newBufferedWriter(output.resolve("part-00000"), StandardCharsets.UTF_8)) {
      for (int id = 0; id < prefixes.size(); id++) {
        out.write(prefixes.key(id) + "\t" + sums[0][id] + "\n");
      }
    }
  }
}
