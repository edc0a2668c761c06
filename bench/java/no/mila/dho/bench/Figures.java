package no.mila.dho.bench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one measured run gave: counts, duration and latency percentiles in milliseconds. */
record Figures(String driver, long requests, long errors, double seconds, double p50, double p95, double p99,
               double max) {

    double perSecond() {
        return requests / seconds;
    }

    static Figures of(ReportLoad.Result r) {
        return new Figures("Java HttpClient", r.requests(), r.errors(), r.seconds(), r.percentileMillis(50),
                r.percentileMillis(95), r.percentileMillis(99), r.percentileMillis(100));
    }

    /** Parses the line the wrk script prints at the end. */
    static Figures ofWrk(String output) {
        Matcher line = Pattern.compile("BENCH_RESULT (.*)").matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("wrk gave no result:\n" + output);
        }
        Map<String, String> v = new java.util.HashMap<>();
        for (String pair : line.group(1).trim().split(" ")) {
            String[] kv = pair.split("=");
            v.put(kv[0], kv[1]);
        }
        return new Figures("wrk", Long.parseLong(v.get("requests")), Long.parseLong(v.get("errors")),
                Double.parseDouble(v.get("seconds")), Double.parseDouble(v.get("p50")), Double.parseDouble(v.get("p95")),
                Double.parseDouble(v.get("p99")), Double.parseDouble(v.get("max")));
    }
}
