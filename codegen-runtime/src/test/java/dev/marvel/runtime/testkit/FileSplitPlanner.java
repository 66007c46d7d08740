package dev.marvel.runtime.testkit;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.TaskInput;
import dev.marvel.runtime.driver.TaskPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Splits for local test files: each path is a file or a directory of files, cut into
 * {@code splitSize} byte ranges (the test data keeps each file within one split, so records
 * never straddle splits; the real input layer aligns to record boundaries).
 */
public final class FileSplitPlanner implements TaskPlanner {

  @Override
  public List<TaskInput.Split> splits(InputChannel.Splits input) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String p : input.paths()) {
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(Files::isRegularFile).forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    files.sort(null);
    List<TaskInput.Split> splits = new ArrayList<>();
    for (Path f : files) {
      long size = Files.size(f);
      for (long start = 0; start < size; start += input.splitSize()) {
        splits.add(new TaskInput.Split(f.toString(), start, Math.min(input.splitSize(),
            size - start)));
      }
    }
    return splits;
  }
}
