package dev.marvel.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.marvel.codegen.Val.Repr;
import dev.marvel.plan.AggCall;
import dev.marvel.plan.AggFunction;
import dev.marvel.plan.Aggregate;
import dev.marvel.plan.Distinct;
import dev.marvel.plan.Filter;
import dev.marvel.plan.FlatMap;
import dev.marvel.plan.Join;
import dev.marvel.plan.JoinKind;
import dev.marvel.plan.JoinStrategy;
import dev.marvel.plan.Limit;
import dev.marvel.plan.NamedExpr;
import dev.marvel.plan.Phase;
import dev.marvel.plan.PlanNode;
import dev.marvel.plan.Project;
import dev.marvel.plan.Sink;
import dev.marvel.plan.Sort;
import dev.marvel.plan.SortKey;
import dev.marvel.plan.TopK;
import dev.marvel.plan.Union;
import dev.marvel.plan.expr.RowExpr;
import dev.marvel.source.Span;
import dev.marvel.stages.InputChannel;
import dev.marvel.stages.OutputChannel;
import dev.marvel.stages.Partitioning;
import dev.marvel.stages.Stage;
import dev.marvel.types.Column;
import dev.marvel.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javax.lang.model.element.Modifier;

/**
 * The code of a stage's operators and outputs, produce/consume style (as in Spark's whole-stage
 * codegen): {@link #consume} emits, inside the loop of whatever produced a row, the code of every
 * consumer of that row — a filter's {@code if}, a projection's locals, an explode's inner loop, an
 * output's encoding — so a chain of operators becomes one loop body without a row object.
 * Operators that need all rows first keep state in fields and emit in {@link #emitBreakers}.
 */
final class OperatorCode {
  /** A consumer of a node's rows: operator {@code op} through its input {@code input}, or an output channel. */
  record Consumer(PlanNode op, int input, OutputChannel out) {}

  private final TypeSpec.Builder type;
  private final Locals locals;
  private final FunctionMethods functions;
  private final Map<PlanNode, List<Consumer>> consumers;
  private final ToIntFunction<Span> spanIndex;
  private final Function<Sink, String> sinkIds;
  private final CodeBlock.Builder prologue = CodeBlock.builder();
  private final Map<Object, String> state = new IdentityHashMap<>();
  private final Map<PlanNode, PartialTable> partials = new IdentityHashMap<>();
  private final List<CodeBlock> finishes = new ArrayList<>();
  /** The field each shuffle, broadcast or boundary output writes through. */
  private final Map<OutputChannel, String> mapOutputs = new HashMap<>();
  private int rangePartitions = 1;
  /** The range boundaries field of a stage that range-partitions its shuffle. */
  private String bounds;
  private int ids;
  /** The reader, reader and writer fields merge methods share; created with the first one. */
  private List<String> mergeFields;

