/**
 * Job and task-attempt records the driver writes and any process reads: status that only moves
 * forward, counters, errors, timestamps, and per-stage progress. Stored in Ignite as JSON.
 */
package dev.marvel.runtime.state;
