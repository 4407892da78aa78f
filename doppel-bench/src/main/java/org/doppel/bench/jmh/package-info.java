/**
 * JMH benchmarks of the engine's stages on real text, each class pairing the stage with a baseline
 * (a method whose name starts with {@code baseline}) so that the report shows a ratio.
 */
package org.doppel.bench.jmh;
