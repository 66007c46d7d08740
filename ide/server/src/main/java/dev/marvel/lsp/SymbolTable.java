package dev.marvel.lsp;

import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.NameBinding;
import dev.marvel.ast.Decl;
import dev.marvel.ast.Expr;
import dev.marvel.ast.Ident;
import dev.marvel.ast.Node;
import dev.marvel.ast.Program;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every occurrence of a dataset, parameter or schema name in a program, in source order. Dataset
 * and schema names are found from the syntax alone; a bare name is a parameter reference when
 * analysis bound it to one (or, before analysis could run, when the pipeline has a parameter of
 * that name). A join side without an alias qualifies its columns by the dataset name
 * ({@code r.pageURL}), so those qualifiers are dataset references too.
 */
final class SymbolTable {
  private final List<Symbol> symbols = new ArrayList<>();

  SymbolTable(Program program, Optional<AnalyzedProgram> analysis) {
    for (Decl.Schema s : program.schemas()) {
      add(Symbol.Kind.SCHEMA, -1, s.name(), true);
    }
    List<Decl.Pipeline> pipelines = program.pipelines();
    for (int i = 0; i < pipelines.size(); i++) {
      pipeline(i, pipelines.get(i), analysis);
    }
    symbols.sort(Comparator.comparingInt((Symbol s) -> s.span().start()));
  }

  List<Symbol> all() {
    return List.copyOf(symbols);
  }

  /** The occurrence whose name the offset is on (its end counts, as the cursor after a word). */
  Optional<Symbol> at(int offset) {
    return symbols.stream().filter(s -> s.span().contains(offset)).findFirst();
  }

  List<Symbol> occurrencesOf(Symbol symbol) {
    return symbols.stream().filter(symbol::sameSymbol).toList();
  }

  Optional<Symbol> declarationOf(Symbol symbol) {
    return symbols.stream().filter(s -> s.declaration() && symbol.sameSymbol(s)).findFirst();
  }

  private void pipeline(int scope, Decl.Pipeline p, Optional<AnalyzedProgram> analysis) {
    Set<String> params = p.params().stream().map(x -> x.name().name()).collect(Collectors.toSet());
    for (Decl.Param param : p.params()) {
      add(Symbol.Kind.PARAMETER, scope, param.name(), true);
      param.defaultValue().ifPresent(d -> walk(d, scope, params, analysis, Set.of()));
    }
    for (Statement s : p.body()) {
      if (s instanceof Statement.Assign a) {
        add(Symbol.Kind.DATASET, scope, a.name(), true);
        walk(a.value(), scope, params, analysis, unaliasedJoinSides(a.value().source()));
      } else if (s instanceof Statement.Write w) {
        add(Symbol.Kind.DATASET, scope, w.dataset(), false);
        walk(w.format(), scope, params, analysis, Set.of());
      }
    }
  }

  private static Set<String> unaliasedJoinSides(Source source) {
    if (source instanceof Source.Join j) {
      return java.util.stream.Stream.of(j.left(), j.right()).filter(side -> side.alias().isEmpty())
          .map(side -> side.dataset().name()).collect(Collectors.toSet());
    }
    return Set.of();
  }

  private void walk(Node node, int scope, Set<String> params, Optional<AnalyzedProgram> analysis, Set<String> qualifiers) {
    if (node instanceof Source.DatasetRef d) {
      add(Symbol.Kind.DATASET, scope, d.name(), false);
    } else if (node instanceof Source.JoinSide side) {
      add(Symbol.Kind.DATASET, scope, side.dataset(), false);
      return;
    } else if (node instanceof Source.Union u) {
      u.inputs().forEach(in -> add(Symbol.Kind.DATASET, scope, in, false));
    } else if (node instanceof Source.NamedSchema s) {
      add(Symbol.Kind.SCHEMA, -1, s.name(), false);
    } else if (node instanceof Expr.Name n) {
      name(n, scope, params, analysis, qualifiers);
      return;
    }
    for (Node child : AstChildren.of(node)) {
      walk(child, scope, params, analysis, qualifiers);
    }
  }

  private void name(Expr.Name n, int scope, Set<String> params, Optional<AnalyzedProgram> analysis, Set<String> qualifiers) {
    if (n.qualifier().isPresent()) {
      if (qualifiers.contains(n.qualifier().get().name())) {
        add(Symbol.Kind.DATASET, scope, n.qualifier().get(), false);
      }
      return;
    }
    boolean parameter = analysis.isPresent()
        ? analysis.get().findBinding(n).filter(NameBinding.ParamRef.class::isInstance).isPresent()
        : params.contains(n.name().name());
    if (parameter) {
      add(Symbol.Kind.PARAMETER, scope, n.name(), false);
    }
  }

  private void add(Symbol.Kind kind, int scope, Ident ident, boolean declaration) {
    if (!ident.isMissing()) {
      symbols.add(new Symbol(kind, scope, ident.name(), ident.span(), declaration));
    }
  }
}
