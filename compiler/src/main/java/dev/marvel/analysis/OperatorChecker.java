package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Ident;
import dev.marvel.ast.Operator;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one operator step against its input schema and computes its output schema. */
final class OperatorChecker {
  private final AnalysisMessages messages;
  private final ExprChecker exprs;

  OperatorChecker(AnalysisMessages messages, ExprChecker exprs) {
    this.messages = messages;
    this.exprs = exprs;
  }

  /** The output schema; null when the input is unknown ({@code input.opaque()}) or the step is unusable. */
  Schema check(Operator op, Scope input) {
    if (op instanceof Operator.Where w) {
      exprs.requireBool(w.condition(), exprs.check(w.condition(), input), "the condition of `where`");
      return same(input);
    } else if (op instanceof Operator.Select s) {
      List<Column> out = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Operator.Item item : s.items()) {
        Type t = exprs.check(item.expr(), input);
        itemName(item, "select item").ifPresent(name -> add(out, names, name, t, "select"));
      }
      return input.opaque() ? null : new Schema(out);
    } else if (op instanceof Operator.Extend e) {
      List<Column> out = new ArrayList<>(input.schema().columns());
      Set<String> names = columnNames(input.schema());
      for (Operator.Binding b : e.bindings()) {
        add(out, names, b.name(), exprs.check(b.expr(), input), "extend");
      }
      return input.opaque() ? null : new Schema(out);
    } else if (op instanceof Operator.Explode x) {
      Type t = exprs.check(x.binding().expr(), input);
      Type element = Type.NULL;
      if (t instanceof Type.ListOf l) {
        element = l.element();
      } else if (t != Type.NULL) {
        messages.notAList(x.binding().expr().span(), t);
      }
      List<Column> out = new ArrayList<>(input.schema().columns());
      add(out, columnNames(input.schema()), x.binding().name(), element, "explode");
      return input.opaque() ? null : new Schema(out);
    } else if (op instanceof Operator.Aggregate a) {
      return aggregate(a, input);
    } else if (op instanceof Operator.Distinct) {
      return same(input);
    } else if (op instanceof Operator.OrderBy o) {
      for (Operator.SortKey key : o.keys()) {
        Type t = exprs.check(key.expr(), input);
        if (t instanceof Type.ListOf) {
          messages.notOrderable(key.expr().span(), t);
        }
      }
      return same(input);
    } else {
      limit((Operator.Limit) op, input);
      return same(input);
    }
  }

  private Schema aggregate(Operator.Aggregate a, Scope input) {
    List<Column> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Operator.Item key : a.keys()) {
      Type t = exprs.check(key.expr(), input);
      itemName(key, "group by item").ifPresent(name -> add(out, names, name, t, "aggregate"));
    }
    for (Operator.Binding b : a.aggregates()) {
      Type t = exprs.checkAggregate(b.expr(), input, b.name().name());
      add(out, names, b.name(), t, "aggregate");
    }
    return input.opaque() ? null : new Schema(out);
  }

  private void limit(Operator.Limit l, Scope input) {
    Expr count = l.count();
    Scope paramsOnly = Scope.paramsOnly(input.params());
    if (count instanceof Expr.IntLit i) {
      exprs.check(count, paramsOnly);
      if (i.value() < 0) {
        messages.badLimit(count.span(), "negative");
      } else if (i.isLong() || i.value() != (int) i.value()) {
        messages.badLimit(count.span(), "too large for an int");
      }
    } else if (count instanceof Expr.Name n && n.qualifier().isEmpty() && input.params().containsKey(n.name().name())) {
      Type t = exprs.check(count, paramsOnly);
      if (t != Type.INT) {
        messages.badLimit(count.span(), "this parameter is " + t.display());
      }
    } else if (!(count instanceof Expr.Missing)) {
      exprs.check(count, input);
      boolean negative = count instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.IntLit;
      messages.badLimit(count.span(), negative ? "negative" : count instanceof Expr.Name ? "a column" : "not an int literal");
    }
  }

  /** A column keeps its name; anything else must be named. */
  private Optional<Ident> itemName(Operator.Item item, String what) {
    if (item.name().isPresent()) {
      return item.name();
    }
    if (item.expr() instanceof Expr.Name n) {
      return Optional.of(n.name());
    }
    if (!(item.expr() instanceof Expr.Missing)) {
      messages.unnamedItem(item.expr().span(), what);
    }
    return Optional.empty();
  }

  private void add(List<Column> out, Set<String> names, Ident name, Type t, String step) {
    if (name.isMissing()) {
      return;
    }
    if (!names.add(name.name())) {
      messages.duplicateColumn(name.span(), name.name(), step.equals("extend") || step.equals("explode")
          ? "`" + name.name() + "` already exists; choose another name, or `select` the columns you want"
          : "each column of `" + step + "` needs its own name; rename one with `name = …`");
      return;
    }
    out.add(Column.of(name.name(), t));
  }

  private static Set<String> columnNames(Schema s) {
    Set<String> names = new HashSet<>();
    s.columns().forEach(c -> names.add(c.name()));
    return names;
  }

  private static Schema same(Scope input) {
    return input.opaque() ? null : input.schema();
  }
}
