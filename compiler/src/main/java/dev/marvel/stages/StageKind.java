package dev.marvel.stages;

import java.util.Locale;

/**
 * What a stage's tasks read: {@code MAP} tasks read input splits of files, {@code REDUCE} tasks read
 * shuffle partitions, and a {@code SAMPLE} stage reads a fraction of another stage's input to pick
 * the boundaries of a range-partitioned shuffle.
 */
public enum StageKind {
  MAP, REDUCE, SAMPLE;

  public String display() {
    return name().toLowerCase(Locale.ROOT);
  }
}
