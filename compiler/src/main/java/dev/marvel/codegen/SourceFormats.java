package dev.marvel.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.marvel.plan.FileFormat;
import dev.marvel.plan.Source;
import dev.marvel.types.Column;
import dev.marvel.types.Type;
import java.util.List;

/** How a CSV/TSV source is read: the runtime's {@code DelimitedFormat} and column projection, as code. */
final class SourceFormats {
  private SourceFormats() {}

  /** {@code new DelimitedFormat(delimiter, quote, header, ANY_COLUMN_COUNT)} from the source's options. */
  static CodeBlock format(Source source) {
    byte delimiter = singleByte(source, "delimiter", source.format() == FileFormat.TSV ? "\t" : ",");
    byte quote = singleByte(source, "quote", "\"");
    boolean header = Boolean.parseBoolean(source.options().getOrDefault("header", "false"));
    return CodeBlock.of("new $T((byte) $L, (byte) $L, $L, $T.ANY_COLUMN_COUNT)", RuntimeTypes.DELIMITED_FORMAT,
        delimiter, quote, header, RuntimeTypes.DELIMITED_FORMAT);
  }

  /** {@code List.of(new ProjectedColumn(index, name, type), …)} for the columns the plan reads. */
  static CodeBlock projection(Source source) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    List<Integer> read = source.readColumns();
    for (int i = 0; i < read.size(); i++) {
      Column c = source.declaredSchema().get(read.get(i));
      b.add(i == 0 ? "" : ", ");
      b.add("new $T($L, $S, $T.$L)", RuntimeTypes.PROJECTED_COLUMN, read.get(i), c.name(), RuntimeTypes.COLUMN_TYPE,
          columnType(c.type()));
    }
    return b.add(")").build();
  }

  static String getter(Type t) {
    return switch (columnType(t)) {
      case "INT" -> "Int";
      case "LONG" -> "Long";
      case "DOUBLE" -> "Double";
      case "BOOL" -> "Bool";
      case "DATE" -> "Date";
      default -> throw new IllegalArgumentException(t.display());
    };
  }

  private static String columnType(Type t) {
    if (t == Type.STRING || t == Type.PATH) {
      return "STRING";
    }
    if (t == Type.INT || t == Type.LONG || t == Type.DOUBLE || t == Type.BOOL || t == Type.DATE) {
      return ((Type.Scalar) t).name();
    }
    throw new IllegalArgumentException("a " + t.display() + " column cannot be read from a file");
  }

  private static byte singleByte(Source source, String option, String fallback) {
    String v = source.options().getOrDefault(option, fallback);
    if (v.length() != 1 || v.charAt(0) > 0x7F) {
      throw new UnsupportedPlanException("the `" + option + "` of a " + source.format().display()
          + " source must be one ASCII character, got \"" + v + "\"", source.span());
    }
    return (byte) v.charAt(0);
  }
}
