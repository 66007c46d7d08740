package dev.marvel.ast;

import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import java.util.List;

/** One parsed {@code .mvl} file: schemas, function declarations and pipelines, in source order. */
public record Program(SourceFile file, List<Decl> decls, Span span) implements Node {
  public Program {
    decls = List.copyOf(decls);
  }

  public List<Decl.Pipeline> pipelines() {
    return decls.stream().filter(Decl.Pipeline.class::isInstance).map(Decl.Pipeline.class::cast).toList();
  }

  public List<Decl.Schema> schemas() {
    return decls.stream().filter(Decl.Schema.class::isInstance).map(Decl.Schema.class::cast).toList();
  }

  public List<Decl.UseFunction> functions() {
    return decls.stream().filter(Decl.UseFunction.class::isInstance).map(Decl.UseFunction.class::cast).toList();
  }
}
