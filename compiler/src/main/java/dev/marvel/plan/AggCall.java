package dev.marvel.plan;

import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code name = function(args)} in an {@link Aggregate}. Args are expressions over the aggregate's
 * input: none for {@code count()}, one otherwise — except a FINAL {@code avg}, which takes the
 * partial (sum, count) columns.
 */
public record AggCall(AggFunction function, List<RowExpr> args, String name, Span span) {

  public AggCall {
    args = List.copyOf(args);
  }

  /** The columns this call contributes to its aggregate's output in {@code phase}. */
  public List<Column> outputColumns(Phase phase) {
    if (phase == Phase.PARTIAL && function == AggFunction.AVG) {
      return List.of(Column.of(name + "$sum", Type.DOUBLE), Column.of(name + "$count", Type.LONG));
    }
    return List.of(Column.of(name, resultType(phase)));
  }

  /** The type of the call's (single) result column in {@code phase}. */
  public Type resultType(Phase phase) {
    return switch (function) {
      case COUNT, COUNT_DISTINCT -> Type.LONG;
      case AVG -> Type.DOUBLE;
      case SUM -> phase == Phase.FINAL ? args.get(0).type() : sumType(args.get(0).type());
      case MIN, MAX -> args.get(0).type();
    };
  }

  /** Sums of ints are longs so they do not overflow as easily; the others keep their type. */
  public static Type sumType(Type input) {
    return input == Type.INT ? Type.LONG : input;
  }

  public String display() {
    return name + " = " + function.display()
        + args.stream().map(RowExpr::display).collect(Collectors.joining(", ", "(", ")"));
  }
}
