package dev.marvel.samples.gen;

import java.nio.file.Path;

/** The two Big Data Benchmark tables written under one directory. */
public record BdbFiles(Path rankingsDir, Generated rankings, Path uservisitsDir,
    Generated uservisits) {}
