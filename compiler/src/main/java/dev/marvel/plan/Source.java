package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Reads {@code path} as {@code format}. {@code declaredSchema} is every column of the file, in file
 * order; {@code readColumns} the ascending indexes into it that the plan uses — the output schema
 * is those columns, so a CSV reader only parses and materializes what is needed. Options are the
 * format options with bound literal values ({@code header=true}, {@code delimiter=";"}).
 */
public record Source(
    FileFormat format, String path, SortedMap<String, String> options, Schema declaredSchema,
    List<Integer> readColumns, Span span) implements PlanNode {

  public Source {
    options = new TreeMap<>(options);
    readColumns = List.copyOf(readColumns);
    for (int i = 0; i < readColumns.size(); i++) {
      int c = readColumns.get(i);
      if (c < 0 || c >= declaredSchema.size() || (i > 0 && c <= readColumns.get(i - 1))) {
        throw new IllegalArgumentException("read columns " + readColumns + " of " + declaredSchema.display());
      }
    }
  }

  /** A source reading every declared column. */
  public static Source readingAll(FileFormat format, String path, SortedMap<String, String> options,
      Schema declared, Span span) {
    return new Source(format, path, options, declared,
        IntStream.range(0, declared.size()).boxed().toList(), span);
  }

  public Source withReadColumns(List<Integer> columns) {
    return new Source(format, path, options, declaredSchema, columns, span);
  }

  @Override
  public Schema schema() {
    return new Schema(readColumns.stream().map(declaredSchema::get).toList());
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public PlanNode withInputs(List<PlanNode> inputs) {
    return this;
  }

  @Override
  public String nodeName() {
    return "Source";
  }
}
