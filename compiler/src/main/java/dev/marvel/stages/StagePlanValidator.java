package dev.marvel.stages;

import dev.marvel.plan.InvalidPlanException;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.PlanPrinter;
import dev.marvel.plan.SortKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a stage plan before code is generated from it: every input of every operator is a fused
 * operator, a source the stage splits, or a channel addressed to exactly that input; every channel read was written, by an earlier stage, to this
 * stage; shuffle keys are columns of the shuffled rows; a fixed-width stage has as many tasks as
 * its shuffles have partitions. Throws {@link InvalidPlanException} naming the stage.
 */
public final class StagePlanValidator {

  private StagePlanValidator() {}

  public static void validate(StagePlan plan) {
    Map<String, Stage> earlier = new HashMap<>();
    for (Stage s : plan.stages()) {
      if (earlier.containsKey(s.id())) {
        fail(s, "has the id of an earlier stage");
      }
      checkInputs(s, earlier);
      checkOperators(s);
      checkOutputs(s);
      earlier.put(s.id(), s);
    }
  }

  private static void checkInputs(Stage s, Map<String, Stage> earlier) {
    for (InputChannel in : s.inputs()) {
      String channel;
      String from;
      if (in instanceof InputChannel.ShufflePartition sp) {
        channel = sp.channel();
        from = sp.fromStage();
        if (s.parallelism() instanceof Parallelism.Fixed f && f.tasks() != sp.partitioning().partitions()) {
          fail(s, "runs " + f.tasks() + " tasks but shuffle " + channel + " has " + sp.partitioning().partitions()
              + " partitions");
        }
      } else if (in instanceof InputChannel.Broadcast b) {
        channel = b.channel();
        from = b.fromStage();
      } else if (in instanceof InputChannel.RangeBoundaries r) {
        channel = r.channel();
        from = r.fromStage();
      } else {
        continue;
      }
      Stage producer = earlier.get(from);
      if (producer == null) {
        fail(s, "reads " + channel + " from " + from + ", which does not run before it");
      }
      // A sample stage reads a sample of the inputs of the stage it computes boundaries for.
      String reader = s.kind() == StageKind.SAMPLE ? sampledStage(s) : s.id();
      boolean written = producer.outputs().stream()
          .anyMatch(o -> channel.equals(o.channel()) && (s.id().equals(target(o)) || reader.equals(target(o))));
      if (!written) {
        fail(s, "reads " + channel + " but " + from + " writes no such channel to it");
      }
    }
  }

  private static void checkOperators(Stage s) {
    Set<PlanNode> available = Collections.newSetFromMap(new IdentityHashMap<>());
    for (InputChannel in : s.inputs()) {
      if (in instanceof InputChannel.Splits sp) {
        available.add(sp.source());
      }
    }
    for (PlanNode op : s.operators()) {
      for (int i = 0; i < op.inputs().size(); i++) {
        PlanNode in = op.inputs().get(i);
        if (ChannelLookup.feeding(s, op, i).isEmpty() && !available.contains(in)) {
          fail(s, "computes " + PlanPrinter.line(op) + " before, or without, its input " + PlanPrinter.line(in));
        }
      }
      available.add(op);
    }
    for (InputChannel in : s.inputs()) {
      PlanNode consumer = in instanceof InputChannel.ShufflePartition sp ? sp.consumer()
          : in instanceof InputChannel.Broadcast b ? b.consumer() : null;
      if (consumer != null && !available.contains(consumer)) {
        fail(s, "receives a channel for " + PlanPrinter.line(consumer) + ", which it does not compute");
      }
    }
    for (OutputChannel o : s.outputs()) {
      PlanNode fed = StagePrinter.fed(o);
      if (!available.contains(fed)) {
        fail(s, "writes " + o.channel() + " from " + PlanPrinter.line(fed) + ", which it does not compute");
      }
    }
  }

  private static void checkOutputs(Stage s) {
    for (OutputChannel o : s.outputs()) {
      if (o instanceof OutputChannel.Shuffle sh) {
        int width = sh.rows().schema().size();
        List<Integer> keys = sh.partitioning() instanceof Partitioning.Hash h ? h.keys()
            : sh.partitioning() instanceof Partitioning.Range r ? r.keys().stream().map(SortKey::column).toList()
            : List.of();
        for (int k : keys) {
          if (k < 0 || k >= width) {
            fail(s, "partitions " + sh.channel() + " by column " + k + " of rows with " + width + " columns");
          }
        }
      }
    }
  }

  private static String sampledStage(Stage sampler) {
    return sampler.outputs().stream().filter(OutputChannel.RangeBoundaries.class::isInstance)
        .map(o -> ((OutputChannel.RangeBoundaries) o).toStage()).findFirst().orElse(sampler.id());
  }

  private static String target(OutputChannel o) {
    if (o instanceof OutputChannel.Shuffle sh) {
      return sh.toStage();
    }
    if (o instanceof OutputChannel.Broadcast b) {
      return b.toStage();
    }
    if (o instanceof OutputChannel.RangeBoundaries r) {
      return r.toStage();
    }
    return "";
  }

  private static void fail(Stage s, String problem) {
    throw new InvalidPlanException("invalid stage plan: stage " + s.id() + " " + problem);
  }
}
