package dev.marvel.bundle;

/**
 * The compiler's width hints for a stage; 0 means "no hint". {@code preferred} tasks for a stage
 * whose width is not fixed by its input, at most {@code max} tasks in flight at once.
 */
public record Parallelism(int preferred, int max) {
  public static final Parallelism NONE = new Parallelism(0, 0);
}
