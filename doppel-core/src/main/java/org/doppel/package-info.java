/**
 * doppel's entry points: {@code Dedup} (which documents are the same story) and {@code Compare}
 * (what two documents share and what changed), with their option and result records.
 */
package org.doppel;
