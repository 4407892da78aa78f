/**
 * doppel's benchmarks: one command-line entry point ({@link org.doppel.bench.BenchMain}) for the
 * corpus generator, the hashing-limit baseline, the peers and the report; JMH stage benchmarks live
 * in {@code org.doppel.bench.jmh}.
 */
package org.doppel.bench;
