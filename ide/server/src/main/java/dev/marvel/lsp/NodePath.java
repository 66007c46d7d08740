package dev.marvel.lsp;

import dev.marvel.ast.Node;
import dev.marvel.ast.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The nodes enclosing an offset, outermost first: what the cursor is on. A span's end counts as
 * inside, so a cursor right after {@code pageRank} is on {@code pageRank}.
 */
record NodePath(List<Node> nodes) {

  static NodePath at(Program program, int offset) {
    List<Node> path = new ArrayList<>();
    Node current = program;
    path.add(current);
    while (true) {
      Node next = null;
      for (Node child : AstChildren.of(current)) {
        if (child.span().contains(offset) && (child.span().length() > 0 || child.span().start() == offset)) {
          next = child;
          break;
        }
      }
      if (next == null) {
        return new NodePath(List.copyOf(path));
      }
      path.add(next);
      current = next;
    }
  }

  /** The innermost enclosing node of a type. */
  <T extends Node> Optional<T> innermost(Class<T> type) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      if (type.isInstance(nodes.get(i))) {
        return Optional.of(type.cast(nodes.get(i)));
      }
    }
    return Optional.empty();
  }

  Node leaf() {
    return nodes.get(nodes.size() - 1);
  }

  /** The node just outside {@code node}, if {@code node} is on this path and not the root. */
  Optional<Node> parentOf(Node node) {
    for (int i = 1; i < nodes.size(); i++) {
      if (nodes.get(i) == node) {
        return Optional.of(nodes.get(i - 1));
      }
    }
    return Optional.empty();
  }
}
