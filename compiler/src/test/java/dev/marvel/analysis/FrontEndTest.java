package dev.marvel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.marvel.ast.Expr;
import dev.marvel.ast.Operator;
import dev.marvel.compiler.FrontEnd;
import dev.marvel.diag.Diagnostic;
import dev.marvel.diag.Severity;
import dev.marvel.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontEndTest {
  private static final String UDF_PROGRAM = """
      use function dev.marvel.analysis.fixtures.SampleUdfs.shout(string): string as yell

      pipeline loud(input: path, output: path) {
        lines = read text(input) | select line = yell(line)
        write lines to text(output)
      }
      """;

  @Test
  void linksADeclaredUdfByItsAlias() throws Exception {
    FrontEnd.Result result = Programs.check("loud.mvl", UDF_PROGRAM);
    assertEquals(List.of(), result.diagnostics());
    AnalyzedProgram a = result.analyzed();
    Operator.Select select = (Operator.Select) a.pipelines().get(0).datasets().get(0).value().ops().get(0);
    ResolvedFunction.Udf udf = assertInstanceOf(ResolvedFunction.Udf.class, a.functionOf((Expr.Call) select.items().get(0).expr()));
    assertEquals("yell", udf.name());
    assertEquals(dev.marvel.analysis.fixtures.SampleUdfs.class.getMethod("shout", String.class), udf.method());
  }

  @Test
  void aCrashInsideAnalysisIsOneInternalErrorNotAUserError() {
    ClassLoader broken = new ClassLoader(null) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) {
        throw new IllegalStateException("simulated defect");
      }
    };
    FrontEnd.Result result = new FrontEnd(FunctionCatalog.standard(), broken).check(new SourceFile("loud.mvl", UDF_PROGRAM));
    assertEquals(1, result.diagnostics().size());
    Diagnostic d = result.diagnostics().get(0);
    assertEquals("B0001", d.code());
    assertEquals(Severity.BUG, d.severity());
    assertTrue(d.message().contains("simulated defect"), d.message());
    assertInstanceOf(IllegalStateException.class, result.internalError().orElseThrow());
    assertTrue(result.hasErrors());
  }

  @Test
  void analysisIsSkippedAfterSyntaxErrors() {
    FrontEnd.Result result = Programs.check("broken.mvl", "pipeline p(input: path) { x = read text(input) | where }\n");
    assertTrue(result.hasErrors());
    assertTrue(result.analysis().isEmpty());
    assertTrue(result.diagnostics().stream().allMatch(d -> d.code().startsWith("E00")), result.diagnostics().toString());
  }
}
