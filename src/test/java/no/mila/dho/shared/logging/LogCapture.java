package no.mila.dho.shared.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The log records of every category published while it is open, each with its MDC as it was when it was logged,
 * and formatted by the console handler's own formatter (JSON or text, as configured).
 */
final class LogCapture implements AutoCloseable {

    /** One record and its line as the console would print it. */
    record Captured(ExtLogRecord record, String line) {
    }

    private final List<Captured> captured = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final ExtHandler handler;

    LogCapture() {
        Formatter console = consoleFormatter();
        handler = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                record.copyAll();
                captured.add(new Captured(record, console.format(record)));
            }
        };
        root.addHandler(handler);
    }

    List<Captured> all() {
        return List.copyOf(captured);
    }

    /** What was logged in the categories that start with {@code prefix}. */
    List<Captured> of(String prefix) {
        return captured.stream().filter(c -> c.record().getLoggerName().startsWith(prefix)).toList();
    }

    @Override
    public void close() {
        root.removeHandler(handler);
    }

    private static Formatter consoleFormatter() {
        return handlers(Logger.getLogger("").getHandlers()).filter(ConsoleHandler.class::isInstance).findFirst()
                .map(Handler::getFormatter).orElseThrow();
    }

    private static Stream<Handler> handlers(Handler[] handlers) {
        return Stream.of(handlers).flatMap(h -> Stream.concat(Stream.of(h),
                h instanceof ExtHandler ext ? handlers(ext.getHandlers()) : Stream.empty()));
    }
}
