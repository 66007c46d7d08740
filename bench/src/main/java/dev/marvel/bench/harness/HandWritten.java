package dev.marvel.bench.harness;

import dev.marvel.bench.reference.FastGrep;
import dev.marvel.bench.reference.FastWordCount;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The single-threaded hand-written references: the "near the limit" baseline. */
public final class HandWritten implements BenchSystem {

  @Override
  public String name() {
    return "hand-written";
  }

  @Override
  public boolean supports(Workload w) {
    return !w.job().isBdb();
  }

  @Override
  public List<String> command(Workload w, Path output) {
    return switch (w.job()) {
      case BDB_SCAN, BDB_AGGREGATION, BDB_JOIN -> throw new IllegalArgumentException("no hand-written " + w.label());
      case WORDCOUNT -> JavaCommand.of("1g", FastWordCount.class.getName(), w.input().toString(), output.toString());
      case GREP -> JavaCommand.of("1g", FastGrep.class.getName(), w.input().toString(), output.toString(),
          w.parameter().orElseThrow());
    };
  }

  @Override
  public Answer result(Workload w, Path output) throws IOException {
    return Answer.ofCounts(Results.keyCounts(output, false));
  }
}
