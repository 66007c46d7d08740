package dev.marvel.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.marvel.types.Type;

/**
 * A value in generated code: a Java expression for it, one for whether it is null, and how it is
 * represented. Primitive types are Java primitives (dates as int days); a string is a
 * {@link Repr#BYTES} view ({@code ByteSlice}) where it was read or decoded, a String where it was
 * computed.
 */
record Val(CodeBlock value, CodeBlock isNull, Type type, Repr repr) {

  enum Repr {
    PRIMITIVE, BYTES, STRING, LIST
  }

  static Val of(String local, String nullLocal, Type type, Repr repr) {
    return new Val(CodeBlock.of("$N", local), nullLocal == null ? CodeBlock.of("false") : CodeBlock.of("$N", nullLocal),
        type, repr);
  }

  boolean neverNull() {
    return isNull.toString().equals("false");
  }

  /** The value as a java.lang.String expression (only for strings). */
  CodeBlock asString() {
    return repr == Repr.BYTES ? CodeBlock.of("$L.toString()", value) : value;
  }

  /** The Java type of a local holding a value of {@code type} as {@code repr}. */
  static TypeName javaType(Type type, Repr repr) {
    if (repr == Repr.BYTES) {
      return RuntimeTypes.BYTE_SLICE;
    }
    if (type instanceof Type.ListOf) {
      return TypeName.get(java.util.List.class);
    }
    if (type == Type.INT || type == Type.DATE) {
      return TypeName.INT;
    }
    if (type == Type.LONG) {
      return TypeName.LONG;
    }
    if (type == Type.DOUBLE) {
      return TypeName.DOUBLE;
    }
    if (type == Type.BOOL) {
      return TypeName.BOOLEAN;
    }
    return TypeName.get(String.class);
  }

  /** The zero a local of this type starts with. */
  static String zero(Type type) {
    if (type == Type.INT || type == Type.DATE || type == Type.LONG || type == Type.DOUBLE) {
      return "0";
    }
    if (type == Type.BOOL) {
      return "false";
    }
    return "null";
  }

  static Repr reprOf(Type type) {
    if (type instanceof Type.ListOf) {
      return Repr.LIST;
    }
    return type == Type.STRING || type == Type.PATH || type == Type.NULL ? Repr.STRING : Repr.PRIMITIVE;
  }
}
