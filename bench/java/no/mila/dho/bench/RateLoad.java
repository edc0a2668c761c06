package no.mila.dho.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop driver at a fixed rate (wrk2 is not available): one report is due every 1/rate seconds, whether or
 * not the earlier ones were answered, sent by a pool of 64 threads; each latency counts from when its report was
 * due, so a stall of the service shows in the latencies instead of slowing the driver down (no coordinated omission).
 */
final class RateLoad {

    private final ReportLoad load;
    private final List<ReportLoad.Sender> senders;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    private final long[] latencies;
    private final AtomicLong recorded = new AtomicLong();

    RateLoad(ReportLoad load, List<ReportLoad.Sender> senders, int capacity) {
        this.load = load;
        this.senders = senders;
        this.latencies = new long[capacity];
    }

    /** Sends {@code rate} reports a second for {@code seconds}; returns when every report has been answered. */
    ReportLoad.Result run(double rate, long seconds) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(64, r -> {
            Thread t = new Thread(r, "bench-rate");
            t.setDaemon(true);
            return t;
        });
        long interval = (long) (1_000_000_000L / rate);
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        long due = started;
        int next = 0;
        try {
            while (due < end) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long scheduled = due;
                ReportLoad.Sender sender = senders.get(next++ % senders.size());
                pool.execute(() -> {
                    boolean ok = load.send(sender);
                    long took = System.nanoTime() - scheduled;
                    sent.incrementAndGet();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    long at = recorded.getAndIncrement();
                    if (at < latencies.length) {
                        latencies[(int) at] = took;
                    }
                });
                due += interval;
            }
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException("reports still unanswered two minutes after the end of the run");
        }
        double took = (System.nanoTime() - started) / 1e9;
        long[] all = Arrays.copyOf(latencies, (int) Math.min(recorded.get(), latencies.length));
        Arrays.sort(all);
        return new ReportLoad.Result(sent.get(), errors.get(), took, all);
    }
}
