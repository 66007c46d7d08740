package dev.marvel.runtime.state;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A job's record and the progress of each of its stages that has tasks, by stage id. */
public record JobProgress(JobRecord job, SortedMap<Integer, StageProgress> stages) {
  public JobProgress {
    stages = Collections.unmodifiableSortedMap(new TreeMap<>(stages));
  }
}
