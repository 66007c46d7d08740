package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.stdlib.Builtin;
import dev.marvel.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionCatalogTest {

  @Test
  void readsEveryStdlibSignature() {
    FunctionCatalog catalog = FunctionCatalog.standard();
    assertTrue(catalog.names().containsAll(List.of("lower", "tokenize", "regex_matches", "substr")));
    FunctionSignature substr = catalog.overloads("substr").get(0).signature();
    assertEquals(List.of(Type.STRING, Type.INT, Type.INT), substr.params());
    assertEquals("substr(s: string, start: int, len: int): string", substr.display());
    assertEquals(new Type.ListOf(Type.STRING), catalog.overloads("tokenize").get(0).signature().result());
    assertEquals(3, catalog.overloads("abs").size());
  }

  @Test
  void rejectsAMalformedSignatureLoudly() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> FunctionCatalog.ofBuiltins(List.of(Broken.class)));
    assertTrue(e.getMessage().contains("`strin` in `(strin): string` is not a type"), e.getMessage());
  }

  /** A stdlib defect the catalog must not hide. */
  public static final class Broken {
    @Builtin(name = "oops", signature = "(strin): string", params = {"s"}, doc = "Broken on purpose.")
    public static String oops(String s) {
      return s;
    }
  }
}
