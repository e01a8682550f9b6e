package io.scimgate.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The local stand-in for the Secrets Manager pepper: 64 random alphanumeric characters (what the
 * template's {@code GenerateSecretString} makes), created once in the data directory so token
 * digests stay valid across restarts. Used, like the secret string, as its UTF-8 bytes.
 */
final class PepperFile {
  static final String NAME = "pepper";
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final int LENGTH = 64;

  private PepperFile() {}

  static byte[] loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(NAME);
    if (!Files.exists(file)) {
      try {
        create(file);
      } catch (FileAlreadyExistsException raced) {
        // Another runner over the same directory made it first; use theirs.
      }
    }
    String pepper = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (pepper.isEmpty()) {
      throw new IOException(file + " is empty; delete it (existing tokens stop working).");
    }
    return pepper.getBytes(StandardCharsets.UTF_8);
  }

  private static void create(Path file) throws IOException {
    SecureRandom random = new SecureRandom();
    StringBuilder pepper = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      pepper.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    Path tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
    try {
      restrictToOwner(tmp);
      Files.writeString(tmp, pepper + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
      Files.move(tmp, file); // fails rather than replace a pepper that appeared meanwhile
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user's profile directory is already private.
    }
  }
}
