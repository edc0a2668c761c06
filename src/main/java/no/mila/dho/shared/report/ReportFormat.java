package no.mila.dho.shared.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.mila.dho.shared.problem.ProblemException;

/**
 * The forms a report is delivered in: {@code ?format=json|csv|xlsx} decides; without it, the {@code Accept} header
 * (a browser's link or a spreadsheet tool can ask with either); JSON by default.
 */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ReportFormat.CSV_TYPE, "csv"),
    XLSX(ReportFormat.XLSX_TYPE, "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The query parameter's name. */
    public static final String PARAMETER = "format";

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @throws ProblemException 400 naming {@code format} for a value that is not one of the three */
    public static ReportFormat choose(String format, HttpHeaders headers) {
        if (format != null) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(format.toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> ProblemException.invalid(PARAMETER, "must be one of "
                            + Arrays.stream(values()).map(f -> f.extension).collect(Collectors.joining(", "))));
        }
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            for (ReportFormat candidate : values()) {
                if (!type.isWildcardType() && !type.isWildcardSubtype()
                        && type.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}
