package dev.marvel.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.diag.DiagnosticRenderer;
import dev.marvel.diag.Diagnostics;
import dev.marvel.source.SourceFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lexical and syntax errors as the user sees them: {source, exact rendered output}. */
class SyntaxErrorTableTest {

  static Stream<Arguments> table() {
    return Stream.of(
        row("expressionExpected",
            "pipeline p(a: path) {\n  x = read text(a) | where )\n}\n",
            """
            error[E0010]: expected an expression, found `)`
              --> t.mvl:2:28
               |
             2 |   x = read text(a) | where )
               |                            ^ expected an expression

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("misspeltAggregate",
            "pipeline p(a: path) {\n  x = read text(a) | agregate n = count()\n}\n",
            """
            error[E0012]: unknown operator `agregate`
              --> t.mvl:2:22
               |
             2 |   x = read text(a) | agregate n = count()
               |                      ^^^^^^^^ not an operator
               |
               = help: did you mean `aggregate`?

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("misspeltSelect",
            "pipeline p(a: path) {\n  x = read text(a) | selct line\n}\n",
            """
            error[E0012]: unknown operator `selct`
              --> t.mvl:2:22
               |
             2 |   x = read text(a) | selct line
               |                      ^^^^^ not an operator
               |
               = help: did you mean `select`?

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("misspeltWhere",
            "pipeline p(a: path) {\n  x = read text(a) | wehre line == \"a\"\n}\n",
            """
            error[E0012]: unknown operator `wehre`
              --> t.mvl:2:22
               |
             2 |   x = read text(a) | wehre line == "a"
               |                      ^^^^^ not an operator
               |
               = help: did you mean `where`?

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("capitalisedOperator",
            "pipeline p(a: path) {\n  x = read text(a) | Where line == \"a\"\n}\n",
            """
            error[E0012]: unknown operator `Where`
              --> t.mvl:2:22
               |
             2 |   x = read text(a) | Where line == "a"
               |                      ^^^^^ not an operator
               |
               = help: did you mean `where`?

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("unknownOperator",
            "pipeline p(a: path) {\n  x = read text(a) | sort line\n}\n",
            """
            error[E0012]: unknown operator `sort`
              --> t.mvl:2:22
               |
             2 |   x = read text(a) | sort line
               |                      ^^^^ not an operator
               |
               = help: the operators are where, filter, select, extend, explode, group by, aggregate, distinct, order by and limit

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("missingPipe",
            "pipeline p(a: path) {\n  x = read text(a) explode w = tokenize(line)\n}\n",
            """
            error[E0013]: missing `|` before `explode`
              --> t.mvl:2:20
               |
             2 |   x = read text(a) explode w = tokenize(line)
               |                    ^^^^^^^ expected `|` before this operator
               |
               = help: operators are chained with `|`: `... | explode ...`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("assignInCondition",
            "pipeline p(a: path) {\n  x = read text(a) | where line = \"a\"\n}\n",
            """
            error[E0014]: expected `==` to compare, found `=`
              --> t.mvl:2:33
               |
             2 |   x = read text(a) | where line = "a"
               |                                 ^ use `==` here
               |
               = help: `=` names a column or dataset; use `==` to test for equality

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("keywordAsField",
            "schema T (order: int)\n",
            """
            error[E0011]: expected a name, found keyword `order`
              --> t.mvl:1:11
               |
             1 | schema T (order: int)
               |           ^^^^^ reserved word
               |
               = help: `order` is a reserved word; write `` `order` `` to use it as a name

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("keywordInExpression",
            "pipeline p(a: path) {\n  x = read text(a) | where order > 1\n}\n",
            """
            error[E0011]: expected an expression, found keyword `order`
              --> t.mvl:2:28
               |
             2 |   x = read text(a) | where order > 1
               |                            ^^^^^ reserved word
               |
               = help: `order` is a reserved word; write `` `order` `` to use it as a name

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("unterminatedString",
            "pipeline p(a: path) {\n  x = read text(a) | where line == \"abc\n}\n",
            """
            error[E0001]: unterminated string literal
              --> t.mvl:2:36
               |
             2 |   x = read text(a) | where line == "abc
               |                                    ^^^^ this string has no closing `"`
               |
               = help: add a `"` before the end of the line; strings cannot span lines (use \\n for a newline)

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("badEscape",
            "pipeline p(a: path) {\n  x = read text(a) | where line == \"a\\qb\"\n}\n",
            """
            error[E0002]: unknown escape `\\q` in string literal
              --> t.mvl:2:38
               |
             2 |   x = read text(a) | where line == "a\\qb"
               |                                      ^^ unknown escape
               |
               = help: the escapes are \\" \\\\ \\n \\t \\r and \\u{…} with 1 to 6 hex digits, e.g. \\u{1F600}

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("badUnicodeEscape",
            "pipeline p(a: path) {\n  x = read text(a) | where line == \"\\u{110000}\"\n}\n",
            """
            error[E0002]: invalid unicode escape `\\u{110000}` in string literal
              --> t.mvl:2:37
               |
             2 |   x = read text(a) | where line == "\\u{110000}"
               |                                     ^^^^^^^^^^ not a Unicode code point
               |
               = help: the escapes are \\" \\\\ \\n \\t \\r and \\u{…} with 1 to 6 hex digits, e.g. \\u{1F600}

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("unterminatedComment",
            "/* no end\npipeline p() {}\n",
            """
            error[E0003]: unterminated block comment
              --> t.mvl:1:1
               |
             1 | /* no end
               | ^^ the comment starts here and runs to the end of the file
               |
               = help: close it with `*/`; block comments do not nest

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("chainedComparison",
            "pipeline p(a: path) {\n  x = read text(a) | where 1 < 2 < 3\n}\n",
            """
            error[E0015]: comparisons cannot be chained
              --> t.mvl:2:34
               |
             2 |   x = read text(a) | where 1 < 2 < 3
               |                                  ^ second comparison
               |
               = help: combine two comparisons with `and`, e.g. `a < b and b < c`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("integerOutOfRange",
            "pipeline p(a: path) {\n  x = read text(a) | limit 9223372036854775808\n}\n",
            """
            error[E0007]: integer literal `9223372036854775808` is out of range
              --> t.mvl:2:28
               |
             2 |   x = read text(a) | limit 9223372036854775808
               |                            ^^^^^^^^^^^^^^^^^^^ does not fit in a long
               |
               = help: the largest integer is 9223372036854775807 (a long); use a double like 1e19 for larger numbers

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("doubleOutOfRange",
            "pipeline p(a: path) {\n  x = read text(a) | extend d = 1e999\n}\n",
            """
            error[E0008]: number `1e999` is out of range for a double
              --> t.mvl:2:33
               |
             2 |   x = read text(a) | extend d = 1e999
               |                                 ^^^^^ larger than the largest double (about 1.8e308)

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("unexpectedCharacter",
            "pipeline p(a: path) {\n  x = read text(a) | where line # 2\n}\n",
            """
            error[E0004]: unexpected character `#`
              --> t.mvl:2:33
               |
             2 |   x = read text(a) | where line # 2
               |                                 ^ not part of any word, number or symbol of the language
               |
               = help: comments start with `//`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("ampersand",
            "pipeline p(a: path) {\n  x = read text(a) | where a & b\n}\n",
            """
            error[E0004]: unexpected character `&`
              --> t.mvl:2:30
               |
             2 |   x = read text(a) | where a & b
               |                              ^ not part of any word, number or symbol of the language
               |
               = help: write `and` to combine conditions

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("misspeltWrite",
            "pipeline p(a: path) {\n  wirte x to tsv(a)\n}\n",
            """
            error[E0012]: expected `=`, found `x`
              --> t.mvl:2:9
               |
             2 |   wirte x to tsv(a)
               |         ^ expected `=`
               |
               = help: `wirte` is not a keyword; did you mean `write`?

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("misspeltPipeline",
            "pipline p(a: path) {\n}\n",
            """
            error[E0012]: expected a declaration (`pipeline`, `schema` or `use function`) or end of file, found `pipline`
              --> t.mvl:1:1
               |
             1 | pipline p(a: path) {
               | ^^^^^^^ expected a declaration (`pipeline`, `schema` or `use function`) or end of file
               |
               = help: did you mean `pipeline`?

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("missingParenthesis",
            "pipeline p(a: path) {\n  x = read text(a\n  write x to tsv(a)\n}\n",
            """
            error[E0010]: expected `,` or `)`, found keyword `write`
              --> t.mvl:2:18
               |
             2 |   x = read text(a
               |                  ^ expected `,` or `)`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("defaultNotLiteral",
            "pipeline p(a: path, b: int = 1 + 2) {\n}\n",
            """
            error[E0016]: a parameter default must be a literal
              --> t.mvl:1:30
               |
             1 | pipeline p(a: path, b: int = 1 + 2) {
               |                              ^^^^^ not a literal
               |
               = help: write a number, string, `true`, `false`, `null` or `date "yyyy-MM-dd"`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("optionNotLiteral",
            "pipeline p(a: path) {\n  x = read csv(a, header = a) as (n: int)\n}\n",
            """
            error[E0017]: the value of option `header` must be a literal
              --> t.mvl:2:28
               |
             2 |   x = read csv(a, header = a) as (n: int)
               |                            ^ not a literal
               |
               = help: write a number, string, `true`, `false`, `null` or `date "yyyy-MM-dd"`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("typeExpected",
            "pipeline p(a: path) {\n  x = read text(a) | select cast(line as )\n}\n",
            """
            error[E0010]: expected a type, found `)`
              --> t.mvl:2:42
               |
             2 |   x = read text(a) | select cast(line as )
               |                                          ^ expected a type

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("unterminatedQuotedName",
            "pipeline p(a: path) {\n  x = read text(a) | select `line\n}\n",
            """
            error[E0005]: unterminated quoted name
              --> t.mvl:2:29
               |
             2 |   x = read text(a) | select `line
               |                             ^^^^^ no closing backquote on this line
               |
               = help: close the name with a backquote: `name`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("emptyQuotedName",
            "pipeline p(a: path) {\n  x = read text(a) | select ``\n}\n",
            """
            error[E0006]: empty quoted name
              --> t.mvl:2:29
               |
             2 |   x = read text(a) | select ``
               |                             ^^ a name needs at least one character

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("missingBraceAtEnd",
            "pipeline p(a: path) {\n  x = read text(a)\n",
            """
            error[E0010]: expected a statement or `}`, found end of file
              --> t.mvl:2:19
               |
             2 |   x = read text(a)
               |                   ^ expected a statement or `}`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("joinWithoutOn",
            "pipeline p(a: path) {\n  x = read text(a)\n  y = join x, x\n  write y to tsv(a)\n}\n",
            """
            error[E0010]: expected `on`, found keyword `write`
              --> t.mvl:3:16
               |
             3 |   y = join x, x
               |                ^ expected `on`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("groupWithoutAggregate",
            "pipeline p(a: path) {\n  x = read text(a) | group by line\n  write x to tsv(a)\n}\n",
            """
            error[E0010]: expected `aggregate` or `,`, found keyword `write`
              --> t.mvl:2:35
               |
             2 |   x = read text(a) | group by line
               |                                   ^ expected `aggregate` or `,`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("sourceExpected",
            "pipeline p(a: path) {\n  x =\n}\n",
            """
            error[E0010]: expected a source (`read`, `join`, `union` or a dataset name), found `}`
              --> t.mvl:2:6
               |
             2 |   x =
               |      ^ expected a source (`read`, `join`, `union` or a dataset name)

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("unclosedTypeArgument",
            "schema S (a: list<int)\n",
            """
            error[E0010]: expected `>` or `,`, found `)`
              --> t.mvl:1:22
               |
             1 | schema S (a: list<int)
               |                      ^ expected `>` or `,`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("numberAsStatement",
            "pipeline p(a: path) {\n  42 = x\n}\n",
            """
            error[E0010]: expected a statement or `}`, found number `42`
              --> t.mvl:1:22
               |
             1 | pipeline p(a: path) {
               |                      ^ expected a statement or `}`

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("errorsOnSeveralLines",
            "pipeline p(a: path) {\n  x = read text(a) | where )\n  y = read text(a) | selct line\n  write z to tsv(a) extra\n}\n",
            """
            error[E0010]: expected an expression, found `)`
              --> t.mvl:2:28
               |
             2 |   x = read text(a) | where )
               |                            ^ expected an expression

            error[E0012]: unknown operator `selct`
              --> t.mvl:3:22
               |
             3 |   y = read text(a) | selct line
               |                      ^^^^^ not an operator
               |
               = help: did you mean `select`?

            error[E0010]: expected `=`, found `}`
              --> t.mvl:4:26
               |
             4 |   write z to tsv(a) extra
               |                          ^ expected `=`

            error: could not check `t.mvl` due to 3 previous errors
            """),
        row("tabsAlignCarets",
            "pipeline p(a: path) {\n\tx = read text(a)\t| where )\n}\n",
            """
            error[E0010]: expected an expression, found `)`
              --> t.mvl:2:27
               |
             2 |     x = read text(a)    | where )
               |                                 ^ expected an expression

            error: could not check `t.mvl` due to 1 previous error
            """),
        row("nestedTooDeep",
            "pipeline p(a: path) {\n  x = read text(a) | where " + "(".repeat(201) + "1" + ")".repeat(201) + "\n  write x to tsv(a)\n}\n",
            "error[E0018]: nested too deeply (more than 200 levels)\n"
            + "  --> t.mvl:2:228\n"
            + "   |\n"
            + " 2 |   x = read text(a) | where " + "(".repeat(201) + "1" + ")".repeat(201) + "\n"
            + "   | " + " ".repeat(227) + "^ nested too deeply here\n"
            + "   |\n"
            + "   = help: split the expression into steps with `extend`, or simplify the type\n"
            + "\n"
            + "error: could not check `t.mvl` due to 1 previous error\n"),
        row("valuesAfterErrorStillChecked",
            "pipeline p(a: path) {\n  x = read text(a) | where (\n  y = read text(a) | where \"\\z\"\n}\n",
            """
            error[E0010]: expected an expression, found `y`
              --> t.mvl:2:29
               |
             2 |   x = read text(a) | where (
               |                             ^ expected an expression

            error[E0002]: unknown escape `\\z` in string literal
              --> t.mvl:3:29
               |
             3 |   y = read text(a) | where "\\z"
               |                             ^^ unknown escape
               |
               = help: the escapes are \\" \\\\ \\n \\t \\r and \\u{…} with 1 to 6 hex digits, e.g. \\u{1F600}

            error: could not check `t.mvl` due to 2 previous errors
            """));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void rendersTheExpectedDiagnostics(String source, String expected) {
    Diagnostics diagnostics = new Diagnostics();
    Parser.parse(new SourceFile("t.mvl", source), diagnostics);
    assertEquals(expected, new DiagnosticRenderer().renderAll(diagnostics, "t.mvl"));
  }

  private static Arguments row(String name, String source, String expected) {
    return Arguments.of(Named.of(name, source), expected);
  }
}
