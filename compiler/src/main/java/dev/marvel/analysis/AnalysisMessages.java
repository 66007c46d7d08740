package dev.marvel.analysis;

import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every message analysis can report, in one place so that wording stays consistent: E01xx names
 * and declarations, E02xx types, E03xx columns, E04xx functions and aggregates, E05xx joins,
 * sinks and flows, W06xx warnings. Identifiers are in backquotes; help says what to do.
 */
final class AnalysisMessages {
  private final Diagnostics sink;
  private final SourceFile file;

  AnalysisMessages(Diagnostics sink, SourceFile file) {
    this.sink = sink;
    this.file = file;
  }

  // E01xx: names and declarations

  void unknownDataset(Span at, String name, Collection<String> datasets) {
    error("E0101", at, "unknown dataset `" + name + "`", "not a dataset of this pipeline",
        suggest(name, datasets, datasets.isEmpty() ? "no datasets are defined before this point"
            : "datasets: " + list(datasets)));
  }

  void duplicateDataset(Span at, String name, int firstLine) {
    error("E0102", at, "dataset `" + name + "` is defined twice", "second definition",
        "`" + name + "` is first defined on line " + firstLine + "; rename one of them");
  }

  void duplicateParameter(Span at, String name) {
    error("E0103", at, "parameter `" + name + "` is declared twice", "second declaration",
        "remove or rename one of them");
  }

  void duplicateFunction(Span at, String name, int firstLine) {
    error("E0104", at, "function `" + name + "` is declared twice", "second declaration",
        "`" + name + "` is first declared on line " + firstLine + "; give one of them another name with `as`");
  }

  void cyclicDatasets(Span at, List<String> cycle) {
    error("E0105", at, "dataset `" + cycle.get(0) + "` depends on itself", "part of a cycle",
        "the cycle is " + String.join(" -> ", cycle.stream().map(n -> "`" + n + "`").toList())
            + "; a dataset can only read datasets that do not read it back");
  }

  void unknownSchema(Span at, String name, Collection<String> schemas) {
    error("E0106", at, "unknown schema `" + name + "`", "no schema with this name",
        suggest(name, schemas, schemas.isEmpty()
            ? "declare it with `schema " + name + " (column: type, …)` or write the columns inline: `as (column: type, …)`"
            : "schemas: " + list(schemas)));
  }

  void duplicateSchemaColumn(Span at, String name) {
    error("E0107", at, "column `" + name + "` appears twice in the schema", "duplicate column",
        "each column of a schema needs its own name");
  }

  void duplicateSchema(Span at, String name, int firstLine) {
    error("E0108", at, "schema `" + name + "` is declared twice", "second declaration",
        "`" + name + "` is first declared on line " + firstLine + "; rename one of them");
  }

  void duplicatePipeline(Span at, String name, int firstLine) {
    error("E0109", at, "pipeline `" + name + "` is declared twice", "second declaration",
        "`" + name + "` is first declared on line " + firstLine + "; rename one of them");
  }

  // E02xx: types

  void unknownType(Span at, String name, Collection<String> types) {
    error("E0201", at, "unknown type `" + name + "`", "not a type", suggest(name, types, "types: " + list(types)));
  }

  void operandTypes(Span at, String op, Type left, Type right, String... help) {
    error("E0202", at, "`" + op + "` cannot be applied to " + left.display() + " and " + right.display(),
        left.display() + " " + op + " " + right.display(), help);
  }

  void operandType(Span at, String op, Type found, String expected) {
    error("E0202", at, "`" + op + "` needs " + expected + ", found " + found.display(), "this is " + found.display(),
        found.isNumeric() && expected.contains("string") ? "convert it with `cast(… as string)`"
            : "`" + op + "` works on " + expected.replaceFirst("^an? ", "") + " values");
  }

  void branchTypes(Span at, Type first, Type other) {
    error("E0203", at, "the branches have different types: " + first.display() + " and " + other.display(),
        "this is " + other.display(), "make both branches the same type, e.g. with `cast(… as " + first.display() + ")`");
  }

  void notBool(Span at, String where, Type found) {
    error("E0204", at, where + " must be bool, found " + found.display(), "this is " + found.display(),
        "compare it to something, e.g. `… > 0` or `… == \"x\"`");
  }

  void badDate(Span at, String text) {
    error("E0205", at, "`" + text + "` is not a valid date", "expected yyyy-MM-dd",
        "write dates as ISO dates, e.g. `date \"1980-01-31\"`");
  }

  void notAList(Span at, Type found) {
    error("E0206", at, "`explode` needs a list, found " + found.display(), "this is " + found.display(),
        "lists come from `split`, `tokenize` or `regex_matches`");
  }

