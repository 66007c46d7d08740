package dev.marvel.bundle;

/**
 * The compiler's width hints for a stage; 0 means "no hint". {@code preferred}: how many tasks
 * the task planner should aim for where the width is its choice (splits of a small input);
 * {@code max}: the driver runs at most this many of the stage's tasks at once.
 */
public record Parallelism(int preferred, int max) {
  public static final Parallelism NONE = new Parallelism(0, 0);
}
