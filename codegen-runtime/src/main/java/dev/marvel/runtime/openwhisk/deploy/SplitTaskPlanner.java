package dev.marvel.runtime.openwhisk.deploy;

import dev.marvel.bundle.InputChannel;
import dev.marvel.bundle.TaskInput;
import dev.marvel.runtime.driver.TaskPlanner;
import dev.marvel.runtime.io.InputSplit;
import dev.marvel.runtime.io.SplitPlanner;
import dev.marvel.runtime.io.SplitSizing;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The driver's task planner over Hadoop's file systems: splits of {@code splitSize} bytes, by file then offset. */
public final class SplitTaskPlanner implements TaskPlanner {
    private final Configuration conf;

    public SplitTaskPlanner(Configuration conf) {
        this.conf = conf;
    }

    @Override
    public List<TaskInput.Split> splits(InputChannel.Splits input) throws IOException {
        List<TaskInput.Split> splits = new ArrayList<>();
        for (InputSplit split : new SplitPlanner(conf, SplitSizing.target(input.splitSize())).plan(input.paths())) {
            splits.add(new TaskInput.Split(split.path(), split.start(), split.length()));
        }
        return splits;
    }
}
