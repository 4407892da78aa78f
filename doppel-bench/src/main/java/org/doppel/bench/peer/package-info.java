/**
 * The peers doppel is measured against, each run as its own JVM on the same corpus and writing the
 * same output files as {@code doppel dedup}: Spark MLlib MinHashLSH and info.debatty java-lsh.
 */
package org.doppel.bench.peer;
