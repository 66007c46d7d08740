package dev.marvel.ast;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.List;

/**
 * A deterministic, indented S-expression dump of a {@link Program} for golden files and debugging:
 * one node per line, its span as {@code [line:col-line:col]} (end exclusive), names in backquotes
 * ({@code `<missing>`} where the parser found none), strings quoted with Java escapes.
 */
public final class AstPrinter {
  private final SourceFile file;
  private final StringBuilder out = new StringBuilder();
  private int depth;

  private AstPrinter(SourceFile file) {
    this.file = file;
  }

  public static String print(Program program) {
    AstPrinter p = new AstPrinter(program.file());
    p.program(program);
    return p.out.toString();
  }

  private void program(Program program) {
    open("program", program.span(), quote(file.name()));
    for (Decl decl : program.decls()) {
      decl(decl);
    }
    close();
  }

  private void decl(Decl decl) {
    if (decl instanceof Decl.Schema s) {
      open("schema", s.span(), name(s.name()));
      s.fields().forEach(this::field);
      close();
    } else if (decl instanceof Decl.UseFunction f) {
      String qualified = String.join(".", f.qualifiedName().stream().map(AstPrinter::name).toList());
      open("use-function", f.span(), qualified + f.alias().map(a -> " as " + name(a)).orElse(""));
      open("params", f.span(), "");
      f.params().forEach(this::type);
      close();
      open("result", f.result().span(), "");
      type(f.result());
      close();
      close();
    } else if (decl instanceof Decl.Pipeline p) {
      open("pipeline", p.span(), name(p.name()));
      for (Decl.Param param : p.params()) {
        open("param", param.span(), name(param.name()));
        type(param.type());
        param.defaultValue().ifPresent(this::expr);
        close();
      }
      p.body().forEach(this::statement);
      close();
    }
  }

  private void field(Decl.Field field) {
    open("field", field.span(), name(field.name()));
    type(field.type());
    close();
  }

  private void type(TypeRef type) {
    open("type", type.span(), name(type.name()));
    type.args().forEach(this::type);
    close();
  }

  private void statement(Statement statement) {
    if (statement instanceof Statement.Assign a) {
      open("assign", a.span(), name(a.name()));
      flow(a.value());
      close();
    } else if (statement instanceof Statement.Write w) {
      open("write", w.span(), name(w.dataset()));
      format(w.format());
      close();
    }
  }

  private void flow(Flow flow) {
    open("flow", flow.span(), "");
    source(flow.source());
    flow.ops().forEach(this::operator);
    close();
  }

  private void source(Source source) {
    if (source instanceof Source.Read r) {
      open("read", r.span(), "");
      format(r.format());
      r.schema().ifPresent(this::schemaRef);
      close();
    } else if (source instanceof Source.DatasetRef d) {
      leaf("dataset", d.span(), name(d.name()));
    } else if (source instanceof Source.Join j) {
      open("join", j.span(), j.kind().name().toLowerCase());
      joinSide(j.left());
      joinSide(j.right());
      expr(j.condition());
      close();
    } else if (source instanceof Source.Union u) {
      leaf("union", u.span(), String.join(" ", u.inputs().stream().map(AstPrinter::name).toList()));
    }
  }

  private void joinSide(Source.JoinSide side) {
    String alias = side.alias().map(a -> " as " + name(a)).orElse("");
    leaf("side", side.span(), (side.broadcast() ? "broadcast " : "") + name(side.dataset()) + alias);
  }

  private void schemaRef(Source.SchemaRef ref) {
    if (ref instanceof Source.NamedSchema n) {
      leaf("schema-ref", n.span(), name(n.name()));
    } else if (ref instanceof Source.InlineSchema s) {
      open("inline-schema", s.span(), "");
      s.fields().forEach(this::field);
      close();
    }
  }

  private void format(Format format) {
    open("format", format.span(), name(format.name()));
    expr(format.path());
    for (Format.NamedArg option : format.options()) {
      open("option", option.span(), name(option.name()));
      expr(option.value());
      close();
    }
    close();
  }

