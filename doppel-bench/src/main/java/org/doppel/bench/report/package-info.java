/**
 * Scoring of each tool's clusters and pairs against the generator's truth, and the writer of {@code
 * BENCHMARKS.md}.
 */
package org.doppel.bench.report;
