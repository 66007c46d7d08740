package dev.marvel.codegen;

import com.palantir.javapoet.TypeName;
import dev.marvel.plan.expr.Call;
import dev.marvel.plan.expr.FunctionRef;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Finds the static Java method a call invokes (a stdlib builtin, or a UDF from the user's class
 * path), to learn its return type: a boxed or String result may be null and is checked, a
 * primitive one is used as it is, without boxing.
 */
final class FunctionMethods {
  record Target(String javaClass, String method, TypeName returnType, boolean mayReturnNull) {}

  private final ClassLoader loader;

  FunctionMethods(ClassLoader loader) {
    this.loader = loader;
  }

  Target resolve(Call call) {
    FunctionRef f = call.function();
    Method m = find(f, call);
    Class<?> r = m.getReturnType();
    return new Target(f.javaClass(), f.javaMethod(), TypeName.get(r), !r.isPrimitive());
  }

  private Method find(FunctionRef f, Call call) {
    Class<?> owner;
    try {
      owner = Class.forName(f.javaClass(), false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UnsupportedPlanException("the class " + f.javaClass() + " of function `" + f.name()
          + "` is not on the class path; pass its jar with --classpath", call.span());
    }
    Method found = null;
    for (Method m : owner.getMethods()) {
      if (m.getName().equals(f.javaMethod()) && Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == f.params().size() && matches(m, f)) {
        found = m;
        break;
      }
    }
    if (found == null) {
      throw new UnsupportedPlanException("no public static method " + f.javaClass() + "." + f.javaMethod()
          + " for `" + f.name() + f.signature() + "`", call.span());
    }
    return found;
  }

  /** Overloads differ by parameter types: pick the one whose Java types fit the Marvel ones. */
  private static boolean matches(Method m, FunctionRef f) {
    Class<?>[] p = m.getParameterTypes();
    for (int i = 0; i < p.length; i++) {
      String want = switch (f.params().get(i).display()) {
        case "int", "date" -> "int";
        case "long" -> "long";
        case "double" -> "double";
        case "bool" -> "boolean";
        case "string", "path" -> "String";
        default -> "List";
      };
      String have = p[i].isPrimitive() ? p[i].getName() : p[i].getSimpleName();
      boolean boxedOk = switch (want) {
        case "int" -> have.equals("Integer");
        case "long" -> have.equals("Long");
        case "double" -> have.equals("Double");
        case "boolean" -> have.equals("Boolean");
        default -> false;
      };
      if (!have.equals(want) && !boxedOk && !(want.equals("List") && java.util.List.class.isAssignableFrom(p[i]))) {
        return false;
      }
    }
    return true;
  }
}
