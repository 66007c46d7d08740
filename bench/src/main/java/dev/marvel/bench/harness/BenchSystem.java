package dev.marvel.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A system under measurement: how to run a workload as a process, and how to read its result. */
public interface BenchSystem {

  String name();

  boolean supports(Workload w);

  /** The command line that runs {@code w}, writing its result under {@code output} (which does not exist yet). */
  List<String> command(Workload w, Path output);

  /** The result in canonical form, normalized so that every system's answer compares equal. */
  Answer result(Workload w, Path output) throws IOException;

  /** Whether the first run does one-time work later runs skip (Marvel compiles into its bundle cache). */
  default boolean warmsUp() {
    return false;
  }
}
