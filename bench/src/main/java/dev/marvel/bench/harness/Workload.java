package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What is measured: a job, its input, and its parameter — Grep's pattern, or the X of BDB Q1
 * ({@code pageRank > X}) and Q2 ({@code SUBSTR(sourceIP, 1, X)}). A BDB job's input is a
 * directory holding {@code rankings/} and {@code uservisits/}, as {@code marvelc gen bdb} writes it.
 */
public record Workload(Job job, Path input, Optional<String> parameter) {

  public enum Job {
    WORDCOUNT, GREP, BDB_SCAN, BDB_AGGREGATION, BDB_JOIN;

    public boolean isBdb() {
      return this != WORDCOUNT && this != GREP;
    }
  }

  /** BDB Q1's threshold, as the sample's default: keeps about a quarter of the pages. */
  public static final String SCAN_THRESHOLD = "1000";
  /** BDB Q2's prefix length, as the sample's default. */
  public static final String AGGREGATION_PREFIX = "8";
  /** BDB Q3's visit dates (inclusive), as the sample's defaults: about 0.5 % of the visits. */
  public static final String JOIN_START = "1980-01-01";
  public static final String JOIN_END = "1980-04-01";

  public static Workload wordCount(Path input) {
    return new Workload(Job.WORDCOUNT, input, Optional.empty());
  }

  public static Workload grep(Path input, String pattern) {
    return new Workload(Job.GREP, input, Optional.of(pattern));
  }

  public static Workload bdbScan(Path bdb) {
    return new Workload(Job.BDB_SCAN, bdb, Optional.of(SCAN_THRESHOLD));
  }

  public static Workload bdbAggregation(Path bdb, int prefix) {
    return new Workload(Job.BDB_AGGREGATION, bdb, Optional.of(Integer.toString(prefix)));
  }

  public static Workload bdbJoin(Path bdb) {
    return new Workload(Job.BDB_JOIN, bdb, Optional.empty());
  }

  public Path rankings() {
    return input.resolve("rankings");
  }

  public Path uservisits() {
    return input.resolve("uservisits");
  }

  public String label() {
    return switch (job) {
      case WORDCOUNT -> "wordcount";
      case GREP -> "grep '" + parameter.orElseThrow() + "'";
      case BDB_SCAN -> "bdb-q1 pageRank > " + parameter.orElseThrow();
      case BDB_AGGREGATION -> "bdb-q2 X=" + parameter.orElseThrow();
      case BDB_JOIN -> "bdb-q3 " + JOIN_START + ".." + JOIN_END;
    };
  }

  /** A name for files of this workload: letters, digits and dashes. */
  public String slug() {
    String name = job.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return job.isBdb() ? name + parameter.map(p -> "-" + p).orElse("") : name;
  }

  /** The result columns that are sums or averages of doubles: Q2's total, Q3's revenue and average rank. */
  public Set<Integer> approximateColumns() {
    return switch (job) {
      case BDB_AGGREGATION -> Set.of(1);
      case BDB_JOIN -> Set.of(1, 2);
      default -> Set.of();
    };
  }

  /** The bytes the job reads: Q1 reads only rankings, Q2 only uservisits, Q3 both. */
  public long inputBytes() throws IOException {
    List<Path> read = switch (job) {
      case WORDCOUNT, GREP -> List.of(input);
      case BDB_SCAN -> List.of(rankings());
      case BDB_AGGREGATION -> List.of(uservisits());
      case BDB_JOIN -> List.of(rankings(), uservisits());
    };
    long bytes = 0;
    for (Path p : read) {
      try (Stream<Path> files = Files.walk(p)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          bytes += Files.size(f);
        }
      }
    }
    return bytes;
  }
}
