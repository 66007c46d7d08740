package dev.marvel.plan;

/**
 * How a join runs: {@code PARTITIONED} shuffles both sides on the keys; {@code BROADCAST_RIGHT}
 * sends the whole right side to every task that streams the left (and vice versa).
 */
public enum JoinStrategy {
  PARTITIONED, BROADCAST_LEFT, BROADCAST_RIGHT;

  public String display() {
    return switch (this) {
      case PARTITIONED -> "partitioned";
      case BROADCAST_LEFT -> "broadcast left";
      case BROADCAST_RIGHT -> "broadcast right";
    };
  }
}
