package dev.marvel.plan;

import dev.marvel.types.Schema;

/**
 * Sort by input column {@code column}. Nulls compare greater than every value, so they come last
 * ascending and first descending.
 */
public record SortKey(int column, boolean descending) {

  public String display(Schema input) {
    String name = column >= 0 && column < input.size() ? input.get(column).display() : "?" + column;
    return descending ? name + " desc" : name;
  }
}
