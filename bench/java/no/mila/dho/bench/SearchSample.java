package no.mila.dho.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before the load: a few of the benchmark's requests, one at a time, to show what is measured. Every answer must be
 * 200, and every code must find some of the seeded measurements (a search that finds nothing would be measured as
 * fast and wrong); otherwise the benchmark stops with the answer.
 */
final class SearchSample {

    private static final int REQUESTS = 30;
    private static final Pattern CODE = Pattern.compile("[?&]code=(?:[^&]*%7C)?([^&]*)");

    private SearchSample() {
    }

    /** A summary per code: resources in the first page (min-max), total (min-max), whether a next link came. */
    static String check(String api, List<String> paths, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> perCode = new TreeMap<>(); // entries min, max, total min, max, next links, answers
        for (String path : paths.subList(0, Math.min(REQUESTS, paths.size()))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " "
                        + r.body().substring(0, Math.min(2000, r.body().length())));
            }
            JsonNode body = json.readTree(r.body());
            Matcher m = CODE.matcher(path);
            String key = body.path("resourceType").asText() + (m.find() ? " " + m.group(1) : "");
            int entries = body.path("entry").size();
            int total = body.path("total").asInt(-1);
            boolean next = false;
            for (JsonNode link : body.path("link")) {
                next |= "next".equals(link.path("relation").asText());
            }
            int[] s = perCode.computeIfAbsent(key, k -> new int[] {Integer.MAX_VALUE, 0, Integer.MAX_VALUE, -1, 0, 0});
            s[0] = Math.min(s[0], entries);
            s[1] = Math.max(s[1], entries);
            s[2] = Math.min(s[2], total);
            s[3] = Math.max(s[3], total);
            s[4] += next ? 1 : 0;
            s[5]++;
        }
        StringBuilder summary = new StringBuilder();
        for (Map.Entry<String, int[]> e : perCode.entrySet()) {
            int[] s = e.getValue();
            if (e.getKey().startsWith("Bundle") && s[1] == 0) {
                throw new IllegalStateException("The search finds none of the seeded measurements for "
                        + e.getKey() + " (" + s[5] + " patients asked)");
            }
            summary.append(summary.isEmpty() ? "" : "; ").append(e.getKey()).append(": ").append(s[5]).append(" answers");
            if (e.getKey().startsWith("Bundle")) {
                summary.append(", ").append(s[0]).append('-').append(s[1]).append(" entries, total ").append(s[2])
                        .append('-').append(s[3]).append(", next link in ").append(s[4]);
            }
        }
        return summary.toString();
    }
}
