package org.doppel;

/** Receives progress from {@link Dedup}; called from the thread that runs it. */
public interface DedupListener {

  /** A listener that ignores everything. */
  DedupListener NONE = new DedupListener() {};

  /** Called after each document has been read and analysed. */
  default void analysed(long documents, long characters) {}

  /**
   * Called when a stage of the pipeline starts ({@code "boilerplate"}, {@code "candidates"}...).
   */
  default void stage(String name) {}
}
