package io.scimgate.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A function's task root: its deployment jar unpacked, as Lambda unpacks it to {@code /var/task}.
 * Cached by the jar's SHA-256 under one directory, so a rebuilt jar gets a fresh root and an
 * unchanged one is unpacked once (for every runner and test on the machine).
 */
final class TaskRoots {
  private final Path cache;

  TaskRoots(Path cache) {
    this.cache = cache;
  }

  /** The default cache: {@code scimgate-task-roots} in the system's temporary directory. */
  static TaskRoots inTempDir() {
    return new TaskRoots(Path.of(System.getProperty("java.io.tmpdir"), "scimgate-task-roots"));
  }

  /** Unpacks {@code jar} unless a root for its content exists; returns the root. */
  Path of(Path jar) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException(jar + " does not exist: build the jars first (make package)");
    }
    Path root = cache.resolve(sha256(jar));
    if (Files.isDirectory(root)) {
      return root;
    }
    Files.createDirectories(cache);
    Path tmp = Files.createTempDirectory(cache, "unpacking-");
    unzip(jar, tmp);
    try {
      Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
      delete(tmp); // another runner unpacked the same content meanwhile
    } catch (IOException e) {
      if (!Files.isDirectory(root)) {
        throw e;
      }
      delete(tmp);
    }
    return root;
  }

  private static void unzip(Path jar, Path into) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into)) {
          throw new IOException("jar entry outside the task root: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
