/**
 * A seeded, streaming generator of dedup corpora with known truth, built from real text, and the
 * readers for the JSONL corpora and truth files it writes.
 */
package org.doppel.bench.corpus;
