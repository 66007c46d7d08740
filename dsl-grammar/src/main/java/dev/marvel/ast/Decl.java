package dev.marvel.ast;

import dev.marvel.source.Span;
import java.util.List;
import java.util.Optional;

/** Top-level declarations of a file. */
public sealed interface Decl extends Node {

  /** {@code schema Rankings (pageURL: string, pageRank: int)} */
  record Schema(Ident name, List<Field> fields, Span span) implements Decl {
    public Schema {
      fields = List.copyOf(fields);
    }
  }

  /**
   * {@code use function com.acme.Udfs.normalize(string): string [as norm]}: a static Java method
   * found on {@code --classpath}, callable as {@code norm(...)} (or by its method name).
   */
  record UseFunction(
      List<Ident> qualifiedName, List<TypeRef> params, TypeRef result, Optional<Ident> alias, Span span)
      implements Decl {
    public UseFunction {
      qualifiedName = List.copyOf(qualifiedName);
      params = List.copyOf(params);
    }

    /** The name the pipeline calls it by: the alias, else the method name. */
    public Ident callName() {
      return alias.orElse(qualifiedName.get(qualifiedName.size() - 1));
    }

    public String javaClassName() {
      return String.join(".", qualifiedName.subList(0, qualifiedName.size() - 1).stream().map(Ident::name).toList());
    }

    public String methodName() {
      return qualifiedName.get(qualifiedName.size() - 1).name();
    }
  }

  /** {@code pipeline wordcount(input: path, output: path) { ... }} */
  record Pipeline(Ident name, List<Param> params, List<Statement> body, Span span) implements Decl {
    public Pipeline {
      params = List.copyOf(params);
      body = List.copyOf(body);
    }
  }

  /** {@code k: int = 10}; the default may be overridden from the command line. */
  record Param(Ident name, TypeRef type, Optional<Expr> defaultValue, Span span) implements Node {}

  /** {@code pageRank: int} in a schema. */
  record Field(Ident name, TypeRef type, Span span) implements Node {}
}
