package dev.marvel.bench.harness;

import dev.marvel.bench.reference.H2Bdb;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The BDB queries in the benchmark's SQL on an in-memory H2 database in its own JVM, loading the
 * CSV tables it needs first ({@link H2Bdb}): an independent reference, and a general engine's
 * figure to set Marvel's against.
 */
public final class H2Reference implements BenchSystem {
  /**
   * H2 keeps the loaded tables in the heap: 256 MiB of BDB text peaked at 3.6–4.7 GiB resident
   * under this bound; 1 GiB of text would need more.
   */
  private static final String HEAP = "6g";

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public boolean supports(Workload w) {
    return w.job().isBdb();
  }

  @Override
  public List<String> command(Workload w, Path output) {
    String bdb = w.input().toString();
    String out = output.toString();
    return switch (w.job()) {
      case BDB_SCAN -> JavaCommand.of(HEAP, H2Bdb.class.getName(), "scan", bdb, out, w.parameter().orElseThrow());
      case BDB_AGGREGATION -> JavaCommand.of(HEAP, H2Bdb.class.getName(), "aggregation", bdb, out,
          w.parameter().orElseThrow());
      case BDB_JOIN -> JavaCommand.of(HEAP, H2Bdb.class.getName(), "join", bdb, out,
          Workload.JOIN_START, Workload.JOIN_END);
      case WORDCOUNT, GREP -> throw new IllegalArgumentException("h2 runs only the BDB queries, not " + w.label());
    };
  }

  @Override
  public Answer result(Workload w, Path output) throws IOException {
    return Results.rows(w, output);
  }
}