  void badRegex(Span at, String reason) {
    error("E0207", at, "invalid regular expression", reason, "patterns use java.util.regex syntax");
  }

  void badCast(Span at, Type from, Type to) {
    error("E0208", at, "cannot cast " + from.display() + " to " + to.display(), "unsupported cast",
        "numbers cast to each other and to string; strings cast to numbers, bool and date; anything casts to string");
  }

  void badDefault(Span at, String param, Type type, String found) {
    error("E0209", at, "the default of `" + param + "` must be " + article(type) + " literal, found " + found,
        "not " + article(type), type == Type.DATE ? "write a date as \"yyyy-MM-dd\"" : "write a literal such as "
            + exampleLiteral(type));
  }

  void typeNotAllowed(Span at, Type type, String where) {
    error("E0210", at, type.display() + " is not allowed " + where, "not allowed here",
        type instanceof Type.ListOf ? "lists only exist inside a flow; `explode` them into rows"
            : "use string for text columns; path is for pipeline parameters");
  }

  void notComparable(Span at, String op, Type left, Type right) {
    error("E0211", at, "cannot compare " + left.display() + " with " + right.display(),
        left.display() + " " + op + " " + right.display(),
        "convert one side with `cast(… as " + left.display() + ")`");
  }

  /** A {@code between} bound or {@code in} option that cannot be compared with the value. */
  void notComparableWith(Span at, Type value, Type found) {
    error("E0211", at, "cannot compare " + value.display() + " with " + found.display(), "this is " + found.display(),
        "use " + article(value) + " here, or convert it with `cast(… as " + value.display() + ")`");
  }

  void notOrderable(Span at, Type type) {
    error("E0212", at, "cannot order by a " + type.display(), "this is " + type.display(),
        "order by a number, string, date or bool");
  }

  // E03xx: columns

  void unknownColumn(Span at, String name, Collection<String> columns, Collection<String> params) {
    List<String> candidates = new ArrayList<>(columns);
    candidates.addAll(params);
    String parameters = params.isEmpty() ? "the pipeline has no parameters" : "parameters: " + list(params);
    String available = columns.isEmpty() ? parameters : "columns here: " + list(columns) + "; " + parameters;
    error("E0301", at, (columns.isEmpty() ? "unknown parameter `" : "unknown column `") + name + "`",
        columns.isEmpty() ? "not a parameter" : "not a column or parameter", suggest(name, candidates, available));
  }

  void unknownQualifiedColumn(Span at, String qualifier, String name, Collection<String> columns) {
    error("E0301", at, "unknown column `" + name + "` in `" + qualifier + "`", "not a column of `" + qualifier + "`",
        suggest(name, columns, "`" + qualifier + "` has columns " + list(columns)));
  }

  void unknownQualifier(Span at, String qualifier, Collection<String> qualifiers) {
    error("E0302", at, "unknown dataset `" + qualifier + "` in a column name", "not a side of the join",
        qualifiers.isEmpty()
            ? "only columns after a join are qualified; write the column name alone"
            : suggest(qualifier, qualifiers, "the sides of the join are "
                + String.join(" and ", qualifiers.stream().map(q -> "`" + q + "`").toList())));
  }

  void ambiguousColumn(Span at, String name, List<String> qualified) {
    error("E0303", at, "column `" + name + "` is ambiguous", "on both sides of the join",
        "write " + String.join(" or ", qualified.stream().map(q -> "`" + q + "`").toList()));
  }

  void columnShadowsParameter(Span at, String name) {
    error("E0304", at, "`" + name + "` is both a column and a parameter", "ambiguous name",
        "rename the parameter `" + name + "` of the pipeline");
  }

  void unnamedItem(Span at, String what) {
    error("E0305", at, "this " + what + " needs a name", "computed column without a name",
        "write `name = …` to name the column");
  }

  void duplicateColumn(Span at, String name, String help) {
    error("E0306", at, "column `" + name + "` is defined twice", "duplicate column", help);
  }

  // E04xx: functions and aggregates

  void unknownFunction(Span at, String name, Collection<String> functions) {
    Optional<String> near = NameSuggester.closest(name, functions);
    error("E0401", at, "unknown function `" + name + "`", "no function with this name",
        near.map(n -> "did you mean `" + n + "`?").orElse(
            "declare a Java function with `use function com.example.MyFunctions." + name + "(…): …`"));
  }

