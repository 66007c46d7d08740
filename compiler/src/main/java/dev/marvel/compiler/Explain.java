package dev.marvel.compiler;

import dev.marvel.analysis.AnalyzedPipeline;
import dev.marvel.analysis.AnalyzedProgram;
import dev.marvel.analysis.BoundParameters;
import dev.marvel.optimizer.OptimizedPlan;
import dev.marvel.optimizer.Optimizer;
import dev.marvel.plan.LogicalPlan;
import dev.marvel.plan.PlanOptions;
import dev.marvel.plan.PlanPrinter;
import dev.marvel.plan.build.PlanBuilder;
import dev.marvel.stages.StageGraphDot;
import dev.marvel.stages.StagePlan;
import dev.marvel.stages.StagePlanner;
import dev.marvel.stages.StagePrinter;
import java.util.stream.Collectors;

/**
 * The middle of the compiler for one bound pipeline — optimize, then cut into stages — with the
 * text {@code marvelc explain} prints: the logical plan, the optimized plan with the rules that
 * fired, and the stage plan.
 */
public record Explain(OptimizedPlan optimized, StagePlan stages, PlanOptions options) {

  /** Plans {@code pipeline} of an analysis without errors, for the given parameter values. */
  public static Explain of(AnalyzedProgram analysis, AnalyzedPipeline pipeline, BoundParameters params,
      PlanOptions options) {
    return of(PlanBuilder.build(analysis, pipeline, params), options);
  }

  public static Explain of(LogicalPlan plan, PlanOptions options) {
    OptimizedPlan optimized = Optimizer.standard(options).optimize(plan);
    return new Explain(optimized, new StagePlanner(options).plan(optimized.plan()), options);
  }

  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("== logical plan ==\n").append(PlanPrinter.print(optimized.original()));
    sb.append("\n== optimized plan ==\n");
    if (optimized.fired().isEmpty()) {
      sb.append("rules fired: none\n");
    } else {
      sb.append("rules fired:\n");
      optimized.firedSummary().forEach(r -> sb.append("  ").append(r).append('\n'));
    }
    sb.append(PlanPrinter.print(optimized.plan()));
    sb.append("\n== stage plan ==\n").append(settings()).append(StagePrinter.print(stages));
    return sb.toString();
  }

  /** The options the partition counts and join strategies follow from. */
  private String settings() {
    String sizes = options.inputSizeEstimates().isEmpty() ? "none"
        : options.inputSizeEstimates().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    return "options: default parallelism " + options.defaultParallelism() + ", at most " + options.maxParallelism()
        + ", " + options.targetBytesPerPartition() + " bytes per partition, broadcast at most "
        + options.broadcastThresholdBytes() + " bytes, input sizes: " + sizes + "\n";
  }

  public String dot() {
    return StageGraphDot.render(stages);
  }
}
