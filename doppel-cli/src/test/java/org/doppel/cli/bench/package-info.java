/** Hand-run benchmarks of compare (not tests; never run by the build). */
package org.doppel.cli.bench;
