package dev.marvel.bench.harness;

import java.nio.file.Path;
import java.util.Optional;

/** What is measured: a job, its input, and its parameter (Grep's pattern). */
public record Workload(Job job, Path input, Optional<String> pattern) {

  public enum Job { WORDCOUNT, GREP }

  public static Workload wordCount(Path input) {
    return new Workload(Job.WORDCOUNT, input, Optional.empty());
  }

  public static Workload grep(Path input, String pattern) {
    return new Workload(Job.GREP, input, Optional.of(pattern));
  }

  public String label() {
    return job == Job.WORDCOUNT ? "wordcount" : "grep '" + pattern.orElseThrow() + "'";
  }
}
