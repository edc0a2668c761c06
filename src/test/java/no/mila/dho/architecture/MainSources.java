package no.mila.dho.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java files of {@code src/main/java}, each with its class name and the feature it belongs to. */
final class MainSources {

    /** The project root: the working directory, or {@code -Darchitecture.root=...} to check another tree. */
    static final Path PROJECT = Path.of(System.getProperty("architecture.root", "."));
    static final Path ROOT = PROJECT.resolve("src/main/java");
    private static final String BASE = "no.mila.dho.";

    /** One source file: {@code className} is the file's top-level class, e.g. {@code worklist.application.X}. */
    record Source(Path path, String className, String feature, boolean inPersistence, String text) {

        /** The class name without {@code no.mila.dho.}, as the failure messages show it. */
        String shortName() {
            return className.startsWith(BASE) ? className.substring(BASE.length()) : className;
        }

        /** Number of lines, as {@code wc -l} counts them. */
        long lines() {
            return text.chars().filter(c -> c == '\n').count();
        }
    }

    private MainSources() {
    }

    static List<Source> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().map(MainSources::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source read(Path file) {
        String className = ROOT.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                .replaceAll("\\.java$", "");
        String rest = className.startsWith(BASE) ? className.substring(BASE.length()) : className;
        String feature = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "";
        boolean persistence = rest.contains(".persistence.");
        try {
            return new Source(file, className, feature, persistence, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
