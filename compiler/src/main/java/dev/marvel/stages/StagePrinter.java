package dev.marvel.stages;

import dev.marvel.plan.PlanNode;
import dev.marvel.plan.PlanPrinter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a stage plan as text: per stage its kind and parallelism, then each output channel with
 * the operator tree feeding it, down to the input channels ({@code ←}). Same node-line format as
 * {@link PlanPrinter}; a node feeding two outputs of a stage is labelled {@code #n} once.
 */
public final class StagePrinter {

  private final StringBuilder out = new StringBuilder();
  private Stage stage;
  private Map<PlanNode, Integer> uses;
  private Map<PlanNode, Integer> labels;
  private Set<PlanNode> operators;

  private StagePrinter() {}

  public static String print(StagePlan plan) {
    StagePrinter p = new StagePrinter();
    p.out.append("pipeline ").append(plan.pipeline()).append(": ").append(plan.stages().size())
        .append(plan.stages().size() == 1 ? " stage\n" : " stages\n");
    plan.stages().forEach(p::stage);
    return p.out.toString();
  }

  private void stage(Stage s) {
    stage = s;
    uses = new IdentityHashMap<>();
    labels = new IdentityHashMap<>();
    operators = Collections.newSetFromMap(new IdentityHashMap<>());
    operators.addAll(s.operators());
    s.operators().forEach(op -> op.inputs().forEach(in -> uses.merge(in, 1, Integer::sum)));
    s.outputs().forEach(o -> uses.merge(fed(o), 1, Integer::sum));
    out.append("stage ").append(s.id()).append(' ').append(s.kind().display()).append(", ")
        .append(s.parallelism().display()).append('\n');
    for (InputChannel in : s.inputs()) {
      if (in instanceof InputChannel.RangeBoundaries r) {
        out.append("  uses range boundaries ").append(r.channel()).append(" from ").append(r.fromStage()).append('\n');
      }
    }
    for (OutputChannel o : s.outputs()) {
      output(o);
    }
  }

  /** The node whose rows an output channel takes. */
  static PlanNode fed(OutputChannel o) {
    if (o instanceof OutputChannel.Shuffle sh) {
      return sh.producer();
    }
    if (o instanceof OutputChannel.Broadcast b) {
      return b.producer();
    }
    if (o instanceof OutputChannel.RangeBoundaries r) {
      return r.producer();
    }
    return ((OutputChannel.Write) o).sink().input();
  }

  private void output(OutputChannel o) {
    int depth = 2;
    if (o instanceof OutputChannel.Shuffle sh) {
      out.append("  → shuffle ").append(sh.channel()).append(" to ").append(sh.toStage()).append(", ")
          .append(sh.partitioning().display(sh.rows().schema())).append("  → ").append(sh.rows().schema().display())
          .append('\n');
      if (sh.combiner().isPresent()) {
        out.append("    combine ").append(PlanPrinter.line(sh.combiner().get())).append('\n');
        depth = 3;
      }
    } else if (o instanceof OutputChannel.Broadcast b) {
      out.append("  → broadcast ").append(b.channel()).append(" to ").append(b.toStage()).append('\n');
    } else if (o instanceof OutputChannel.RangeBoundaries r) {
      out.append("  → range boundaries ").append(r.channel()).append(" to ").append(r.toStage())
          .append(", ").append(r.partitions() - 1).append(" keys from a ").append(r.fraction() * 100).append("% sample\n");
    } else {
      out.append("  → write ").append(PlanPrinter.line(((OutputChannel.Write) o).sink())).append('\n');
    }
    node(fed(o), depth);
  }

  private void node(PlanNode n, int depth) {
    String indent = "  ".repeat(depth);
    if (!operators.contains(n)) {
      out.append(indent).append("← ").append(splitsOf(n)).append('\n');
      return;
    }
    Integer label = labels.get(n);
    if (label != null) {
      out.append(indent).append('#').append(label).append(" (shared, printed above)\n");
      return;
    }
    out.append(indent);
    if (uses.getOrDefault(n, 0) > 1) {
      label = labels.size() + 1;
      labels.put(n, label);
      out.append('#').append(label).append(' ');
    }
    out.append(PlanPrinter.line(n)).append('\n');
    for (int i = 0; i < n.inputs().size(); i++) {
      Optional<InputChannel> channel = ChannelLookup.feeding(stage, n, i);
      if (channel.isPresent()) {
        out.append("  ".repeat(depth + 1)).append("← ").append(describe(channel.get())).append('\n');
      } else {
        node(n.inputs().get(i), depth + 1);
      }
    }
  }

  private String splitsOf(PlanNode rows) {
    for (InputChannel in : stage.inputs()) {
      if (in instanceof InputChannel.Splits s && s.source() == rows) {
        return describe(s);
      }
    }
    throw new IllegalStateException("stage " + stage.id() + " reads " + PlanPrinter.line(rows) + " from no channel");
  }

  private static String describe(InputChannel in) {
    if (in instanceof InputChannel.Splits s) {
      return "splits of " + PlanPrinter.line(s.source());
    }
    if (in instanceof InputChannel.ShufflePartition sp) {
      return "shuffle " + sp.channel() + " from " + sp.fromStage() + "  → " + sp.rows().schema().display();
    }
    InputChannel.Broadcast b = (InputChannel.Broadcast) in;
    return "broadcast " + b.channel() + " from " + b.fromStage() + "  → " + b.rows().schema().display();
  }
}
