package de.integrationsnetz.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left behind by a JVM that died without shutting it down ({@code kill -9}).
 *
 * <p>The embedded server runs detached from the JVM, so it survives a hard kill and keeps its {@code postmaster.pid};
 * the next start would then fail. The lock file that the embedded server holds while its JVM lives tells an orphan
 * (lock free) from a server that another running instance still uses (lock held): only an orphan is stopped.
 */
final class OrphanedServerRecovery {

    static final String LOCK_FILE = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(OrphanedServerRecovery.class);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OrphanedServerRecovery() {}

    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        assertNoLiveOwner(dataDirectory);
        Optional<ProcessHandle> server = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            log.info("Removing stale {} (no server runs under that pid)", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = server.get();
        log.warn("Stopping orphaned PostgreSQL server (pid {}) left behind by an earlier run in {}", process.pid(), dataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown: its clients died with the old JVM, so it stops promptly and cleanly.
        process.destroy();
        if (!waitForExit(process, GRACE)) {
            log.warn("Orphaned server did not stop within {}, killing it", GRACE);
            process.destroyForcibly();
            waitForExit(process, Duration.ofSeconds(10));
        }
        Files.deleteIfExists(pidFile);
    }

    private static void assertNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The database in " + dataDirectory
                        + " is in use by another running instance of Integrationsnetz. Stop it first.");
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException("The database in " + dataDirectory + " is already in use by this JVM", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                    .findFirst()
                    .orElse("")
                    .trim();
            return Optional.of(Long.parseLong(firstLine));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}
