package de.integrationsnetz.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The file {@code EPOCH} in the index root: the epoch (a UUID) of the last rebuild that completed into this directory.
 * The database keeps the same UUID ({@code directory.search_index_state}); two that differ mean that the index and the
 * database were not built together (docs/directory.md §4.7).
 */
final class EpochFile {

    static final String NAME = "EPOCH";

    private final Path file;

    EpochFile(Path indexRoot) {
        this.file = indexRoot.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /** The epoch in the file; empty when there is no file or it holds no UUID (then the index counts as unknown). */
    Optional<UUID> read() {
        try {
            return Optional.of(UUID.fromString(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index epoch " + file, e);
        }
    }

    /** Writes the epoch through a temporary file and a rename, so that a crash never leaves half a UUID. */
    void write(UUID epoch) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(NAME + ".tmp");
            Files.writeString(temporary, epoch + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index epoch " + file, e);
        }
    }
}
