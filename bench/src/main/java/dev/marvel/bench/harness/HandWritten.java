package dev.marvel.bench.harness;

import dev.marvel.bench.reference.AggregationByHand;
import dev.marvel.bench.reference.FastGrep;
import dev.marvel.bench.reference.FastWordCount;
import dev.marvel.bench.reference.JoinByHand;
import dev.marvel.bench.reference.ScanByHand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The single-threaded hand-written references, one small program per job: the "near the limit" baseline. */
public final class HandWritten implements BenchSystem {

  @Override
  public String name() {
    return "hand-written";
  }

  @Override
  public boolean supports(Workload w) {
    return true;
  }

  @Override
  public List<String> command(Workload w, Path output) {
    return switch (w.job()) {
      case BDB_SCAN -> JavaCommand.of("1g", ScanByHand.class.getName(), w.rankings().toString(), output.toString(),
          w.parameter().orElseThrow());
      case BDB_AGGREGATION -> JavaCommand.of("1g", AggregationByHand.class.getName(), w.uservisits().toString(),
          output.toString(), w.parameter().orElseThrow());
      case BDB_JOIN -> JavaCommand.of("1g", JoinByHand.class.getName(), w.rankings().toString(),
          w.uservisits().toString(), output.toString(), Workload.JOIN_START, Workload.JOIN_END);
      case WORDCOUNT -> JavaCommand.of("1g", FastWordCount.class.getName(), w.input().toString(), output.toString());
      case GREP -> JavaCommand.of("1g", FastGrep.class.getName(), w.input().toString(), output.toString(),
          w.parameter().orElseThrow());
    };
  }

  @Override
  public Answer result(Workload w, Path output) throws IOException {
    return w.job().isBdb() ? Results.rows(w, output) : Answer.ofCounts(Results.keyCounts(output, false));
  }
}
