/**
 * The PAN text-alignment evaluation: reading a corpus laid out like PAN 2013 and scoring detections
 * with PlagDet (Potthast et al. 2010).
 */
package org.doppel.cli.pan;
