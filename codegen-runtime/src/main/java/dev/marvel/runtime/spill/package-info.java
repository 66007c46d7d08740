/**
 * Reduce-side state beyond a memory budget: {@link dev.marvel.runtime.spill.SpillingSorter}, an
 * external merge sort, and {@link dev.marvel.runtime.spill.SpillingHashAggregator}, hash
 * aggregation that overflows into it, both over a {@link dev.marvel.runtime.spill.SpillArea} on
 * local disk or persistent memory.
 */
package dev.marvel.runtime.spill;
