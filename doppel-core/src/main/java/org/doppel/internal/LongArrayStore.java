package org.doppel.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.doppel.shingle.ShingleSet;

/**
 * Holds many long arrays (shingles of every document) for one run: in direct memory, off the Java
 * heap, up to a budget, then in a temporary file that is memory-mapped for reading. The heap grows
 * with the number of documents and not with their text, and the garbage collector never copies the
 * arrays (on the heap, young collections copied them and full ones compacted them again). Memory is
 * allocated in slabs; a slab whose arrays are all freed is reused. Writes are thread-safe; reads
 * need {@link #seal()} after the last write of a stage. The file is deleted on {@link #close()}.
 */
public final class LongArrayStore implements AutoCloseable {

  private static final long CHUNK = 1L << 30;

  /** The handle of every empty array: it takes no room anywhere. */
  private static final long EMPTY = Long.MIN_VALUE;

  /** Longs per memory slab (64 MiB); a larger array gets a slab of its own. */
  static final int SLAB = 1 << 23;

  private final Path directory;
  private final long memoryBudget;
  private final int slabLongs;
  private final List<LongBuffer> slabs = new ArrayList<>();
  private int[] live = new int[8];
  private final ArrayDeque<Integer> emptySlabs = new ArrayDeque<>();
  private int current = -1;
  private int fill;
  private long memoryLongs;
  private boolean memoryRefused;
  private Path file;
  private FileChannel channel;
  private long fileLongs;
  private final ByteBuffer writeBuffer =
      ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private volatile LongBuffer[] chunks = new LongBuffer[0];
  private volatile LongBuffer[] memoryView = new LongBuffer[0];

  /**
   * A store that keeps up to {@code memoryBudgetLongs} longs in memory and spills the rest to a
   * temporary file in {@code directory} (the system's temporary directory when null).
   */
  public LongArrayStore(Path directory, long memoryBudgetLongs) {
    this(directory, memoryBudgetLongs, SLAB);
  }

  /** As {@link #LongArrayStore(Path, long)} with slabs of {@code slabLongs} longs (for tests). */
  LongArrayStore(Path directory, long memoryBudgetLongs, int slabLongs) {
    if (slabLongs < 1) {
      throw new IllegalArgumentException("slabLongs must be >= 1, got " + slabLongs);
    }
    this.directory = directory;
    this.memoryBudget = memoryBudgetLongs;
    this.slabLongs = slabLongs;
  }

  /**
   * Stores a copy of the first {@code length} values of {@code values} and returns a handle for
   * {@link #get}.
   */
  public synchronized long put(long[] values, int length) {
    if (length == 0) {
      return EMPTY;
    }
    int slab = memorySlab(length);
    if (slab >= 0) {
      int offset = slab == current ? fill : 0;
      slabs.get(slab).put(offset, values, 0, length);
      if (slab == current) {
        fill += length;
      }
      live[slab]++;
      return -1 - ((long) slab << 32 | offset);
    }
    return spill(values, length);
  }

  /** The slab that takes {@code length} more longs (made current when standard), or -1. */
  private int memorySlab(int length) {
    if (current >= 0 && fill + length <= slabs.get(current).capacity()) {
      return current;
    }
    if (length <= slabLongs && !emptySlabs.isEmpty()) {
      current = emptySlabs.poll();
      fill = 0;
      return current;
    }
    int size = Math.max(length, slabLongs);
    if (memoryRefused
        || memoryLongs + size > memoryBudget
        || size > Integer.MAX_VALUE / Long.BYTES) {
      return -1;
    }
    LongBuffer buffer;
    try {
      buffer =
          ByteBuffer.allocateDirect(size * Long.BYTES)
              .order(ByteOrder.nativeOrder())
              .asLongBuffer();
    } catch (OutOfMemoryError e) {
      memoryRefused = true; // direct memory is capped below the budget (-XX:MaxDirectMemorySize)
      return -1;
    }
    memoryLongs += size;
    int slab = slabs.size();
    slabs.add(buffer);
    if (slab == live.length) {
      live = Arrays.copyOf(live, slab * 2);
    }
    if (size == slabLongs) {
      current = slab;
      fill = 0;
    }
    return slab;
  }

