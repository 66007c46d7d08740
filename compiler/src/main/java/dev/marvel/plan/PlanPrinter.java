package dev.marvel.plan;

import dev.marvel.plan.expr.ColumnRef;
import dev.marvel.plan.expr.ExprText;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.types.Schema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Prints a logical plan as an indented tree, one node per line with its output schema: the text of
 * {@code marvelc explain} and of the golden files. A node with several consumers is labelled
 * {@code #n} where it is first printed and referred to by that label afterwards.
 */
public final class PlanPrinter {

  private final Map<PlanNode, Integer> consumers;
  private final Map<PlanNode, Integer> labels = new IdentityHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private PlanPrinter(LogicalPlan plan) {
    this.consumers = plan.consumerCounts();
  }

  public static String print(LogicalPlan plan) {
    PlanPrinter p = new PlanPrinter(plan);
    p.out.append("pipeline ").append(plan.pipeline()).append('\n');
    for (Sink s : plan.sinks()) {
      p.node(s, 1);
    }
    return p.out.toString();
  }

  /** One line for {@code node}: kind, details and schema, without its inputs. */
  public static String line(PlanNode node) {
    String detail = detail(node);
    return node.nodeName() + (detail.isEmpty() ? "" : " " + detail) + "  → " + node.schema().display();
  }

  private void node(PlanNode n, int depth) {
    String indent = "  ".repeat(depth);
    Integer label = labels.get(n);
    if (label != null) {
      out.append(indent).append('#').append(label).append(" (shared, printed above)\n");
      return;
    }
    out.append(indent);
    if (consumers.getOrDefault(n, 0) > 1) {
      label = labels.size() + 1;
      labels.put(n, label);
      out.append('#').append(label).append(' ');
    }
    out.append(line(n)).append('\n');
    for (PlanNode in : n.inputs()) {
      node(in, depth + 1);
    }
  }

  static String detail(PlanNode n) {
    if (n instanceof Source s) {
      String cols = s.readColumns().size() == s.declaredSchema().size()
          ? ""
          : " reads " + s.readColumns().size() + " of " + s.declaredSchema().size() + " columns";
      return s.format().display() + " " + ExprText.quote(s.path()) + options(s.options()) + cols;
    }
    if (n instanceof Project p) {
      return p.outputs().stream().map(PlanPrinter::namedExpr).collect(Collectors.joining(", "));
    }
    if (n instanceof Filter f) {
      return f.condition().display();
    }
    if (n instanceof FlatMap f) {
      return f.name() + " = " + f.list().display();
    }
    if (n instanceof Aggregate a) {
      Schema in = a.input().schema();
      String keys = a.keys().stream().map(k -> column(in, k)).collect(Collectors.joining(", "));
      String calls = a.calls().stream().map(AggCall::display).collect(Collectors.joining(", "));
      String by = a.isGlobal() ? "global" : "by " + keys;
      return calls.isEmpty() ? by : by + " compute " + calls;
    }
    if (n instanceof Join j) {
      Schema out = j.schema();
      int leftSize = j.left().schema().size();
      String on = j.keys().stream().map(k -> column(out, k.left()) + " == " + column(out, leftSize + k.right()))
          .collect(Collectors.joining(" and "));
      String hint = j.broadcastLeftHint() ? " (broadcast hint: left)" : j.broadcastRightHint() ? " (broadcast hint: right)" : "";
      return j.kind().display() + " on " + on + " " + j.strategy().display() + hint;
    }
    if (n instanceof Sort s) {
      return "by " + sortKeys(s.input().schema(), s.keys());
    }
    if (n instanceof TopK t) {
      return t.limit() + " by " + sortKeys(t.input().schema(), t.keys());
    }
    if (n instanceof Limit l) {
      return String.valueOf(l.count());
    }
    if (n instanceof Sink s) {
      return s.dataset() + " to " + s.format().display() + " " + ExprText.quote(s.path()) + options(s.options());
    }
    return "";
  }

  private static String namedExpr(NamedExpr e) {
    String name = e.column().display();
    RowExpr x = e.expr();
    return x instanceof ColumnRef c && c.name().equals(name) ? name : name + " = " + x.display();
  }

  private static String column(Schema s, int i) {
    return i >= 0 && i < s.size() ? s.get(i).display() : "?" + i;
  }

  private static String sortKeys(Schema in, List<SortKey> keys) {
    return keys.stream().map(k -> k.display(in)).collect(Collectors.joining(", "));
  }

  private static String options(SortedMap<String, String> options) {
    return options.isEmpty() ? "" : options.entrySet().stream()
        .map(e -> e.getKey() + "=" + ExprText.quote(e.getValue())).collect(Collectors.joining(", ", " {", "}"));
  }
}
