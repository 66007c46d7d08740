package dev.marvel.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.marvel.codegen.Val.Repr;
import dev.marvel.types.Type;

/**
 * The statements that move one value into or out of the runtime's encodings: keys
 * ({@code KeyWriter}/{@code KeyReader}, byte-comparable), rows ({@code RowWriter}/{@code RowReader},
 * compact) and sink fields ({@code TaskOutputWriter}).
 */
final class Codecs {
  private Codecs() {}

  static CodeBlock writeKey(String writer, Val v, boolean descending) {
    return nullable(v, CodeBlock.of("$N.writeNull($L)", writer, descending),
        CodeBlock.of("$N.write$L($L, $L)", writer, suffix(v), v.value(), descending));
  }

  static CodeBlock writeRow(String writer, Val v) {
    return nullable(v, CodeBlock.of("$N.writeNull()", writer), CodeBlock.of("$N.write$L($L)", writer, suffix(v), v.value()));
  }

  static CodeBlock writeField(String writer, Val v) {
    Type t = v.type();
    CodeBlock write = t == Type.DATE ? CodeBlock.of("$N.dateField($L)", writer, v.value())
        : CodeBlock.of("$N.field($L)", writer, v.value());
    return nullable(v, CodeBlock.of("$N.nullField()", writer), write);
  }

  /**
   * Declares {@code local} (and {@code local + "Null"}) from the next field of a row or key reader;
   * a string is read as a view into {@code slice}, a field of the generated class.
   */
  static Val read(CodeBlock.Builder out, Locals locals, String reader, boolean key, int field, Type type,
      String suggestion, String slice) {
    String v = locals.named(suggestion);
    String n = locals.named(suggestion + "Null");
    Repr repr = type == Type.STRING || type == Type.PATH ? Repr.BYTES : Repr.PRIMITIVE;
    out.addStatement("boolean $N = $L", n, key ? CodeBlock.of("$N.nextIsNull()", reader)
        : CodeBlock.of("$N.isNull($L)", reader, field));
    CodeBlock read = repr == Repr.BYTES ? CodeBlock.of("$N.readSlice($N)", reader, slice)
        : CodeBlock.of("$N.read$L()", reader, suffix(type, repr));
    out.addStatement("$T $N = $N ? $L : $L", Val.javaType(type, repr), v, n, repr == Repr.BYTES ? slice : Val.zero(type),
        read);
    return Val.of(v, n, type, repr);
  }

  private static CodeBlock nullable(Val v, CodeBlock whenNull, CodeBlock write) {
    if (v.neverNull()) {
      return CodeBlock.builder().addStatement("$L", write).build();
    }
    return CodeBlock.builder().beginControlFlow("if ($L)", v.isNull()).addStatement("$L", whenNull)
        .nextControlFlow("else").addStatement("$L", write).endControlFlow().build();
  }

  private static String suffix(Val v) {
    return suffix(v.type(), v.repr());
  }

  static String suffix(Type t, Repr repr) {
    if (repr == Repr.BYTES) {
      return "Bytes";
    }
    if (t == Type.INT || t == Type.DATE) {
      return "Int";
    }
    if (t == Type.LONG) {
      return "Long";
    }
    if (t == Type.DOUBLE) {
      return "Double";
    }
    if (t == Type.BOOL) {
      return "Bool";
    }
    if (repr == Repr.STRING) {
      return "String";
    }
    throw new IllegalArgumentException("no codec for " + t.display());
  }
}
