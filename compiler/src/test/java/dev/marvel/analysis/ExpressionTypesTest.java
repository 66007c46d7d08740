package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Operator;
import dev.marvel.compiler.FrontEnd;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The type of one expression over a row of every scalar type: the widening and coercion rules as a table. */
class ExpressionTypesTest {

  private static FrontEnd.Result program(String expr) {
    return Programs.check("types.mvl", """
        pipeline types(input: path, output: path, k: int = 3, day: date = "2020-02-29") {
          rows = read csv(input) as (i: int, l: long, d: double, s: string, b: bool, dt: date)
               | select x = %s
          write rows to tsv(output)
        }
        """.formatted(expr));
  }

  private static Operator.Select select(AnalyzedProgram a) {
    return (Operator.Select) a.pipelines().get(0).datasets().get(0).value().ops().get(0);
  }

  @ParameterizedTest(name = "{0} : {1}")
  @CsvSource(delimiter = '|', value = {
      "i + 1 | int",
      "i + l | long",
      "i * d | double",
      "l % 7 | long",
      "-d | double",
      "s + \"!\" | string",
      "i + k | int",
      "3000000000 | long",
      "42L | long",
      "1e3 | double",
      "i > l | bool",
      "dt >= \"1980-01-01\" | bool",
      "\"1980-01-01\" < dt | bool",
      "dt between day and date \"2021-01-01\" | bool",
      "s in (\"a\", \"b\") | bool",
      "s is not null | bool",
      "s matches \"a+\" | bool",
      "not b and i > 0 | bool",
      "if b then i else l | long",
      "case when b then 1 when i > 2 then 2.5 else null end | double",
      "cast(s as int) | int",
      "cast(dt as string) | string",
      "cast(i as double) | double",
      "lower(s) | string",
      "length(s) | int",
      "regex_extract(s, \"a(b)\", 1) | string",
      "greatest(i, l) | long",
      "abs(i) | int",
      "abs(d) | double",
      "coalesce(s, \"none\") | string",
      "year(dt) | int",
      "date_add(\"2020-01-01\", 3) | date",
      "substr(s, 1, k) | string",
      "null | null",
  })
  void hasType(String expr, String type) {
    FrontEnd.Result r = program(expr);
    assertEquals(java.util.List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList(), expr);
    AnalyzedProgram a = r.analyzed();
    assertEquals(type, a.typeOf(select(a).items().get(0).expr()).display());
    assertEquals(type, a.schemaAfter(select(a)).get(0).type().display());
  }

  @Test
  void recordsTheDateOfACoercedStringLiteral() {
    AnalyzedProgram a = program("dt >= \"1980-01-31\"").analyzed();
    Expr.Binary ge = (Expr.Binary) select(a).items().get(0).expr();
    assertEquals("date", a.typeOf(ge.right()).display());
    assertEquals(Optional.of(LocalDate.of(1980, 1, 31)), a.dateValue(ge.right()));
  }

  @Test
  void picksTheOverloadNeedingFewestWidenings() {
    AnalyzedProgram a = program("greatest(i, l)").analyzed();
    ResolvedFunction f = a.functionOf((Expr.Call) select(a).items().get(0).expr());
    assertEquals("[long, long]", f.paramTypes().toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "count() | long",
      "count(s) | long",
      "count_distinct(s) | long",
      "sum(i) | long",
      "sum(l) | long",
      "sum(d) | double",
      "avg(i) | double",
      "min(dt) | date",
      "max(s) | string",
  })
  void aggregateResultTypes(String aggregate, String type) {
    FrontEnd.Result r = Programs.check("agg.mvl", """
        pipeline agg(input: path, output: path) {
          rows = read csv(input) as (i: int, l: long, d: double, s: string, dt: date)
               | group by s aggregate x = %s
          write rows to tsv(output)
        }
        """.formatted(aggregate));
    assertEquals(java.util.List.of(), r.diagnostics(), aggregate);
    AnalyzedProgram a = r.analyzed();
    Operator.Aggregate op = (Operator.Aggregate) a.pipelines().get(0).datasets().get(0).value().ops().get(0);
    assertEquals("(s: string, x: " + type + ")", a.schemaAfter(op).display());
  }
}
