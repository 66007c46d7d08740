package dev.marvel.analysis;

import dev.marvel.ast.Ident;
import dev.marvel.ast.Source;
import dev.marvel.source.Span;
import dev.marvel.types.Column;
import dev.marvel.types.Schema;
import dev.marvel.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Computes the schema of a flow's source ({@code read}, a dataset, {@code join}, {@code union}) and checks it. */
final class SourceChecker {
  private final AnalysisMessages messages;
  private final SideTables tables;
  private final ExprChecker exprs;
  private final FormatChecker formats;
  private final TypeResolver types;
  private final Map<String, Schema> declaredSchemas;

  SourceChecker(AnalysisMessages messages, SideTables tables, ExprChecker exprs, FormatChecker formats,
      TypeResolver types, Map<String, Schema> declaredSchemas) {
    this.messages = messages;
    this.tables = tables;
    this.exprs = exprs;
    this.formats = formats;
    this.types = types;
    this.declaredSchemas = declaredSchemas;
  }

  /**
   * The source's schema, or null when it cannot be known (an error was reported, here or in a
   * dataset it reads). {@code datasets} maps every dataset to its schema, or to null when unknown.
   */
  Schema check(Source source, Map<String, Schema> datasets, Scope params) {
    Schema schema;
    if (source instanceof Source.Read r) {
      schema = read(r, params);
    } else if (source instanceof Source.DatasetRef d) {
      schema = datasets.get(d.name().name());
    } else if (source instanceof Source.Join j) {
      schema = join(j, datasets, params);
    } else {
      schema = union((Source.Union) source, datasets);
    }
    if (schema != null) {
      tables.schemas.put(source, schema);
    }
    return schema;
  }

  private Schema read(Source.Read r, Scope params) {
    boolean known = formats.check(r.format(), params);
    String format = r.format().name().name();
    Schema declared = r.schema().map(this::schemaOf).orElse(null);
    if (!known) {
      return null;
    }
    if (format.equals("text")) {
      if (r.schema().isPresent()) {
        messages.textWithSchema(r.schema().get().span());
      }
      return Schema.of(Column.of("line", Type.STRING));
    }
    if (r.schema().isEmpty()) {
      messages.missingSchema(r.format().span(), format);
      return null;
    }
    return declared;
  }

  private Schema schemaOf(Source.SchemaRef ref) {
    if (ref instanceof Source.NamedSchema n) {
      Schema s = declaredSchemas.get(n.name().name());
      if (s == null && !n.name().isMissing()) {
        messages.unknownSchema(n.name().span(), n.name().name(), declaredSchemas.keySet());
      }
      return s;
    }
    return types.schema(((Source.InlineSchema) ref).fields());
  }

  private Schema join(Source.Join j, Map<String, Schema> datasets, Scope params) {
    Schema left = datasets.get(j.left().dataset().name());
    Schema right = datasets.get(j.right().dataset().name());
    String lq = j.left().qualifier().name();
    String rq = j.right().qualifier().name();
    if (lq.equals(rq)) {
      messages.sameJoinSide(j.right().span(), rq);
      return null;
    }
    checkBroadcast(j, lq, rq);
    if (left == null || right == null) {
      exprs.check(j.condition(), new Scope(new Schema(List.of()), true, params.params()));
      return null;
    }
    List<Column> columns = new ArrayList<>();
    left.columns().forEach(c -> columns.add(new Column(Optional.of(lq), c.name(), c.type())));
    right.columns().forEach(c -> columns.add(new Column(Optional.of(rq), c.name(), c.type())));
    Schema joined = new Schema(columns);
    new JoinConditionChecker(messages, tables, exprs, lq, rq, left.size())
        .check(j, new Scope(joined, false, params.params()));
    return joined;
  }

  /** A side whose unmatched rows the join keeps cannot be broadcast: only the task that saw all its matches may keep it. */
  private void checkBroadcast(Source.Join j, String lq, String rq) {
    boolean keepsLeft = j.kind() == Source.JoinKind.LEFT || j.kind() == Source.JoinKind.FULL;
    boolean keepsRight = j.kind() == Source.JoinKind.RIGHT || j.kind() == Source.JoinKind.FULL;
    String kind = j.kind().name().toLowerCase(Locale.ROOT);
    if (j.left().broadcast() && keepsLeft) {
      messages.broadcastKeptSide(broadcastKeyword(j.left()), kind, lq, rq, !keepsRight);
    }
    if (j.right().broadcast() && keepsRight) {
      messages.broadcastKeptSide(broadcastKeyword(j.right()), kind, rq, lq, !keepsLeft);
    }
  }

  /** A side's span starts at its {@code broadcast} keyword. */
  private static Span broadcastKeyword(Source.JoinSide side) {
    return new Span(side.span().start(), Math.min("broadcast".length(), side.span().length()));
  }

  private Schema union(Source.Union u, Map<String, Schema> datasets) {
    Schema first = null;
    String firstName = null;
    boolean ok = true;
    for (Ident input : u.inputs()) {
      Schema s = datasets.get(input.name());
      if (s == null) {
        ok = false;
        continue;
      }
      Schema plain = new Schema(s.columns().stream().map(Column::unqualified).toList());
      if (first == null) {
        first = plain;
        firstName = input.name();
      } else if (!first.equals(plain)) {
        messages.unionMismatch(input.span(), firstName, first.display(), input.name(), plain.display());
        ok = false;
      }
    }
    return ok ? first : null;
  }

}