  void aggregateOutsideAggregate(Span at, String name) {
    error("E0402", at, "aggregate `" + name + "` is only allowed in `aggregate`", "aggregate here",
        "aggregate with `group by … aggregate x = " + name + "(…)`, or `aggregate x = " + name + "(…)` for all rows");
  }

  void nestedAggregate(Span at, String name) {
    error("E0402", at, "aggregate `" + name + "` cannot be nested in another aggregate", "nested aggregate",
        "aggregate once per binding; combine results in a later `extend`");
  }

  void notAnAggregate(Span at, String binding) {
    error("E0403", at, "`" + binding + "` must be a single aggregate call", "not an aggregate",
        "use count(), count(x), sum(x), min(x), max(x), avg(x) or count_distinct(x); compute with the results in a later `extend`");
  }

  void arity(Span at, String name, int given, String expected, String signature) {
    error("E0404", at, "`" + name + "` takes " + expected + " but " + given + (given == 1 ? " was" : " were") + " given",
        "wrong number of arguments", signature);
  }

  void argumentType(Span at, String name, int index, Type expected, Type found, String signature) {
    error("E0405", at, "argument " + index + " of `" + name + "` must be " + expected.display() + ", found "
        + found.display(), "this is " + found.display(), signature);
  }

  void noMatchingOverload(Span at, String name, String found, List<String> signatures) {
    List<String> help = new ArrayList<>();
    help.add("`" + name + "` accepts " + String.join(" or ", signatures));
    error("E0405", at, "no variant of `" + name + "` takes " + found, "arguments do not match", help.toArray(String[]::new));
  }

  void notGrouped(Span at, String column, String binding) {
    error("E0406", at, "column `" + column + "` is neither grouped nor aggregated", "not in `group by`",
        "add it to `group by`, or aggregate it, e.g. `" + binding + " = max(" + column + ")`");
  }

  void aggregateArgument(Span at, AggregateFunction f, Type found) {
    error("E0407", at, "`" + f.sourceName() + "` needs " + f.expectedArgument() + ", found " + found.display(),
        "this is " + found.display(), f == AggregateFunction.SUM || f == AggregateFunction.AVG
            ? "convert it first, e.g. `" + f.sourceName() + "(cast(… as double))`, or use count()" : "aggregate another column");
  }

  void udfClassNotFound(Span at, String className, String reason) {
    error("E0410", at, "class `" + className + "` " + reason, "class not found",
        "put the jar or directory that holds it on `--classpath`");
  }

  void udfMethodNotFound(Span at, String className, String method, Collection<String> methods) {
    error("E0411", at, "class `" + className + "` has no public static method `" + method + "`", "no such method",
        suggest(method, methods, methods.isEmpty() ? "`" + className + "` has no public static methods"
            : "public static methods: " + list(methods)));
  }

  void udfNotStatic(Span at, String className, String method) {
    error("E0412", at, "method `" + className + "." + method + "` is not public static", "cannot be called",
        "a Marvel function must be a `public static` method");
  }

  void udfSignature(Span at, String qualified, String declared, String javaSignature, String javaExpected) {
    error("E0413", at, "`" + qualified + "` does not match its declaration", "declared as " + declared,
        "the Java method is " + javaSignature + "; the declaration needs " + javaExpected,
        "types map to Java as int→int, long→long, double→double, bool→boolean, string→String, date→int, "
            + "path→String, list<T>→java.util.List");
  }

  // E05xx: joins, sinks and flows

  void unknownFormat(Span at, String name, Collection<String> formats) {
    error("E0501", at, "unknown format `" + name + "`", "not a format", suggest(name, formats, "formats: " + list(formats)));
  }

  void pathType(Span at, Type found) {
    error("E0502", at, "a path must be a path or string, found " + found.display(), "this is " + found.display(),
        "pass a path parameter, e.g. `(input: path)`, or a string literal");
  }

  void badLimit(Span at, String found) {
    error("E0503", at, "`limit` needs a non-negative int literal or an int parameter", found,
        "write e.g. `limit 10`");
  }

  void listNotWritable(Span at, String dataset, String column, Type type) {
    error("E0504", at, "column `" + column + "` of `" + dataset + "` is a " + type.display() + " and cannot be written",
        "has a list column", "`explode` it into rows, or drop it with `select`");
  }

  void unknownOption(Span at, String format, String option, Collection<String> options) {
    error("E0505", at, "`" + format + "` has no option `" + option + "`", "unknown option",
        options.isEmpty() ? "`" + format + "` takes no options" : suggest(option, options, "options: " + list(options)));
  }

  void badOption(Span at, String option, String expected) {
    error("E0506", at, "option `" + option + "` must be " + expected, "invalid value",
        "options take literals, e.g. `header = true, delimiter = \";\", quote = \"'\"`");
  }

