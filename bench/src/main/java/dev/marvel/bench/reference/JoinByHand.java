package dev.marvel.bench.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * BDB Q3 by hand, single threaded: the source IP with the most ad revenue from visits between two
 * dates (inclusive), joined on {@code pageURL = destURL}, with the average rank of the pages it
 * visited. Rankings are indexed by URL in memory (a hash join with rankings as the build side);
 * visit dates are compared as ISO text, so only the visits in range are looked up.
 *
 * <p>Usage: {@code JoinByHand RANKINGS USERVISITS OUTPUT_DIR START END}; writes
 * {@code OUTPUT_DIR/part-00000}: {@code sourceIP<TAB>totalRevenue<TAB>avgPageRank}, or nothing
 * when no visit joins.
 */
public final class JoinByHand {
  private JoinByHand() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: JoinByHand RANKINGS USERVISITS OUTPUT_DIR START END");
      System.exit(2);
    }
    byte[] from = args[3].getBytes(StandardCharsets.US_ASCII);
    byte[] to = args[4].getBytes(StandardCharsets.US_ASCII);
    ByteKeyIndex urls = new ByteKeyIndex();
    int[][] ranks = {new int[1 << 16]};
    LineScanner.scan(InputFiles.list(Path.of(args[0])), (buf, start, end) -> {
      int url = LineScanner.comma(buf, start, end, 0);
      int id = urls.add(buf, start, url);
      if (id == ranks[0].length) {
        ranks[0] = Arrays.copyOf(ranks[0], id * 2);
      }
      ranks[0][id] = LineScanner.parseInt(buf, url + 1, LineScanner.comma(buf, url + 1, end, 0));
    });
    ByteKeyIndex ips = new ByteKeyIndex();
    double[][] revenue = {new double[1 << 12]};
    double[][] rankSum = {new double[1 << 12]};
    long[][] visits = {new long[1 << 12]};
    LineScanner.scan(InputFiles.list(Path.of(args[1])), (buf, start, end) -> {
      int ip = LineScanner.comma(buf, start, end, 0);
      int dest = LineScanner.comma(buf, ip + 1, end, 0);
      int date = LineScanner.comma(buf, dest + 1, end, 0);
      if (Arrays.compare(buf, dest + 1, date, from, 0, from.length) < 0
          || Arrays.compare(buf, dest + 1, date, to, 0, to.length) > 0) {
        return;
      }
      int page = urls.get(buf, ip + 1, dest);
      if (page < 0) {
        return;
      }
      int id = ips.add(buf, start, ip);
      if (id == visits[0].length) {
        revenue[0] = Arrays.copyOf(revenue[0], id * 2);
        rankSum[0] = Arrays.copyOf(rankSum[0], id * 2);
        visits[0] = Arrays.copyOf(visits[0], id * 2);
      }
      revenue[0][id] += LineScanner.parseDouble(buf, date + 1, LineScanner.comma(buf, date + 1, end, 0));
      rankSum[0][id] += ranks[0][page];
      visits[0][id]++;
    });
    int best = -1;
    for (int id = 0; id < ips.size(); id++) {
      if (best < 0 || revenue[0][id] > revenue[0][best]) {
        best = id;
      }
    }
    Path output = Files.createDirectories(Path.of(args[2]));
    String row = best < 0 ? ""
        : ips.key(best) + "\t" + revenue[0][best] + "\t" + rankSum[0][best] / visits[0][best] + "\n";
    Files.writeString(output.resolve("part-00000"), row, StandardCharsets.UTF_8);
  }
}
