package dev.marvel.types;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The ordered columns of a dataset. */
public record Schema(List<Column> columns) {

  public Schema {
    columns = List.copyOf(columns);
  }

  public static Schema of(Column... columns) {
    return new Schema(List.of(columns));
  }

  public int size() {
    return columns.size();
  }

  public Column get(int i) {
    return columns.get(i);
  }

  /** Index of the column {@code name} (with {@code qualifier} if given), or -1. */
  public int indexOf(Optional<String> qualifier, String name) {
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      if (c.name().equals(name) && (qualifier.isEmpty() || qualifier.equals(c.qualifier()))) {
        return i;
      }
    }
    return -1;
  }

  /** {@code (pageURL: string, pageRank: int)}, as plans and messages print schemas. */
  public String display() {
    return columns.stream().map(c -> c.display() + ": " + c.type().display())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  @Override
  public String toString() {
    return display();
  }
}
