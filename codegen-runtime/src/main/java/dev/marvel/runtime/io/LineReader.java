package dev.marvel.runtime.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CommonConfigurationKeys;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Reads the lines of one {@link InputSplit} with exactly the semantics of Hadoop's
 * {@code LineRecordReader}, working on bytes.
 *
 * <p>A line belongs to the split in which it starts: a split that does not start the file skips
 * everything up to and including its first line end (the previous split owns that line), and
 * every split reads on past its end to finish a line that starts at or before its end. Lines end
 * at {@code \n}, {@code \r\n} or a lone {@code \r}; the last line may lack an end; a UTF-8 byte
 * order mark at the start of the file is dropped from the first line's text. Compressed files
 * are read whole.
 *
 * <p>Reads are big ({@value #DEFAULT_BUFFER_SIZE} bytes) into one buffer that grows only for a
 * line longer than itself; {@link #line()} is a view into that buffer, repointed on every
 * {@link #next()}, so reading allocates nothing per line.
 */
public final class LineReader implements Closeable {
  public static final int DEFAULT_BUFFER_SIZE = 1 << 20;
  /** Past the split's end only one line remains to finish: read small so splits overlap little. */
  private static final int TAIL_READ = 64 << 10;
  private static final int MAX_BUFFER = Integer.MAX_VALUE - 16;
  /** Keyed by the configured codec list (Configuration has no equals, and codecs hold their conf). */
  private static final Map<String, CompressionCodecFactory> CODEC_FACTORIES = new ConcurrentHashMap<>();

  private final InputStream in;
  private final String path;
  private final long start;
  private final long end;
  private final ByteSlice line = new ByteSlice();

  private byte[] buf;
  private int bufPos;
  private int bufLimit;
  private long bufFileOffset;
  private boolean eof;

  private int lineStart;
  private int lineLength;
  private int terminatorLength;
  private long lineOffset = -1;
  private long linesRead;
  private long bytesRead;

  /**
   * A reader over {@code in}, which must be positioned at byte {@code start} of file
   * {@code path}; {@code end} is the split's end ({@code Long.MAX_VALUE} to read to the end).
   */
  LineReader(InputStream in, String path, long start, long end, int bufferSize) throws IOException {
    if (bufferSize < 1) {
      throw new IllegalArgumentException("buffer size must be positive, got " + bufferSize);
    }
    this.in = in;
    this.path = path;
    this.start = start;
    this.end = end;
    this.buf = new byte[bufferSize];
    this.bufFileOffset = start;
    if (start != 0) {
      skipFirstLine();
    }
  }

  /** Opens {@code split} through Hadoop's FileSystem for its URI. */
  public static LineReader open(Configuration conf, InputSplit split) throws IOException {
    return open(conf, split, DEFAULT_BUFFER_SIZE);
  }

  static LineReader open(Configuration conf, InputSplit split, int bufferSize) throws IOException {
    Path file = new Path(split.path());
    FileSystem fs = file.getFileSystem(conf);
    CompressionCodec codec = codecFactory(conf).getCodec(file);
    FSDataInputStream raw = fs.open(file);
    try {
      if (codec != null) {
        if (split.start() != 0) {
          throw new IOException("compressed file " + split.path() + " cannot be read from byte "
              + split.start() + "; compressed files are read whole as one split");
        }
        return new LineReader(codec.createInputStream(raw), split.path(), 0, Long.MAX_VALUE, bufferSize);
      }
      raw.seek(split.start());
      // A small split needs no megabyte buffer: its bytes plus one tail read.
      int size = (int) Math.min(bufferSize, split.length() + TAIL_READ);
      return new LineReader(raw, split.path(), split.start(), split.end(), size);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * Building a codec factory walks a ServiceLoader; a task opening many small splits with one
   * configuration should do that once.
   */
  private static CompressionCodecFactory codecFactory(Configuration conf) {
    String codecs = conf.get(CommonConfigurationKeys.IO_COMPRESSION_CODECS_KEY, "");
    return CODEC_FACTORIES.computeIfAbsent(codecs, key -> new CompressionCodecFactory(conf));
  }

  /** Moves to the next line of this split; false when the split has no more lines. */
  public boolean next() throws IOException {
    return nextEndingFrom(bufPos);
  }

  /** {@link #next()}, knowing the line has no end before {@code scanFrom}. */
  private boolean nextEndingFrom(int scanFrom) throws IOException {
    long position = bufFileOffset + bufPos;
    if (position > end || !readLine(scanFrom)) {
      return false;
    }
    lineOffset = bufFileOffset + lineStart;
    bufPos = lineStart + lineLength + terminatorLength;
    linesRead++;
    bytesRead += lineLength + terminatorLength;
    if (lineOffset == 0 && startsWithByteOrderMark()) {
      // Like Hadoop: the mark belongs to the first line (offset 0) but not to its text.
      line.set(buf, lineStart + 3, lineLength - 3);
    } else {
      line.set(buf, lineStart, lineLength);
    }
    return true;
  }

  /**
   * Moves to the next line of this split whose bytes contain {@code literal}; false when no further
   * line of the split does. The lines returned are exactly those of {@link #next()} that contain
   * it, but the others are never delimited: the literal is searched across the whole buffer and
   * only a hit's line is found, by looking back and forth from the hit for line ends. A line's
   * bytes here include a leading byte order mark, which its text does not: such a line is
   * returned even if only the mark matched. {@link #bytesRead()} still counts every line of the
   * split; {@link #linesRead()} and {@link #lineInSplit()} count only the lines returned.
   *
   * @param literal at least one byte, none of them a line end
   */
  public boolean nextContaining(byte[] literal) throws IOException {
    int searchFrom = bufPos; // no literal starts in [bufPos, searchFrom)
    int endsFrom = bufPos; // no line end in [bufPos, endsFrom)
    while (bufFileOffset + bufPos <= end) {
      int hit = ByteSearch.indexOf(buf, searchFrom, bufLimit, literal);
      if (hit >= 0) {
        int endBefore = ByteSearch.lastIndexOfLineEnd(buf, bufPos, hit);
        int start = endBefore < 0 ? bufPos : endBefore + 1;
        if (bufFileOffset + start > end) {
          return passRestOfSplit();
        }
        bytesRead += start - bufPos;
        bufPos = start;
        // Neither [start, hit) nor the literal holds a line end: look for it after the literal.
        return nextEndingFrom(hit + literal.length);
      }
      if (eof) {
        return bufFileOffset + bufLimit - 1 <= end ? pass(bufLimit) : passRestOfSplit();
      }
      // Pass the whole lines; a '\r' ending the buffer may pair with a '\n' still unread.
      int limit = bufLimit > bufPos && buf[bufLimit - 1] == '\r' ? bufLimit - 1 : bufLimit;
      int lastEnd = ByteSearch.lastIndexOfLineEnd(buf, Math.max(bufPos, endsFrom), limit);
      if (lastEnd >= 0) {
        if (bufFileOffset + lastEnd + 1 > end) {
          return passRestOfSplit();
        }
        bytesRead += lastEnd + 1 - bufPos;
        bufPos = lastEnd + 1;
      }
      // The literal may straddle the refill: search again from its last possible start.
      int shift = bufPos;
      int searched = Math.max(bufPos, bufLimit - literal.length + 1);
      refill();
      searchFrom = searched - shift;
      endsFrom = limit - shift;
    }
    return false;
  }

  /** Counts the bytes of {@code [bufPos, to)} as read lines, none of them returned; false. */
  private boolean pass(int to) {
    bytesRead += to - bufPos;
    bufPos = to;
    return false;
  }

  /**
   * Passes this split's last lines: those up to the first line start past the split's end, which
   * the buffer holds (a line end at or past the end is buffered, or the input ended).
   */
  private boolean passRestOfSplit() {
    int e = (int) (end - bufFileOffset);
    int i = ByteSearch.indexOfLineEnd(buf, e, bufLimit);
    if (i < 0) {
      return pass(bufLimit);
    }
    return pass(i + (buf[i] == '\r' && i + 1 < bufLimit && buf[i + 1] == '\n' ? 2 : 1));
  }

  /** The current line without its terminator; valid until the next call to {@link #next()}. */
  public ByteSlice line() {
    return line;
  }

  /** The current line as a String (allocates; for functions that need one). */
  public String lineString() {
    return line.toString();
  }

  /** Absolute byte offset in the file where the current line starts. */
  public long lineOffset() {
    return lineOffset;
  }

  /**
   * 1-based number of the current line among this split's lines; the file's line number when
   * {@link #startsFile()}.
   */
  public long lineInSplit() {
    return linesRead;
  }

  /** Whether this split starts the file, so its line numbers are the file's. */
  public boolean startsFile() {
    return start == 0;
  }

  /** The file's URI. */
  public String path() {
    return path;
  }

  public long linesRead() {
    return linesRead;
  }

  /**
   * Bytes of the lines this reader returned, terminators (and a byte order mark) included; over
   * all splits of a file this sums to the file's length.
   */
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Finds the line starting at {@code bufPos}, whose end is not before {@code scanFrom}: sets
   * {@code lineStart}, {@code lineLength}, {@code terminatorLength} without consuming it; false at
   * the end of the input.
   */
  private boolean readLine(int scanFrom) throws IOException {
    while (true) {
      int i = ByteSearch.indexOfLineEnd(buf, scanFrom, bufLimit);
      if (i < 0) {
        if (eof) {
          lineStart = bufPos;
          lineLength = bufLimit - bufPos;
          terminatorLength = 0;
          return lineLength > 0;
        }
        int scanned = bufLimit - bufPos;
        refill();
        scanFrom = bufPos + scanned;
        continue;
      }
      if (buf[i] == '\r' && i + 1 == bufLimit && !eof) {
        // A '\r' ending the buffer may be the first half of "\r\n": look at the next byte first.
        int relative = i - bufPos;
        refill();
        scanFrom = bufPos + relative;
        continue;
      }
      lineStart = bufPos;
      lineLength = i - bufPos;
      terminatorLength = buf[i] == '\r' && i + 1 < bufLimit && buf[i + 1] == '\n' ? 2 : 1;
      return true;
    }
  }

  /**
   * Drops the split's first (partial or whole) line, which the previous split owns, without
   * buffering it: it may be far longer than the buffer.
   */
  private void skipFirstLine() throws IOException {
    while (true) {
      int i = ByteSearch.indexOfLineEnd(buf, bufPos, bufLimit);
      if (i < 0) {
        bufPos = bufLimit;
        if (eof) {
          return;
        }
        refill();
      } else if (buf[i] == '\r' && i + 1 == bufLimit && !eof) {
        bufPos = i; // keep the '\r' to see whether a '\n' follows
        refill();
      } else {
        bufPos = i + (buf[i] == '\r' && i + 1 < bufLimit && buf[i + 1] == '\n' ? 2 : 1);
        return;
      }
    }
  }

  /** Moves the unconsumed bytes to the front, grows the buffer if they fill it, reads more. */
  private void refill() throws IOException {
    if (bufPos > 0) {
      System.arraycopy(buf, bufPos, buf, 0, bufLimit - bufPos);
      bufFileOffset += bufPos;
      bufLimit -= bufPos;
      bufPos = 0;
    }
    if (bufLimit == buf.length) {
      if (buf.length == MAX_BUFFER) {
        throw new IOException(path + ": byte " + bufFileOffset + ": line longer than "
            + MAX_BUFFER + " bytes");
      }
      buf = Arrays.copyOf(buf, (int) Math.min(MAX_BUFFER, 2L * buf.length));
    }
    boolean pastEnd = bufFileOffset + bufLimit > end;
    int want = pastEnd ? Math.min(TAIL_READ, buf.length - bufLimit) : buf.length - bufLimit;
    int target = bufLimit + want;
    while (bufLimit < target) {
      int n = in.read(buf, bufLimit, target - bufLimit);
      if (n < 0) {
        eof = true;
        return;
      }
      bufLimit += n;
      if (pastEnd) {
        return;
      }
    }
  }

  private boolean startsWithByteOrderMark() {
    return lineLength >= 3 && buf[lineStart] == (byte) 0xEF && buf[lineStart + 1] == (byte) 0xBB
        && buf[lineStart + 2] == (byte) 0xBF;
  }

}
