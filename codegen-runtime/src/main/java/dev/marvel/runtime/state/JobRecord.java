package dev.marvel.runtime.state;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The state of one job.
 *
 * @param attributes what a driver needs to resume the job (bundle hash, output path, …), by name
 * @param error why the job failed, or null
 */
public record JobRecord(String jobId, RunStatus status, SortedMap<String, String> attributes,
    String error, long createdMillis, long updatedMillis) {
  private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  public JobRecord {
    requireValidJobId(jobId);
    attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
  }

  /** Job ids name caches and directories: 1–128 letters, digits, '.', '_' or '-'. */
  static String requireValidJobId(String jobId) {
    if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
      throw new IllegalArgumentException("invalid job id '" + jobId
          + "': use 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return jobId;
  }
}
