/**
 * Writing a job's output: per-task text writers and an atomic, retry-safe commit protocol.
 *
 * <h2>Flow</h2>
 * The driver builds an {@link dev.marvel.runtime.output.OutputCommitter} for (output path, job
 * id, overwrite) and calls {@code setupJob()}. Each task builds its own committer from the same
 * values, writes through {@code openWriter(task, attempt, format)} and the driver (or the task)
 * calls {@code commitTask(task, attempt)} for the attempt it accepts. After the last task, the
 * driver calls {@code commitJob(taskCount)}; on failure, {@code abortJob()}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Modelled on Hadoop's FileOutputCommitter v1: attempts write under
 *       {@code _temporary/<job>/attempt-TTTTT-A/}, task commit renames to
 *       {@code _temporary/<job>/task-TTTTT/} (replacing an earlier attempt's), job commit moves
 *       files to {@code <out>/part-TTTTT}, writes {@code _SUCCESS} once every part is in place,
 *       then deletes {@code _temporary}. Readers skip {@code _} names, so a directory is either
 *       complete (with {@code _SUCCESS}) or is not output.
 *   <li>No in-memory state: each step inspects the file system and can be repeated after a crash
 *       or lost reply; small marker files under the job directory record whether the job created
 *       the output directory and whether job commit began.
 *   <li>An aborted job leaves nothing: the output directory is deleted when this job created it
 *       or had begun replacing an old one; an old output that an aborted overwrite never touched
 *       stays as it was. An output that already exists is an error unless overwrite is set, and
 *       even then it is replaced only by job commit.
 *   <li>On the local file system, output is written without Hadoop's {@code .crc} side files.
 *   <li>Formats: {@code text} (tab-joined, as is), {@code tsv} and {@code csv} (quoted when a
 *       field holds the delimiter, a quote or a line end), UTF-8, records ending in {@code \n}.
 *       A field holding a line end is valid RFC 4180 but cannot be read back by Marvel's
 *       line-based readers.
 * </ul>
 */
package dev.marvel.runtime.output;
