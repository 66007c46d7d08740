package dev.marvel.analysis;

import dev.marvel.stdlib.Builtin;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The functions a program can call, by name: the {@code @Builtin} methods of the given classes,
 * plus (per program) the UDFs its {@code use function} declarations linked. A name may have
 * several overloads ({@code abs(int): int}, {@code abs(double): double}).
 */
public final class FunctionCatalog {
  private final Map<String, List<CatalogFunction>> byName;
  /** UDFs declared by the program that could not be linked; calls to them are not errors again. */
  private final Set<String> unlinked;

  private FunctionCatalog(Map<String, List<CatalogFunction>> byName, Set<String> unlinked) {
    this.byName = byName;
    this.unlinked = unlinked;
  }

  /** The language's stdlib: the {@code @Builtin} methods of {@link dev.marvel.stdlib.Catalog#builtinClasses()}. */
  public static FunctionCatalog standard() {
    return ofBuiltins(dev.marvel.stdlib.Catalog.builtinClasses());
  }

  /**
   * Scans {@code classes} for public static {@code @Builtin} methods. A malformed signature is a
   * defect of the stdlib, so it fails loudly with {@link IllegalStateException}.
   */
  public static FunctionCatalog ofBuiltins(List<Class<?>> classes) {
    Map<String, List<CatalogFunction>> byName = new TreeMap<>();
    for (Class<?> c : classes) {
      Method[] methods = c.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
      for (Method m : methods) {
        Builtin b = m.getAnnotation(Builtin.class);
        if (b == null || !Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        FunctionSignature sig;
        try {
          sig = FunctionSignature.ofBuiltin(b.name(), List.of(b.params()), b.signature());
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException("@Builtin " + b.name() + " on " + m + ": " + e.getMessage(), e);
        }
        byName.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(new CatalogFunction(sig, m, b.nullSafe(), Optional.empty()));
      }
    }
    return new FunctionCatalog(freeze(byName), Set.of());
  }

  /**
   * This catalog plus linked UDFs; a UDF named like a builtin replaces it (the program asked for
   * it). {@code unlinked} names declared UDFs whose linking failed (already reported).
   */
  FunctionCatalog withUdfs(List<CatalogFunction> udfs, Set<String> unlinked) {
    Map<String, List<CatalogFunction>> copy = new TreeMap<>(byName);
    for (CatalogFunction f : udfs) {
      copy.put(f.name(), List.of(f));
    }
    return new FunctionCatalog(freeze(copy), Set.copyOf(unlinked));
  }

  /** Whether {@code name} is a declared UDF that could not be linked. */
  boolean isUnlinked(String name) {
    return unlinked.contains(name);
  }

  public List<CatalogFunction> overloads(String name) {
    return byName.getOrDefault(name, List.of());
  }

  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** Every callable name, sorted. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** Every function, sorted by name then declaration order; for completion and documentation. */
  public List<CatalogFunction> all() {
    return byName.values().stream().flatMap(List::stream).toList();
  }

  private static Map<String, List<CatalogFunction>> freeze(Map<String, List<CatalogFunction>> m) {
    Map<String, List<CatalogFunction>> frozen = new TreeMap<>();
    m.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(frozen);
  }
}
