package dev.marvel.bench.harness;

/** One timed run of a whole process: wall time, CPU time (user + system) and peak resident memory. */
public record Measurement(long wallMillis, long cpuMillis, long peakRssKiB) {}
