package no.mila.dho.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends reports of realistic shape from many patients, each with the patient's own token, at a fixed number of
 * concurrent clients, and records every latency. Loops are bounded by time; only loopback is addressed.
 */
final class ReportLoad {

    /** A patient's token, pathway and id. */
    record Sender(String token, String pathway, String patientId) {
    }

    /** One report to send: path, the bearer token, and the body. */
    record Request(String path, String token, String body) {
    }

    /** What one run measured. */
    record Result(long requests, long errors, double seconds, long[] latenciesNanos) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1_000_000.0;
        }
    }

    private final String api;
    private final List<Sender> senders;
    private final String nurse;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    ReportLoad(String api, List<Sender> senders, String nurse) {
        this.api = api;
        this.senders = senders;
        this.nurse = nurse;
    }

    Result run(int clients, long seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                int next = client;
                while (System.nanoTime() < end) {
                    Sender sender = senders.get(next % senders.size());
                    next += clients;
                    long t0 = System.nanoTime();
                    boolean ok = send(sender);
                    long took = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                }
                latencies[client] = mine;
                counts[client] = n;
            }, "bench-client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double took = (System.nanoTime() - started) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total, errors.get(), took, all);
    }

    boolean send(Sender sender) {
        Request request = request(sender, nurse);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + request.path()))
                    .header("Authorization", "Bearer " + request.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 201;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The next report of {@code sender}, as reports.lua makes them: one in twenty entered by the nurse on the
     * patient's behalf with a note (only such reports may carry one), the others the patient's own.
     */
    static Request request(Sender sender, String nurse) {
        if (nurse != null && ThreadLocalRandom.current().nextInt(20) == 0) {
            String body = body(sender.pathway());
            return new Request("/api/patients/" + sender.patientId() + "/reports", nurse, "{\"note\":\"Measured by the "
                    + "nurse at the home visit; the patient's own device was not at hand.\"," + body.substring(1));
        }
        return new Request("/api/me/reports", sender.token(), body(sender.pathway()));
    }

    /** A report as the app sends it: mostly normal values, about one in ten yellow or red; one in five with a temperature. */
    static String body(String pathway) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String at = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusMinutes(r.nextInt(0, 120)).withNano(0).toString();
        int systolic = r.nextInt(10) == 0 ? r.nextInt(162, 190) : r.nextInt(110, 150);
        int diastolic = r.nextInt(65, 95);
        int pulse = r.nextInt(10) == 0 ? r.nextInt(101, 125) : r.nextInt(58, 95);
        String common = "\"reportId\":\"" + UUID.randomUUID() + "\",\"measuredAt\":\"" + at + "\","
                + "\"bloodPressure\":{\"systolic\":" + systolic + ",\"diastolic\":" + diastolic + ",\"unit\":\"mmHg\"},"
                + "\"pulse\":{\"value\":" + pulse + ",\"unit\":\"/min\"},"
                + (r.nextInt(5) == 0 ? String.format(java.util.Locale.ROOT, "\"temperature\":{\"value\":%.1f,"
                + "\"unit\":\"Cel\"},", r.nextInt(10) == 0 ? r.nextDouble(38.5, 39.5) : r.nextDouble(36.0, 37.9)) : "");
        if (pathway.equals("COPD")) {
            int spo2 = r.nextInt(10) == 0 ? r.nextInt(85, 92) : r.nextInt(92, 99);
            return "{" + common + "\"spo2\":{\"value\":" + spo2 + ",\"unit\":\"%\"},"
                    + "\"symptoms\":{\"BREATHLESSNESS\":\"" + (r.nextInt(10) == 0 ? "WORSE" : "AS_USUAL")
                    + "\",\"COUGH\":\"AS_USUAL\",\"SPUTUM_AMOUNT\":\"AS_USUAL\",\"SPUTUM_COLOUR\":\"AS_USUAL\"},"
                    + "\"device\":{\"type\":\"PULSE_OXIMETER\",\"serial\":\"PO-1\"}}";
        }
        String weight = String.format(java.util.Locale.ROOT, "%.1f", 70 + r.nextDouble(0, 3));
        return "{" + common + "\"weight\":{\"value\":" + weight + ",\"unit\":\"kg\"},"
                + "\"symptoms\":{\"BREATHLESSNESS\":\"AS_USUAL\",\"SWOLLEN_LEGS\":\"NO\",\"PILLOWS\":\"NO\",\"DIZZINESS\":\"NO\"}}";
    }
}
