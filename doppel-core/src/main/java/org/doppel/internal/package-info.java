/** Primitive collections and other helpers that are not part of doppel's API. */
package org.doppel.internal;
