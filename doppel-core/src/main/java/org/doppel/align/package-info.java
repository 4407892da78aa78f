/**
 * Passage alignment: the passages two texts share, as character ranges in both originals, found in
 * any order and tolerant of small edits inside a passage.
 */
package org.doppel.align;
