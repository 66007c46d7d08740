package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.ast.Expr;
import dev.marvel.types.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a pipeline's parameter list: unique names, scalar types, defaults that are literals of the type. */
final class ParameterChecker {
  private final AnalysisMessages messages;
  private final TypeResolver types;
  private final ExprChecker exprs;

  ParameterChecker(AnalysisMessages messages, TypeResolver types, ExprChecker exprs) {
    this.messages = messages;
    this.types = types;
    this.exprs = exprs;
  }

  /** The parameters by name, in declaration order (a repeated name keeps the first). */
  Map<String, PipelineParameter> check(List<Decl.Param> params) {
    Map<String, PipelineParameter> out = new LinkedHashMap<>();
    for (Decl.Param p : params) {
      Type resolved = types.resolve(p.type());
      if (resolved instanceof Type.ListOf) {
        messages.typeNotAllowed(p.type().span(), resolved, "as a parameter type");
      }
      Type type = resolved instanceof Type.ListOf ? Type.NULL : resolved;
      Optional<Object> value = p.defaultValue().flatMap(d -> defaultValue(p, type, d));
      if (p.name().isMissing()) {
        continue;
      }
      if (out.containsKey(p.name().name())) {
        messages.duplicateParameter(p.name().span(), p.name().name());
        continue;
      }
      out.put(p.name().name(), new PipelineParameter(p.name().name(), type, value, p));
    }
    return out;
  }

  private Optional<Object> defaultValue(Decl.Param p, Type type, Expr d) {
    Scope none = Scope.paramsOnly(Map.of());
    if (d instanceof Expr.Missing || type == Type.NULL || type instanceof Type.ListOf) {
      return Optional.empty();
    }
    Type found = d instanceof Expr.StringLit || d instanceof Expr.DateLit || literalNumber(d) != null
        || d instanceof Expr.BoolLit ? exprs.checkAs(d, none, type) : null;
    Object value = null;
    if (found == Type.NULL) {
      return Optional.empty();
    }
    if (found != null && Type.assignable(found, type)) {
      value = switch ((Type.Scalar) type) {
        case INT -> literalNumber(d).intValue();
        case LONG -> literalNumber(d).longValue();
        case DOUBLE -> literalNumber(d).doubleValue();
        case BOOL -> ((Expr.BoolLit) d).value();
        case STRING, PATH -> ((Expr.StringLit) d).value();
        case DATE -> exprs.dateValueOf(d);
        case NULL -> null;
      };
    }
    if (value == null) {
      messages.badDefault(d.span(), p.name().name(), type, found == null ? "an expression" : found.display());
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** The value of {@code 42}, {@code -42}, {@code 1.5} or {@code -1.5}; null for anything else. */
  private static Number literalNumber(Expr e) {
    if (e instanceof Expr.IntLit i) {
      return i.value();
    }
    if (e instanceof Expr.DoubleLit d) {
      return d.value();
    }
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEG) {
      Number n = literalNumber(u.operand());
      return n instanceof Long l ? (Number) (-l) : n == null ? null : (Number) (-n.doubleValue());
    }
    return null;
  }
}
