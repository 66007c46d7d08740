package dev.marvel.runtime.ignite;

/** Off-heap bytes in use in a data region of one node, and the most the region may take. */
public record RegionUsage(long usedBytes, long maxBytes) {}
