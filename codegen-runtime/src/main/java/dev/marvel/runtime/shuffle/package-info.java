/**
 * Intermediate data between stages. A map attempt writes per-partition blob sequences through a
 * {@link dev.marvel.runtime.shuffle.MapOutputWriter}, commits once (the first attempt of a map
 * task to commit wins), and a reducer streams its partition with
 * {@link dev.marvel.runtime.shuffle.ShuffleStore#read}. Three stores honour one contract: Ignite
 * caches (default), a local directory, and any Hadoop FileSystem.
 */
package dev.marvel.runtime.shuffle;
