package dev.marvel.runtime.state;

import dev.marvel.runtime.ignite.CacheSpec;
import dev.marvel.runtime.ignite.IgniteConnection;
import dev.marvel.runtime.ignite.KeyValueCache;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Job and task state in Ignite, readable from every process that can reach the cluster.
 *
 * <p>Jobs live in the cache {@code marvel-jobs} (key: job id); each job's task attempts live in
 * their own cache {@code marvel-tasks-<job>} (key: {@code stage/task/attempt}), so a job's
 * progress is one scan of a small cache and deleting a job drops its cache. Both are in the cache
 * group {@code marvel-state}, in the default data region, with one backup by default: losing the
 * state would lose the ability to resume a job. Values are JSON strings ({@link RecordJson}); every
 * update is a compare-and-set on the record's JSON, retried when another writer got there first.
 *
 * <p>There is deliberately no in-memory implementation: even {@code marvelc run} has an embedded
 * Ignite node, and tests use one, so one implementation is exercised everywhere.
 */
public final class IgniteJobStateStore implements JobStateStore {
  public static final String JOBS_CACHE = "marvel-jobs";
  public static final String TASKS_CACHE_PREFIX = "marvel-tasks-";
  public static final String CACHE_GROUP = "marvel-state";

  private static final Comparator<TaskRecord> BY_ATTEMPT = Comparator
      .comparingInt((TaskRecord r) -> r.ref().stage())
      .thenComparingInt(r -> r.ref().task())
      .thenComparingInt(r -> r.ref().attempt());

  private final IgniteConnection connection;
  private final int backups;
  private final Clock clock;
  private final KeyValueCache<String, String> jobs;
  private final Map<String, KeyValueCache<String, String>> taskCaches = new ConcurrentHashMap<>();

  public IgniteJobStateStore(IgniteConnection connection) {
    this(connection, 1, Clock.systemUTC());
  }

  public IgniteJobStateStore(IgniteConnection connection, int backups, Clock clock) {
    this.connection = connection;
    this.backups = backups;
    this.clock = clock;
    this.jobs = connection.cache(new CacheSpec(JOBS_CACHE, CACHE_GROUP, null, backups));
  }

  @Override
  public JobRecord startJob(String jobId, Map<String, String> attributes) {
    long now = clock.millis();
    JobRecord fresh = new JobRecord(jobId, RunStatus.RUNNING, new TreeMap<>(attributes), null,
        now, now);
    if (jobs.putIfAbsent(jobId, RecordJson.job(fresh))) {
      return fresh;
    }
    return job(jobId).orElseThrow();
  }

  @Override
  public Optional<JobRecord> job(String jobId) {
    String json = jobs.get(JobRecord.requireValidJobId(jobId));
    return json == null ? Optional.empty() : Optional.of(RecordJson.job(json));
  }

  @Override
  public JobRecord finishJob(String jobId, RunStatus status, String error) {
    if (!status.isFinal()) {
      throw new IllegalArgumentException("a job finishes as SUCCEEDED or FAILED, not " + status);
    }
    while (true) {
      String json = jobs.get(JobRecord.requireValidJobId(jobId));
      if (json == null) {
        throw new IllegalStateException("unknown job " + jobId + "; start it first");
      }
      JobRecord current = RecordJson.job(json);
      if (!current.status().canMoveTo(status)) {
        throw new IllegalStateException("job " + jobId + " is " + current.status()
            + " and cannot become " + status);
      }
      JobRecord next = new JobRecord(jobId, status, current.attributes(), error,
          current.createdMillis(), clock.millis());
      if (jobs.replace(jobId, json, RecordJson.job(next))) {
        return next;
      }
    }
  }

  @Override
  public List<String> jobIds() {
    List<String> ids = new ArrayList<>();
    jobs.forEach((id, json) -> ids.add(id));
    ids.sort(null);
    return ids;
  }

