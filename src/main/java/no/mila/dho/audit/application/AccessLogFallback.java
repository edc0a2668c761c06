package no.mila.dho.audit.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.audit.persistence.AccessLogInserts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where access-log rows go when the database cannot take them: append-only JSON-lines files in a local
 * directory, each line forced to disk before the request is answered. {@link #drain} hands them back, file by
 * file, once the database is there again. A file is replayed only by the one who holds its lock, so several
 * processes may share the directory; a line torn by a crash (the last one of a file) is skipped.
 */
@ApplicationScoped
public class AccessLogFallback {

    /** Takes the rows of one fallback file; throws while the database is still unavailable. */
    @FunctionalInterface
    public interface Sink {
        void accept(List<AccessLogEntry> entries) throws AccessLogInserts.NotStored;
    }

    private static final Logger LOG = Logger.getLogger(AccessLogFallback.class);
    private static final String SUFFIX = ".jsonl";
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Path directory;
    private final Object draining = new Object();
    private FileChannel current;
    private FileLock currentLock;

    public AccessLogFallback(@ConfigProperty(name = "dho.audit.fallback.directory") Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Appends the row and forces it to disk; true when this started a new file (the first row of an outage). */
    public synchronized boolean append(AccessLogEntry entry) throws IOException {
        boolean opened = current == null;
        if (opened) {
            open();
        }
        ByteBuffer line = ByteBuffer.wrap((json(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            current.write(line);
        }
        current.force(false);
        return opened;
    }

    /** Gives every closed file's rows to the sink, then deletes the file; returns how many rows it gave. */
    public int drain(Sink sink) throws IOException, AccessLogInserts.NotStored {
        synchronized (draining) {
            int drained = 0;
            for (Path file : closeAndList()) {
                drained += drainFile(file, sink);
            }
            return drained;
        }
    }

    static String json(AccessLogEntry entry) throws JsonProcessingException {
        return JSON.writeValueAsString(entry);
    }

    private void open() throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("access-log-" + System.currentTimeMillis() + "-" + UUID.randomUUID() + SUFFIX);
        current = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        currentLock = current.lock();
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true); // the new file's name is on disk too
        }
    }

    private synchronized List<Path> closeAndList() throws IOException {
        if (current != null) {
            currentLock.release();
            current.close();
            current = null;
        }
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    private static int drainFile(Path file, Sink sink) throws IOException, AccessLogInserts.NotStored {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null || channel.size() == 0) {
                return 0; // being written or replayed by another process, or just created by one
            }
            List<AccessLogEntry> entries = read(file);
            sink.accept(entries);
            Files.delete(file);
            return entries.size();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0; // replayed by another process in the meantime
        }
    }

    static List<AccessLogEntry> read(Path file) throws IOException {
        List<AccessLogEntry> entries = new ArrayList<>();
        // decoded leniently: a line torn inside a multi-byte character must not make the whole file unreadable
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(JSON.readValue(line, AccessLogEntry.class));
            } catch (JsonProcessingException e) {
                LOG.warnf("Skipped an unreadable line of the access-log fallback %s (torn by a crash?)", file);
            }
        }
        return entries;
    }
}
