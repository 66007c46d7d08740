package dev.marvel.cli;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.PipelineParameter;
import dev.marvel.ast.Expr;
import dev.marvel.ast.Statement;
import dev.marvel.runtime.io.SplitPlanner;
import dev.marvel.runtime.io.SplitSizing;
import dev.marvel.types.Type;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;

/**
 * Bytes behind each {@code path} parameter that names existing input, measured when compiling
 * for a run: the planner then broadcasts a small join side and sizes shuffles by the data
 * (PlanOptions' input size estimates, keyed by the path as the plan's sources name it). Outputs
 * ({@code write … to f(param)}) are never measured — whether an old output exists must not
 * change the plan or its cache key — and a path that does not exist is simply unknown.
 */
final class InputSizes {
  private InputSizes() {}

  /** The values of {@code path} parameters that are not outputs: the inputs to measure. */
  static List<String> inputs(AnalyzedPipeline pipeline, Map<String, String> values) {
    Set<String> outputs = new HashSet<>();
    for (Statement.Write sink : pipeline.sinks()) {
      if (sink.format().path() instanceof Expr.Name name && name.qualifier().isEmpty()) {
        outputs.add(name.name().name());
      }
    }
    List<String> inputs = new ArrayList<>();
    for (PipelineParameter p : pipeline.parameters()) {
      String path = values.get(p.name());
      if (path != null && p.type() == Type.Scalar.PATH && !outputs.contains(p.name())) {
        inputs.add(path);
      }
    }
    return inputs;
  }

  /** The bytes under each path that can be listed; one that cannot is left out, unknown. */
  static SortedMap<String, Long> measure(List<String> paths, Configuration conf) {
    SortedMap<String, Long> sizes = new TreeMap<>();
    SplitPlanner files = new SplitPlanner(conf, SplitSizing.BLOCKS);
    for (String path : paths) {
      try {
        long bytes = 0;
        for (FileStatus file : files.listFiles(List.of(path))) {
          bytes += file.getLen();
        }
        sizes.put(path, bytes);
      } catch (IOException e) {
        // Missing or unreadable: unknown size; the run itself reports a missing input clearly.
      }
    }
    return sizes;
  }
}