  @Override
  public TaskRecord queueTask(TaskAttemptRef ref, List<String> placement) {
    if (job(ref.jobId()).isEmpty()) {
      throw new IllegalStateException("cannot queue " + ref + ": unknown job " + ref.jobId()
          + "; start it first");
    }
    long now = clock.millis();
    TaskRecord fresh = new TaskRecord(ref, RunStatus.QUEUED, new TreeMap<>(), null, now, now,
        placement);
    KeyValueCache<String, String> tasks = taskCache(ref.jobId());
    if (tasks.putIfAbsent(key(ref), RecordJson.task(fresh))) {
      return fresh;
    }
    return task(ref).orElseThrow();
  }

  @Override
  public TaskRecord updateTask(TaskAttemptRef ref, RunStatus status,
      SortedMap<String, Long> counters, String error) {
    KeyValueCache<String, String> tasks = taskCache(ref.jobId());
    while (true) {
      String json = tasks.get(key(ref));
      if (json == null) {
        throw new IllegalStateException("unknown task attempt " + ref + "; queue it first");
      }
      TaskRecord current = RecordJson.task(json);
      if (!current.status().canMoveTo(status)) {
        throw new IllegalStateException(ref + " is " + current.status() + " and cannot become "
            + status);
      }
      SortedMap<String, Long> merged = new TreeMap<>(current.counters());
      merged.putAll(counters);
      TaskRecord next = new TaskRecord(ref, status, merged, error, current.createdMillis(),
          clock.millis(), current.placement());
      if (tasks.replace(key(ref), json, RecordJson.task(next))) {
        return next;
      }
    }
  }

  @Override
  public Optional<TaskRecord> task(TaskAttemptRef ref) {
    String json = taskCache(ref.jobId()).get(key(ref));
    return json == null ? Optional.empty() : Optional.of(RecordJson.task(json));
  }

  @Override
  public List<TaskRecord> tasks(String jobId) {
    List<TaskRecord> records = new ArrayList<>();
    taskCache(JobRecord.requireValidJobId(jobId))
        .forEach((key, json) -> records.add(RecordJson.task(json)));
    records.sort(BY_ATTEMPT);
    return records;
  }

  @Override
  public Optional<JobProgress> progress(String jobId) {
    Optional<JobRecord> job = job(jobId);
    if (job.isEmpty()) {
      return Optional.empty();
    }
    // Attempts come sorted, so the last one seen per task is its latest.
    Map<Integer, Map<Integer, RunStatus>> bestByStage = new TreeMap<>();
    for (TaskRecord record : tasks(jobId)) {
      Map<Integer, RunStatus> best =
          bestByStage.computeIfAbsent(record.ref().stage(), s -> new TreeMap<>());
      best.merge(record.ref().task(), record.status(),
          (earlier, later) -> earlier == RunStatus.SUCCEEDED ? earlier : later);
    }
    SortedMap<Integer, StageProgress> stages = new TreeMap<>();
    bestByStage.forEach((stage, best) -> {
      int[] counts = new int[RunStatus.values().length];
      best.values().forEach(status -> counts[status.ordinal()]++);
      stages.put(stage, new StageProgress(stage, best.size(), counts[RunStatus.QUEUED.ordinal()],
          counts[RunStatus.RUNNING.ordinal()], counts[RunStatus.SUCCEEDED.ordinal()],
          counts[RunStatus.FAILED.ordinal()]));
    });
    return Optional.of(new JobProgress(job.get(), stages));
  }

  @Override
  public void deleteJob(String jobId) {
    JobRecord.requireValidJobId(jobId);
    taskCaches.remove(jobId);
    connection.destroyCache(TASKS_CACHE_PREFIX + jobId);
    jobs.removeAll(Set.of(jobId));
  }

  @Override
  public void close() {
    taskCaches.clear();
  }

  private KeyValueCache<String, String> taskCache(String jobId) {
    return taskCaches.computeIfAbsent(jobId, id -> connection.cache(
        new CacheSpec(TASKS_CACHE_PREFIX + id, CACHE_GROUP, null, backups)));
  }

  private static String key(TaskAttemptRef ref) {
    return ref.stage() + "/" + ref.task() + "/" + ref.attempt();
  }
}
