package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A function a program may call: a stdlib builtin, or a linked {@code use function} UDF (then
 * {@code udf} is its declaration).
 */
public record CatalogFunction(FunctionSignature signature, Method method, boolean nullSafe, Optional<Decl.UseFunction> udf) {

  public String name() {
    return signature.name();
  }
}
