package dev.marvel.stdlib;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where the compiler finds the language's built-in functions: every {@code public static} method
 * annotated with {@link Builtin} in {@link #builtinClasses()}. Both lists are in a fixed order so
 * that anything derived from them (completion lists, generated code) is deterministic.
 */
public final class Catalog {

  private static final List<Class<?>> CLASSES = List.of(
      DateFunctions.class,
      MathFunctions.class,
      NullFunctions.class,
      RegexFunctions.class,
      StringFunctions.class);

  private static final List<Method> BUILTINS = collect();

  private Catalog() {}

  /** The classes holding built-in functions, sorted by class name. */
  public static List<Class<?>> builtinClasses() {
    return CLASSES;
  }

  /** Every built-in function, sorted by Marvel name, then signature. */
  public static List<Method> builtins() {
    return BUILTINS;
  }

  /** The overloads of the built-in called {@code name}, in signature order; empty if none. */
  public static List<Method> named(String name) {
    return BUILTINS.stream()
        .filter(m -> m.getAnnotation(Builtin.class).name().equals(name))
        .toList();
  }

  private static List<Method> collect() {
    List<Method> methods = new ArrayList<>();
    for (Class<?> c : CLASSES) {
      Arrays.stream(c.getDeclaredMethods())
          .filter(m -> m.isAnnotationPresent(Builtin.class))
          .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
          .forEach(methods::add);
    }
    methods.sort(Comparator
        .comparing((Method m) -> m.getAnnotation(Builtin.class).name())
        .thenComparing(m -> m.getAnnotation(Builtin.class).signature()));
    return List.copyOf(methods);
  }
}
