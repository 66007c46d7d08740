package dev.marvel.lsp;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Expr;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Format;
import dev.marvel.ast.Node;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Program;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import dev.marvel.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The direct children of every AST node, in source order: one generic walk serves every provider. */
final class AstChildren {
  private AstChildren() {}

  static List<Node> of(Node n) {
    List<Node> c = new ArrayList<>();
    if (n instanceof Program p) {
      c.addAll(p.decls());
    } else if (n instanceof Decl.Schema s) {
      add(c, s.name(), s.fields());
    } else if (n instanceof Decl.Field f) {
      add(c, f.name(), f.type());
    } else if (n instanceof Decl.UseFunction u) {
      c.addAll(u.qualifiedName());
      c.addAll(u.params());
      c.add(u.result());
      u.alias().ifPresent(c::add);
    } else if (n instanceof Decl.Pipeline p) {
      add(c, p.name(), p.params(), p.body());
    } else if (n instanceof Decl.Param p) {
      add(c, p.name(), p.type(), p.defaultValue());
    } else if (n instanceof TypeRef t) {
      add(c, t.name(), t.args());
    } else if (n instanceof Statement.Assign a) {
      add(c, a.name(), a.value());
    } else if (n instanceof Statement.Write w) {
      add(c, w.dataset(), w.format());
    } else if (n instanceof Flow f) {
      add(c, f.source(), f.ops());
    } else if (n instanceof Format f) {
      add(c, f.name(), f.path(), f.options());
    } else if (n instanceof Format.NamedArg a) {
      add(c, a.name(), a.value());
    } else if (n instanceof Source s) {
      sourceChildren(s, c);
    } else if (n instanceof Source.JoinSide s) {
      add(c, s.dataset(), s.alias());
    } else if (n instanceof Source.NamedSchema s) {
      c.add(s.name());
    } else if (n instanceof Source.InlineSchema s) {
      c.addAll(s.fields());
    } else if (n instanceof Operator o) {
      operatorChildren(o, c);
    } else if (n instanceof Operator.Binding b) {
      add(c, b.name(), b.expr());
    } else if (n instanceof Operator.Item i) {
      add(c, i.name(), i.expr());
    } else if (n instanceof Operator.SortKey k) {
      c.add(k.expr());
    } else if (n instanceof Expr.When w) {
      add(c, w.condition(), w.result());
    } else if (n instanceof Expr e) {
      exprChildren(e, c);
    }
    return c;
  }

  private static void sourceChildren(Source s, List<Node> c) {
    if (s instanceof Source.Read r) {
      add(c, r.format(), r.schema());
    } else if (s instanceof Source.DatasetRef d) {
      c.add(d.name());
    } else if (s instanceof Source.Join j) {
      add(c, j.left(), j.right(), j.condition());
    } else if (s instanceof Source.Union u) {
      c.addAll(u.inputs());
    }
  }

  private static void operatorChildren(Operator o, List<Node> c) {
    if (o instanceof Operator.Where w) {
      c.add(w.condition());
    } else if (o instanceof Operator.Select s) {
      c.addAll(s.items());
    } else if (o instanceof Operator.Extend e) {
      c.addAll(e.bindings());
    } else if (o instanceof Operator.Explode e) {
      c.add(e.binding());
    } else if (o instanceof Operator.Aggregate a) {
      add(c, a.keys(), a.aggregates());
    } else if (o instanceof Operator.OrderBy ob) {
      c.addAll(ob.keys());
    } else if (o instanceof Operator.Limit l) {
      c.add(l.count());
    }
  }

  private static void exprChildren(Expr e, List<Node> c) {
    if (e instanceof Expr.Name n) {
      add(c, n.qualifier(), n.name());
    } else if (e instanceof Expr.Call call) {
      add(c, call.function(), call.args());
    } else if (e instanceof Expr.Binary b) {
      add(c, b.left(), b.right());
    } else if (e instanceof Expr.Unary u) {
      c.add(u.operand());
    } else if (e instanceof Expr.Between b) {
      add(c, b.value(), b.low(), b.high());
    } else if (e instanceof Expr.In in) {
      add(c, in.value(), in.options());
    } else if (e instanceof Expr.IsNull i) {
      c.add(i.value());
    } else if (e instanceof Expr.Matches m) {
      add(c, m.value(), m.pattern());
    } else if (e instanceof Expr.If i) {
      add(c, i.condition(), i.then(), i.otherwise());
    } else if (e instanceof Expr.Case k) {
      add(c, k.whens(), k.otherwise());
    } else if (e instanceof Expr.Cast k) {
      add(c, k.value(), k.type());
    }
  }

  /** Adds nodes, lists of nodes and optional nodes, in order. */
  private static void add(List<Node> c, Object... parts) {
    for (Object part : parts) {
      if (part instanceof Node node) {
        c.add(node);
      } else if (part instanceof Optional<?> o && o.isPresent()) {
        c.add((Node) o.get());
      } else if (part instanceof List<?> list) {
        list.forEach(x -> c.add((Node) x));
      }
    }
  }
}
