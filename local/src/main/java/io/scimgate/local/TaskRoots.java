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

  /**
   * The runtime client's JNI library for this machine, unpacked once into the cache. Left to itself
   * the client unpacks it to the fixed path {@code /tmp/.libaws-lambda-jni.so} (in Lambda every
   * sandbox has its own {@code /tmp}); sandboxes starting together here would overwrite the file
   * under each other and crash, so each is told this path instead.
   */
  Path runtimeNativeLibrary() throws IOException {
    String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch_64" : "x86_64";
    String muslArch = arch.equals("x86_64") ? "x86_64" : "aarch64";
    boolean musl = Files.exists(Path.of("/lib/ld-musl-" + muslArch + ".so.1"));
    String name = "libaws-lambda-jni.linux" + (musl ? "_musl-" : "-") + arch + ".so";
    byte[] library;
    try (InputStream in =
        Class.forName(RuntimeClasspath.MAIN_CLASS).getResourceAsStream("/jni/" + name)) {
      if (in == null) {
        throw new IOException("the runtime interface client has no " + name);
      }
      library = in.readAllBytes();
    } catch (ClassNotFoundException e) {
      throw new IOException("the runtime interface client is not on the classpath", e);
    }
    Path target = cache.resolve("native-" + sha256(library)).resolve("libaws-lambda-jni.so");
    if (!Files.isRegularFile(target)) {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), "lib", ".tmp");
      Files.write(tmp, library);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return target;
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

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
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
