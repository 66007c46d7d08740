package dev.marvel.codegen;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.Limits;
import dev.marvel.bundle.OutputChannel;
import dev.marvel.bundle.Parallelism;
import dev.marvel.bundle.Partitioning;
import dev.marvel.bundle.Plan;
import dev.marvel.bundle.Sink;
import dev.marvel.bundle.SourceSpan;
import dev.marvel.bundle.Stage;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Distinct;
import dev.marvel.plan.Filter;
import dev.marvel.plan.FlatMap;
import dev.marvel.plan.Join;
import dev.marvel.plan.Limit;
import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.Sort;
import dev.marvel.plan.Source;
import dev.marvel.plan.TopK;
import dev.marvel.plan.Union;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import dev.marvel.stages.StagePlan;
import dev.marvel.types.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The bundle's {@code plan.json} model of a stage plan: stages with their action, jar and main
 * class, channels, width hints, limits and source spans, and one sink per {@code write}. Sink ids
 * are the written datasets' names ({@code counts}), numbered when a dataset is written twice.
 */
public final class BundlePlan {
  /** Bytes per input split the planner aims at: HDFS's default block size. */
  public static final long SPLIT_SIZE = 128L << 20;
  /** At most this many map tasks of a stage run at once (OpenWhisk's default concurrency is 30 per namespace). */
  public static final int MAX_MAP_TASKS = 64;

  private final StagePlan stages;
  private final SourceFile file;
  private final String packageName;
  private final Map<dev.marvel.plan.Sink, String> sinkIds = new IdentityHashMap<>();
  private final List<Sink> sinks = new ArrayList<>();

  public BundlePlan(StagePlan stages, SourceFile file, String packageName) {
    this.stages = stages;
    this.file = file;
    this.packageName = packageName;
    for (dev.marvel.stages.Stage s : stages.stages()) {
      for (dev.marvel.stages.OutputChannel out : s.outputs()) {
        if (out instanceof dev.marvel.stages.OutputChannel.Write w && !sinkIds.containsKey(w.sink())) {
          dev.marvel.plan.Sink sink = w.sink();
          String id = sink.dataset();
          for (int n = 2; taken(id); n++) {
            id = sink.dataset() + "-" + n;
          }
          sinkIds.put(sink, id);
          sinks.add(new Sink(id, sink.format().display(), sink.path(), sink.options()));
        }
      }
    }
  }

  private boolean taken(String id) {
    return sinks.stream().anyMatch(s -> s.id().equals(id));
  }

  /** The id of {@code sink} in the plan, which the payload's sink outputs name. */
  public String sinkId(dev.marvel.plan.Sink sink) {
    return sinkIds.get(sink);
  }

  /** {@code file:line:col} of a span in the source. */
  public String location(Span span) {
    return fileName() + ":" + file.line(span.start()) + ":" + file.column(span.start());
  }

  public Plan plan(Map<String, Object> parameters) {
    SortedMap<String, String> params = new TreeMap<>();
    parameters.forEach((k, v) -> params.put(k, v instanceof LocalDate d ? d.toString() : String.valueOf(v)));
    List<Stage> out = new ArrayList<>();
    for (dev.marvel.stages.Stage s : stages.stages()) {
      out.add(stage(s));
    }
    return new Plan(Plan.FORMAT_VERSION, stages.pipeline(), params, out, sinks);
  }

  /** OpenWhisk action name of a stage: {@code wordcount-s1}. */
  public String actionName(dev.marvel.stages.Stage s) {
    return stages.pipeline() + "-" + s.id();
  }

