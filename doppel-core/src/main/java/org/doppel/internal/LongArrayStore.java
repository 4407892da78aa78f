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
import java.util.ArrayList;
import java.util.List;
import org.doppel.shingle.ShingleSet;

/**
 * Holds many long arrays (shingles of every document) for one run: on the heap up to a budget, then
 * in a temporary file that is memory-mapped for reading, so that the heap grows with the number of
 * documents and not with their text. Writes are thread-safe; reads of spilled arrays need {@link
 * #seal()} after the last write of a stage. The file is deleted on {@link #close()}.
 */
public final class LongArrayStore implements AutoCloseable {

  private static final long CHUNK = 1L << 30;

  private final Path directory;
  private final long heapBudget;
  private final List<long[]> heap = new ArrayList<>();
  private long heapLongs;
  private Path file;
  private FileChannel channel;
  private long fileLongs;
  private final ByteBuffer writeBuffer =
      ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
  private volatile LongBuffer[] chunks = new LongBuffer[0];
  private volatile long[][] heapView = new long[0][];

  /**
   * A store that keeps up to {@code heapBudgetLongs} longs on the heap and spills the rest to a
   * temporary file in {@code directory} (the system's temporary directory when null).
   */
  public LongArrayStore(Path directory, long heapBudgetLongs) {
    this.directory = directory;
    this.heapBudget = heapBudgetLongs;
  }

  /**
   * Stores the first {@code length} values of {@code values} (the array is kept when it stays on
   * the heap) and returns a handle for {@link #get}.
   */
  public synchronized long put(long[] values, int length) {
    if (heapLongs + length <= heapBudget) {
      long[] kept = values.length == length ? values : java.util.Arrays.copyOf(values, length);
      heap.add(kept);
      heapLongs += length;
      return -heap.size();
    }
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
      throw new UncheckedIOException("cannot write the shingle spill file " + file, e);
    }
  }

  /** Drops a heap array that is no longer needed (spilled arrays stay in the file until close). */
  public synchronized void free(long handle, int length) {
    if (handle < 0 && heap.set((int) (-handle - 1), null) != null) {
      heapLongs -= length;
    }
  }

  /** Makes everything written so far readable with {@link #get} (maps the spill file). */
  public synchronized void seal() {
    heapView = heap.toArray(new long[0][]);
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

  /**
   * The array of {@code handle} (written before the last {@link #seal()}); heap arrays are returned
   * as stored, spilled ones are copied. Thread-safe.
   */
  public long[] get(long handle, int length) {
    if (handle < 0) {
      return heapView[(int) (-handle - 1)];
    }
    long longsPerChunk = CHUNK / 8;
    LongBuffer chunk = chunks[(int) (handle / longsPerChunk)];
    long[] out = new long[length];
    chunk.get((int) (handle % longsPerChunk), out, 0, length);
    return out;
  }

  /**
   * Number of values two stored sorted, distinct arrays have in common, merged in place without
   * copying them. Thread-safe after {@link #seal()}.
   */
  public int intersectionSize(long handleA, int lengthA, long handleB, int lengthB) {
    LongBuffer a = view(handleA);
    LongBuffer b = view(handleB);
    int offA = handleA < 0 ? 0 : (int) (handleA % (CHUNK / 8));
    int offB = handleB < 0 ? 0 : (int) (handleB % (CHUNK / 8));
    return ShingleSet.intersectionSize(a, offA, lengthA, b, offB, lengthB);
  }

  private LongBuffer view(long handle) {
    if (handle < 0) {
      return LongBuffer.wrap(heapView[(int) (-handle - 1)]);
    }
    return chunks[(int) (handle / (CHUNK / 8))];
  }

  /** Number of longs written to the spill file so far (0 while everything fits the heap). */
  public synchronized long spilledLongs() {
    return fileLongs;
  }

  /** Deletes the spill file. */
  @Override
  public synchronized void close() {
    chunks = new LongBuffer[0];
    heap.clear();
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