  void textWithSchema(Span at) {
    error("E0507", at, "`read text` takes no schema", "schema not allowed here",
        "text rows are always `(line: string)`; remove `as …`, or read a csv/tsv file");
  }

  void missingSchema(Span at, String format) {
    error("E0508", at, "`read " + format + "` needs a schema", "no schema",
        "add `as SchemaName` or `as (column: type, …)` after the format");
  }

  void textSinkShape(Span at, String dataset, String schema) {
    error("E0509", at, "`write … to text` needs a single string column, `" + dataset + "` has " + schema,
        "not a single string column", "write it to tsv or csv, or `select` one string column first");
  }

  void sameJoinSide(Span at, String name) {
    error("E0510", at, "both sides of the join are called `" + name + "`", "same name as the other side",
        "give one side an alias: `join " + name + ", " + name + " as other on …`");
  }

  void joinNotEquality(Span at) {
    error("E0511", at, "a join condition must be equalities joined by `and`", "not an `==`",
        "write `a.x == b.y and a.z == b.w`; move other conditions to a `where` after the join");
  }

  void joinNotAcross(Span at, String left, String right) {
    error("E0512", at, "each `==` in a join condition must compare `" + left + "` with `" + right + "`",
        "does not relate the two sides", "put a column of `" + left + "` on one side and a column of `" + right
            + "` on the other; filter a single side with `where`");
  }

  void joinKeyTypes(Span at, Type left, Type right) {
    error("E0513", at, "join keys have different types: " + left.display() + " and " + right.display(),
        left.display() + " == " + right.display(), "convert one key with `cast(… as " + left.display() + ")`");
  }

  void broadcastKeptSide(Span at, String kind, String side, String other, boolean otherMayBroadcast) {
    error("E0515", at, "a `" + kind + "` join keeps every row of `" + side + "`, so `" + side + "` cannot be broadcast",
        "cannot be broadcast", otherMayBroadcast ? "remove `broadcast` here, or broadcast `" + other + "` instead"
            : "remove `broadcast`: a full join shuffles both sides by the join key",
        "every task meets the whole broadcast side but only a share of the other, so none knows which broadcast"
            + " rows nobody matched");
  }

  void unionMismatch(Span at, String first, String firstSchema, String other, String otherSchema) {
    error("E0514", at, "the inputs of `union` have different columns", "differs from `" + first + "`",
        "`" + first + "` has " + firstSchema + " but `" + other + "` has " + otherSchema
            + "; `select` the same columns with the same types in each input");
  }

  // W06xx: warnings

  void unusedDataset(Span at, String name) {
    warning("W0601", at, "dataset `" + name + "` is never used", "never read or written",
        "write it with `write " + name + " to tsv(…)`, or remove it");
  }

  void unusedParameter(Span at, String name) {
    warning("W0602", at, "parameter `" + name + "` is never used", "unused parameter", "use it, or remove it");
  }

  void noSinks(Span at, String pipeline) {
    warning("W0603", at, "pipeline `" + pipeline + "` writes nothing", "no `write`",
        "add `write DATASET to tsv(output)`; without a sink the pipeline computes nothing");
  }

  /** {@code an int}, {@code a string}. */
  private static String article(Type type) {
    return ("aeiou".indexOf(type.display().charAt(0)) >= 0 ? "an " : "a ") + type.display();
  }

  /** Errors reported so far; lets a checker tell whether warnings would only be follow-on noise. */
  int errorCount() {
    return sink.errorCount();
  }

  private static String exampleLiteral(Type type) {
    if (type == Type.INT) {
      return "`10`";
    }
    if (type == Type.LONG) {
      return "`10L`";
    }
    if (type == Type.DOUBLE) {
      return "`1.5`";
    }
    if (type == Type.BOOL) {
      return "`true`";
    }
    return "`\"text\"`";
  }

  /** One help line: "did you mean `x`? " when a name is close, then what is available. */
  private static String suggest(String wrong, Collection<String> candidates, String available) {
    return NameSuggester.closest(wrong, candidates)
        .map(n -> "did you mean `" + n + "`? " + capitalize(available))
        .orElse(capitalize(available));
  }

  private static String capitalize(String s) {
    return s.startsWith("`") || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String list(Collection<String> names) {
    return String.join(", ", names);
  }

  private void error(String code, Span at, String message, String label, String... help) {
    sink.error(code, file, at, message, label, help);
  }

  private void warning(String code, Span at, String message, String label, String... help) {
    sink.warning(code, file, at, message, label, help);
  }
}
