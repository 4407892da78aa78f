/** Scoring doppel's output against gold labels: clustering metrics and gold-set loaders. */
package org.doppel.cli.eval;
