package dev.marvel.bundle;

/** What a task attempt did, as counted by the action. */
public record TaskCounters(
    long recordsIn,
    long recordsOut,
    long bytesIn,
    long bytesOut,
    long badRecords,
    long shuffleBytes) {

  public static final TaskCounters ZERO = new TaskCounters(0, 0, 0, 0, 0, 0);

  public TaskCounters plus(TaskCounters o) {
    return new TaskCounters(recordsIn + o.recordsIn, recordsOut + o.recordsOut,
        bytesIn + o.bytesIn, bytesOut + o.bytesOut, badRecords + o.badRecords,
        shuffleBytes + o.shuffleBytes);
  }
}
