package dev.marvel.runtime.state;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The state of one task attempt.
 *
 * @param counters what the attempt reported (records in/out, bytes, bad records, timings), by name
 * @param error why the attempt failed, or null
 * @param createdMillis when it was queued, epoch milliseconds
 * @param updatedMillis when its status last changed, epoch milliseconds
 * @param placement hosts the driver asked the attempt to prefer, best first; empty for no hint
 */
public record TaskRecord(TaskAttemptRef ref, RunStatus status, SortedMap<String, Long> counters,
    String error, long createdMillis, long updatedMillis, List<String> placement) {
  public TaskRecord {
    counters = Collections.unmodifiableSortedMap(new TreeMap<>(counters));
    placement = List.copyOf(placement);
  }
}
