/** The {@code doppel} command line: one class per subcommand, shared options as mixins. */
package org.doppel.cli;
