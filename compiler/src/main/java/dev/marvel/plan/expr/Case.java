package dev.marvel.plan.expr;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code case when c1 then r1 ... else e end}. {@code conditions.get(i)} pairs with
 * {@code results.get(i)}; a missing {@code else} is a null literal of {@code type}.
 */
public record Case(List<RowExpr> conditions, List<RowExpr> results, RowExpr otherwise, Type type, Span span)
    implements RowExpr {

  public Case {
    conditions = List.copyOf(conditions);
    results = List.copyOf(results);
    if (conditions.size() != results.size() || conditions.isEmpty()) {
      throw new IllegalArgumentException("case needs as many results as conditions, at least one");
    }
  }

  @Override
  public List<RowExpr> children() {
    List<RowExpr> all = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      all.add(conditions.get(i));
      all.add(results.get(i));
    }
    all.add(otherwise);
    return all;
  }

  @Override
  public RowExpr withChildren(List<RowExpr> children) {
    List<RowExpr> conds = new ArrayList<>();
    List<RowExpr> res = new ArrayList<>();
    for (int i = 0; i + 1 < children.size(); i += 2) {
      conds.add(children.get(i));
      res.add(children.get(i + 1));
    }
    return new Case(conds, res, children.get(children.size() - 1), type, span);
  }
}
