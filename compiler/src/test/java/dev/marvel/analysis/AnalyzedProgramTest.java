package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Flow;
import dev.marvel.ast.Operator;
import dev.marvel.ast.Source;
import dev.marvel.ast.Statement;
import dev.marvel.types.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The side tables the planner reads, for WordCount and the BDB join. */
class AnalyzedProgramTest {

  @Test
  void wordCount() {
    AnalyzedProgram a = Programs.checkResource("samples/wordcount.mvl").analyzed();
    AnalyzedPipeline p = a.pipeline("wordcount").orElseThrow();
    assertEquals(List.of("input", "output"), p.parameters().stream().map(PipelineParameter::name).toList());
    assertEquals(List.of(Type.PATH, Type.PATH), p.parameters().stream().map(PipelineParameter::type).toList());
    assertEquals(List.of("counts"), p.datasets().stream().map(d -> d.name().name()).toList());
    assertEquals(1, p.sinks().size());

    Flow flow = p.dataset("counts").orElseThrow().value();
    assertEquals("(line: string)", a.schemaOf(flow.source()).display());
    Operator.Explode explode = (Operator.Explode) flow.ops().get(0);
    assertEquals("(line: string, word: string)", a.schemaAfter(explode).display());
    Operator.Aggregate group = (Operator.Aggregate) flow.ops().get(1);
    assertEquals("(word: string, n: long)", a.schemaAfter(group).display());
    assertEquals("(word: string, n: long)", a.schemaOf(flow).display());
    assertEquals(a.schemaOf(flow), p.datasetSchemas().get("counts"));

    Expr.Call tokenize = (Expr.Call) explode.binding().expr();
    assertEquals(new Type.ListOf(Type.STRING), a.typeOf(tokenize));
    ResolvedFunction.Builtin tokenizeFn = assertInstanceOf(ResolvedFunction.Builtin.class, a.functionOf(tokenize));
    assertEquals("tokenize", tokenizeFn.name());
    Expr.Call lower = (Expr.Call) tokenize.args().get(0);
    assertEquals("lower", a.functionOf(lower).name());
    assertEquals(Type.STRING, a.typeOf(lower));
    Expr.Name line = (Expr.Name) lower.args().get(0);
    NameBinding.ColumnRef lineRef = assertInstanceOf(NameBinding.ColumnRef.class, a.bindingOf(line));
    assertEquals(0, lineRef.index());

    Expr.Name key = (Expr.Name) group.keys().get(0).expr();
    assertEquals(1, ((NameBinding.ColumnRef) a.bindingOf(key)).index());
    Expr.Call count = (Expr.Call) group.aggregates().get(0).expr();
    ResolvedFunction.Aggregate countFn = assertInstanceOf(ResolvedFunction.Aggregate.class, a.functionOf(count));
    assertEquals(AggregateFunction.COUNT, countFn.function());
    assertEquals(Type.LONG, countFn.resultType());

    Statement.Write write = p.sinks().get(0);
    NameBinding.ParamRef output = assertInstanceOf(NameBinding.ParamRef.class, a.bindingOf((Expr.Name) write.format().path()));
    assertEquals("output", output.parameter().name());
  }

  @Test
  void bdbJoin() {
    AnalyzedProgram a = Programs.checkResource("samples/bdb-join.mvl").analyzed();
    AnalyzedPipeline p = a.pipeline("bdb_join").orElseThrow();
    assertEquals(List.of("r", "v", "best"), p.datasets().stream().map(d -> d.name().name()).toList());
    PipelineParameter start = p.parameter("start").orElseThrow();
    assertEquals(Type.DATE, start.type());
    assertEquals(Optional.of(LocalDate.of(1980, 1, 1)), start.defaultValue());
    assertEquals(Optional.of(LocalDate.of(1980, 4, 1)), p.parameter("end").orElseThrow().defaultValue());

    Flow v = p.dataset("v").orElseThrow().value();
    Expr.Between between = (Expr.Between) ((Operator.Where) v.ops().get(0)).condition();
    assertEquals(Type.BOOL, a.typeOf(between));
    assertEquals(Type.DATE, a.typeOf(between.value()));
    assertEquals(2, ((NameBinding.ColumnRef) a.bindingOf((Expr.Name) between.value())).index());
    assertEquals("start", ((NameBinding.ParamRef) a.bindingOf((Expr.Name) between.low())).parameter().name());

    Flow best = p.dataset("best").orElseThrow().value();
    Source.Join join = (Source.Join) best.source();
    assertEquals(12, a.schemaOf(join).size());
    assertEquals("r.pageURL", a.schemaOf(join).get(0).display());
    assertEquals("v.destURL", a.schemaOf(join).get(4).display());
    JoinKeys keys = a.joinKeysOf(join);
    assertEquals(List.of(Type.STRING), keys.types());
    assertEquals(0, ((NameBinding.ColumnRef) a.bindingOf((Expr.Name) keys.left().get(0))).index());
    assertEquals(4, ((NameBinding.ColumnRef) a.bindingOf((Expr.Name) keys.right().get(0))).index());

    Operator.Aggregate group = (Operator.Aggregate) best.ops().get(0);
    assertEquals("(sourceIP: string, totalRevenue: double, avgPageRank: double)", a.schemaAfter(group).display());
    ResolvedFunction.Aggregate sum = (ResolvedFunction.Aggregate) a.functionOf((Expr.Call) group.aggregates().get(0).expr());
    assertEquals(AggregateFunction.SUM, sum.function());
    assertEquals(List.of(Type.DOUBLE), sum.paramTypes());
    ResolvedFunction.Aggregate avg = (ResolvedFunction.Aggregate) a.functionOf((Expr.Call) group.aggregates().get(1).expr());
    assertEquals(List.of(Type.INT), avg.paramTypes());
    assertEquals(Type.DOUBLE, avg.resultType());
    Operator.OrderBy order = (Operator.OrderBy) best.ops().get(1);
    assertEquals(1, ((NameBinding.ColumnRef) a.bindingOf((Expr.Name) order.keys().get(0).expr())).index());
    assertEquals(a.schemaAfter(group), a.schemaAfter(best.ops().get(2)));
    assertEquals(a.schemaAfter(group), p.datasetSchemas().get("best"));
  }
}
