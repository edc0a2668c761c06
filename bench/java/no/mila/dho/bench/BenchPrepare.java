package no.mila.dho.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Makes the benchmark's patients: Keycloak users by partial import (500 at a time, with cheap password hashing on the
 * bench realm), then, 8 at a time, each registered, referred, assessed, allocated and linked to its login through the
 * service's own API (5 requests as a nurse and an admin would make them), and logged in (its own token). The first
 * failure stops it: printed with its cause, the pool shut down, no hang.
 */
final class BenchPrepare {

    private static final String[] MUNICIPALITIES = {"3209", "3228", "3238", "3240", "3230", "3226", "3207", "3214",
        "3212", "3232"};

    /** The patients, and the nurse's token (for reports entered on a patient's behalf). */
    record Prepared(List<ReportLoad.Sender> senders, String nurse) {
    }

    private BenchPrepare() {
    }

    static Prepared patients(BenchStack stack, int patients) throws Exception {
        String realm = stack.keycloak.realmUrl();
        KeycloakAdmin admin = new KeycloakAdmin(stack.keycloak.baseUrl());
        admin.benchRealm();
        String nurse = admin.token(realm, "dho-app", "nora.nurse", "demo");
        String adminToken = admin.token(realm, "dho-app", "ada.admin", "demo");
        BenchPatients api = new BenchPatients(stack.api, nurse, adminToken);
        long t0 = System.nanoTime();
        List<String> subjects = new ArrayList<>();
        for (int from = 0; from < patients; from += 500) {
            List<String> names = new ArrayList<>();
            for (int i = from; i < Math.min(patients, from + 500); i++) {
                names.add("bench-patient-" + i);
            }
            subjects.addAll(admin.createPatients(names));
        }
        ReportBenchmark.say("Created " + patients + " Keycloak users in " + secondsSince(t0) + " s; now the patients"
                + " in the service (API, 8 in parallel) and their logins");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ReportLoad.Sender>> futures = new ArrayList<>();
            for (int i = 0; i < patients; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String pathway = n % 3 == 0 ? "HEART_FAILURE" : "COPD";
                    String patient = api.create(subjects.get(n), pathway, MUNICIPALITIES[n % MUNICIPALITIES.length]);
                    return new ReportLoad.Sender(admin.token(realm, "dho-app", "bench-patient-" + n, "demo"), pathway,
                            patient);
                }));
            }
            List<ReportLoad.Sender> senders = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    senders.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Preparing patient bench-patient-" + i + " failed: " + e.getCause(),
                            e.getCause());
                }
                if ((i + 1) % 1000 == 0) {
                    ReportBenchmark.say((i + 1) + " patients ready (" + secondsSince(t0) + " s)");
                }
            }
            Collections.shuffle(senders);
            ReportBenchmark.say(patients + " patients ready in " + secondsSince(t0) + " s");
            return new Prepared(senders, nurse);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    static long secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000_000L;
    }
}
