package no.mila.dho.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import no.mila.dho.devstack.KeycloakServer;

/**
 * The report-ingestion benchmark ({@code ./mvnw -Pbench}): a fresh PostgreSQL, the real Keycloak and the packaged
 * service on loopback; patients created in Keycloak and allocated through the API; then reports from all of them
 * at a fixed concurrency, with real tokens. Prints the figures and writes them to bench/results/last-run.md.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("project.root", ".")).toAbsolutePath();
        int patients = Integer.getInteger("bench.patients", 200);
        int clients = Integer.getInteger("bench.clients", 16);
        long warmup = Long.getLong("bench.warmup", 60);
        long seconds = Long.getLong("bench.seconds", 60);
        List<String> extra = new ArrayList<>();
        String appJvmArgs = System.getProperty("bench.appJvmArgs", "").trim();
        if (!appJvmArgs.isEmpty()) {
            extra.addAll(List.of(appJvmArgs.split("\\s+")));
        }
        try (BenchStack stack = BenchStack.start(root, extra)) {
            List<ReportLoad.Sender> senders = prepare(stack.keycloak, stack.api, patients);
            boolean useWrk = !"java".equals(System.getProperty("bench.driver")) && WrkLoad.available();
            WrkLoad wrk = useWrk ? new WrkLoad(root, stack.api, senders) : null;
            ReportLoad load = new ReportLoad(stack.api, senders);
            say("Warm-up " + warmup + " s with " + (useWrk ? "wrk" : "the Java client"));
            if (useWrk) {
                wrk.run(clients, warmup);
            } else {
                load.run(clients, warmup);
            }
            AtomicLong maxRss = new AtomicLong();
            Thread sampler = rssSampler(stack.app.pid(), maxRss);
            say("Measuring " + seconds + " s at " + clients + " clients");
            Figures result = useWrk ? wrk.run(clients, seconds) : Figures.of(load.run(clients, seconds));
            sampler.interrupt();
            String report = BenchReport.markdown(result, clients, patients, maxRss.get(), seconds);
            System.out.println(report);
            Files.createDirectories(root.resolve("bench/results"));
            Files.writeString(root.resolve("bench/results/last-run.md"), report);
        }
    }

    private static List<ReportLoad.Sender> prepare(KeycloakServer keycloak, String api, int patients) throws Exception {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak.baseUrl());
        admin.longTokens();
        String nurse = admin.token(keycloak.realmUrl(), "dho-app", "nora.nurse", "demo");
        String adminToken = admin.token(keycloak.realmUrl(), "dho-app", "ada.admin", "demo");
        BenchPatients api2 = new BenchPatients(api, nurse, adminToken);
        String[] municipalities = {"3209", "3228", "3238", "3240", "3230", "3226", "3207", "3214", "3212", "3232"};
        say("Creating " + patients + " patients in Keycloak and in the service");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ReportLoad.Sender>> futures = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                String username = "bench-patient-" + n;
                String subject = admin.createPatient(username);
                String pathway = n % 3 == 0 ? "HEART_FAILURE" : "COPD";
                api2.create(subject, pathway, municipalities[n % municipalities.length]);
                return new ReportLoad.Sender(admin.token(keycloak.realmUrl(), "dho-app", username, "demo"), pathway);
            }));
        }
        List<ReportLoad.Sender> senders = new ArrayList<>();
        for (Future<ReportLoad.Sender> f : futures) {
            senders.add(f.get());
        }
        pool.shutdown();
        Collections.shuffle(senders);
        return senders;
    }

    static Thread rssSampler(long pid, AtomicLong maxKb) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                            maxKb.accumulateAndGet(kb, Math::max);
                        }
                    }
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
