package dev.marvel.stages;

import dev.marvel.plan.PlanNode;
import java.util.Optional;

/** Which shuffle or broadcast channel of a stage feeds a given input of one of its operators. */
final class ChannelLookup {

  private ChannelLookup() {}

  static Optional<InputChannel> feeding(Stage stage, PlanNode consumer, int inputIndex) {
    for (InputChannel in : stage.inputs()) {
      if (in instanceof InputChannel.ShufflePartition sp && sp.consumer() == consumer && sp.inputIndex() == inputIndex) {
        return Optional.of(in);
      }
      if (in instanceof InputChannel.Broadcast b && b.consumer() == consumer && b.inputIndex() == inputIndex) {
        return Optional.of(in);
      }
    }
    return Optional.empty();
  }
}
