package no.mila.dho.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A receiver of the outbox's FHIR message Bundles for {@link TwoInstancesIT}: it counts, per message id (header
 * {@code X-Message-Id}), how often the message was accepted. The first call of every third message (by its id) is
 * refused with 503, so that messages are offered again, by whichever instance's worker picks them up next. A message
 * accepted more than once was delivered twice.
 */
final class CountingReceiver implements AutoCloseable {

    /** Times accepted (answered 200), by message id. */
    final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    CountingReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/fhir", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    /** The number of messages accepted more than once. */
    long acceptedTwice() {
        return accepted.values().stream().filter(n -> n.get() > 1).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("X-Message-Id");
        if (id == null) {
            answer(exchange, 400);
            return;
        }
        int call = calls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (call == 1 && Math.floorMod(id.hashCode(), 3) == 0) {
            refused.incrementAndGet();
            answer(exchange, 503);
            return;
        }
        accepted.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        answer(exchange, 200);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "receiver: " + accepted.size() + " messages accepted, " + acceptedTwice() + " of them more than once, "
                + refused + " calls refused";
    }
}
