/**
 * Ignite for Marvel: an embedded server node that cannot collide with other builds or jobs on the
 * host, and {@link dev.marvel.runtime.ignite.IgniteConnection}, one cache API over that node or a
 * thin client in another process.
 */
package dev.marvel.runtime.ignite;
