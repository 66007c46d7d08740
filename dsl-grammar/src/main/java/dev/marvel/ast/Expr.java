package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;
import java.util.Optional;

/** Expressions over the columns of one row and the pipeline's parameters. */
public sealed interface Expr extends Node {

  /** {@code 42} (an int when it fits, else a long), {@code 42L}. */
  record IntLit(long value, boolean isLong, Span span) implements Expr {}

  /** {@code 1.5}, {@code 2e-3}. */
  record DoubleLit(double value, Span span) implements Expr {}

  /** {@code "text"} with escapes already decoded. */
  record StringLit(String value, Span span) implements Expr {}

  record BoolLit(boolean value, Span span) implements Expr {}

  record NullLit(Span span) implements Expr {}

  /** {@code date "1980-01-01"}; the text is checked by analysis. */
  record DateLit(String text, Span span) implements Expr {}

  /**
   * A bare or qualified name: {@code pageRank}, {@code r.pageRank}, or a pipeline parameter
   * {@code x}. Analysis decides which.
   */
  record Name(Optional<Ident> qualifier, Ident name, Span span) implements Expr {}

  /** {@code lower(line)}, {@code count()}, {@code sum(adRevenue)}. */
  record Call(Ident function, List<Expr> args, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

  /** {@code v between lo and hi} (inclusive), or {@code not between}. */
  record Between(Expr value, Expr low, Expr high, boolean negated, Span span) implements Expr {}

  /** {@code code in ("US", "DE")}, or {@code not in}. */
  record In(Expr value, List<Expr> options, boolean negated, Span span) implements Expr {
    public In {
      options = List.copyOf(options);
    }
  }

  /** {@code x is null}, {@code x is not null}. */
  record IsNull(Expr value, boolean negated, Span span) implements Expr {}

  /** {@code line matches "ab+c"}: true when the regex finds a match in the string. */
  record Matches(Expr value, Expr pattern, Span span) implements Expr {}

  /** {@code if c then a else b}. */
  record If(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {}

  /** {@code case when c1 then v1 when c2 then v2 else v3 end}. */
  record Case(List<When> whens, Optional<Expr> otherwise, Span span) implements Expr {
    public Case {
      whens = List.copyOf(whens);
    }
  }

  record When(Expr condition, Expr result, Span span) implements Node {}

  /** {@code cast(x as long)}. */
  record Cast(Expr value, TypeRef type, Span span) implements Expr {}

  /** Where the parser found no expression; a diagnostic has already been reported. */
  record Missing(Span span) implements Expr {}

  enum BinaryOp {
    OR("or"), AND("and"),
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%");

    private final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  enum UnaryOp {
    NOT("not"), NEG("-");

    private final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
