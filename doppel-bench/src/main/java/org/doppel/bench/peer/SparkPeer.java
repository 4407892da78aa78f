package org.doppel.bench.peer;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark MLlib peer, in local mode on all cores and bound to 127.0.0.1: {@link RegexTokenizer}
 * (lower-case, split on non-letters/digits), {@link NGram} of 5 words, binary {@link HashingTF}
 * over 2^22 features, {@link MinHashLSH} with {@value #HASH_TABLES} hash tables (the value of the
 * MLlib guide's example; MLlib's MinHashLSH is OR-only: one MinHash per table), then {@code
 * approxSimilarityJoin} of the corpus with itself at Jaccard distance {@code 1 - threshold}. Spark
 * computes the exact Jaccard distance of each candidate pair on the feature vectors, so pairs are
 * verified. Connected components are taken on the driver with union-find over the collected pairs.
 */
public final class SparkPeer {

  /** Hash tables (OR-amplification). */
  public static final int HASH_TABLES = 5;

  /** HashingTF features. */
  public static final int FEATURES = 1 << 22;

  private SparkPeer() {}

  /** Runs the peer on {@code docs} and writes its result into {@code out}. */
  public static void run(Path docs, Path out, double threshold, long seed, int cores)
      throws IOException {
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("doppel-bench-spark-minhashlsh")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
            .config("spark.local.dir", out.resolve("spark-tmp").toString())
            .getOrCreate();
    try {
      Dataset<Row> raw = spark.read().json(docs.toString()).select("id", "text");
      Dataset<Row> tokens =
          new RegexTokenizer()
              .setInputCol("text")
              .setOutputCol("tokens")
              .setPattern("[^\\p{L}\\p{N}]+")
              .setToLowercase(true)
              .transform(raw);
      Dataset<Row> shingles =
          new NGram().setN(5).setInputCol("tokens").setOutputCol("shingles").transform(tokens);
      Dataset<Row> features =
          new HashingTF()
              .setInputCol("shingles")
              .setOutputCol("features")
              .setNumFeatures(FEATURES)
              .setBinary(true)
              .transform(shingles.filter(size(col("shingles")).gt(0)))
              .select("id", "features")
              .cache();
      MinHashLSHModel model =
          new MinHashLSH()
              .setNumHashTables(HASH_TABLES)
              .setInputCol("features")
              .setOutputCol("hashes")
              .setSeed(seed)
              .fit(features);
      List<Row> joined =
          model
              .approxSimilarityJoin(features, features, 1 - threshold, "distance")
              .select(col("datasetA.id").as("a"), col("datasetB.id").as("b"), col("distance"))
              .filter(col("a").lt(col("b")))
              .collectAsList();
      List<String> ids = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (Row r : raw.select("id").collectAsList()) {
        index.put(r.getString(0), ids.size());
        ids.add(r.getString(0));
      }
      List<DedupOutput.Pair> pairs = new ArrayList<>(joined.size());
      for (Row r : joined) {
        pairs.add(
            new DedupOutput.Pair(
                index.get(r.getString(0)), index.get(r.getString(1)), 1 - r.getDouble(2)));
      }
      DedupOutput.write(out, ids, pairs);
    } finally {
      spark.stop();
    }
  }
}
