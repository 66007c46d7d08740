package dev.marvel.runtime.output;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system, except that the N-th rename from now throws, as if the process died
 * there. Installed for {@code file:} through {@link #conf}.
 */
public final class CrashingLocalFileSystem extends RawLocalFileSystem {
  private static final AtomicInteger RENAMES_UNTIL_CRASH = new AtomicInteger(-1);

  /** A configuration whose {@code file:} file system is this one (uncached, so it takes effect). */
  static Configuration conf() {
    Configuration conf = new Configuration();
    conf.setClass("fs.file.impl", CrashingLocalFileSystem.class, RawLocalFileSystem.class);
    conf.setBoolean("fs.file.impl.disable.cache", true);
    return conf;
  }

  /** Makes the {@code n}-th rename from now (1 = the next) fail; 0 disarms. */
  static void crashOnRename(int n) {
    RENAMES_UNTIL_CRASH.set(n == 0 ? -1 : n);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    if (RENAMES_UNTIL_CRASH.get() > 0 && RENAMES_UNTIL_CRASH.decrementAndGet() == 0) {
      RENAMES_UNTIL_CRASH.set(-1);
      throw new IOException("simulated crash renaming " + src);
    }
    return super.rename(src, dst);
  }
}
