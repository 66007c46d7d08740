package dev.marvel.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.marvel.codegen.Accumulators.Acc;
import dev.marvel.codegen.Accumulators.Fold;
import dev.marvel.codegen.Val.Repr;
import dev.marvel.plan.Aggregate;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Map-side pre-aggregation of a lifted combiner: a {@code ByteKeyTable} from group-key bytes to
 * slots, and one primitive array per accumulator column indexed by slot, so a row costs one probe
 * and a few array updates. When the table passes the task's budget, or at the end, every group
 * is written to the shuffle (keys, then accumulators — the PARTIAL aggregate's row) and the
 * table starts over.
 */
final class PartialTable {
  private static final int BYTES_PER_ACC = 9;

  private final Aggregate agg;
  private final Accumulators accumulators;
  private final String table;
  private final String flush;
  private final String grow;
  private final List<String> arrays = new ArrayList<>();
  private final List<String> has = new ArrayList<>();

  PartialTable(Aggregate agg, Locals fields, int id) {
    this.agg = agg;
    this.accumulators = new Accumulators(agg);
    this.table = fields.named("table" + id);
    this.flush = fields.named("flush" + id);
    this.grow = fields.named("grow" + id);
    for (int i = 0; i < accumulators.accs().size(); i++) {
      arrays.add(fields.named("acc" + id + "_" + i));
      has.add(accumulators.accs().get(i).fold() == Fold.COUNT ? null : fields.named("has" + id + "_" + i));
    }
  }

  /**
   * Fields and the flush/grow methods; {@code out} names the ShuffleOutput field, which is
   * partitioned by the first {@code partitionKeys} group keys (all of them, or a prefix when a
   * distinct-count's combiner groups by more than the shuffle partitions by).
   */
  void declare(TypeSpec.Builder type, Locals locals, String out, int partitionKeys) {
    type.addField(FieldSpec.builder(RuntimeTypes.BYTE_KEY_TABLE, table, Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T()", RuntimeTypes.BYTE_KEY_TABLE).build());
    CodeBlock.Builder grown = CodeBlock.builder().addStatement("int n = $N.capacity()", table);
    for (int i = 0; i < arrays.size(); i++) {
      TypeName t = arrayType(accumulators.accs().get(i).type());
      type.addField(FieldSpec.builder(t, arrays.get(i), Modifier.PRIVATE).initializer("new $T[0]", element(t)).build());
      grown.addStatement("$N = $T.copyOf($N, n)", arrays.get(i), java.util.Arrays.class, arrays.get(i));
      if (has.get(i) != null) {
        type.addField(FieldSpec.builder(boolean[].class, has.get(i), Modifier.PRIVATE)
            .initializer("new boolean[0]").build());
        grown.addStatement("$N = $T.copyOf($N, n)", has.get(i), java.util.Arrays.class, has.get(i));
      }
    }
    type.addMethod(MethodSpec.methodBuilder(grow).addModifiers(Modifier.PRIVATE).addCode(grown.build()).build());

    CodeBlock.Builder f = CodeBlock.builder();
    f.addStatement("$T keys = new $T()", RuntimeTypes.KEY_READER, RuntimeTypes.KEY_READER);
    f.addStatement("$T row = new $T()", RuntimeTypes.ROW_WRITER, RuntimeTypes.ROW_WRITER);
    List<String> slices = new ArrayList<>();
    List<Val> keyVals = new ArrayList<>();
    for (int k = 0; k < agg.keys().size(); k++) {
      slices.add(locals.named("keySlice" + k));
      f.addStatement("$T $N = new $T()", RuntimeTypes.BYTE_SLICE, slices.get(k), RuntimeTypes.BYTE_SLICE);
    }
    f.beginControlFlow("for (int s = 0; s < $N.size(); s++)", table);
    f.addStatement("keys.reset($N.arena(), $N.keyOffset(s))", table, table);
    int columns = agg.keys().size() + arrays.size();
    f.addStatement("row.reset($L)", columns);
    for (int k = 0; k < agg.keys().size(); k++) {
      Type t = agg.input().schema().get(agg.keys().get(k)).type();
      Val v = Codecs.read(f, locals, "keys", true, k, t, "key" + k, slices.get(k));
      keyVals.add(v);
      f.add(Codecs.writeRow("row", v));
    }
    for (int i = 0; i < arrays.size(); i++) {
      Acc acc = accumulators.accs().get(i);
      CodeBlock value = CodeBlock.of("$N[s]", arrays.get(i));
      Val v = new Val(value, has.get(i) == null ? CodeBlock.of("false") : CodeBlock.of("!$N[s]", has.get(i)),
          acc.type(), Val.reprOf(acc.type()));
      f.add(Codecs.writeRow("row", v));
    }
    if (partitionKeys == agg.keys().size()) {
      f.addStatement("$N.write($N.arena(), $N.keyOffset(s), $N.keyLength(s), row.buffer(), 0, row.length())", out,
          table, table, table);
    } else {
      f.addStatement("$T partition = new $T()", RuntimeTypes.KEY_WRITER, RuntimeTypes.KEY_WRITER);
      keyVals.subList(0, partitionKeys).forEach(v -> f.add(Codecs.writeKey("partition", v, false)));
      f.addStatement("$N.write(partition, row)", out);
    }
    f.endControlFlow();
    f.addStatement("$N.clear()", table);
    type.addMethod(MethodSpec.methodBuilder(flush).addModifiers(Modifier.PRIVATE).addCode(f.build()).build());
  }

  /** Adds one row; {@code key} is a KeyWriter field holding the row's group key. */
  void add(CodeBlock.Builder out, ExprCompiler exprs, List<Val> row, String key, Locals locals) {
    List<Val> acc = accumulators.ofRow(exprs, row);
    out.addStatement("$N.reset()", key);
    for (int k : agg.keys()) {
      out.add(Codecs.writeKey(key, row.get(k), false));
    }
    String s = locals.temp("slot");
    out.addStatement("int $N = $N.slot($N)", s, table, key);
    out.beginControlFlow("if ($N.inserted())", table);
    if (!arrays.isEmpty()) {
      out.beginControlFlow("if ($N >= $N.length)", s, arrays.get(0)).addStatement("$N()", grow).endControlFlow();
    }
    for (int i = 0; i < arrays.size(); i++) {
      out.addStatement("$N[$N] = $L", arrays.get(i), s, Val.zero(accumulators.accs().get(i).type()));
      if (has.get(i) != null) {
        out.addStatement("$N[$N] = false", has.get(i), s);
      }
    }
    out.endControlFlow();
    for (int i = 0; i < arrays.size(); i++) {
      Acc a = accumulators.accs().get(i);
      Val x = acc.get(i);
      String arr = arrays.get(i);
      CodeBlock slot = CodeBlock.of("$N[$N]", arr, s);
      CodeBlock stored = x.repr() == Repr.BYTES ? x.asString() : x.value();
      switch (a.fold()) {
        case COUNT -> out.addStatement("$L += $L", slot, x.value());
        case SUM -> {
          if (x.neverNull()) {
            out.addStatement("$L += $L", slot, x.value()).addStatement("$N[$N] = true", has.get(i), s);
          } else {
            out.beginControlFlow("if (!$L)", x.isNull()).addStatement("$L += $L", slot, x.value())
                .addStatement("$N[$N] = true", has.get(i), s).endControlFlow();
          }
        }
        case MIN, MAX -> {
          Val current = new Val(slot, CodeBlock.of("false"), a.type(), Val.reprOf(a.type()));
          out.beginControlFlow("if (!$L && (!$N[$N] || $L))", x.isNull(), has.get(i), s,
              ExprCompiler.compare(x, current, a.fold() == Fold.MIN ? "<" : ">"));
          out.addStatement("$L = $L", slot, stored).addStatement("$N[$N] = true", has.get(i), s).endControlFlow();
        }
      }
    }
    out.beginControlFlow("if ($N.inserted() && $N.memoryBytes($L) > ctx.memoryBudget())", table, table,
        BYTES_PER_ACC * arrays.size());
    out.addStatement("$N()", flush);
    out.endControlFlow();
  }

  /** At the end of the task: the remaining groups to the shuffle. */
  void finish(CodeBlock.Builder out) {
    out.addStatement("$N()", flush);
  }

  private static TypeName arrayType(Type t) {
    return ArrayTypeName.of(Val.javaType(t, Val.reprOf(t)));
  }

  private static TypeName element(TypeName array) {
    return ((ArrayTypeName) array).componentType();
  }
}
