package dev.marvel.parse;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Expr.BinaryOp;
import dev.marvel.ast.Expr.UnaryOp;
import dev.marvel.ast.Ident;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The part of the AST builder for expressions. Operator chains arrive from the grammar as flat
 * lists and are folded left to right here, without recursion, so their length only costs a loop.
 */
final class ExpressionBuilder {
  /** Longer chains are rejected so later phases, which do recurse, stay within the Java stack. */
  static final int MAX_CHAIN = 1000;

  private final SourceFile file;
  private final Diagnostics diagnostics;
  private final NameBuilder names;
  private final LiteralBuilder literals;

  ExpressionBuilder(SourceFile file, Diagnostics diagnostics, NameBuilder names) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.names = names;
    this.literals = new LiteralBuilder(file, diagnostics);
  }

  /** The expression, or {@link Expr.Missing} at {@code fallbackOffset} when the parser found none. */
  Expr expr(MarvelParser.ExprContext ctx, int fallbackOffset) {
    if (ctx == null || ctx.orExpr() == null) {
      return new Expr.Missing(new Span(fallbackOffset, 0));
    }
    return fold(ctx.orExpr(), MarvelParser.AndExprContext.class, this::andExpr);
  }

  private Expr andExpr(MarvelParser.AndExprContext ctx) {
    return fold(ctx, MarvelParser.NotExprContext.class, this::notExpr);
  }

  private Expr notExpr(MarvelParser.NotExprContext ctx) {
    Expr operand = ctx.predicate() == null ? missingAfter(ctx) : predicate(ctx.predicate());
    return prefix(ctx.NOT(), UnaryOp.NOT, operand, ctx);
  }

  private Expr predicate(MarvelParser.PredicateContext ctx) {
    Expr value = additive(ctx.additive(0), NameBuilder.span(ctx).start());
    Span span = NameBuilder.span(ctx);
    boolean negated = ctx.NOT() != null;
    if (ctx.compareOp() != null) {
      BinaryOp op = compareOp(ctx.compareOp().start.getType());
      return new Expr.Binary(op, value, additive(ctx.additive(1), span.end()), span);
    }
    if (ctx.BETWEEN() != null) {
      return new Expr.Between(value, additive(ctx.low, span.end()), additive(ctx.high, span.end()), negated, span);
    }
    if (ctx.IN() != null) {
      List<Expr> options = new ArrayList<>();
      for (MarvelParser.ExprContext option : ctx.expr()) {
        options.add(expr(option, span.end()));
      }
      return new Expr.In(value, options, negated, span);
    }
    if (ctx.IS() != null) {
      return new Expr.IsNull(value, negated, span);
    }
    if (ctx.MATCHES() != null) {
      return new Expr.Matches(value, additive(ctx.additive(1), span.end()), span);
    }
    return value;
  }

  private Expr additive(MarvelParser.AdditiveContext ctx, int fallbackOffset) {
    if (ctx == null) {
      return new Expr.Missing(new Span(fallbackOffset, 0));
    }
    return fold(ctx, MarvelParser.MultiplicativeContext.class, this::multiplicative);
  }

  private Expr multiplicative(MarvelParser.MultiplicativeContext ctx) {
    return fold(ctx, MarvelParser.UnaryContext.class, this::unary);
  }

  private Expr unary(MarvelParser.UnaryContext ctx) {
    List<TerminalNode> minuses = ctx.MINUS();
    MarvelParser.PrimaryContext primary = ctx.primary();
    if (primary == null) {
      return prefix(minuses, UnaryOp.NEG, missingAfter(ctx), ctx);
    }
    if (!minuses.isEmpty() && primary instanceof MarvelParser.LiteralExprContext lit && literals.isNumber(lit.literal())) {
      // `-5` is the literal -5, so the smallest int and long can be written
      TerminalNode sign = minuses.get(minuses.size() - 1);
      Expr negative = literals.negativeNumber(lit.literal(), NameBuilder.span(sign.getSymbol()).start());
      return prefix(minuses.subList(0, minuses.size() - 1), UnaryOp.NEG, negative, ctx);
    }
    return prefix(minuses, UnaryOp.NEG, primary(primary), ctx);
  }

  private Expr primary(MarvelParser.PrimaryContext ctx) {
    Span span = NameBuilder.span(ctx);
    if (ctx instanceof MarvelParser.LiteralExprContext c) {
      return literals.literal(c.literal());
    }
    if (ctx instanceof MarvelParser.NameExprContext c) {
      return qualifiedName(c, span);
    }
    if (ctx instanceof MarvelParser.CallExprContext c) {
      List<Expr> args = new ArrayList<>();
      for (MarvelParser.ExprContext arg : c.expr()) {
        args.add(expr(arg, span.end()));
      }
      return new Expr.Call(names.ident(c.name(), span.start()), args, span);
    }
    if (ctx instanceof MarvelParser.ParenExprContext c) {
      return expr(c.expr(), span.end());
    }
    if (ctx instanceof MarvelParser.CastExprContext c) {
      return new Expr.Cast(expr(c.expr(), span.end()), names.type(c.type(), span.end()), span);
    }
    if (ctx instanceof MarvelParser.IfExprContext c) {
      return new Expr.If(expr(c.expr(0), span.end()), expr(c.expr(1), span.end()), expr(c.expr(2), span.end()), span);
    }
    if (ctx instanceof MarvelParser.CaseExprContext c) {
      List<Expr.When> whens = new ArrayList<>();
      for (MarvelParser.WhenClauseContext w : c.whenClause()) {
        Span ws = NameBuilder.span(w);
        whens.add(new Expr.When(expr(w.expr(0), ws.end()), expr(w.expr(1), ws.end()), ws));
      }
      Optional<Expr> otherwise = c.ELSE() == null ? Optional.empty() : Optional.of(expr(c.expr(), span.end()));
      return new Expr.Case(whens, otherwise, span);
    }
    return new Expr.Missing(span);
  }

  private Expr qualifiedName(MarvelParser.NameExprContext c, Span span) {
    if (c.DOT() == null) {
      Ident name = names.ident(c.name(0), span.start());
      return name.isMissing() ? new Expr.Missing(new Span(span.start(), 0)) : new Expr.Name(Optional.empty(), name, span);
    }
    return new Expr.Name(Optional.of(names.ident(c.name(0), span.start())), names.ident(c.member, span.end()), span);
  }

  /**
   * Folds {@code operand (op operand)*} left to right. An operator without a right operand (the
   * parser reported it) gets {@link Expr.Missing} there.
   */
  private <C extends ParserRuleContext> Expr fold(ParserRuleContext ctx, Class<C> operandType, OperandBuilder<C> build) {
    if (ctx.children == null) {
      return missingAfter(ctx);
    }
    Expr left = null;
    BinaryOp pending = null;
    int start = NameBuilder.span(ctx).start();
    int operators = 0;
    for (ParseTree child : ctx.children) {
      if (operandType.isInstance(child)) {
        C operandCtx = operandType.cast(child);
        Expr operand = build.build(operandCtx);
        // spans come from the tokens: a parenthesised operand's span includes its parentheses
        left = left == null ? operand : binary(pending, left, operand, start, NameBuilder.end(operandCtx));
        pending = null;
      } else if (child instanceof TerminalNode t && NameBuilder.isReal(t) && binaryOp(t.getSymbol().getType()) != null) {
        Span at = NameBuilder.span(t.getSymbol());
        if (++operators > MAX_CHAIN) {
          diagnostics.error(SyntaxMessages.EXPRESSION_TOO_LONG, file, at,
              SyntaxMessages.expressionTooLong(MAX_CHAIN), "this operator is one too many",
              SyntaxMessages.nestedTooDeepHelp());
          return new Expr.Missing(NameBuilder.span(ctx));
        }
        if (left == null) {
          left = new Expr.Missing(new Span(at.start(), 0));
        } else if (pending != null) {
          left = binary(pending, left, new Expr.Missing(new Span(at.start(), 0)), start, at.start());
        }
        pending = binaryOp(t.getSymbol().getType());
      }
    }
    if (left == null) {
      return missingAfter(ctx);
    }
    if (pending != null) {
      left = binary(pending, left, missingAfter(ctx), start, NameBuilder.end(ctx));
    }
    return left;
  }

  private static Expr binary(BinaryOp op, Expr left, Expr right, int start, int end) {
    return new Expr.Binary(op, left, right, new Span(start, Math.max(0, end - start)));
  }

  /** Applies prefix operators ({@code - - x}, {@code not not x}) innermost first. */
  private Expr prefix(List<TerminalNode> ops, UnaryOp op, Expr operand, ParserRuleContext ctx) {
    if (ops.size() > GuardedParser.MAX_NESTING) {
      diagnostics.error(SyntaxMessages.NESTED_TOO_DEEP, file, NameBuilder.span(ctx),
          SyntaxMessages.nestedTooDeep(GuardedParser.MAX_NESTING), "too many `" + op.symbol() + "` in a row",
          SyntaxMessages.nestedTooDeepHelp());
      return new Expr.Missing(NameBuilder.span(ctx));
    }
    Expr result = operand;
    int end = Math.max(NameBuilder.end(ctx), operand.span().end());
    for (int i = ops.size() - 1; i >= 0; i--) {
      int start = NameBuilder.span(ops.get(i).getSymbol()).start();
      result = new Expr.Unary(op, result, new Span(start, end - start));
    }
    return result;
  }

  private static Expr missingAfter(ParserRuleContext ctx) {
    return new Expr.Missing(new Span(NameBuilder.end(ctx), 0));
  }

  private static BinaryOp compareOp(int type) {
    BinaryOp op = binaryOp(type);
    return op == null ? BinaryOp.EQ : op;
  }

  private static BinaryOp binaryOp(int type) {
    return switch (type) {
      case MarvelParser.OR -> BinaryOp.OR;
      case MarvelParser.AND -> BinaryOp.AND;
      case MarvelParser.EQEQ -> BinaryOp.EQ;
      case MarvelParser.NE -> BinaryOp.NE;
      case MarvelParser.LT -> BinaryOp.LT;
      case MarvelParser.LE -> BinaryOp.LE;
      case MarvelParser.GT -> BinaryOp.GT;
      case MarvelParser.GE -> BinaryOp.GE;
      case MarvelParser.PLUS -> BinaryOp.ADD;
      case MarvelParser.MINUS -> BinaryOp.SUB;
      case MarvelParser.STAR -> BinaryOp.MUL;
      case MarvelParser.SLASH -> BinaryOp.DIV;
      case MarvelParser.PERCENT -> BinaryOp.MOD;
      default -> null;
    };
  }

  @FunctionalInterface
  private interface OperandBuilder<C> {
    Expr build(C ctx);
  }
}
