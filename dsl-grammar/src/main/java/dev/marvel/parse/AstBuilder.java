package dev.marvel.parse;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Expr;
import dev.marvel.ast.Ident;
import dev.marvel.ast.Program;
import dev.marvel.ast.Statement;
import dev.marvel.ast.TypeRef;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Turns the parse tree into the immutable AST; the only place (with its parts {@link
 * FlowBuilder}, {@link ExpressionBuilder}, {@link LiteralBuilder} and {@link NameBuilder}) that
 * reads ANTLR contexts. This part builds the file and its declarations.
 */
final class AstBuilder {
  private final SourceFile file;
  private final Diagnostics diagnostics;
  private final NameBuilder names = new NameBuilder();
  private final ExpressionBuilder exprs;
  private final FlowBuilder flows;

  /** {@code syntaxErrorOnLine} tells which lines already have a syntax error, to stay quiet there. */
  AstBuilder(SourceFile file, Diagnostics diagnostics, IntPredicate syntaxErrorOnLine) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.exprs = new ExpressionBuilder(file, diagnostics, names);
    this.flows = new FlowBuilder(file, diagnostics, names, exprs, syntaxErrorOnLine);
  }

  Program program(MarvelParser.ProgramContext ctx) {
    List<Decl> decls = new ArrayList<>();
    for (MarvelParser.DeclContext d : ctx.decl()) {
      decl(d).ifPresent(decls::add);
    }
    return new Program(file, decls, new Span(0, file.text().length()));
  }

  private Optional<Decl> decl(MarvelParser.DeclContext ctx) {
    if (ctx.schemaDecl() != null) {
      return Optional.of(schema(ctx.schemaDecl()));
    }
    if (ctx.useFunctionDecl() != null) {
      return Optional.of(useFunction(ctx.useFunctionDecl()));
    }
    if (ctx.pipelineDecl() != null) {
      return Optional.of(pipeline(ctx.pipelineDecl()));
    }
    return Optional.empty();
  }

  private Decl.Schema schema(MarvelParser.SchemaDeclContext ctx) {
    Span span = NameBuilder.span(ctx);
    return new Decl.Schema(names.ident(ctx.name(), span.end()), names.fields(ctx.fieldList()), span);
  }

  private Decl.UseFunction useFunction(MarvelParser.UseFunctionDeclContext ctx) {
    Span span = NameBuilder.span(ctx);
    List<Ident> qualified = names.qualifiedName(ctx.qualifiedName(), span.end());
    List<TypeRef> params = new ArrayList<>();
    for (MarvelParser.TypeContext t : ctx.type()) {
      if (t != ctx.result) {
        params.add(names.type(t, span.end()));
      }
    }
    TypeRef result = names.type(ctx.result, span.end());
    Optional<Ident> alias = ctx.AS() == null ? Optional.empty() : Optional.of(names.ident(ctx.alias, span.end()));
    return new Decl.UseFunction(qualified, params, result, alias, span);
  }

  private Decl.Pipeline pipeline(MarvelParser.PipelineDeclContext ctx) {
    Span span = NameBuilder.span(ctx);
    List<Decl.Param> params = new ArrayList<>();
    if (ctx.paramList() != null) {
      for (MarvelParser.ParamContext p : ctx.paramList().param()) {
        params.add(param(p));
      }
    }
    List<Statement> body = new ArrayList<>();
    if (ctx.pipelineBody() != null) {
      for (MarvelParser.StatementContext s : ctx.pipelineBody().statement()) {
        flows.statement(s).ifPresent(body::add);
      }
    }
    return new Decl.Pipeline(names.ident(ctx.name(), span.end()), params, body, span);
  }

  private Decl.Param param(MarvelParser.ParamContext ctx) {
    Span span = NameBuilder.span(ctx);
    Optional<Expr> defaultValue = Optional.empty();
    if (ctx.EQ() != null) {
      Expr value = exprs.expr(ctx.expr(), span.end());
      if (!LiteralBuilder.isLiteral(value)) {
        diagnostics.error(SyntaxMessages.DEFAULT_NOT_LITERAL, file, value.span(), SyntaxMessages.defaultNotLiteral(),
            "not a literal", SyntaxMessages.defaultNotLiteralHelp());
      }
      defaultValue = Optional.of(value);
    }
    return new Decl.Param(names.ident(ctx.name(), span.start()), names.type(ctx.type(), span.end()), defaultValue, span);
  }
}
