package dev.marvel.bundle;

/** A payload or result over OpenWhisk's 1 MB parameter/result limit: a Marvel bug, not the user's. */
public final class PayloadTooLargeException extends RuntimeException {
  public PayloadTooLargeException(String what, long bytes) {
    super(what + " is " + bytes + " bytes, over OpenWhisk's limit of " + TaskJson.MAX_BYTES
        + " bytes; payloads must carry references, not data");
  }
}
