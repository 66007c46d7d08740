package dev.marvel.runtime.io;

/**
 * One column a reader must deliver.
 *
 * @param index 0-based position of the column in each record
 * @param name the schema's name for it, used in error messages
 * @param type how to parse it
 */
public record ProjectedColumn(int index, String name, ColumnType type) {
  public ProjectedColumn {
    if (index < 0) {
      throw new IllegalArgumentException("column index must be >= 0, got " + index);
    }
  }
}
