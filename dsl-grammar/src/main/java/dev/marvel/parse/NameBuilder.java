package dev.marvel.parse;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Ident;
import dev.marvel.ast.TypeRef;
import dev.marvel.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The part of the AST builder for names, types and spans. A name the parser had to skip or invent
 * becomes an {@link Ident} with an empty name at the place it was expected.
 */
final class NameBuilder {

  Ident ident(MarvelParser.NameContext ctx, int fallbackOffset) {
    if (ctx == null) {
      return new Ident("", new Span(fallbackOffset, 0));
    }
    Token token = realToken(ctx);
    if (token == null) {
      return new Ident("", new Span(Math.max(0, ctx.start.getStartIndex()), 0));
    }
    String text = token.getText();
    if (token.getType() == MarvelParser.QUOTED_IDENT) {
      int end = text.endsWith("`") && text.length() >= 2 ? text.length() - 1 : text.length();
      text = text.substring(1, end);
    }
    return new Ident(text, span(token));
  }

  List<Ident> qualifiedName(MarvelParser.QualifiedNameContext ctx, int fallbackOffset) {
    List<Ident> parts = new ArrayList<>();
    if (ctx != null) {
      for (MarvelParser.NameContext part : ctx.name()) {
        parts.add(ident(part, end(ctx)));
      }
    }
    if (parts.isEmpty()) {
      parts.add(new Ident("", new Span(fallbackOffset, 0)));
    }
    return parts;
  }

  /** The fields of a schema or an inline {@code as (...)} schema. */
  List<Decl.Field> fields(MarvelParser.FieldListContext ctx) {
    List<Decl.Field> fields = new ArrayList<>();
    if (ctx != null) {
      for (MarvelParser.FieldContext f : ctx.field()) {
        Span span = span(f);
        fields.add(new Decl.Field(ident(f.name(), span.start()), type(f.type(), span.end()), span));
      }
    }
    return fields;
  }

  TypeRef type(MarvelParser.TypeContext ctx, int fallbackOffset) {
    if (ctx == null) {
      return new TypeRef(new Ident("", new Span(fallbackOffset, 0)), List.of(), new Span(fallbackOffset, 0));
    }
    Ident name = typeName(ctx.typeName());
    List<TypeRef> args = new ArrayList<>();
    for (MarvelParser.TypeContext arg : ctx.type()) {
      args.add(type(arg, end(ctx)));
    }
    return new TypeRef(name, args, span(ctx));
  }

  private Ident typeName(MarvelParser.TypeNameContext ctx) {
    Token token = ctx == null ? null : realToken(ctx);
    if (token == null) {
      int at = ctx == null ? 0 : Math.max(0, ctx.start.getStartIndex());
      return new Ident("", new Span(at, 0));
    }
    return new Ident(token.getText(), span(token));
  }

  /** The first token the rule really matched: not one invented or skipped by error recovery. */
  private static Token realToken(ParserRuleContext ctx) {
    if (ctx.children == null) {
      return null;
    }
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t && !(child instanceof ErrorNode) && t.getSymbol().getTokenIndex() >= 0) {
        return t.getSymbol();
      }
    }
    return null;
  }

  static Span span(Token token) {
    if (token.getStartIndex() < 0) {
      return new Span(0, 0);
    }
    return new Span(token.getStartIndex(), Math.max(0, token.getStopIndex() - token.getStartIndex() + 1));
  }

  /** From the first to the last token of a rule; empty at its start if it matched nothing. */
  static Span span(ParserRuleContext ctx) {
    int start = Math.max(0, ctx.start.getStartIndex());
    Token stop = ctx.stop;
    if (stop == null || stop.getTokenIndex() < ctx.start.getTokenIndex() || stop.getStopIndex() < start) {
      return new Span(start, 0);
    }
    return new Span(start, stop.getStopIndex() - start + 1);
  }

  /** The offset just after a rule's last token: where something missing from its end belongs. */
  static int end(ParserRuleContext ctx) {
    return span(ctx).end();
  }

  static boolean isReal(TerminalNode node) {
    return node != null && !(node instanceof ErrorNode) && node.getSymbol().getTokenIndex() >= 0;
  }
}
