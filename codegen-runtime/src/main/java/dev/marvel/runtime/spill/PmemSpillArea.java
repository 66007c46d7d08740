package dev.marvel.runtime.spill;

import com.intel.pmem.llpl.AnyHeap;
import com.intel.pmem.llpl.Heap;
import com.intel.pmem.llpl.HeapException;
import com.intel.pmem.llpl.MemoryBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Spills in persistent memory through PMDK's llpl: each spill is a chain of memory blocks in one
 * llpl heap, so a spill is written and read at memory speed without the page cache.
 *
 * <p>The heap file is recreated when the area opens: spills are scratch space that no restart
 * needs, and a heap left by a crashed process only holds leaked blocks. llpl 1.2.0 cannot close a
 * heap and PMDK locks the file, so one process uses one heap file, which stays mapped until the
 * process exits; {@link #close()} frees the blocks of every spill still alive. Blocks are not
 * flushed to the persistence domain, since no spill outlives its process. Blocks grow from
 * 64 KiB to 1 MiB, each 64 B short of a PMDK chunk boundary so headers do not spill into a new
 * chunk. In tests the heap lives under {@code /dev/shm} with {@code PMEM_IS_PMEM_FORCE=1}.
 */
public final class PmemSpillArea implements SpillArea, AutoCloseable {
  private static final long FIRST_BLOCK = 64 * 1024 - 64;
  private static final long LARGEST_BLOCK = 1024 * 1024 - 64;

  private final Path heapFile;
  private final Heap heap;
  private final List<PmemSpill> live = new ArrayList<>();
  private final AtomicLong liveBlocks = new AtomicLong();

  private PmemSpillArea(Path heapFile, Heap heap) {
    this.heapFile = heapFile;
    this.heap = heap;
  }

  /**
   * Why persistent-memory spills cannot work in this process, or empty if they can. Checked once:
   * llpl's native library fails on first use when PMDK's {@code libpmemobj.so.1} is missing, and
   * every later use fails with a less helpful {@code NoClassDefFoundError}.
   */
  public static Optional<String> unavailableReason() {
    return Probe.REASON;
  }

  /** Creates a fresh heap of {@code heapBytes} at {@code heapFile}, replacing any old one. */
  public static PmemSpillArea create(Path heapFile, long heapBytes) throws IOException {
    Optional<String> reason = unavailableReason();
    if (reason.isPresent()) {
      throw new IOException(reason.get());
    }
    if (heapBytes < AnyHeap.MINIMUM_HEAP_SIZE) {
      throw new IllegalArgumentException("a persistent-memory heap needs at least "
          + AnyHeap.MINIMUM_HEAP_SIZE + " bytes, got " + heapBytes);
    }
    Files.createDirectories(heapFile.toAbsolutePath().getParent());
    Files.deleteIfExists(heapFile);
    try {
      return new PmemSpillArea(heapFile, Heap.createHeap(heapFile.toString(), heapBytes));
    } catch (HeapException e) {
      throw new IOException("cannot create a persistent-memory heap at " + heapFile + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Spill create() {
    PmemSpill spill = new PmemSpill();
    live.add(spill);
    return spill;
  }

  /** Blocks currently allocated by spills that were not deleted. */
  public long liveBlocks() {
    return liveBlocks.get();
  }

  public Path heapFile() {
    return heapFile;
  }

  @Override
  public synchronized void close() {
    for (PmemSpill spill : List.copyOf(live)) {
      spill.delete();
    }
  }

  private final class PmemSpill implements Spill {
    private final List<MemoryBlock> blocks = new ArrayList<>();
    private final List<Long> used = new ArrayList<>();

    @Override
    public OutputStream write() {
      return new OutputStream() {
        private MemoryBlock block;
        private long position;

        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          while (length > 0) {
            if (block == null || position == block.size()) {
              nextBlock();
            }
            int n = (int) Math.min(length, block.size() - position);
            block.copyFromArray(bytes, offset, position, n);
            position += n;
            used.set(used.size() - 1, position);
            offset += n;
            length -= n;
          }
        }

        private void nextBlock() throws IOException {
          long size = block == null ? FIRST_BLOCK : Math.min(LARGEST_BLOCK, 2 * block.size() + 64);
          try {
            block = heap.allocateMemoryBlock(size, false);
          } catch (HeapException e) {
            throw new IOException("persistent-memory spill heap " + heapFile + " (" + heap.size()
                + " bytes) is full; give it more space or spill to a directory", e);
          }
          liveBlocks.incrementAndGet();
          blocks.add(block);
          used.add(0L);
          position = 0;
        }
      };
    }

    @Override
    public InputStream read() {
      return new InputStream() {
        private int index;
        private long position;

        @Override
        public int read() {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
          if (length == 0) {
            return 0; // llpl rejects an empty copy at the end of the array
          }
          while (index < blocks.size() && position == used.get(index)) {
            index++;
            position = 0;
          }
          if (index == blocks.size()) {
            return -1;
          }
          int n = (int) Math.min(length, used.get(index) - position);
          blocks.get(index).copyToArray(position, bytes, offset, n);
          position += n;
          return n;
        }
      };
    }

    @Override
    public void delete() {
      for (MemoryBlock block : blocks) {
        block.freeMemory();
        liveBlocks.decrementAndGet();
      }
      blocks.clear();
      used.clear();
      synchronized (PmemSpillArea.this) {
        live.remove(this);
      }
    }
  }

  /** Holds the one-time answer of {@link #unavailableReason()}. */
  private static final class Probe {
    static final Optional<String> REASON = probe();

    private static Optional<String> probe() {
      try {
        AnyHeap.exists("/nonexistent/marvel-llpl-probe");
        return Optional.empty();
      } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
        return Optional.of("persistent-memory spills need PMDK's libpmemobj: install the Debian"
            + " packages libpmemobj1 libpmempool1 (apt-get install libpmemobj1 libpmempool1),"
            + " or spill to a directory instead (" + e + ")");
      }
    }
  }
}
