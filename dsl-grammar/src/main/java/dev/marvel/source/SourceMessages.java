package dev.marvel.source;

import java.nio.file.Path;

/** The texts and codes (E0901–E0906) of {@link SourceLoader}'s diagnostics. */
public final class SourceMessages {
  public static final String NOT_FOUND = "E0901";
  public static final String IS_DIRECTORY = "E0902";
  public static final String UNREADABLE = "E0903";
  public static final String INVALID_UTF8 = "E0904";
  public static final String EMPTY = "E0905";
  public static final String TOO_LARGE = "E0906";

  private SourceMessages() {}

  static String notFound(String name) {
    return "file `" + name + "` not found";
  }

  static String notFoundHelp(Path path) {
    return "looked for " + path.toAbsolutePath().normalize() + "; check the path and the current directory";
  }

  static String isDirectory(String name) {
    return "`" + name + "` is a directory, not a .mvl file";
  }

  static String isDirectoryHelp() {
    return "name the .mvl file inside it";
  }

  static String unreadable(String name, String reason) {
    return "cannot read `" + name + "`: " + reason;
  }

  static String invalidUtf8(String name) {
    return "`" + name + "` is not valid UTF-8";
  }

  static String invalidUtf8Label(String bytes) {
    return "invalid byte " + bytes;
  }

  static String invalidUtf8Help() {
    return "save the file as UTF-8 (Marvel programs are always UTF-8)";
  }

  static String empty(String name) {
    return "`" + name + "` is empty";
  }

  static String emptyHelp() {
    return "a Marvel file holds at least one `pipeline NAME(...) { ... }`";
  }

  static String tooLarge(String name, long size, long max) {
    return "`" + name + "` is too large (" + size + " bytes; the limit is " + max + " bytes)";
  }
}
