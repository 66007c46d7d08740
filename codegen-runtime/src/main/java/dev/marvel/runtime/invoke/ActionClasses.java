package dev.marvel.runtime.invoke;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads stage actions as an OpenWhisk Java container does: each action jar in its own class
 * loader whose parent is the runtime's, so actions share Gson and codegen-runtime classes but
 * not each other's. One loader per jar for the invoker's lifetime, so a stage's classes load
 * once however many tasks it runs.
 */
final class ActionClasses implements AutoCloseable {

  private record Entry(Path jar, String mainClass) {}

  private final ClassLoader parent;
  private final Map<Path, URLClassLoader> loaders = new ConcurrentHashMap<>();
  private final Map<Entry, Method> mains = new ConcurrentHashMap<>();

  ActionClasses(ClassLoader parent) {
    this.parent = parent;
  }

  /** The loader of {@code jar}, created on first use. */
  ClassLoader loader(Path jar) {
    return loaders.computeIfAbsent(jar.toAbsolutePath().normalize(), j -> {
      try {
        return new URLClassLoader("action:" + j.getFileName(), new URL[] {j.toUri().toURL()},
            parent);
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("cannot load " + j, e);
      }
    });
  }

  /**
   * {@code public static JsonObject main(JsonObject)} of {@code mainClass} in {@code jar}.
   *
   * @throws ActionLoadException when the class or a method with that signature is missing
   */
  Method main(Path jar, String mainClass) {
    return mains.computeIfAbsent(new Entry(jar.toAbsolutePath().normalize(), mainClass),
        e -> find(e.jar(), e.mainClass()));
  }

  private Method find(Path jar, String mainClass) {
    Class<?> type;
    try {
      type = Class.forName(mainClass, true, loader(jar));
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ActionLoadException(jar + " has no loadable class " + mainClass + ": " + e);
    }
    try {
      Method main = type.getMethod("main", JsonObject.class);
      if (Modifier.isStatic(main.getModifiers()) && main.getReturnType() == JsonObject.class) {
        return main;
      }
    } catch (NoSuchMethodException e) {
      // reported below, with the signature an action must have
    }
    throw new ActionLoadException(mainClass + " in " + jar + " has no method `public static"
        + " com.google.gson.JsonObject main(com.google.gson.JsonObject)`");
  }

  @Override
  public void close() throws IOException {
    for (URLClassLoader loader : loaders.values()) {
      loader.close();
    }
    loaders.clear();
    mains.clear();
  }
}