  private void operator(Operator op) {
    if (op instanceof Operator.Where w) {
      open("where", w.span(), "");
      expr(w.condition());
    } else if (op instanceof Operator.Select s) {
      open("select", s.span(), "");
      s.items().forEach(this::item);
    } else if (op instanceof Operator.Extend e) {
      open("extend", e.span(), "");
      e.bindings().forEach(this::binding);
    } else if (op instanceof Operator.Explode e) {
      open("explode", e.span(), "");
      binding(e.binding());
    } else if (op instanceof Operator.Aggregate a) {
      open("aggregate", a.span(), "");
      open("keys", a.span(), "");
      a.keys().forEach(this::item);
      close();
      a.aggregates().forEach(this::binding);
    } else if (op instanceof Operator.Distinct d) {
      open("distinct", d.span(), "");
    } else if (op instanceof Operator.OrderBy o) {
      open("order-by", o.span(), "");
      for (Operator.SortKey key : o.keys()) {
        open("key", key.span(), key.descending() ? "desc" : "asc");
        expr(key.expr());
        close();
      }
    } else if (op instanceof Operator.Limit l) {
      open("limit", l.span(), "");
      expr(l.count());
    }
    close();
  }

  private void item(Operator.Item item) {
    open("item", item.span(), item.name().map(AstPrinter::name).orElse(""));
    expr(item.expr());
    close();
  }

  private void binding(Operator.Binding binding) {
    open("binding", binding.span(), name(binding.name()));
    expr(binding.expr());
    close();
  }

  private void expr(Expr e) {
    if (e instanceof Expr.IntLit i) {
      leaf(i.isLong() ? "long" : "int", i.span(), Long.toString(i.value()));
    } else if (e instanceof Expr.DoubleLit d) {
      leaf("double", d.span(), Double.toString(d.value()));
    } else if (e instanceof Expr.StringLit s) {
      leaf("string", s.span(), quote(s.value()));
    } else if (e instanceof Expr.BoolLit b) {
      leaf("bool", b.span(), Boolean.toString(b.value()));
    } else if (e instanceof Expr.NullLit n) {
      leaf("null", n.span(), "");
    } else if (e instanceof Expr.DateLit d) {
      leaf("date", d.span(), quote(d.text()));
    } else if (e instanceof Expr.Name n) {
      leaf("name", n.span(), n.qualifier().map(q -> name(q) + ".").orElse("") + name(n.name()));
    } else if (e instanceof Expr.Missing m) {
      leaf("missing", m.span(), "");
    } else {
      compound(e);
    }
  }

  private void compound(Expr e) {
    if (e instanceof Expr.Call c) {
      open("call", c.span(), name(c.function()));
      c.args().forEach(this::expr);
    } else if (e instanceof Expr.Binary b) {
      open("binary", b.span(), b.op().symbol());
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.Unary u) {
      open("unary", u.span(), u.op().symbol());
      expr(u.operand());
    } else if (e instanceof Expr.Between b) {
      open(b.negated() ? "not-between" : "between", b.span(), "");
      List.of(b.value(), b.low(), b.high()).forEach(this::expr);
    } else if (e instanceof Expr.In in) {
      open(in.negated() ? "not-in" : "in", in.span(), "");
      expr(in.value());
      in.options().forEach(this::expr);
    } else if (e instanceof Expr.IsNull n) {
      open(n.negated() ? "is-not-null" : "is-null", n.span(), "");
      expr(n.value());
    } else if (e instanceof Expr.Matches m) {
      open("matches", m.span(), "");
      expr(m.value());
      expr(m.pattern());
    } else if (e instanceof Expr.If i) {
      open("if", i.span(), "");
      List.of(i.condition(), i.then(), i.otherwise()).forEach(this::expr);
    } else if (e instanceof Expr.Case c) {
      open("case", c.span(), "");
      for (Expr.When when : c.whens()) {
        open("when", when.span(), "");
        expr(when.condition());
        expr(when.result());
        close();
      }
      c.otherwise().ifPresent(this::otherwise);
    } else if (e instanceof Expr.Cast c) {
      open("cast", c.span(), "");
      expr(c.value());
      type(c.type());
    }
    close();
  }

  private void otherwise(Expr e) {
    open("else", e.span(), "");
    expr(e);
    close();
  }

  private void open(String kind, Span span, String detail) {
    indent();
    out.append('(').append(kind).append(' ').append(position(span));
    if (!detail.isEmpty()) {
      out.append(' ').append(detail);
    }
    depth++;
  }

  private void close() {
    depth--;
    out.append(")");
    if (depth == 0) {
      out.append('\n');
    }
  }

  private void leaf(String kind, Span span, String detail) {
    open(kind, span, detail);
    close();
  }

  private void indent() {
    if (depth > 0) {
      out.append('\n');
    }
    out.append("  ".repeat(depth));
  }

  private String position(Span span) {
    return "[" + file.line(span.start()) + ":" + file.column(span.start()) + "-"
        + file.line(span.end()) + ":" + file.column(span.end()) + "]";
  }

  private static String name(Ident ident) {
    return "`" + (ident.isMissing() ? "<missing>" : ident.name()) + "`";
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u{%X}", c));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.append('"').toString();
  }
}
