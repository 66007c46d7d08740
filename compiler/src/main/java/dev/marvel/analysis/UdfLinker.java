package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.ast.TypeRef;
import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Finds the Java method behind a {@code use function} declaration on the user's class path and
 * checks that it is public static and that its Java types are those the declared Marvel types
 * map to (int→int, long→long, double→double, bool→boolean, string→String, date→int,
 * path→String, list&lt;T&gt;→java.util.List).
 */
final class UdfLinker {
  private final AnalysisMessages messages;
  private final TypeResolver types;
  private final ClassLoader loader;

  UdfLinker(AnalysisMessages messages, TypeResolver types, ClassLoader loader) {
    this.messages = messages;
    this.types = types;
    this.loader = loader;
  }

  Optional<CatalogFunction> link(Decl.UseFunction u) {
    List<Type> params = new ArrayList<>();
    for (TypeRef p : u.params()) {
      params.add(types.resolve(p));
    }
    Type result = types.resolve(u.result());
    if (params.contains(Type.NULL) || result == Type.NULL || u.qualifiedName().stream().anyMatch(i -> i.isMissing())) {
      return Optional.empty();
    }
    String className = u.javaClassName();
    Span nameSpan = u.qualifiedName().get(0).span().to(u.qualifiedName().get(u.qualifiedName().size() - 1).span());
    Class<?> c;
    try {
      if (className.isEmpty()) {
        messages.udfClassNotFound(nameSpan, u.methodName(), "is not a qualified Java method name (write `package.Class.method`)");
        return Optional.empty();
      }
      c = Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      messages.udfClassNotFound(nameSpan, className, "was not found on the classpath");
      return Optional.empty();
    } catch (LinkageError e) {
      messages.udfClassNotFound(nameSpan, className, "could not be loaded (" + e + ")");
      return Optional.empty();
    }
    try {
      return method(u, c, params, result, nameSpan);
    } catch (LinkageError e) {
      // a method signature names a class that is missing from --classpath
      messages.udfClassNotFound(nameSpan, className, "could not be loaded (" + e + ")");
      return Optional.empty();
    }
  }

  private Optional<CatalogFunction> method(Decl.UseFunction u, Class<?> c, List<Type> params, Type result, Span nameSpan) {
    String className = c.getName();
    List<Method> named = Arrays.stream(c.getMethods()).filter(m -> m.getName().equals(u.methodName()))
        .sorted(Comparator.comparing(Method::toGenericString)).toList();
    if (named.isEmpty()) {
      named = Arrays.stream(c.getDeclaredMethods()).filter(m -> m.getName().equals(u.methodName()))
          .sorted(Comparator.comparing(Method::toGenericString)).toList();
    }
    if (named.isEmpty()) {
      TreeSet<String> available = Arrays.stream(c.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
          .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
      messages.udfMethodNotFound(nameSpan, className, u.methodName(), available);
      return Optional.empty();
    }
    List<Method> callable = named.stream()
        .filter(m -> Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())).toList();
    if (callable.isEmpty()) {
      messages.udfNotStatic(nameSpan, className, u.methodName());
      return Optional.empty();
    }
    for (Method m : callable) {
      if (matches(m, params, result)) {
        // declarations name no parameters, and compiled classes rarely keep theirs (arg0, …)
        FunctionSignature signature = new FunctionSignature(u.callName().name(), List.of(), params, result);
        return Optional.of(new CatalogFunction(signature, m, false, Optional.of(u)));
      }
    }
    Method m = callable.get(0);
    String declared = params.stream().map(Type::display).collect(Collectors.joining(", ", "(", ")")) + ": " + result.display();
    String expected = "`" + javaName(result) + " " + u.methodName()
        + params.stream().map(UdfLinker::javaName).collect(Collectors.joining(", ", "(", ")")) + "`";
    String actual = "`" + m.getReturnType().getSimpleName() + " " + m.getName()
        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")) + "`";
    messages.udfSignature(nameSpan, className + "." + u.methodName(), declared, actual, expected);
    return Optional.empty();
  }

  private static boolean matches(Method m, List<Type> params, Type result) {
    Class<?>[] javaParams = m.getParameterTypes();
    if (javaParams.length != params.size() || !javaClass(result).equals(m.getReturnType())) {
      return false;
    }
    for (int i = 0; i < javaParams.length; i++) {
      if (!javaClass(params.get(i)).equals(javaParams[i])) {
        return false;
      }
    }
    return true;
  }

  static Class<?> javaClass(Type t) {
    if (t instanceof Type.ListOf) {
      return List.class;
    }
    return switch ((Type.Scalar) t) {
      case INT, DATE -> int.class;
      case LONG -> long.class;
      case DOUBLE -> double.class;
      case BOOL -> boolean.class;
      case STRING, PATH, NULL -> String.class;
    };
  }

  private static String javaName(Type t) {
    return javaClass(t).getSimpleName();
  }
}
