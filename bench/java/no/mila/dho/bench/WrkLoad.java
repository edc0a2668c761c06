package no.mila.dho.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Drives the load with wrk (Debian package wrk) and bench/reports.lua: a light C client on the same cores. */
final class WrkLoad {

    private final Path root;
    private final String api;
    private final Path tokens;

    WrkLoad(Path root, String api, List<ReportLoad.Sender> senders, String nurse) throws IOException {
        this.root = root;
        this.api = api;
        this.tokens = root.resolve("target/bench-tokens.txt");
        Files.writeString(tokens, senders.stream().map(s -> s.token() + " " + s.pathway() + " " + s.patientId())
                .collect(Collectors.joining("\n", "NURSE " + nurse + "\n", "\n")));
    }

    /**
     * The load driver shares the two cores with the service and PostgreSQL. Where allowed (root), it runs at a
     * higher priority (nice -10) so that a descheduled client does not add its own wait to the latencies it
     * measures; the service and PostgreSQL keep their normal priority.
     */
    private static java.util.List<String> prefix(String... command) {
        java.util.List<String> full = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && !Boolean.getBoolean("bench.noNice")) {
            full.addAll(java.util.List.of("nice", "-n", "-10"));
        }
        full.addAll(java.util.List.of(command));
        return full;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() <= 1;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    Figures run(int clients, long seconds) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder(prefix("wrk", "-t2", "-c" + clients, "-d" + seconds + "s", "--timeout", "10s",
                "-s", root.resolve("bench/reports.lua").toString(), api, "--", tokens.toString()))
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes());
        wrk.waitFor();
        return Figures.ofWrk(output);
    }
}
