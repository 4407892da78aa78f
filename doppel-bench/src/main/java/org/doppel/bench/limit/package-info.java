/**
 * The hashing-limit baseline: read the corpus, tokenise, hash word shingles, and nothing else. The
 * full pipeline is reported as a fraction of its throughput.
 */
package org.doppel.bench.limit;
