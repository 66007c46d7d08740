package dev.marvel.compiler;

import java.util.Optional;

/**
 * Stage jars compiled before, found by their generated source. The same source compiled against
 * the same runtime and user class path gives the same jar bytes, so a pipeline whose new bundle
 * differs only in what the plan binds outside the code (an output path, an input path) reuses
 * its jars instead of running javac again. The cache decides what else its keys must cover.
 */
public interface StageJarCache {
  /** A cache that holds nothing: every stage is compiled. */
  StageJarCache NONE = new StageJarCache() {
    @Override
    public Optional<byte[]> find(String source) {
      return Optional.empty();
    }

    @Override
    public void keep(String source, byte[] jar) {}
  };

  /** The jar compiled from {@code source}, if the cache holds one. */
  Optional<byte[]> find(String source);

  /** Remembers the jar compiled from {@code source}; a cache that cannot store it forgets it. */
  void keep(String source, byte[] jar);
}
