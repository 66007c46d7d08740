package dev.marvel.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every built-in's declared signature must be what its Java method really takes and returns. */
class CatalogTest {

  private static final Map<String, Class<?>> PRIMITIVE = Map.of(
      "int", int.class, "long", long.class, "double", double.class, "bool", boolean.class,
      "string", String.class, "date", int.class, "path", String.class);

  private static final Map<String, Class<?>> BOXED = Map.of(
      "int", Integer.class, "long", Long.class, "double", Double.class, "bool", Boolean.class,
      "string", String.class, "date", Integer.class, "path", String.class);

  @Test
  void everySignatureParsesAndMatchesItsJavaMethod() {
    assertFalse(Catalog.builtins().isEmpty());
    for (Method m : Catalog.builtins()) {
      assertEquals(List.of(), problems(m), m.toString());
    }
  }

  @Test
  void theCheckCatchesWrongSignatures() throws NoSuchMethodException {
    assertEquals(List.of("result is int, not string"),
        problems(WrongSignatures.class.getMethod("wrongResult", String.class)));
    assertEquals(List.of("parameter 1 is java.lang.String, not int"),
        problems(WrongSignatures.class.getMethod("wrongParam", String.class, String.class)));
    assertEquals(List.of("2 parameters but the signature has 1", "1 params() names for 2 parameters"),
        problems(WrongSignatures.class.getMethod("wrongArity", String.class, String.class)));
    assertEquals(List.of("parameter 0 is java.util.List<java.lang.Integer>, not list<string>"),
        problems(WrongSignatures.class.getMethod("wrongElement", List.class)));
    assertEquals(List.of("parameter 0 is int, not int"),
        problems(WrongSignatures.class.getMethod("primitiveButNullSafe", int.class)));
  }

  /** Deliberately wrong declarations, to show the check above can fail. */
  static final class WrongSignatures {
    @Builtin(name = "a", signature = "(string): string", params = {"s"}, doc = "Wrong result.")
    public static int wrongResult(String s) {
      return 0;
    }

    @Builtin(name = "b", signature = "(string, int): string", params = {"s", "n"}, doc = "Wrong.")
    public static String wrongParam(String s, String n) {
      return s;
    }

    @Builtin(name = "c", signature = "(string): string", params = {"s"}, doc = "Wrong arity.")
    public static String wrongArity(String s, String t) {
      return s;
    }

    @Builtin(name = "d", signature = "(list<string>): int", params = {"xs"}, doc = "Wrong list.")
    public static int wrongElement(List<Integer> xs) {
      return 0;
    }

    @Builtin(name = "e", signature = "(int): int", params = {"x"}, doc = "Not boxed.",
        nullSafe = true)
    public static Integer primitiveButNullSafe(int x) {
      return x;
    }
  }

  /** What is wrong with the declaration of {@code m}, empty when nothing is. */
  private static List<String> problems(Method m) {
    Builtin b = m.getAnnotation(Builtin.class);
    BuiltinSignature sig = BuiltinSignature.parse(b.signature());
    List<String> problems = new ArrayList<>();
    Type[] javaParams = m.getGenericParameterTypes();
    if (javaParams.length != sig.params().size()) {
      problems.add(javaParams.length + " parameters but the signature has " + sig.params().size());
    }
    if (b.params().length != javaParams.length) {
      problems.add(b.params().length + " params() names for " + javaParams.length + " parameters");
    }
    for (int i = 0; i < Math.min(javaParams.length, sig.params().size()); i++) {
      if (!maps(sig.params().get(i), javaParams[i], b.nullSafe())) {
        problems.add("parameter " + i + " is " + javaParams[i].getTypeName() + ", not "
            + sig.params().get(i));
      }
    }
    Type result = m.getGenericReturnType();
    // A boxed result is allowed everywhere: it says the function may return null.
    if (!maps(sig.result(), result, false) && !maps(sig.result(), result, true)) {
      problems.add("result is " + result.getTypeName() + ", not " + sig.result());
    }
    return problems;
  }

  @Test
  void everyBuiltinIsDocumentedAndNamedInSnakeCase() {
    for (Method m : Catalog.builtins()) {
      Builtin b = m.getAnnotation(Builtin.class);
      assertTrue(b.name().matches("[a-z][a-z0-9_]*"), b.name());
      assertTrue(b.doc().length() > 10 && b.doc().endsWith("."), "doc of " + b.name());
      for (String p : b.params()) {
        assertTrue(p.matches("[a-z][a-z0-9_]*"), "param " + p + " of " + b.name());
      }
      assertEquals(b.params().length, new HashSet<>(Arrays.asList(b.params())).size(), b.name());
    }
  }

  @Test
  void noAnnotatedMethodIsLeftOutOfTheCatalog() {
    int annotated = 0;
    for (Class<?> c : Catalog.builtinClasses()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Builtin.class)) {
          annotated++;
          assertTrue(Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()),
              m + " must be public static");
        }
      }
    }
    assertEquals(annotated, Catalog.builtins().size());
  }

  @Test
  void overloadsOfOneNameHaveDistinctSignatures() {
    Set<String> seen = new HashSet<>();
    for (Method m : Catalog.builtins()) {
      Builtin b = m.getAnnotation(Builtin.class);
      String params = b.signature().substring(0, b.signature().indexOf("):"));
      assertTrue(seen.add(b.name() + params), "two overloads " + b.name() + params + ")");
    }
  }

  @Test
  void catalogOrderIsSortedAndStable() {
    List<String> names = Catalog.builtinClasses().stream().map(Class::getName).toList();
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names);

    List<String> keys = Catalog.builtins().stream()
        .map(m -> m.getAnnotation(Builtin.class))
        .map(b -> b.name() + " " + b.signature())
        .toList();
    List<String> sortedKeys = new ArrayList<>(keys);
    sortedKeys.sort(null);
    assertEquals(sortedKeys, keys);
  }

  @Test
  void theLanguagesFunctionsAreAllThere() {
    for (String name : List.of("lower", "upper", "trim", "length", "substr", "concat", "replace",
        "starts_with", "ends_with", "contains", "split", "tokenize", "regex_matches",
        "regex_extract", "regex_replace", "year", "month", "day", "date_diff", "date_add",
        "to_date", "abs", "round", "floor", "ceil", "sqrt", "pow", "ln", "coalesce")) {
      assertFalse(Catalog.named(name).isEmpty(), name);
    }
    assertEquals(3, Catalog.named("abs").size());
    assertEquals(List.of(), Catalog.named("no_such_function"));
  }

  /** Whether the Marvel type {@code marvel} is carried by the Java type {@code java}. */
  private static boolean maps(String marvel, Type java, boolean boxed) {
    String element = BuiltinSignature.elementOf(marvel);
    if (element != null) {
      return java instanceof ParameterizedType p
          && p.getRawType() == List.class
          && maps(element, p.getActualTypeArguments()[0], true);
    }
    return java == (boxed ? BOXED : PRIMITIVE).get(marvel);
  }
}
