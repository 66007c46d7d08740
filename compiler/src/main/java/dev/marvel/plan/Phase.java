package dev.marvel.plan;

import java.util.Locale;

/**
 * Where an aggregate or top-k runs after combiner lifting: {@code SINGLE} does all the work after
 * the shuffle, {@code PARTIAL} runs map-side before it (a combiner), {@code FINAL} merges partial
 * results after it.
 */
public enum Phase {
  SINGLE, PARTIAL, FINAL;

  public String display() {
    return name().toLowerCase(Locale.ROOT);
  }
}
