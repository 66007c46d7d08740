/**
 * Reduce-side state beyond a memory budget: {@link dev.marvel.runtime.spill.SpillingSorter}, an
 * external merge sort over a {@link dev.marvel.runtime.spill.SpillArea} on local disk or
 * persistent memory.
 */
package dev.marvel.runtime.spill;