  OperatorCode(TypeSpec.Builder type, Locals locals, FunctionMethods functions,
      Map<PlanNode, List<Consumer>> consumers, ToIntFunction<Span> spanIndex, Function<Sink, String> sinkIds) {
    this.type = type;
    this.locals = locals;
    this.functions = functions;
    this.consumers = consumers;
    this.spanIndex = spanIndex;
    this.sinkIds = sinkIds;
    type.addField(FieldSpec.builder(RuntimeTypes.KEY_WRITER, "key", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T()", RuntimeTypes.KEY_WRITER).build());
    type.addField(FieldSpec.builder(RuntimeTypes.ROW_WRITER, "row", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T()", RuntimeTypes.ROW_WRITER).build());
  }

  /** What {@code run()} does before reading: open sinks, shuffle outputs and aggregators. */
  CodeBlock prologue() {
    return prologue.build();
  }

  /**
   * Opens the stage's sinks and its map output. A stage with several shuffle, broadcast or
   * boundary outputs (one scan feeding two aggregations, say) writes each through a
   * {@code ShuffleChannel} over its own range of the map output's partitions.
   */
  void openOutputs(Stage stage) {
    boolean several = stage.mapOutputs() > 1;
    String whole = null;
    for (OutputChannel out : stage.outputs()) {
      if (out instanceof OutputChannel.Shuffle s && s.partitioning() instanceof Partitioning.Range r) {
        rangePartitions = r.partitions();
      }
      if (out instanceof OutputChannel.Write w) {
        String f = field(RuntimeTypes.TASK_OUTPUT_WRITER, "sink" + (++ids), null);
        state.put(out, f);
        prologue.addStatement("$N = ctx.sink($S, $S)", f, sinkIds.apply(w.sink()), w.sink().format().display());
        continue;
      }
      if (whole == null) {
        whole = field(RuntimeTypes.SHUFFLE_OUTPUT, "shuffle", null);
        prologue.addStatement("$N = ctx.$L()", whole,
            out instanceof OutputChannel.Shuffle ? "shuffleOutput" : "broadcastOutput");
      }
      if (several) {
        String channel = field(RuntimeTypes.SHUFFLE_CHANNEL, "channel", null);
        prologue.addStatement("$N = $N.channel($L, $L)", channel, whole, stage.firstPartition(out), Stage.width(out));
        mapOutputs.put(out, channel);
      } else {
        mapOutputs.put(out, whole);
      }
    }
  }

  /** Whether rows of {@code node} end up in a join's build side (so they must be read first). */
  boolean feedsBuildSide(PlanNode node) {
    for (Consumer c : consumers.getOrDefault(node, List.of())) {
      if (c.op() instanceof Join j && c.input() == buildSide(j)) {
        return true;
      }
      if (c.op() != null && !isBreaker(c.op()) && feedsBuildSide(c.op())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The condition of the loop over a text source's lines: {@code next()}, or, when no consumer
   * wants a line without some literal ({@link LinePrefilter}), {@code nextContaining} it, so lines
   * without it are passed over as bytes.
   */
  CodeBlock nextLine(PlanNode source, String input) {
    String literal = LinePrefilter.literal(consumers.getOrDefault(source, List.of()));
    if (literal == null) {
      return CodeBlock.of("$N.next()", input);
    }
    String name = locals.named("LINE_LITERAL");
    type.addField(FieldSpec.builder(byte[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$S.getBytes($T.UTF_8)", literal, StandardCharsets.class).build());
    return CodeBlock.of("$N.nextContaining($N)", input, name);
  }

  /** Emits, for one row of {@code node} held in {@code row}, the code of all its consumers. */
  void consume(PlanNode node, List<Val> row, CodeBlock.Builder out) {
    for (Consumer c : consumers.getOrDefault(node, List.of())) {
      if (c.out() != null) {
        output(c.out(), node, row, out);
      } else {
        operator(c.op(), c.input(), row, out);
      }
    }
  }

  private void operator(PlanNode op, int input, List<Val> row, CodeBlock.Builder out) {
    ExprCompiler exprs = new ExprCompiler(out, locals, functions, spanIndex);
    if (op instanceof Filter f) {
      Val c = evaluate(op, f.condition(), exprs, row, out);
      out.beginControlFlow("if ($L)", exprs.isTrue(c));
      consume(op, row, out);
      out.endControlFlow();
    } else if (op instanceof Project p) {
      boolean risky = p.outputs().stream().anyMatch(o -> ExprCompiler.mayFail(o.expr()));
      markAt(op, risky, out);
      List<Val> next = new ArrayList<>();
      for (NamedExpr o : p.outputs()) {
        next.add(exprs.compile(o.expr(), row));
      }
      unmark(risky, out);
      consume(op, next, out);
    } else if (op instanceof FlatMap f) {
      flatMap(f, row, exprs, out);
    } else if (op instanceof Aggregate a) {
      aggregate(a, row, exprs, out);
    } else if (op instanceof TopK t) {
      offerTopK(t, row, out);
    } else if (op instanceof Limit l) {
      String count = stateField(op, TypeName.LONG, "limit");
      out.beginControlFlow("if ($N < $LL)", count, l.count()).addStatement("$N++", count);
      consume(op, row, out);
      out.endControlFlow();
    } else if (op instanceof Distinct d) {
      String agg = aggregator(d, CodeBlock.of("(a, b) -> a"));
      writeKeys(out, row, allColumns(row.size()));
      out.addStatement("$N.add(key.toByteArray(), new byte[0])", agg);
    } else if (op instanceof Join j) {
      join(j, input, row, exprs, out);
    } else if (op instanceof Sort sort) {
      String sorter = state.computeIfAbsent(op, k -> {
        String f = field(RuntimeTypes.SPILLING_SORTER, "sorter", null);
        prologue.addStatement("$N = ctx.sorter()", f);
        return f;
      });
      writeSortKey(out, row, sort.keys());
      writeRow(out, row);
      out.addStatement("$N.add(key.buffer(), 0, key.length(), row.buffer(), 0, row.length())", sorter);
    } else if (op instanceof Union) {
      consume(op, row, out);
    } else if (op instanceof Sink) {
      return;
    } else {
      throw new UnsupportedPlanException(op.nodeName() + " is not supported by the code generator yet", op.span());
    }
  }

  private void flatMap(FlatMap f, List<Val> row, ExprCompiler exprs, CodeBlock.Builder out) {
    WordsPattern words = WordsPattern.match(f.list());
    if (words != null) {
      // WordCount's `line` cannot fail, so nothing is marked there; a cast inside tokenize can.
      boolean risky = ExprCompiler.mayFail(words.text());
      markAt(f, risky, out);
      Val text = exprs.compile(words.text(), row);
      unmark(risky, out);
      String cursor = field(RuntimeTypes.ASCII_WORDS, "words", CodeBlock.of("new $T($L)", RuntimeTypes.ASCII_WORDS,
          words.lower()));
      String word = locals.named(f.name());
      if (!text.neverNull()) {
        out.beginControlFlow("if (!$L)", text.isNull());
      }
      out.addStatement("$N.reset($L)", cursor, text.value());
      out.beginControlFlow("while ($N.next())", cursor);
      out.addStatement("$T $N = $N.word()", RuntimeTypes.BYTE_SLICE, word, cursor);
      List<Val> next = new ArrayList<>(row);
      next.add(Val.of(word, null, Type.STRING, Repr.BYTES));
      consume(f, next, out);
      out.endControlFlow();
      if (!text.neverNull()) {
        out.endControlFlow();
      }
      return;
    }
    RegexMatchesPattern grep = RegexMatchesPattern.match(f.list());
    if (grep != null) {
      explodeMatches(f, grep, row, exprs, out);
      return;
    }
    if (f.elementType() != Type.STRING) {
      throw new UnsupportedPlanException("explode of a " + f.list().type().display()
          + " is not supported by the code generator yet", f.span());
    }
    Val list = evaluate(f, f.list(), exprs, row, out);
    String element = locals.named(f.name());
    out.beginControlFlow("if (!$L)", list.isNull());
    out.beginControlFlow("for (Object $N : $L)", element + "Item", list.value());
    out.addStatement("String $N = (String) $N", element, element + "Item");
    List<Val> next = new ArrayList<>(row);
    next.add(new Val(CodeBlock.of("$N", element), CodeBlock.of("($N == null)", element), Type.STRING, Repr.STRING));
    consume(f, next, out);
    out.endControlFlow().endControlFlow();
  }

  private void explodeMatches(FlatMap f, RegexMatchesPattern grep, List<Val> row, ExprCompiler exprs,
      CodeBlock.Builder out) {
    // Compiled on first use, inside the marked region: a bad pattern is a user error at the explode.
    markAt(f, true, out);
    String scan = field(RuntimeTypes.REGEX_SCAN, "scan", null);
    out.beginControlFlow("if ($N == null)", scan);
    out.addStatement("$N = new $T($S)", scan, RuntimeTypes.REGEX_SCAN, grep.pattern());
    out.endControlFlow();
    Val text = exprs.compile(grep.text(), row);
    unmark(true, out);
    String match = locals.named(f.name());
    if (!text.neverNull()) {
      out.beginControlFlow("if (!$L)", text.isNull());
    }
    out.beginControlFlow("if ($N.reset($L))", scan, text.value());
    out.beginControlFlow("while ($N.find())", scan);
    out.addStatement("$T $N = $N.matchBytes()", RuntimeTypes.BYTE_SLICE, match, scan);
    List<Val> next = new ArrayList<>(row);
    next.add(Val.of(match, null, Type.STRING, Repr.BYTES));
    consume(f, next, out);
    out.endControlFlow().endControlFlow();
    if (!text.neverNull()) {
      out.endControlFlow();
    }
  }

  private void aggregate(Aggregate a, List<Val> row, ExprCompiler exprs, CodeBlock.Builder out) {
    if (a.phase() == Phase.PARTIAL) {
      throw new UnsupportedPlanException("a partial aggregate outside a shuffle's combiner", a.span());
    }
    Accumulators accs = new Accumulators(a);
    String merge = locals.named("merge" + (++ids));
    if (mergeFields == null) {
      // Shared by every merge method of the stage: merges run one at a time and never nest.
      mergeFields = List.of(
          field(RuntimeTypes.ROW_READER, "mergeLeft", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER)),
          field(RuntimeTypes.ROW_READER, "mergeRight", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER)),
          field(RuntimeTypes.ROW_WRITER, "mergeOut", CodeBlock.of("new $T()", RuntimeTypes.ROW_WRITER)));
    }
    type.addMethod(accs.mergeMethod(merge, mergeFields.get(0), mergeFields.get(1), mergeFields.get(2)));
    String agg = aggregator(a, CodeBlock.of("this::$N", merge));
    boolean risky = a.calls().stream().anyMatch(c -> c.args().stream().anyMatch(ExprCompiler::mayFail));
    markAt(a, risky, out);
    List<Val> acc = accs.ofRow(exprs, row);
    unmark(risky, out);
    writeKeys(out, row, a.keys());
    out.addStatement("row.reset($L)", acc.size());
    acc.forEach(v -> out.add(Codecs.writeRow("row", v)));
    out.addStatement("$N.add(key.toByteArray(), row.toByteArray())", agg);
    for (AggCall c : distinctCalls(a)) {
      // count_distinct: the distinct (group key, value) pairs, counted per group at emit time.
      String pairs = aggregator(c, CodeBlock.of("(x, y) -> x"));
      markAt(a, risky, out);
      Val v = exprs.compile(c.args().get(0), row);
      unmark(risky, out);
      out.beginControlFlow("if (!$L)", v.isNull());
      writeKeys(out, row, a.keys());
      out.add(Codecs.writeKey("key", v, false));
      out.addStatement("$N.add(key.toByteArray(), new byte[0])", pairs);
      out.endControlFlow();
    }
  }

  private static List<AggCall> distinctCalls(Aggregate a) {
    return a.calls().stream().filter(c -> c.function() == AggFunction.COUNT_DISTINCT).toList();
  }

  private void offerTopK(TopK t, List<Val> row, CodeBlock.Builder out) {
    String top = state.computeIfAbsent(t, k -> field(RuntimeTypes.TOP_K, "top",
        CodeBlock.of("new $T($LL)", RuntimeTypes.TOP_K, t.limit())));
    writeSortKey(out, row, t.keys());
    writeRow(out, row);
    out.addStatement("$N.offer(key, row)", top);
  }

  private void join(Join j, int input, List<Val> row, ExprCompiler exprs, CodeBlock.Builder out) {
    int build = buildSide(j);
    // Only a full join pays for remembering which build rows matched.
    String table = state.computeIfAbsent(j, k -> field(RuntimeTypes.JOIN_TABLE, "join",
        j.kind() == JoinKind.FULL ? CodeBlock.of("$T.keepingUnmatched()", RuntimeTypes.JOIN_TABLE)
            : CodeBlock.of("new $T()", RuntimeTypes.JOIN_TABLE)));
    List<Integer> keys = j.keys().stream().map(p -> input == 0 ? p.left() : p.right()).toList();
    out.addStatement("key.reset()");
    List<CodeBlock> nulls = new ArrayList<>();
    for (int k : keys) {
      out.add(Codecs.writeKey("key", row.get(k), false));
      if (!row.get(k).neverNull()) {
        nulls.add(row.get(k).isNull());
      }
    }
    CodeBlock anyNull = nulls.isEmpty() ? CodeBlock.of("false") : CodeBlock.join(nulls, " || ");
    boolean full = j.kind() == JoinKind.FULL;
    if (input == build && full) {
      // A null key never equals anything, but a full join still outputs the row, with the unmatched ones.
      writeRow(out, row);
      out.beginControlFlow("if ($L)", anyNull);
      out.addStatement("$N.addNullKey(row.buffer(), 0, row.length())", table);
      out.nextControlFlow("else");
      out.addStatement("$N.add(key.buffer(), 0, key.length(), row.buffer(), 0, row.length())", table);
      out.endControlFlow();
      return;
    }
    if (input == build) {
      // A null key never equals anything: such rows cannot match.
      out.beginControlFlow("if (!($L))", anyNull);
      writeRow(out, row);
      out.addStatement("$N.add(key.buffer(), 0, key.length(), row.buffer(), 0, row.length())", table);
      out.endControlFlow();
      return;
    }
    PlanNode buildNode = j.inputs().get(build);
    List<Column> buildColumns = buildNode.schema().columns();
    String matches = locals.temp("matches");
    out.addStatement("$T<byte[]> $N = ($L) ? $T.of() : $N.$L(key)", List.class, matches, anyNull, List.class, table,
        full ? "match" : "get");
    String reader = field(RuntimeTypes.ROW_READER, "joinReader", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER));
    String match = locals.temp("match");
    out.beginControlFlow("for (byte[] $N : $N)", match, matches);
    out.addStatement("$N.reset($N, 0, $L)", reader, match, buildColumns.size());
    List<Val> built = new ArrayList<>();
    for (int i = 0; i < buildColumns.size(); i++) {
      Column c = buildColumns.get(i);
      built.add(Codecs.read(out, locals, reader, false, i, c.type(), c.name(), sliceFor(c)));
    }
    consume(j, build == 1 ? concat(row, built) : concat(built, row), out);
    out.endControlFlow();
    boolean preserveProbe = build == 1 ? j.kind().preservesLeft() : j.kind().preservesRight();
    if (preserveProbe) {
      out.beginControlFlow("if ($N.isEmpty())", matches);
      List<Val> missing = nulls(buildColumns);
      consume(j, build == 1 ? concat(row, missing) : concat(missing, row), out);
      out.endControlFlow();
    }
  }

  /**
   * After all input was read, a full join's build rows that nothing matched (null keys included),
   * with a null left side: its build side is the right one.
   */
  private void emitUnmatched(Join j, CodeBlock.Builder out) {
    String table = state.get(j);
    if (table == null) {
      return; // neither join input is read in this stage's code
    }
    List<Column> rightColumns = j.right().schema().columns();
    String reader = field(RuntimeTypes.ROW_READER, "unmatchedReader", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER));
    String unmatched = locals.temp("unmatched");
    out.beginControlFlow("for (byte[] $N : $N.unmatched())", unmatched, table);
    out.addStatement("$N.reset($N, 0, $L)", reader, unmatched, rightColumns.size());
    List<Val> right = new ArrayList<>();
    for (int i = 0; i < rightColumns.size(); i++) {
      Column c = rightColumns.get(i);
      right.add(Codecs.read(out, locals, reader, false, i, c.type(), c.name(), sliceFor(c)));
    }
    consume(j, concat(nulls(j.left().schema().columns()), right), out);
    out.endControlFlow();
  }

  /** The values of a null-filled join side. */
  private static List<Val> nulls(List<Column> columns) {
    List<Val> missing = new ArrayList<>();
    for (Column c : columns) {
      Repr repr = Val.reprOf(c.type());
      missing.add(new Val(CodeBlock.of("($T) $L", Val.javaType(c.type(), repr), Val.zero(c.type())), CodeBlock.of("true"),
          c.type(), repr));
    }
    return missing;
  }

  /**
   * The join input held in memory: the broadcast side, else the right for a left or full join and
   * the left otherwise. A full join, never broadcast, builds the right side because it then probes
   * exactly as a left join (left rows stream through and are kept when nothing matched, in their
   * arrival order), and only the held side needs remembering what matched, for {@link #emitUnmatched}.
   */
  private static int buildSide(Join j) {
    if (j.kind() == JoinKind.FULL && j.strategy() != JoinStrategy.PARTITIONED) {
      // Every task would output the broadcast rows it did not match; the analyzer and optimizer never allow it.
      throw new UnsupportedPlanException("a full join cannot be a broadcast join", j.span());
    }
    if (j.strategy() == JoinStrategy.BROADCAST_RIGHT) {
      return 1;
    }
    if (j.strategy() == JoinStrategy.BROADCAST_LEFT) {
      return 0;
    }
    return j.kind() == JoinKind.LEFT || j.kind() == JoinKind.FULL ? 1 : 0;
  }

  private void output(OutputChannel ch, PlanNode node, List<Val> row, CodeBlock.Builder out) {
    if (ch instanceof OutputChannel.Write) {
      String sink = state.get(ch);
      row.forEach(v -> out.add(Codecs.writeField(sink, v)));
      out.addStatement("$N.endRecord()", sink);
    } else if (ch instanceof OutputChannel.Broadcast) {
      writeRow(out, row);
      out.addStatement("$N.write(row)", mapOutputs.get(ch));
    } else if (ch instanceof OutputChannel.Shuffle s) {
      shuffle(s, row, out);
    } else if (ch instanceof OutputChannel.RangeBoundaries r) {
      // The sample stage: a deterministic share of the sort keys, broadcast to the partitioning stage.
      writeSortKey(out, row, r.keys());
      out.beginControlFlow("if ($T.sampled(key, $L))", RuntimeTypes.RANGE_BOUNDS, r.fraction());
      out.addStatement("row.reset(1)");
      out.addStatement("row.writeBytes(key.buffer(), 0, key.length())");
      out.addStatement("$N.write(row)", mapOutputs.get(ch));
      out.endControlFlow();
    }
  }

  /**
   * Reads the sampled sort keys broadcast by the sample stage into this stage's range boundaries;
   * {@code read} opens the broadcast.
   */
  void readBoundaries(CodeBlock read, CodeBlock.Builder out) {
    bounds = field(RuntimeTypes.RANGE_BOUNDS, "bounds", null);
    out.addStatement("$N = $T.from($L, $L)", bounds, RuntimeTypes.RANGE_BOUNDS, read, rangePartitions);
  }

  private static void writeSortKey(CodeBlock.Builder out, List<Val> row, List<SortKey> keys) {
    out.addStatement("key.reset()");
    for (SortKey k : keys) {
      out.add(Codecs.writeKey("key", row.get(k.column()), k.descending()));
    }
  }

  private void shuffle(OutputChannel.Shuffle s, List<Val> row, CodeBlock.Builder out) {
    ExprCompiler exprs = new ExprCompiler(out, locals, functions, spanIndex);
    PlanNode combiner = s.combiner().orElse(null);
    if (combiner instanceof Aggregate a) {
      int partitionKeys = partitionKeys(s.partitioning(), a.keys().size(), a.span());
      PartialTable table = partials.get(a);
      if (table == null) {
        table = new PartialTable(a, locals, ++ids);
        table.declare(type, locals, mapOutputs.get(s), partitionKeys);
        partials.put(a, table);
        PartialTable t = table;
        CodeBlock.Builder f = CodeBlock.builder();
        t.finish(f);
        finishes.add(f.build());
      }
      boolean risky = a.calls().stream().anyMatch(c -> c.args().stream().anyMatch(ExprCompiler::mayFail));
      markAt(a, risky, out);
      table.add(out, exprs, row, "key", locals);
      unmark(risky, out);
      return;
    }
    if (combiner instanceof TopK t) {
      if (!(s.partitioning() instanceof Partitioning.Single)) {
        throw new UnsupportedPlanException("a partial top-k into a partitioned shuffle", t.span());
      }
      boolean first = !state.containsKey(t);
      offerTopK(t, row, out);
      String top = state.get(t);
      if (first) {
        finishes.add(CodeBlock.builder().beginControlFlow("for (byte[] r : $N.rows())", top)
            .addStatement("$N.write(0, r, 0, 0, r, 0, r.length)", mapOutputs.get(s)).endControlFlow().build());
      }
      return;
    }
    if (combiner instanceof Limit l) {
      String count = stateField(l, TypeName.LONG, "limit");
      out.beginControlFlow("if ($N < $LL)", count, l.count()).addStatement("$N++", count);
      send(s, row, out);
      out.endControlFlow();
      return;
    }
    send(s, row, out);
  }

  private void send(OutputChannel.Shuffle s, List<Val> row, CodeBlock.Builder out) {
    Partitioning p = s.partitioning();
    String shuffleOut = mapOutputs.get(s);
    if (p instanceof Partitioning.Hash h) {
      writeKeys(out, row, h.keys());
      writeRow(out, row);
      out.addStatement("$N.write(key, row)", shuffleOut);
    } else if (p instanceof Partitioning.Single) {
      writeRow(out, row);
      out.addStatement("$N.write(row)", shuffleOut);
    } else if (p instanceof Partitioning.RoundRobin r) {
      String next = stateField(s, TypeName.LONG, "next");
      writeRow(out, row);
      out.addStatement("$N.write((int) ($N++ % $L), row.buffer(), 0, 0, row.buffer(), 0, row.length())", shuffleOut,
          next, r.partitions());
    } else if (p instanceof Partitioning.Range r) {
      writeSortKey(out, row, r.keys());
      writeRow(out, row);
      out.addStatement("$N.write($N.partition(key), key.buffer(), 0, key.length(), row.buffer(), 0, row.length())",
          shuffleOut, bounds);
    }
  }

  /**
   * Emits the rows of operators that waited for all input, in operator order, so what one emits
   * reaches a later one before that one emits: final aggregates, distincts, sorts, top-ks, and the
   * unmatched build rows of full joins.
   */
  void emitBreakers(List<PlanNode> operators, CodeBlock.Builder out) {
    for (PlanNode op : operators) {
      if (op instanceof Join j && j.kind() == JoinKind.FULL) {
        emitUnmatched(j, out);
      } else if (op instanceof Aggregate a && a.phase() != Phase.PARTIAL) {
        emitGroups(op, a.keys().stream().map(k -> a.input().schema().get(k)).toList(), new Accumulators(a), out);
      } else if (op instanceof Distinct d) {
        emitGroups(op, d.schema().columns(), null, out);
      } else if (op instanceof Sort && state.containsKey(op)) {
        String reader = field(RuntimeTypes.ROW_READER, "sortedReader", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER));
        List<Column> columns = op.schema().columns();
        String sorted = locals.temp("sorted");
        out.beginControlFlow("try ($T $N = $N.sorted())", RuntimeTypes.SORTED_RECORDS, sorted, state.get(op));
        out.beginControlFlow("while ($N.next())", sorted);
        out.addStatement("$N.reset($N.value(), 0, $L)", reader, sorted, columns.size());
        List<Val> row = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          row.add(Codecs.read(out, locals, reader, false, i, columns.get(i).type(), columns.get(i).name(),
              sliceFor(columns.get(i))));
        }
        consume(op, row, out);
        out.endControlFlow().endControlFlow();
      } else if (op instanceof TopK t && t.phase() != Phase.PARTIAL) {
        String reader = field(RuntimeTypes.ROW_READER, "topReader", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER));
        List<Column> columns = t.schema().columns();
        out.beginControlFlow("for (byte[] r : $N.rows())", state.get(t));
        out.addStatement("$N.reset(r, 0, $L)", reader, columns.size());
        List<Val> row = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          row.add(Codecs.read(out, locals, reader, false, i, columns.get(i).type(), columns.get(i).name(),
              sliceFor(columns.get(i))));
        }
        consume(op, row, out);
        out.endControlFlow();
      }
    }
  }

  /** Flushes map-side combiners into the shuffle. */
  void finishOutputs(CodeBlock.Builder out) {
    finishes.forEach(out::add);
  }

  private void emitGroups(PlanNode op, List<Column> keyColumns, Accumulators accs, CodeBlock.Builder out) {
    String agg = state.get(op);
    if (agg == null) {
      return; // no input row reached it in this stage's code: nothing to emit
    }
    String keys = field(RuntimeTypes.KEY_READER, "keys", CodeBlock.of("new $T()", RuntimeTypes.KEY_READER));
    String groups = locals.temp("groups");
    List<String> counters = new ArrayList<>();
    CodeBlock.Builder resources = CodeBlock.builder().add("$T $N = $N.results()", RuntimeTypes.SORTED_RECORDS, groups,
        agg);
    if (op instanceof Aggregate a) {
      for (AggCall c : distinctCalls(a)) {
        String counter = locals.temp("distinct");
        counters.add(counter);
        resources.add("; $T $N = new $T($N.results())", RuntimeTypes.DISTINCT_COUNTS, counter,
            RuntimeTypes.DISTINCT_COUNTS, state.get(c));
      }
    }
    out.beginControlFlow("try ($L)", resources.build());
    out.beginControlFlow("while ($N.next())", groups);
    out.addStatement("$N.reset($N.key(), 0)", keys, groups);
    List<Val> row = new ArrayList<>();
    for (int i = 0; i < keyColumns.size(); i++) {
      Column c = keyColumns.get(i);
      row.add(Codecs.read(out, locals, keys, true, i, c.type(), c.name(), sliceFor(c)));
    }
    if (accs != null) {
      String reader = field(RuntimeTypes.ROW_READER, "accReader", CodeBlock.of("new $T()", RuntimeTypes.ROW_READER));
      out.addStatement("$N.reset($N.value(), 0, $L)", reader, groups, accs.accs().size());
      List<Val> acc = new ArrayList<>();
      for (int i = 0; i < accs.accs().size(); i++) {
        Type t = accs.accs().get(i).type();
        String slice = t == Type.STRING ? field(RuntimeTypes.BYTE_SLICE, "accSlice", CodeBlock.of("new $T()",
            RuntimeTypes.BYTE_SLICE)) : null;
        acc.add(Codecs.read(out, locals, reader, false, i, t, accs.accs().get(i).name(), slice));
      }
      for (int d = 0; d < counters.size(); d++) {
        int i = accs.distinct().get(d);
        String n = locals.named(accs.accs().get(i).name() + "Distinct");
        out.addStatement("long $N = $N.countFor($N.key())", n, counters.get(d), groups);
        acc.set(i, Val.of(n, null, Type.LONG, Repr.PRIMITIVE));
      }
      row.addAll(accs.finish(out, locals, acc));
    }
    consume(op, row, out);
    out.endControlFlow().endControlFlow();
  }

  private String aggregator(Object op, CodeBlock combiner) {
    return state.computeIfAbsent(op, k -> {
      String f = field(RuntimeTypes.SPILLING_HASH_AGGREGATOR, "groups", null);
      prologue.addStatement("$N = ctx.aggregator($L)", f, combiner);
      return f;
    });
  }

  private static boolean isBreaker(PlanNode op) {
    return (op instanceof Aggregate a && a.phase() != Phase.PARTIAL) || op instanceof Distinct || op instanceof Sort
        || (op instanceof TopK t && t.phase() != Phase.PARTIAL);
  }

  private Val evaluate(PlanNode op, RowExpr e, ExprCompiler exprs, List<Val> row, CodeBlock.Builder out) {
    boolean risky = ExprCompiler.mayFail(e);
    markAt(op, risky, out);
    Val v = exprs.compile(e, row);
    unmark(risky, out);
    return v;
  }

  private void markAt(PlanNode op, boolean risky, CodeBlock.Builder out) {
    if (risky) {
      out.addStatement("at = $L", spanIndex.applyAsInt(op.span()));
    }
  }

  private static void unmark(boolean risky, CodeBlock.Builder out) {
    if (risky) {
      out.addStatement("at = -1");
    }
  }

  /** How many leading group keys a combiner's shuffle partitions by (its keys, or a prefix of them). */
  private static int partitionKeys(Partitioning p, int keys, Span span) {
    if (p instanceof Partitioning.Single && keys == 0) {
      return 0;
    }
    if (p instanceof Partitioning.Hash h && h.keys().size() <= keys && h.keys().equals(allColumns(h.keys().size()))) {
      return h.keys().size();
    }
    throw new UnsupportedPlanException("a combiner whose shuffle is not partitioned by its group keys", span);
  }

  private static void writeKeys(CodeBlock.Builder out, List<Val> row, List<Integer> columns) {
    out.addStatement("key.reset()");
    for (int c : columns) {
      out.add(Codecs.writeKey("key", row.get(c), false));
    }
  }

  private static void writeRow(CodeBlock.Builder out, List<Val> row) {
    out.addStatement("row.reset($L)", row.size());
    row.forEach(v -> out.add(Codecs.writeRow("row", v)));
  }

  private static List<Integer> allColumns(int n) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i);
    }
    return all;
  }

  private static List<Val> concat(List<Val> a, List<Val> b) {
    List<Val> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private String sliceFor(Column c) {
    return c.type() == Type.STRING ? field(RuntimeTypes.BYTE_SLICE, c.name() + "Slice", CodeBlock.of("new $T()",
        RuntimeTypes.BYTE_SLICE)) : null;
  }

  private String stateField(Object owner, TypeName t, String suggestion) {
    return state.computeIfAbsent(owner, k -> field(t, suggestion, null));
  }

  /** A new private field; final when it has an initializer. */
  private String field(TypeName t, String suggestion, CodeBlock initializer) {
    String name = locals.named(suggestion);
    FieldSpec.Builder f = FieldSpec.builder(t, name, Modifier.PRIVATE);
    if (initializer != null) {
      f.addModifiers(Modifier.FINAL).initializer(initializer);
    }
    type.addField(f.build());
    return name;
  }
}
