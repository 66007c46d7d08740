package dev.marvel.cli;

import dev.marvel.samples.gen.Generate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marvelc gen}: deterministic sample data, so every sample can be tried without a download. */
@Command(
    name = "gen",
    description = {
      "Generate deterministic sample data: a Zipf text corpus (wordcount, grep) or the Big Data",
      "Benchmark's rankings and uservisits tables (bdb-scan, bdb-aggregation, bdb-join).",
      "",
      "  marvelc gen text DIR --size SIZE [--seed N] [--files N]",
      "  marvelc gen bdb  DIR (--size SIZE | --rankings ROWS --uservisits ROWS) [--seed N] [--files N]",
      "",
      "SIZE like 1048576, 64MiB, 1.5GiB or 10MB; --seed defaults to 42, --files to 4.",
      "DIR must be missing or empty."},
    mixinStandardHelpOptions = true)
final class GenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARGS", description = "text|bdb, the directory and options, as above.")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    return Generate.run(args.toArray(String[]::new), spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
