package dev.marvel.plan;

import dev.marvel.source.Span;
import dev.marvel.types.Schema;
import java.util.List;

/**
 * A node of the logical plan: immutable, with its output {@link Schema}, its inputs and the source
 * {@link Span} it came from. Nodes compare by value; a pipeline is a DAG in which a node object
 * consumed twice is computed once, so identity (not equality) says what is shared.
 */
public sealed interface PlanNode
    permits Source, Project, Filter, FlatMap, Aggregate, Join, Distinct, Sort, TopK, Limit, Union, Sink {

  Schema schema();

  List<PlanNode> inputs();

  Span span();

  /** This node over new inputs (same count and order as {@link #inputs()}). */
  PlanNode withInputs(List<PlanNode> inputs);

  /** The node's name as plans print it: {@code Filter}, {@code Aggregate[partial]}. */
  String nodeName();
}
