package dev.marvel.plan.expr;

import static dev.marvel.plan.TestFlow.bin;
import static dev.marvel.plan.TestFlow.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.marvel.source.Span;
import dev.marvel.types.Type;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExprTest {

  private static final ColumnRef RANK = new ColumnRef(1, "pageRank", Type.INT, Span.NONE);
  private static final ColumnRef IP = new ColumnRef(0, "sourceIP", Type.STRING, Span.NONE);
  private static final FunctionRef SUBSTR = new FunctionRef("substr", "dev.marvel.stdlib.Strings", "substr",
      List.of(Type.STRING, Type.INT, Type.INT), Type.STRING, false);

  @Test
  void printsInfixWithMinimalParentheses() {
    assertEquals("pageRank > 1000", bin(BinaryOp.GT, RANK, lit(1000)).display());
    assertEquals("substr(sourceIP, 1, 8)", new Call(SUBSTR, List.of(IP, lit(1), lit(8)), Span.NONE).display());
    assertEquals("(pageRank + 1) * 2", bin(BinaryOp.MUL, bin(BinaryOp.ADD, RANK, lit(1)), lit(2)).display());
    assertEquals("pageRank - (1 - 2)", bin(BinaryOp.SUB, RANK, bin(BinaryOp.SUB, lit(1), lit(2))).display());
    assertEquals("not (pageRank > 1 or pageRank < 0)", new Unary(Unary.Op.NOT,
        bin(BinaryOp.OR, bin(BinaryOp.GT, RANK, lit(1)), bin(BinaryOp.LT, RANK, lit(0))), Span.NONE).display());
    assertEquals("sourceIP matches \"a\\\"b\\n\"", new Matches(IP, lit("a\"b\n"), Span.NONE).display());
    assertEquals("cast(pageRank as long) between 1L and 2L", new Between(new Cast(RANK, Type.LONG, Span.NONE),
        Literal.ofLong(1, Span.NONE), Literal.ofLong(2, Span.NONE), false, Span.NONE).display());
    assertEquals("-(-1)", new Unary(Unary.Op.NEG, lit(-1), Span.NONE).display());
    assertEquals("date \"1980-01-01\"", Literal.ofDate(LocalDate.of(1980, 1, 1), Span.NONE).display());
    assertEquals("sourceIP not in (\"a\", \"b\")", new In(IP, List.of(lit("a"), lit("b")), true, Span.NONE).display());
    assertEquals("case when pageRank > 1 then \"hi\" end", new Case(List.of(bin(BinaryOp.GT, RANK, lit(1))),
        List.of(lit("hi")), Literal.nullOf(Type.STRING, Span.NONE), Type.STRING, Span.NONE).display());
  }

  @Test
  void foldsLiteralsAndLeavesRowDependentParts() {
    assertEquals("pageRank > 1000", ConstantFolder.fold(bin(BinaryOp.GT, RANK, bin(BinaryOp.MUL, lit(10), lit(100)))).display());
    assertEquals(lit(true), ConstantFolder.fold(bin(BinaryOp.LT, lit(1), lit(2))));
    assertEquals("pageRank > 1", ConstantFolder.fold(bin(BinaryOp.AND, lit(true), bin(BinaryOp.GT, RANK, lit(1)))).display());
    assertEquals("false", ConstantFolder.fold(bin(BinaryOp.AND, bin(BinaryOp.GT, RANK, lit(1)), lit(false))).display());
    assertEquals("date \"1980-04-01\"", ConstantFolder.fold(new Cast(lit("1980-04-01"), Type.DATE, Span.NONE)).display());
    assertEquals("null", ConstantFolder.fold(bin(BinaryOp.ADD, lit(1), Literal.nullOf(Type.INT, Span.NONE))).display());
  }

  @Test
  void doesNotFoldWhatWouldFailAtRunTime() {
    assertEquals("1 / 0", ConstantFolder.fold(bin(BinaryOp.DIV, lit(1), lit(0))).display());
    assertEquals("cast(\"1980-13-01\" as date)", ConstantFolder.fold(new Cast(lit("1980-13-01"), Type.DATE, Span.NONE)).display());
  }

  @Test
  void intArithmeticWrapsLikeJava() {
    assertEquals(Literal.ofInt(Integer.MIN_VALUE, Span.NONE),
        ConstantFolder.fold(bin(BinaryOp.ADD, lit(Integer.MAX_VALUE), lit(1))));
  }

  @Test
  void remapsAndListsColumns() {
    RowExpr e = bin(BinaryOp.GT, RANK, new Call(SUBSTR, List.of(IP, lit(1), lit(2)), Span.NONE).args().get(1));
    assertEquals(java.util.Set.of(1), e.inputColumns());
    assertEquals(java.util.Set.of(4), e.remapColumns(i -> i + 3).inputColumns());
  }

  @Test
  void foldsStdlibCallsOnLiteralsButNotUdfsOrFailures() {
    FunctionRef lower = new FunctionRef("lower", "dev.marvel.stdlib.StringFunctions", "lower",
        List.of(Type.STRING), Type.STRING, false);
    FunctionRef realSubstr = new FunctionRef("substr", "dev.marvel.stdlib.StringFunctions", "substr",
        List.of(Type.STRING, Type.INT, Type.INT), Type.STRING, false);
    FunctionRef udf = new FunctionRef("norm", "com.acme.Udfs", "normalize", List.of(Type.STRING), Type.STRING, false);
    assertEquals(Literal.ofString("abc", Span.NONE),
        ConstantFolder.fold(new Call(lower, List.of(lit("AbC")), Span.NONE)));
    assertEquals(Literal.ofString("19", Span.NONE),
        ConstantFolder.fold(new Call(realSubstr, List.of(lit("192.168"), lit(1), lit(2)), Span.NONE)));
    assertEquals(Literal.nullOf(Type.STRING, Span.NONE),
        ConstantFolder.fold(new Call(lower, List.of(Literal.nullOf(Type.STRING, Span.NONE)), Span.NONE)));
    assertEquals("norm(\"x\")", ConstantFolder.fold(new Call(udf, List.of(lit("x")), Span.NONE)).display());
    assertEquals("lower(sourceIP)", ConstantFolder.fold(new Call(lower, List.of(IP), Span.NONE)).display());
  }
}
