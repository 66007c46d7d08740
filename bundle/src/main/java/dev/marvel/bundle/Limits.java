package dev.marvel.bundle;

/** Per-task limits, as OpenWhisk action limits: wall-clock timeout and memory. */
public record Limits(long timeoutMs, int memoryMb) {
  /** OpenWhisk's defaults (STACK.md): 60 s, 256 MB. */
  public static final Limits DEFAULT = new Limits(60_000, 256);
}
