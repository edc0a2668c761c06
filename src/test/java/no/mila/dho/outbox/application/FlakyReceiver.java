package no.mila.dho.outbox.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receiver of FHIR message Bundles for the reliability tests, in the test's process: it keeps each message once by
 * its id (as a real receiver deduplicates) and records, per patient, the order in which messages were first accepted.
 * Its failures are pseudo-random but fixed by the seed and each call's message number and attempt, so they are the
 * same on every run whatever the threads' interleaving: 30 % of calls are answered 503 without accepting, 10 % are
 * answered slowly (a bounded delay the sender's timeout tolerates), and the first attempt at message {@code dropAt}
 * is accepted and then the connection is dropped without an answer. With {@code holdAfter}, the first call after that
 * many acceptances is accepted and held unanswered until {@link #release()} ({@code OutboxCrashIT} kills the service
 * while it waits).
 */
public final class FlakyReceiver implements AutoCloseable {

    /** The text of a test message: "Melding <global number> til fastlegen, nr. <number of the patient's>". */
    public static final Pattern TEXT = Pattern.compile("Melding (\\d+) til fastlegen, nr\\. (\\d+)");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final long seed;
    private final int dropAt;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private final long slowMillis;
    private final int holdAfter;
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    /** Counted down when a call is being held (see {@code holdAfter}). */
    public final java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
    /** The id of the message whose call is held, once there is one. */
    public final java.util.concurrent.atomic.AtomicReference<String> held = new java.util.concurrent.atomic.AtomicReference<>();
    /** The ids offered again after they were accepted (and ignored). */
    public final java.util.Set<String> duplicateIds = ConcurrentHashMap.newKeySet();
    /** Accepted message ids, in the order first accepted. */
    public final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    /** Per patient reference, the patient's message numbers in the order first accepted. */
    public final Map<String, List<Integer>> orderByPatient = new ConcurrentHashMap<>();
    public final AtomicInteger calls = new AtomicInteger();
    public final AtomicInteger refused = new AtomicInteger();
    public final AtomicInteger slow = new AtomicInteger();
    public final AtomicInteger duplicates = new AtomicInteger();
    public final AtomicInteger dropped = new AtomicInteger();

    public FlakyReceiver(long seed, int dropAt, int port) throws IOException {
        this(seed, dropAt, port, 40, Integer.MAX_VALUE);
    }

    /** {@code slowMillis}: how long a slow answer takes; {@code holdAfter}: see the class comment. */
    public FlakyReceiver(long seed, int dropAt, int port, long slowMillis, int holdAfter) throws IOException {
        this.seed = seed;
        this.dropAt = dropAt;
        this.slowMillis = slowMillis;
        this.holdAfter = holdAfter;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/fhir", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        JsonNode bundle = json.readTree(exchange.getRequestBody().readAllBytes());
        String id = exchange.getRequestHeaders().getFirst("X-Message-Id");
        JsonNode header = bundle.path("entry").path(0).path("resource");
        JsonNode communication = bundle.path("entry").path(1).path("resource");
        Matcher text = TEXT.matcher(communication.path("payload").path(0).path("contentString").asText());
        if (id == null || !"message".equals(bundle.path("type").asText())
                || !"MessageHeader".equals(header.path("resourceType").asText())
                || !id.equals(header.path("id").asText()) || !text.find()) {
            answer(exchange, 400);
            return;
        }
        int number = Integer.parseInt(text.group(1));
        int ofPatient = Integer.parseInt(text.group(2));
        int attempt = attempts.merge(id, 1, Integer::sum);
        // SplittableRandom mixes its seed: java.util.Random's first draws of neighbouring seeds are nearly equal
        double draw = new SplittableRandom(seed * 1_000_003L + number * 1_009L + attempt).nextDouble();
        boolean drop = number == dropAt && attempt == 1;
        if (!drop && accepted.size() >= holdAfter && held.compareAndSet(null, id)) {
            accept(id, communication, ofPatient);
            holding.countDown();
            awaitRelease();
            answer(exchange, 200);
            return;
        }
        if (drop) {
            accept(id, communication, ofPatient);
            dropped.incrementAndGet();
            exchange.close();
            return;
        }
        if (draw < 0.30) {
            refused.incrementAndGet();
            answer(exchange, 503);
            return;
        }
        if (draw < 0.40) {
            slow.incrementAndGet();
            pause(slowMillis);
        }
        accept(id, communication, ofPatient);
        answer(exchange, 200);
    }

    private void accept(String id, JsonNode communication, int ofPatient) {
        if (seen.putIfAbsent(id, Boolean.TRUE) != null) {
            duplicates.incrementAndGet();
            duplicateIds.add(id);
            return;
        }
        accepted.add(id);
        String patient = communication.path("subject").path("reference").asText();
        orderByPatient.computeIfAbsent(patient, p -> Collections.synchronizedList(new ArrayList<>())).add(ofPatient);
    }

    /** Answers the held call. */
    public void release() {
        released.countDown();
    }

    private void awaitRelease() {
        try {
            released.await(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
