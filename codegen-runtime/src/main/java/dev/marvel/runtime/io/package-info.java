/**
 * Reading a stage's input: splits, lines and delimited records, on any Hadoop file system.
 *
 * <h2>Flow</h2>
 * The driver calls {@link dev.marvel.runtime.io.SplitPlanner#plan} to turn the pipeline's paths
 * into {@link dev.marvel.runtime.io.InputSplit}s and sends each to a task as JSON
 * ({@link dev.marvel.runtime.io.InputSplit#toJson}). The task opens a
 * {@link dev.marvel.runtime.io.LineReader} ({@code read text}) or a
 * {@link dev.marvel.runtime.io.DelimitedReader} ({@code read csv/tsv}), loops on {@code next()}
 * and returns its {@link dev.marvel.runtime.io.Counters}.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Splits follow Hadoop's FileInputFormat: size {@code max(min, min(max, block))}, 10 % slop
 *       for a file's last split, hosts of the block where the split starts (sorted, for
 *       determinism). Directories are read one level deep; hidden names ({@code _x}, {@code .x})
 *       are skipped in listings; a nested directory is an error; inputs are deduplicated and
 *       splits sorted by (file, start). Compressed files are one split each.
 *   <li>Line semantics are Hadoop LineRecordReader's, verified against it split by split in the
 *       tests: {@code \n}, {@code \r\n} and a lone {@code \r} end lines; a line belongs to the
 *       split it starts in; a leading UTF-8 byte order mark is dropped.
 *   <li>Speed: one buffer of {@value dev.marvel.runtime.io.LineReader#DEFAULT_BUFFER_SIZE} bytes
 *       per reader, line and field ends found eight bytes at a time, lines and fields handed out
 *       as reusable {@link dev.marvel.runtime.io.ByteSlice} views, numbers and dates parsed from
 *       bytes. No object is allocated per line or record, except a String when asked for.
 *   <li>CSV/TSV: RFC 4180 quoting within a line. <b>Quoted fields spanning lines are not
 *       supported</b>: record boundaries come from line splitting (as in Hadoop, where a reader
 *       cannot tell whether a split starts inside a quoted field); such a record is a bad record
 *       whose message says so. Blank lines are ignored. An empty field of a typed column is null;
 *       of a string column, the empty string. A header is the first line of each file.
 *   <li>Bad records (wrong field count, unparsable value, broken quoting) follow a
 *       {@link dev.marvel.runtime.io.BadRecordPolicy}; the limit of {@code skip:N} applies per task.
 *       A {@link dev.marvel.runtime.io.BadRecordException} names file, byte offset, the line
 *       number when the split starts the file (otherwise line numbers are unknown), column
 *       (1-based, with its schema name) and reason; it is a data error, not worth a retry.
 * </ul>
 */
package dev.marvel.runtime.io;