  private Stage stage(dev.marvel.stages.Stage s) {
    List<InputChannel> inputs = new ArrayList<>();
    List<SourceSpan> spans = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (dev.marvel.stages.InputChannel in : s.inputs()) {
      if (in instanceof dev.marvel.stages.InputChannel.Splits sp) {
        Source src = sp.source();
        inputs.add(new InputChannel.Splits(List.of(src.path()), src.format().display(), SPLIT_SIZE, src.options()));
        spans.add(span("read", src.span()));
        summary.add("read " + src.format().display());
      } else if (in instanceof dev.marvel.stages.InputChannel.ShufflePartition p) {
        inputs.add(new InputChannel.Shuffle(p.fromStage(), p.partitioning().partitions(),
            p.partitioning() instanceof dev.marvel.stages.Partitioning.Range ? Partitioning.RANGE : Partitioning.HASH,
            keyText(p.partitioning(), p.rows().schema()), stages.firstPartition(in)));
      } else if (in instanceof dev.marvel.stages.InputChannel.Broadcast b) {
        inputs.add(new InputChannel.Broadcast(b.fromStage(), stages.firstPartition(in)));
      } else if (in instanceof dev.marvel.stages.InputChannel.RangeBoundaries r) {
        // The sampled sort keys travel as the sample stage's broadcast.
        inputs.add(new InputChannel.Broadcast(r.fromStage(), stages.firstPartition(in)));
      }
    }
    for (PlanNode op : s.operators()) {
      spans.add(span(word(op), op.span()));
      summary.add(describe(op));
    }
    List<OutputChannel> outputs = new ArrayList<>();
    for (dev.marvel.stages.OutputChannel o : s.outputs()) {
      if (o instanceof dev.marvel.stages.OutputChannel.Shuffle sh) {
        outputs.add(new OutputChannel.Shuffle(sh.partitioning().partitions(), sh.combiner().isPresent()));
        sh.combiner().ifPresent(c -> {
          spans.add(span(word(c), c.span()));
          summary.add(describe(c));
        });
      } else if (o instanceof dev.marvel.stages.OutputChannel.Broadcast
          || o instanceof dev.marvel.stages.OutputChannel.RangeBoundaries) {
        outputs.add(new OutputChannel.Broadcast());
      } else if (o instanceof dev.marvel.stages.OutputChannel.Write w) {
        outputs.add(new OutputChannel.ToSink(sinkIds.get(w.sink())));
        spans.add(span("write", w.sink().span()));
        summary.add("write " + w.sink().format().display());
      }
    }
    Parallelism width = s.parallelism() instanceof dev.marvel.stages.Parallelism.Fixed f
        ? new Parallelism(f.tasks(), f.tasks()) : new Parallelism(0, MAX_MAP_TASKS);
    return new Stage(s.id(), actionName(s), "actions/" + s.id() + ".jar",
        packageName + "." + StageGenerator.className(s), summary.isEmpty() ? "pass" : String.join(" | ", summary),
        inputs, outputs, width, Limits.DEFAULT, spans);
  }

  private static String keyText(dev.marvel.stages.Partitioning p, Schema rows) {
    if (p instanceof dev.marvel.stages.Partitioning.Hash h) {
      return h.keys().stream().map(k -> rows.get(k).name() + ": " + rows.get(k).type().display())
          .collect(Collectors.joining(", "));
    }
    return p.display(rows);
  }

  private SourceSpan span(String operator, Span span) {
    return new SourceSpan(operator, fileName(), file.line(span.start()), file.column(span.start()));
  }

  /** The file's base name: the same bundle whatever directory it was compiled from. */
  private String fileName() {
    String name = file.name().replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static String word(PlanNode op) {
    if (op instanceof Filter) {
      return "where";
    }
    if (op instanceof Project) {
      return "select";
    }
    if (op instanceof FlatMap) {
      return "explode";
    }
    if (op instanceof Aggregate) {
      return "group";
    }
    if (op instanceof Join) {
      return "join";
    }
    if (op instanceof TopK || op instanceof Sort) {
      return "order";
    }
    if (op instanceof Limit) {
      return "limit";
    }
    if (op instanceof Distinct) {
      return "distinct";
    }
    if (op instanceof Union) {
      return "union";
    }
    return "write";
  }

  private static String describe(PlanNode op) {
    if (op instanceof Filter f) {
      return "where " + f.condition().display();
    }
    if (op instanceof Project p) {
      return "select " + p.outputs().stream().map(NamedExpr::name).collect(Collectors.joining(", "));
    }
    if (op instanceof FlatMap f) {
      return "explode " + f.name() + " = " + f.list().display();
    }
    if (op instanceof Aggregate a) {
      String keys = a.keys().stream().map(k -> a.input().schema().get(k).name()).collect(Collectors.joining(", "));
      String calls = a.calls().stream().map(c -> c.function().display()).collect(Collectors.joining(", "));
      return a.phase().display() + " " + calls + (keys.isEmpty() ? "" : " by " + keys);
    }
    if (op instanceof TopK t) {
      return t.phase().display() + " top " + t.limit();
    }
    if (op instanceof Limit l) {
      return "limit " + l.count();
    }
    return op.nodeName().toLowerCase(java.util.Locale.ROOT);
  }
}
