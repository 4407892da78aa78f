/**
 * Scoring doppel's output against gold labels: clustering metrics and gold-set loaders, and the
 * article-extraction benchmark's shingle metric.
 */
package org.doppel.cli.eval;
