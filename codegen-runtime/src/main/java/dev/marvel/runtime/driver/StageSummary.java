package dev.marvel.runtime.driver;

import dev.marvel.bundle.TaskCounters;
import java.time.Duration;

/** What a finished stage did: its tasks, attempts (retries included), totals and wall time. */
public record StageSummary(String stageId, String operators, int tasks, int attempts,
    TaskCounters totals, Duration elapsed) {}
