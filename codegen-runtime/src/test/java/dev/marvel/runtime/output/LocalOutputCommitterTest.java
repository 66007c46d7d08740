package dev.marvel.runtime.output;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.io.TempDir;

class LocalOutputCommitterTest extends OutputCommitterContract {
  @TempDir Path root;

  @Override
  Configuration conf() {
    return new Configuration();
  }

  @Override
  String freshOutputPath() {
    return root.resolve("out").toUri().toString();
  }
}
