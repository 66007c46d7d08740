package dev.marvel.codegen;

import com.palantir.javapoet.ClassName;

/**
 * Every codegen-runtime (and Gson, stdlib) type generated code names, in one place (as Dagger's
 * {@code TypeNames}): the compiler module cannot depend on codegen-runtime, so these are names,
 * and a rename in the runtime breaks the golden tests, which compile the generated sources.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  private static final String TASK = "dev.marvel.runtime.task";
  private static final String IO = "dev.marvel.runtime.io";

  static final ClassName JSON_OBJECT = ClassName.get("com.google.gson", "JsonObject");

  static final ClassName TASK_RUNNER = ClassName.get(TASK, "TaskRunner");
  static final ClassName TASK_CONTEXT = ClassName.get(TASK, "TaskContext");
  static final ClassName TASK_FAILURE = ClassName.get(TASK, "TaskFailure");
  static final ClassName TEXT_INPUT = ClassName.get(TASK, "TextInput");
  static final ClassName CSV_INPUT = ClassName.get(TASK, "CsvInput");
  static final ClassName SHUFFLE_INPUT = ClassName.get(TASK, "ShuffleInput");
  static final ClassName SHUFFLE_OUTPUT = ClassName.get(TASK, "ShuffleOutput");
  static final ClassName SHUFFLE_CHANNEL = ClassName.get(TASK, "ShuffleChannel");
  static final ClassName KEY_WRITER = ClassName.get(TASK, "KeyWriter");
  static final ClassName KEY_READER = ClassName.get(TASK, "KeyReader");
  static final ClassName ROW_WRITER = ClassName.get(TASK, "RowWriter");
  static final ClassName ROW_READER = ClassName.get(TASK, "RowReader");
  static final ClassName BYTE_KEY_TABLE = ClassName.get(TASK, "ByteKeyTable");
  static final ClassName ASCII_WORDS = ClassName.get(TASK, "AsciiWords");
  static final ClassName REGEX_SCAN = ClassName.get(TASK, "RegexScan");
  static final ClassName TOP_K = ClassName.get(TASK, "TopK");
  static final ClassName JOIN_TABLE = ClassName.get(TASK, "JoinTable");
  static final ClassName VALUES = ClassName.get(TASK, "Values");
  static final ClassName DISTINCT_COUNTS = ClassName.get(TASK, "DistinctCounts");
  static final ClassName RANGE_BOUNDS = ClassName.get(TASK, "RangeBounds");

  static final ClassName BYTE_SLICE = ClassName.get(IO, "ByteSlice");
  static final ClassName DELIMITED_FORMAT = ClassName.get(IO, "DelimitedFormat");
  static final ClassName PROJECTED_COLUMN = ClassName.get(IO, "ProjectedColumn");
  static final ClassName COLUMN_TYPE = ClassName.get(IO, "ColumnType");

  static final ClassName TASK_OUTPUT_WRITER = ClassName.get("dev.marvel.runtime.output", "TaskOutputWriter");
  static final ClassName SPILLING_HASH_AGGREGATOR = ClassName.get("dev.marvel.runtime.spill", "SpillingHashAggregator");
  static final ClassName SORTED_RECORDS = ClassName.get("dev.marvel.runtime.spill", "SortedRecords");
  static final ClassName SPILLING_SORTER = ClassName.get("dev.marvel.runtime.spill", "SpillingSorter");

  /** A class the generated code must find on its compile and run class path, to locate the runtime jars. */
  static final String ANCHOR = TASK + ".TaskRunner";
}
