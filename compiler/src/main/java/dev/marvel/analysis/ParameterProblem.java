package dev.marvel.analysis;

import java.util.List;

/** Something wrong with the {@code -p name=value} arguments: what happened, and help lines saying what to do. */
public record ParameterProblem(String message, List<String> help) {
  public ParameterProblem {
    help = List.copyOf(help);
  }
}
