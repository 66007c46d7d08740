package dev.marvel.analysis;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Format;
import dev.marvel.types.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@code text(…)}, {@code csv(…)} or {@code tsv(…)} clause of a read or write: the
 * format is known, the path is a path or string, and options are known with literal values of
 * the right shape (header a bool, delimiter and quote one character).
 */
final class FormatChecker {
  static final List<String> FORMATS = List.of("text", "csv", "tsv");
  private static final List<String> DELIMITED_OPTIONS = List.of("header", "delimiter", "quote");

  private final AnalysisMessages messages;
  private final ExprChecker exprs;

  FormatChecker(AnalysisMessages messages, ExprChecker exprs) {
    this.messages = messages;
    this.exprs = exprs;
  }

  /** Whether the format name is known (errors about it are reported either way). */
  boolean check(Format format, Scope params) {
    Type path = exprs.check(format.path(), params);
    if (!Type.assignable(path, Type.PATH)) {
      messages.pathType(format.path().span(), path);
    }
    String name = format.name().name();
    if (format.name().isMissing()) {
      return false;
    }
    if (!FORMATS.contains(name)) {
      messages.unknownFormat(format.name().span(), name, FORMATS);
      return false;
    }
    List<String> allowed = name.equals("text") ? List.of() : DELIMITED_OPTIONS;
    Set<String> seen = new HashSet<>();
    for (Format.NamedArg option : format.options()) {
      String key = option.name().name();
      exprs.check(option.value(), params);
      if (!allowed.contains(key)) {
        messages.unknownOption(option.name().span(), name, key, allowed);
      } else if (!seen.add(key)) {
        messages.badOption(option.span(), key, "given once");
      } else if (key.equals("header") && !(option.value() instanceof Expr.BoolLit)) {
        messages.badOption(option.value().span(), key, "`true` or `false`");
      } else if (!key.equals("header") && !(option.value() instanceof Expr.StringLit s && s.value().length() == 1)) {
        messages.badOption(option.value().span(), key, "a string of exactly one character, e.g. \";\"");
      }
    }
    return true;
  }
}
