package dev.marvel.parse;

import dev.marvel.ast.Expr;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.math.BigInteger;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** The part of the AST builder for literals: numbers with their range checks, strings, dates. */
final class LiteralBuilder {
  private static final BigInteger LONG_MIN_MAGNITUDE = BigInteger.valueOf(Long.MIN_VALUE).negate();

  private final SourceFile file;
  private final Diagnostics diagnostics;

  LiteralBuilder(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** Whether a parsed expression is a literal (a sign folded into a number counts). */
  static boolean isLiteral(Expr e) {
    return e instanceof Expr.IntLit || e instanceof Expr.DoubleLit || e instanceof Expr.StringLit
        || e instanceof Expr.BoolLit || e instanceof Expr.NullLit || e instanceof Expr.DateLit
        || e instanceof Expr.Missing;
  }

  boolean isNumber(MarvelParser.LiteralContext ctx) {
    return ctx.INTEGER() != null || ctx.DECIMAL() != null;
  }

  Expr literal(MarvelParser.LiteralContext ctx) {
    Span span = NameBuilder.span(ctx);
    if (ctx.INTEGER() != null) {
      return integer(ctx.INTEGER().getSymbol(), false, span);
    }
    if (ctx.DECIMAL() != null) {
      return decimal(ctx.DECIMAL().getSymbol(), false, span);
    }
    if (ctx.DATE() != null) {
      TerminalNode text = ctx.STRING();
      return NameBuilder.isReal(text) ? new Expr.DateLit(string(text.getSymbol()), span) : new Expr.Missing(span);
    }
    if (ctx.STRING() != null) {
      return new Expr.StringLit(string(ctx.STRING().getSymbol()), span);
    }
    if (ctx.TRUE() != null || ctx.FALSE() != null) {
      return new Expr.BoolLit(ctx.TRUE() != null, span);
    }
    if (ctx.NULL() != null) {
      return new Expr.NullLit(span);
    }
    return new Expr.Missing(span);
  }

  /** {@code -} directly before a number literal, starting at {@code signOffset}. */
  Expr negativeNumber(MarvelParser.LiteralContext ctx, int signOffset) {
    Span span = new Span(signOffset, NameBuilder.span(ctx).end() - signOffset);
    return ctx.INTEGER() != null
        ? integer(ctx.INTEGER().getSymbol(), true, span)
        : decimal(ctx.DECIMAL().getSymbol(), true, span);
  }

  private Expr integer(Token token, boolean negative, Span span) {
    String text = token.getText();
    boolean suffix = text.endsWith("L") || text.endsWith("l");
    BigInteger magnitude = new BigInteger(suffix ? text.substring(0, text.length() - 1) : text);
    BigInteger limit = negative ? LONG_MIN_MAGNITUDE : BigInteger.valueOf(Long.MAX_VALUE);
    if (magnitude.compareTo(limit) > 0) {
      diagnostics.error(SyntaxMessages.INTEGER_OUT_OF_RANGE, file, span,
          SyntaxMessages.integerOutOfRange((negative ? "-" : "") + text), "does not fit in a long",
          SyntaxMessages.integerOutOfRangeHelp());
      return new Expr.Missing(span);
    }
    long value = negative ? magnitude.negate().longValue() : magnitude.longValue();
    boolean isLong = suffix || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE;
    return new Expr.IntLit(value, isLong, span);
  }

  private Expr decimal(Token token, boolean negative, Span span) {
    double value = Double.parseDouble(token.getText());
    if (Double.isInfinite(value)) {
      diagnostics.error(SyntaxMessages.NUMBER_OUT_OF_RANGE, file, span,
          SyntaxMessages.numberOutOfRange(token.getText()), "larger than the largest double (about 1.8e308)");
      return new Expr.Missing(span);
    }
    return new Expr.DoubleLit(negative ? -value : value, span);
  }

  /** The decoded value; LexicalChecker has already reported what is wrong with the token. */
  private static String string(Token token) {
    return StringLiteral.decode(token.getText(), token.getStartIndex(), null, null);
  }
}
