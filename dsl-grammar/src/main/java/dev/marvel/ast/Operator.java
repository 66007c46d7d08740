package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;
import java.util.Optional;

/** A step after {@code |} in a flow. */
public sealed interface Operator extends Node {

  /** {@code where pageRank > x} (also spelt {@code filter}). */
  record Where(Expr condition, Span span) implements Operator {}

  /** {@code select pageURL, rank = pageRank * 2}: exactly these columns. */
  record Select(List<Item> items, Span span) implements Operator {
    public Select {
      items = List.copyOf(items);
    }
  }

  /** {@code extend total = price * qty}: all columns plus these. */
  record Extend(List<Binding> bindings, Span span) implements Operator {
    public Extend {
      bindings = List.copyOf(bindings);
    }
  }

  /** {@code explode word = tokenize(line)}: one row per element of a list; other columns kept. */
  record Explode(Binding binding, Span span) implements Operator {}

  /**
   * {@code group by k1, p = substr(ip, 1, 8) aggregate n = count(), s = sum(x)}. With no keys
   * ({@code aggregate n = count()} alone) it is a global aggregate producing one row.
   */
  record Aggregate(List<Item> keys, List<Binding> aggregates, Span span) implements Operator {
    public Aggregate {
      keys = List.copyOf(keys);
      aggregates = List.copyOf(aggregates);
    }
  }

  /** {@code distinct}: removes duplicate rows. */
  record Distinct(Span span) implements Operator {}

  /** {@code order by totalRevenue desc, ip}. */
  record OrderBy(List<SortKey> keys, Span span) implements Operator {
    public OrderBy {
      keys = List.copyOf(keys);
    }
  }

  /** {@code limit 10}. */
  record Limit(Expr count, Span span) implements Operator {}

  /** {@code name = expr}. */
  record Binding(Ident name, Expr expr, Span span) implements Node {}

  /** A select or group-by item: {@code expr} or {@code name = expr}. */
  record Item(Optional<Ident> name, Expr expr, Span span) implements Node {}

  record SortKey(Expr expr, boolean descending, Span span) implements Node {}
}
