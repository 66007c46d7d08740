package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/** A system under measurement: how to run a workload as a process, and how to read its result. */
public interface BenchSystem {

  String name();

  boolean supports(Workload w);

  /** The command line that runs {@code w}, writing its result under {@code output} (which does not exist yet). */
  List<String> command(Workload w, Path output);

  /** The result as key → count, normalized so that every system's answer compares equal. */
  SortedMap<String, Long> result(Workload w, Path output) throws IOException;
}