  private long spill(long[] values, int length) {
    try {
      if (channel == null) {
        file =
            Files.createTempFile(
                directory == null ? Path.of(System.getProperty("java.io.tmpdir")) : directory,
                "doppel-shingles-",
                ".bin");
        channel =
            FileChannel.open(
                file,
                StandardOpenOption.WRITE,
                StandardOpenOption.READ,
                StandardOpenOption.DELETE_ON_CLOSE);
      }
      long longsPerChunk = CHUNK / 8;
      long within = fileLongs % longsPerChunk;
      if (within + length > longsPerChunk) {
        fileLongs += longsPerChunk - within; // arrays never straddle a mapped chunk
      }
      long handle = fileLongs;
      long position = fileLongs * 8;
      int i = 0;
      while (i < length) {
        writeBuffer.clear();
        int n = Math.min(length - i, writeBuffer.capacity() / 8);
        for (int k = 0; k < n; k++) {
          writeBuffer.putLong(values[i + k]);
        }
        writeBuffer.flip();
        while (writeBuffer.hasRemaining()) {
          position += channel.write(writeBuffer, position);
        }
        i += n;
      }
      fileLongs += length;
      return handle;
    } catch (IOException e) {
      throw new UncheckedIOException(
          file == null
              ? "cannot create the shingle spill file in "
                  + (directory == null ? System.getProperty("java.io.tmpdir") : directory)
                  + ": "
                  + e.getMessage()
              : "cannot write the shingle spill file " + file + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Frees an array that is no longer needed: a memory slab whose arrays are all freed is reused
   * (spilled arrays stay in the file until close).
   */
  public synchronized void free(long handle, int length) {
    if (handle >= 0 || handle == EMPTY) {
      return;
    }
    int slab = (int) ((-1 - handle) >>> 32);
    if (live[slab] <= 0) {
      throw new IllegalStateException("array freed twice: slab " + slab);
    }
    if (--live[slab] > 0) {
      return;
    }
    if (slab == current) {
      fill = 0;
    } else if (slabs.get(slab).capacity() == slabLongs) {
      emptySlabs.add(slab);
    } else {
      memoryLongs -= slabs.get(slab).capacity(); // an oversized slab is dropped
      slabs.set(slab, null);
    }
  }

  /** Makes everything written so far readable with {@link #get} (maps the spill file). */
  public synchronized void seal() {
    memoryView = slabs.toArray(new LongBuffer[0]);
    if (channel == null) {
      return;
    }
    try {
      long bytes = fileLongs * 8;
      int n = (int) ((bytes + CHUNK - 1) / CHUNK);
      LongBuffer[] mapped = new LongBuffer[n];
      for (int c = 0; c < n; c++) {
        long from = c * CHUNK;
        MappedByteBuffer m =
            channel.map(FileChannel.MapMode.READ_ONLY, from, Math.min(CHUNK, bytes - from));
        mapped[c] = m.order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
      }
      chunks = mapped;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot map the shingle spill file " + file, e);
    }
  }

  /** A copy of the array of {@code handle} (written before the last {@link #seal()}). */
  public long[] get(long handle, int length) {
    long[] out = new long[length];
    if (length == 0) {
      return out;
    }
    view(handle).get(offset(handle), out, 0, length);
    return out;
  }

  /**
   * The array of {@code handle} (written before the last {@link #seal()}), copied into {@code into}
   * when it has room for {@code length} longs, else into a new array: returns the array that holds
   * it, in its first {@code length} places.
   */
  public long[] get(long handle, int length, long[] into) {
    long[] out = into.length >= length ? into : new long[length];
    if (length > 0) {
      view(handle).get(offset(handle), out, 0, length);
    }
    return out;
  }

  /**
   * Number of values two stored sorted, distinct arrays have in common. Both are copied in bulk
   * into arrays of the calling thread and merged there: reading a buffer value by value costs
   * several times more. Thread-safe after {@link #seal()}.
   */
  public int intersectionSize(long handleA, int lengthA, long handleB, int lengthB) {
    if (lengthA == 0 || lengthB == 0) {
      return 0;
    }
    LongScratch[] pair = MERGE_BUFFERS.get();
    long[] a = pair[0].room(lengthA);
    long[] b = pair[1].room(lengthB);
    view(handleA).get(offset(handleA), a, 0, lengthA);
    view(handleB).get(offset(handleB), b, 0, lengthB);
    return ShingleSet.intersectionSize(a, lengthA, b, lengthB);
  }

  /** Per thread, the two arrays {@link #intersectionSize} copies sets into. */
  private static final ThreadLocal<LongScratch[]> MERGE_BUFFERS =
      ThreadLocal.withInitial(() -> new LongScratch[] {new LongScratch(), new LongScratch()});

  private LongBuffer view(long handle) {
    if (handle < 0) {
      return memoryView[(int) ((-1 - handle) >>> 32)];
    }
    return chunks[(int) (handle / (CHUNK / 8))];
  }

  private static int offset(long handle) {
    return handle < 0 ? (int) (-1 - handle) : (int) (handle % (CHUNK / 8));
  }

  /** Longs held in memory slabs (allocated, not only in use). */
  synchronized long memoryLongs() {
    return memoryLongs;
  }

  /** Number of longs written to the spill file so far (0 while everything fits in memory). */
  public synchronized long spilledLongs() {
    return fileLongs;
  }

  /** Deletes the spill file. */
  @Override
  public synchronized void close() {
    chunks = new LongBuffer[0];
    memoryView = new LongBuffer[0];
    slabs.clear();
    if (channel != null) {
      try {
        channel.close();
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file, e);
      }
    }
  }
}
