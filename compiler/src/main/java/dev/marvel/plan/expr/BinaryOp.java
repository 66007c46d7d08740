package dev.marvel.plan.expr;

/** Binary operators of the IR. {@code CONCAT} is the language's {@code +} on two strings. */
public enum BinaryOp {
  OR("or", 1), AND("and", 2),
  EQ("==", 4), NE("!=", 4), LT("<", 4), LE("<=", 4), GT(">", 4), GE(">=", 4),
  ADD("+", 5), SUB("-", 5), CONCAT("+", 5),
  MUL("*", 6), DIV("/", 6), MOD("%", 6);

  private final String symbol;
  private final int precedence;

  BinaryOp(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  public String symbol() {
    return symbol;
  }

  /** Binding strength as the language parses it; higher binds tighter. */
  public int precedence() {
    return precedence;
  }

  public boolean isComparison() {
    return precedence == 4;
  }

  public boolean isLogical() {
    return this == AND || this == OR;
  }

  public boolean isArithmetic() {
    return precedence >= 5 && this != CONCAT;
  }
}
