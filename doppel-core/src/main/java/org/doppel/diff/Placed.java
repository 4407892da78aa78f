package org.doppel.diff;

/** A change with its sort position in reading order. */
record Placed(double key, int sideOrder, int index, Change change) {}
