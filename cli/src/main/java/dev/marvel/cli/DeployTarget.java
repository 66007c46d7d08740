package dev.marvel.cli;

import dev.marvel.bundle.Bundle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What undeploy, invoke and deploy name: a bundle directory (its package is {@code --package},
 * else the pipeline's name) or, for undeploy and invoke, a deployed package's name.
 */
record DeployTarget(String packageName, Optional<Bundle> bundle) {
  private static final Pattern ENTITY_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_@.-]*");

  static DeployTarget resolve(String target, String packageOption) {
    Path dir = Path.of(target);
    if (Files.isDirectory(dir)) {
      Bundle bundle = Bundle.load(dir);
      return new DeployTarget(packageOption != null ? checked(packageOption) : bundle.plan().pipeline(),
          Optional.of(bundle));
    }
    if (target.contains("/") || !ENTITY_NAME.matcher(target).matches()) {
      throw new IllegalArgumentException("'" + target + "' is neither a bundle directory nor a package name;"
          + " give the directory `marvelc compile` wrote, or the name of a deployed package");
    }
    return new DeployTarget(packageOption != null ? checked(packageOption) : target, Optional.empty());
  }

  static Bundle bundle(String dir) {
    if (!Files.isDirectory(Path.of(dir))) {
      throw new IllegalArgumentException("'" + dir + "' is not a directory; give the bundle directory"
          + " `marvelc compile` wrote");
    }
    return Bundle.load(Path.of(dir));
  }

  static String checked(String packageName) {
    if (!ENTITY_NAME.matcher(packageName).matches()) {
      throw new IllegalArgumentException("package name '" + packageName + "' is not a valid OpenWhisk name:"
          + " use letters, digits, '_', '@', '.' and '-', starting with a letter, digit or '_'");
    }
    return packageName;
  }
}
