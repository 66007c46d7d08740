package dev.marvel.optimizer;

/** One application of a rule that changed the plan. */
public record RuleFiring(String pass, String rule) {}
