package dev.marvel.bundle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One stage: a fused chain of operators compiled into one action, run as one task per input
 * split or shuffle partition.
 *
 * @param id stable id used in paths and messages ({@code s1})
 * @param action OpenWhisk action name of this stage
 * @param jar action jar, relative to the bundle directory ({@code actions/s1.jar})
 * @param mainClass class with {@code public static JsonObject main(JsonObject)}
 * @param operators one-line summary for humans ({@code read text | explode | partial count})
 * @param spans where the stage's operators are in the DSL source, for error messages
 */
public record Stage(
    String id,
    String action,
    String jar,
    String mainClass,
    String operators,
    List<InputChannel> inputs,
    List<OutputChannel> outputs,
    Parallelism parallelism,
    Limits limits,
    List<SourceSpan> spans) {

  public Stage {
    id = Require.text(id, "id");
    action = Require.text(action, "action");
    jar = Require.text(jar, "jar");
    mainClass = Require.text(mainClass, "mainClass");
    operators = Require.text(operators, "operators");
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    parallelism = parallelism == null ? Parallelism.NONE : parallelism;
    limits = limits == null ? Limits.DEFAULT : limits;
    spans = List.copyOf(spans);
  }

  /** Ids of the stages whose shuffle or broadcast output this stage reads, in input order. */
  public Set<String> producers() {
    Set<String> ids = new LinkedHashSet<>();
    for (InputChannel in : inputs) {
      in.upstream().ifPresent(ids::add);
    }
    return ids;
  }

  /**
   * The shuffle or broadcast output whose partitions start at {@code partition} of this stage's
   * map output: its shuffle and broadcast outputs take consecutive ranges, in output order (a
   * broadcast one partition), as the compiler lays them out.
   */
  public Optional<OutputChannel> mapOutputAt(int partition) {
    int first = 0;
    for (OutputChannel out : outputs) {
      if (out instanceof OutputChannel.ToSink) {
        continue;
      }
      if (first == partition) {
        return Optional.of(out);
      }
      first += out instanceof OutputChannel.Shuffle s ? s.partitions() : 1;
    }
    return Optional.empty();
  }

  /** Where this stage starts in the DSL source, or empty when the compiler recorded no span. */
  public Optional<SourceSpan> firstSpan() {
    return spans.stream().findFirst();
  }
}
