package dev.marvel.bundle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plans the tests share: WordCount as the compiler would write it. */
final class SamplePlans {

  private SamplePlans() {}

  static Plan wordCount() {
    Stage map = new Stage("s1", "wordcount-s1", "actions/s1.jar", "marvel.gen.wordcount.S1",
        "read text | explode word = tokenize(lower(line)) | partial count by word",
        List.of(new InputChannel.Splits(List.of("hdfs://nn:8020/data/books"), "text",
            134_217_728L, new TreeMap<>())),
        List.of(new OutputChannel.Shuffle(4, true)),
        new Parallelism(0, 64), new Limits(60_000, 256),
        List.of(new SourceSpan("read", "wordcount.mvl", 2, 12),
            new SourceSpan("explode", "wordcount.mvl", 3, 12),
            new SourceSpan("group", "wordcount.mvl", 4, 12)));
    Stage reduce = new Stage("s2", "wordcount-s2", "actions/s2.jar", "marvel.gen.wordcount.S2",
        "final count by word | write tsv",
        List.of(new InputChannel.Shuffle("s1", 4, Partitioning.HASH, "word: string")),
        List.of(new OutputChannel.ToSink("counts")),
        new Parallelism(4, 4), new Limits(60_000, 256),
        List.of(new SourceSpan("group", "wordcount.mvl", 4, 12),
            new SourceSpan("write", "wordcount.mvl", 5, 3)));
    return new Plan(Plan.FORMAT_VERSION, "wordcount",
        new TreeMap<>(Map.of("output", "hdfs://nn:8020/out/wc", "input",
            "hdfs://nn:8020/data/books")),
        List.of(map, reduce),
        List.of(new Sink("counts", "tsv", "hdfs://nn:8020/out/wc", new TreeMap<>())));
  }
}
