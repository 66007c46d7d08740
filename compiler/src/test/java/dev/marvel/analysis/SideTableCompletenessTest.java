package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Node;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Source;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The planner's contract: in a program without errors every expression has a type, every name a
 * binding, every call a function, and every flow, source and step a schema.
 */
class SideTableCompletenessTest {

  @ParameterizedTest
  @ValueSource(strings = {"wordcount", "grep", "bdb-scan", "bdb-aggregation", "bdb-join"})
  void everyNodeOfACleanProgramIsAnalysed(String sample) {
    AnalyzedProgram a = Programs.checkResource("samples/" + sample + ".mvl").analyzed();
    List<Node> nodes = new ArrayList<>();
    collect(a.program(), nodes);
    List<String> missing = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof Expr e && a.findType(e).isEmpty()) {
        missing.add("type of " + n);
      }
      if (n instanceof Expr.Name name && a.findBinding(name).isEmpty()) {
        missing.add("binding of " + n);
      }
      if (n instanceof Expr.Call call && a.findFunction(call).isEmpty()) {
        missing.add("function of " + n);
      }
      if ((n instanceof Flow || n instanceof Source || n instanceof Operator) && a.findSchema(n).isEmpty()) {
        missing.add("schema of " + n);
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
    assertTrue(nodes.size() > 10);
  }

  /** Every node reachable through record components, lists and optionals. */
  private static void collect(Object o, List<Node> out) {
    if (o instanceof Node n) {
      out.add(n);
    }
    if (o instanceof List<?> list) {
      list.forEach(x -> collect(x, out));
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> collect(x, out));
    } else if (o instanceof Record r && o instanceof Node) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          collect(c.getAccessor().invoke(r), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
