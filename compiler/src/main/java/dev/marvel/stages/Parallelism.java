package dev.marvel.stages;

/** How many tasks a stage runs. */
public sealed interface Parallelism {

  String display();

  /** One task per input split, decided by the driver from the file system at run time. */
  record PerSplit() implements Parallelism {
    @Override
    public String display() {
      return "one task per input split";
    }
  }

  /** Exactly {@code tasks} tasks, one per shuffle partition. */
  record Fixed(int tasks) implements Parallelism {
    public Fixed {
      if (tasks < 1) {
        throw new IllegalArgumentException("tasks " + tasks);
      }
    }

    @Override
    public String display() {
      return tasks == 1 ? "1 task" : tasks + " tasks";
    }
  }
}
