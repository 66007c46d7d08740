package dev.marvel.runtime.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * What test actions observed about their environment. On the runtime's class path, so every
 * action class loader shares it (if they did not, the test would see nothing).
 */
public final class ActionWitness {

  private static final List<ClassLoader> actionLoaders = new ArrayList<>();
  private static final List<ClassLoader> contextLoaders = new ArrayList<>();
  private static int interrupted;

  private ActionWitness() {}

  public static synchronized void reset() {
    actionLoaders.clear();
    contextLoaders.clear();
    interrupted = 0;
  }

  public static synchronized void ran(Class<?> action) {
    actionLoaders.add(action.getClassLoader());
    contextLoaders.add(Thread.currentThread().getContextClassLoader());
    ActionWitness.class.notifyAll();
  }

  /** Waits up to 10 s until some action has called {@link #ran}. */
  public static synchronized boolean awaitRan() throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (actionLoaders.isEmpty() && System.nanoTime() < until) {
      ActionWitness.class.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
    }
    return !actionLoaders.isEmpty();
  }

  public static synchronized void interrupted() {
    interrupted++;
    ActionWitness.class.notifyAll();
  }

  public static synchronized List<ClassLoader> actionLoaders() {
    return List.copyOf(actionLoaders);
  }

  public static synchronized List<ClassLoader> contextLoaders() {
    return List.copyOf(contextLoaders);
  }

  /** Waits up to 10 s for an action to report it was interrupted. */
  public static synchronized boolean awaitInterrupted() throws InterruptedException {
    long until = System.nanoTime() + 10_000_000_000L;
    while (interrupted == 0 && System.nanoTime() < until) {
      ActionWitness.class.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
    }
    return interrupted > 0;
  }
}
