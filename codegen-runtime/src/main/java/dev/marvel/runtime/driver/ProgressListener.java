package dev.marvel.runtime.driver;

/** Receives {@link ProgressEvent}s on the driver's thread, in order. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = event -> {};

  void on(ProgressEvent event);
}
