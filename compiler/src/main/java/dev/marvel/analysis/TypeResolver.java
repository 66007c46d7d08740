package dev.marvel.analysis;

import dev.marvel.ast.Decl;
import dev.marvel.ast.TypeRef;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import dev.marvel.types.Type;
import java.util.List;

/** Turns written types ({@code int}, {@code list<string>}) and schemas into {@link Type}s and {@link Schema}s, reporting mistakes. */
final class TypeResolver {
  private static final List<String> WRITABLE = List.of("int", "long", "double", "string", "bool", "date", "path", "list");

  private final AnalysisMessages messages;

  TypeResolver(AnalysisMessages messages) {
    this.messages = messages;
  }

  /** The type, or {@link Type#NULL} (which is compatible with everything) after reporting an error. */
  Type resolve(TypeRef ref) {
    String name = ref.name().name();
    if (ref.name().isMissing()) {
      return Type.NULL;
    }
    if (name.equals("list") && ref.args().size() == 1) {
      Type element = resolve(ref.args().get(0));
      return element == Type.NULL ? Type.NULL : new Type.ListOf(element);
    }
    if (ref.args().isEmpty()) {
      var scalar = Type.scalarNamed(name);
      if (scalar.isPresent()) {
        return scalar.get();
      }
    }
    messages.unknownType(ref.span(), ref.name().name() + (name.equals("list") ? "<…>" : ""), WRITABLE);
    return Type.NULL;
  }

  /** A column type of a schema: a scalar other than path. */
  Type resolveColumn(TypeRef ref) {
    Type t = resolve(ref);
    if (t instanceof Type.ListOf || t == Type.PATH) {
      messages.typeNotAllowed(ref.span(), t, "in a schema");
      return Type.NULL;
    }
    return t;
  }

  /** The schema of declared fields; a repeated column is reported and dropped. */
  Schema schema(List<Decl.Field> fields) {
    List<Column> columns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Decl.Field f : fields) {
      Type t = resolveColumn(f.type());
      if (!names.add(f.name().name())) {
        messages.duplicateSchemaColumn(f.name().span(), f.name().name());
      } else {
        columns.add(Column.of(f.name().name(), t));
      }
    }
    return new Schema(columns);
  }
}
