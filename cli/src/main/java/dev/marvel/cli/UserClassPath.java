package dev.marvel.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/** The {@code --classpath} where {@code use function} classes are looked up, as a class loader. */
final class UserClassPath {
  private UserClassPath() {}

  /** A loader over the entries of {@code classpath} (separated by the platform's path separator), or marvelc's own loader when there are none. */
  static ClassLoader loader(String classpath) {
    ClassLoader parent = UserClassPath.class.getClassLoader();
    if (classpath == null || classpath.isBlank()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      try {
        urls.add(new File(entry).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("invalid --classpath entry '" + entry + "'", e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), parent);
  }
}
