package org.doppel.cli.pan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * PlagDet as published (Potthast, Stein, Barrón-Cedeño, Rosso 2010, and the PAN reference code
 * {@code perfmeasures}): character-level macro precision over detections and macro recall over
 * cases, where a detection counts for a case only when it overlaps it on both sides; granularity is
 * the mean number of detections per detected case; PlagDet = F1 / log2(1 + granularity). Tallies
 * add up, so document pairs may be scored in parallel.
 *
 * @param cases number of cases
 * @param detections number of detections
 * @param recallSum sum over cases of the detected fraction of the case
 * @param precisionSum sum over detections of the fraction that lies in cases
 * @param detectedCases cases detected at least once
 * @param detectionsOfDetected sum over detected cases of the number of detections detecting them
 */
public record PlagDet(
    long cases,
    long detections,
    double recallSum,
    double precisionSum,
    long detectedCases,
    long detectionsOfDetected) {

  /** The empty tally. */
  public static PlagDet zero() {
    return new PlagDet(0, 0, 0, 0, 0, 0);
  }

  /** The tally of one document pair. */
  public static PlagDet of(List<Annotation> cases, List<Annotation> detections) {
    double recall = 0;
    long detected = 0;
    long perDetected = 0;
    for (Annotation s : cases) {
      List<Annotation> hits = new ArrayList<>();
      for (Annotation r : detections) {
        if (r.detects(s)) {
          hits.add(r);
        }
      }
      recall += (double) overlap(s, hits) / s.size();
      if (!hits.isEmpty()) {
        detected++;
        perDetected += hits.size();
      }
    }
    double precision = 0;
    for (Annotation r : detections) {
      List<Annotation> hits = new ArrayList<>();
      for (Annotation s : cases) {
        if (s.detects(r)) {
          hits.add(s);
        }
      }
      precision += r.size() == 0 ? 0 : (double) overlap(r, hits) / r.size();
    }
    return new PlagDet(cases.size(), detections.size(), recall, precision, detected, perDetected);
  }

  /** The sum of two tallies. */
  public PlagDet plus(PlagDet o) {
    return new PlagDet(
        cases + o.cases,
        detections + o.detections,
        recallSum + o.recallSum,
        precisionSum + o.precisionSum,
        detectedCases + o.detectedCases,
        detectionsOfDetected + o.detectionsOfDetected);
  }

  /** Macro precision; 1 with neither cases nor detections, 0 with only one of them. */
  public double precision() {
    if (detections == 0) {
      return cases == 0 ? 1 : 0;
    }
    return cases == 0 ? 0 : precisionSum / detections;
  }

  /** Macro recall; 1 with neither cases nor detections, 0 with only one of them. */
  public double recall() {
    if (cases == 0) {
      return detections == 0 ? 1 : 0;
    }
    return detections == 0 ? 0 : recallSum / cases;
  }

  /** Mean detections per detected case; 1 when nothing is detected. */
  public double granularity() {
    return detectedCases == 0 ? 1 : (double) detectionsOfDetected / detectedCases;
  }

  /** F1 of precision and recall divided by log2(1 + granularity). */
  public double plagdet() {
    double p = precision();
    double r = recall();
    if (p + r == 0) {
      return 0;
    }
    return 2 * p * r / (p + r) / (Math.log(1 + granularity()) / Math.log(2));
  }

  /** Characters of {@code x} (both sides) covered by the union of {@code others}. */
  private static long overlap(Annotation x, List<Annotation> others) {
    List<int[]> t = new ArrayList<>();
    List<int[]> s = new ArrayList<>();
    for (Annotation o : others) {
      t.add(new int[] {Math.max(x.thisStart(), o.thisStart()), Math.min(x.thisEnd(), o.thisEnd())});
      s.add(new int[] {Math.max(x.srcStart(), o.srcStart()), Math.min(x.srcEnd(), o.srcEnd())});
    }
    return unionLength(t) + unionLength(s);
  }

  private static long unionLength(List<int[]> ranges) {
    ranges.sort(Comparator.comparingInt(r -> r[0]));
    long total = 0;
    int end = Integer.MIN_VALUE;
    for (int[] r : ranges) {
      int from = Math.max(r[0], end);
      if (r[1] > from) {
        total += r[1] - from;
      }
      end = Math.max(end, r[1]);
    }
    return total;
  }
}
