package no.mila.dho.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop GETs over a list of request paths (each a search for another patient) with one bearer token: with wrk
 * and bench/observations.lua where installed (a light C client on the same cores, at nice -10 as root, as for the
 * ingestion benchmark), else with a Java HttpClient per client thread. Anything but 200 (Java) or 2xx/3xx (wrk) is
 * an error; every latency counts (client side, whole request).
 */
final class SearchLoad {

    private static final int WRK_THREADS = 2;

    private final Path root;
    private final String api;
    private final List<String> paths;
    private final String token;
    private final boolean wrk;

    SearchLoad(Path root, String api, List<String> paths, String token) {
        this.root = root;
        this.api = api;
        this.paths = paths;
        this.token = token;
        this.wrk = !"java".equals(System.getProperty("bench.driver")) && WrkLoad.available();
    }

    String driver() {
        return wrk ? "wrk" : "Java HttpClient";
    }

    Figures run(int clients, long seconds) throws IOException, InterruptedException {
        return wrk ? runWrk(clients, seconds) : Figures.of(runJava(clients, seconds));
    }

    private Figures runWrk(int clients, long seconds) throws IOException, InterruptedException {
        Path file = root.resolve("target/bench-fhir-paths.txt");
        Files.writeString(file, token + "\n" + String.join("\n", paths) + "\n");
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && !Boolean.getBoolean("bench.noNice")) {
            command.addAll(List.of("nice", "-n", "-10"));
        }
        command.addAll(List.of("wrk", "-t" + WRK_THREADS, "-c" + clients, "-d" + seconds + "s", "--timeout", "10s",
                "-s", root.resolve("bench/observations.lua").toString(), api, "--", file.toString(),
                String.valueOf(WRK_THREADS)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return Figures.ofWrk(output);
    }

    private ReportLoad.Result runJava(int clients, long seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        Thread[] threads = new Thread[clients];
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1 << 20];
            latencies[c] = mine;
            int client = c;
            threads[c] = new Thread(() -> {
                int n = 0;
                int next = client;
                while (System.nanoTime() < end && n < mine.length) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(api + paths.get(next % paths.size())))
                            .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").GET()
                            .build();
                    next += clients;
                    long t0 = System.nanoTime();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                counts[client] = n;
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int i = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, i, counts[c]);
            i += counts[c];
        }
        Arrays.sort(all);
        return new ReportLoad.Result(all.length, errors.get(), elapsed, all);
    }
}
