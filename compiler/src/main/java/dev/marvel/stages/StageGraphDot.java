package dev.marvel.stages;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the stage graph in Graphviz DOT: a box per stage listing its operators, a file node per
 * source and sink, and an edge per channel labelled with its partitioning.
 */
public final class StageGraphDot {

  private StageGraphDot() {}

  public static String render(StagePlan plan) {
    StringBuilder sb = new StringBuilder("digraph ").append(quote(plan.pipeline())).append(" {\n")
        .append("  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
    for (Stage s : plan.stages()) {
      List<String> lines = new ArrayList<>();
      lines.add(s.id() + " " + s.kind().display() + " (" + s.parallelism().display() + ")");
      s.operators().forEach(op -> lines.add(op.nodeName()));
      sb.append("  ").append(s.id()).append(" [label=").append(leftAligned(lines)).append("];\n");
      for (InputChannel in : s.inputs()) {
        if (in instanceof InputChannel.Splits sp) {
          String file = "in_" + s.id() + "_" + s.inputs().indexOf(in);
          sb.append("  ").append(file).append(" [shape=note, label=").append(quote(sp.source().format().display()
              + " " + sp.source().path())).append("];\n");
          sb.append("  ").append(file).append(" -> ").append(s.id()).append(";\n");
        }
      }
      for (OutputChannel o : s.outputs()) {
        sb.append(edge(s, o));
      }
    }
    return sb.append("}\n").toString();
  }

  private static String edge(Stage s, OutputChannel o) {
    if (o instanceof OutputChannel.Shuffle sh) {
      String label = sh.channel() + ": " + sh.partitioning().display(sh.rows().schema())
          + (sh.combiner().isPresent() ? ", combined" : "");
      return "  " + s.id() + " -> " + sh.toStage() + " [label=" + quote(label) + "];\n";
    }
    if (o instanceof OutputChannel.Broadcast b) {
      return "  " + s.id() + " -> " + b.toStage() + " [label=" + quote(b.channel() + ": broadcast") + ", style=dashed];\n";
    }
    if (o instanceof OutputChannel.RangeBoundaries r) {
      return "  " + s.id() + " -> " + r.toStage() + " [label=" + quote(r.channel() + ": range boundaries")
          + ", style=dotted];\n";
    }
    OutputChannel.Write w = (OutputChannel.Write) o;
    String file = "out_" + s.id() + "_" + s.outputs().indexOf(o);
    return "  " + file + " [shape=note, label=" + quote(w.sink().format().display() + " " + w.sink().path()) + "];\n"
        + "  " + s.id() + " -> " + file + ";\n";
  }

  private static String quote(String s) {
    return "\"" + escape(s) + "\"";
  }

  /** A DOT label of left-aligned lines (each ends with {@code \l}). */
  private static String leftAligned(List<String> lines) {
    StringBuilder sb = new StringBuilder("\"");
    lines.forEach(l -> sb.append(escape(l)).append("\\l"));
    return sb.append('"').toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
