package dev.marvel.parse;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Format;
import dev.marvel.ast.Ident;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The part of the AST builder for pipeline bodies: statements, sources, operators and formats. A
 * source the parser could not read becomes a {@link Source.DatasetRef} with a missing name.
 */
final class FlowBuilder {
  private final SourceFile file;
  private final Diagnostics diagnostics;
  private final NameBuilder names;
  private final ExpressionBuilder exprs;
  private final IntPredicate syntaxErrorOnLine;

  FlowBuilder(SourceFile file, Diagnostics diagnostics, NameBuilder names, ExpressionBuilder exprs,
      IntPredicate syntaxErrorOnLine) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.names = names;
    this.exprs = exprs;
    this.syntaxErrorOnLine = syntaxErrorOnLine;
  }

  /** The statement, or empty when error recovery left nothing of it. */
  Optional<Statement> statement(MarvelParser.StatementContext ctx) {
    Span span = NameBuilder.span(ctx);
    if (ctx instanceof MarvelParser.AssignStatementContext c) {
      Ident name = names.ident(c.name(), span.start());
      return Optional.of(new Statement.Assign(name, flow(c.flow(), span.end()), span));
    }
    if (ctx instanceof MarvelParser.WriteStatementContext c) {
      Ident dataset = names.ident(c.name(), span.start());
      return Optional.of(new Statement.Write(dataset, format(c.format(), span.end()), span));
    }
    return Optional.empty();
  }

  private Flow flow(MarvelParser.FlowContext ctx, int fallbackOffset) {
    if (ctx == null) {
      Span at = new Span(fallbackOffset, 0);
      return new Flow(new Source.DatasetRef(new Ident("", at), at), List.of(), at);
    }
    Span span = NameBuilder.span(ctx);
    Source source = source(ctx.source(), span.start());
    List<Operator> ops = new ArrayList<>();
    boolean piped = false;
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t && t.getSymbol().getType() == MarvelParser.PIPE) {
        piped = true;
      } else if (child instanceof MarvelParser.OperatorContext op) {
        // after a syntax error on the line, recovery may have restarted at an operator keyword
        if (!piped && !syntaxErrorOnLine.test(op.start.getLine())) {
          String keyword = op.start.getText();
          diagnostics.error(SyntaxMessages.MISSING_PIPE, file, NameBuilder.span(op.start),
              SyntaxMessages.missingPipe(keyword), "expected `|` before this operator",
              SyntaxMessages.missingPipeHelp(keyword));
        }
        ops.add(operator(op));
        piped = false;
      }
    }
    return new Flow(source, ops, span);
  }

  private Source source(MarvelParser.SourceContext ctx, int fallbackOffset) {
    if (ctx == null) {
      Span at = new Span(fallbackOffset, 0);
      return new Source.DatasetRef(new Ident("", at), at);
    }
    Span span = NameBuilder.span(ctx);
    if (ctx instanceof MarvelParser.ReadSourceContext c) {
      Optional<Source.SchemaRef> schema = c.AS() == null ? Optional.empty() : Optional.of(schemaRef(c.schemaRef(), span.end()));
      return new Source.Read(format(c.format(), span.end()), schema, span);
    }
    if (ctx instanceof MarvelParser.JoinSourceContext c) {
      Source.JoinKind kind = c.joinKind() == null ? Source.JoinKind.INNER : joinKind(c.joinKind().start.getType());
      Source.JoinSide left = joinSide(c.joinSide(0), span.end());
      Source.JoinSide right = joinSide(c.joinSide(1), span.end());
      return new Source.Join(kind, left, right, exprs.expr(c.expr(), span.end()), span);
    }
    if (ctx instanceof MarvelParser.UnionSourceContext c) {
      List<Ident> inputs = new ArrayList<>();
      for (MarvelParser.NameContext n : c.name()) {
        inputs.add(names.ident(n, span.end()));
      }
      return new Source.Union(inputs, span);
    }
    if (ctx instanceof MarvelParser.DatasetSourceContext c) {
      return new Source.DatasetRef(names.ident(c.name(), span.start()), span);
    }
    return new Source.DatasetRef(new Ident("", new Span(span.start(), 0)), span);
  }

  private Source.JoinSide joinSide(MarvelParser.JoinSideContext ctx, int fallbackOffset) {
    if (ctx == null) {
      Span at = new Span(fallbackOffset, 0);
      return new Source.JoinSide(new Ident("", at), Optional.empty(), false, at);
    }
    Span span = NameBuilder.span(ctx);
    Ident dataset = names.ident(ctx.name(0), span.start());
    Optional<Ident> alias = ctx.AS() == null ? Optional.empty() : Optional.of(names.ident(ctx.alias, span.end()));
    return new Source.JoinSide(dataset, alias, ctx.BROADCAST() != null, span);
  }

  private Source.SchemaRef schemaRef(MarvelParser.SchemaRefContext ctx, int fallbackOffset) {
    if (ctx instanceof MarvelParser.InlineSchemaRefContext c) {
      return new Source.InlineSchema(names.fields(c.fieldList()), NameBuilder.span(c));
    }
    if (ctx instanceof MarvelParser.NamedSchemaRefContext c) {
      return new Source.NamedSchema(names.ident(c.name(), NameBuilder.span(c).start()), NameBuilder.span(c));
    }
    Span at = new Span(fallbackOffset, 0);
    return new Source.NamedSchema(new Ident("", at), at);
  }

  Format format(MarvelParser.FormatContext ctx, int fallbackOffset) {
    if (ctx == null) {
      Span at = new Span(fallbackOffset, 0);
      return new Format(new Ident("", at), new Expr.Missing(at), List.of(), at);
    }
    Span span = NameBuilder.span(ctx);
    List<Format.NamedArg> options = new ArrayList<>();
    for (MarvelParser.NamedArgContext arg : ctx.namedArg()) {
      Span argSpan = NameBuilder.span(arg);
      Ident name = names.ident(arg.name(), argSpan.start());
      Expr value = exprs.expr(arg.expr(), argSpan.end());
      if (!LiteralBuilder.isLiteral(value)) {
        diagnostics.error(SyntaxMessages.OPTION_NOT_LITERAL, file, value.span(),
            SyntaxMessages.optionNotLiteral(name.name()), "not a literal", SyntaxMessages.defaultNotLiteralHelp());
      }
      options.add(new Format.NamedArg(name, value, argSpan));
    }
    return new Format(names.ident(ctx.name(), span.start()), exprs.expr(ctx.expr(), span.end()), options, span);
  }

  private Operator operator(MarvelParser.OperatorContext ctx) {
    Span span = NameBuilder.span(ctx);
    int end = span.end();
    if (ctx instanceof MarvelParser.WhereOpContext c) {
      return new Operator.Where(exprs.expr(c.expr(), end), span);
    }
    if (ctx instanceof MarvelParser.SelectOpContext c) {
      return new Operator.Select(items(c.item(), end), span);
    }
    if (ctx instanceof MarvelParser.ExtendOpContext c) {
      return new Operator.Extend(bindings(c.binding(), end), span);
    }
    if (ctx instanceof MarvelParser.ExplodeOpContext c) {
      return new Operator.Explode(binding(c.binding(), end), span);
    }
    if (ctx instanceof MarvelParser.GroupOpContext c) {
      return new Operator.Aggregate(items(c.item(), end), bindings(c.binding(), end), span);
    }
    if (ctx instanceof MarvelParser.AggregateOpContext c) {
      return new Operator.Aggregate(List.of(), bindings(c.binding(), end), span);
    }
    if (ctx instanceof MarvelParser.DistinctOpContext) {
      return new Operator.Distinct(span);
    }
    if (ctx instanceof MarvelParser.OrderOpContext c) {
      List<Operator.SortKey> keys = new ArrayList<>();
      for (MarvelParser.SortKeyContext k : c.sortKey()) {
        Span ks = NameBuilder.span(k);
        keys.add(new Operator.SortKey(exprs.expr(k.expr(), ks.end()), k.DESC() != null, ks));
      }
      return new Operator.OrderBy(keys, span);
    }
    if (ctx instanceof MarvelParser.LimitOpContext c) {
      return new Operator.Limit(exprs.expr(c.expr(), end), span);
    }
    return new Operator.Where(new Expr.Missing(span), span);
  }

  private List<Operator.Item> items(List<MarvelParser.ItemContext> ctxs, int fallbackOffset) {
    List<Operator.Item> items = new ArrayList<>();
    for (MarvelParser.ItemContext item : ctxs) {
      Span span = NameBuilder.span(item);
      Optional<Ident> name = item.EQ() == null ? Optional.empty() : Optional.of(names.ident(item.name(), span.start()));
      items.add(new Operator.Item(name, exprs.expr(item.expr(), span.end()), span));
    }
    if (items.isEmpty()) {
      Span at = new Span(fallbackOffset, 0);
      items.add(new Operator.Item(Optional.empty(), new Expr.Missing(at), at));
    }
    return items;
  }

  private List<Operator.Binding> bindings(List<MarvelParser.BindingContext> ctxs, int fallbackOffset) {
    List<Operator.Binding> bindings = new ArrayList<>();
    for (MarvelParser.BindingContext b : ctxs) {
      bindings.add(binding(b, fallbackOffset));
    }
    return bindings;
  }

  private Operator.Binding binding(MarvelParser.BindingContext ctx, int fallbackOffset) {
    if (ctx == null) {
      Span at = new Span(fallbackOffset, 0);
      return new Operator.Binding(new Ident("", at), new Expr.Missing(at), at);
    }
    Span span = NameBuilder.span(ctx);
    return new Operator.Binding(names.ident(ctx.name(), span.start()), exprs.expr(ctx.expr(), span.end()), span);
  }

  private static Source.JoinKind joinKind(int type) {
    return switch (type) {
      case MarvelParser.LEFT -> Source.JoinKind.LEFT;
      case MarvelParser.RIGHT -> Source.JoinKind.RIGHT;
      case MarvelParser.FULL -> Source.JoinKind.FULL;
      default -> Source.JoinKind.INNER;
    };
  }

}
