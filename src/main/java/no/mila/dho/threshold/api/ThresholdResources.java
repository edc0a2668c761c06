package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.threshold.application.ThresholdService;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.measurement.domain.WeightTrendRule;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Threshold sets: the pathway defaults (admin) and a patient's set in force (nurses, the patient's physicians). */
public final class ThresholdResources {

    private ThresholdResources() {
    }

    /** The limits of one type. */
    public record LimitsView(BigDecimal redLow, BigDecimal yellowLow, BigDecimal yellowHigh, BigDecimal redHigh) {

        public static LimitsView of(Limits l) {
            return new LimitsView(l.redLow(), l.yellowLow(), l.yellowHigh(), l.redHigh());
        }

        public Limits toDomain() {
            return new Limits(redLow, yellowLow, yellowHigh, redHigh);
        }

        /**
         * A version as sent: limits by type (a type sent as {@code {}} has no limits), the trend rule (400 naming
         * {@code weightTrend} when its values make none) and the types stated as no longer measured.
         */
        public static ThresholdSet toDomain(Map<MeasurementType, LimitsView> limits, TrendView trend,
                                            Map<MeasurementType, String> notMeasured) {
            Map<MeasurementType, Limits> byType = new EnumMap<>(MeasurementType.class);
            limits.forEach((type, l) -> byType.put(type, l == null ? Limits.NONE : l.toDomain()));
            return new ThresholdSet(byType, TrendView.toDomain(trend), notMeasured == null ? Map.of() : notMeasured);
        }

        public static Map<MeasurementType, LimitsView> of(Map<MeasurementType, Limits> limits) {
            Map<MeasurementType, LimitsView> views = new EnumMap<>(MeasurementType.class);
            limits.forEach((type, l) -> views.put(type, of(l)));
            return views;
        }
    }

    /** The weight trend rule. */
    public record TrendView(@NotNull BigDecimal yellowGainKg, @NotNull BigDecimal redGainKg, @NotNull Integer windowDays) {

        public static TrendView of(WeightTrendRule rule) {
            return new TrendView(rule.yellowGainKg(), rule.redGainKg(), rule.windowDays());
        }

        /** The rule, or a 400 naming {@code weightTrend} when its values do not make a rule; empty when not sent. */
        public static Optional<WeightTrendRule> toDomain(TrendView view) {
            if (view == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new WeightTrendRule(view.yellowGainKg(), view.redGainKg(), view.windowDays()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("weightTrend", e.getMessage());
            }
        }
    }

    /** A threshold set: provisional = example values still awaiting the clinical lead's review. */
    public record ThresholdSetView(UUID id, String pathway, UUID patientId, int version, boolean provisional,
                                   String provisionalNote, Map<MeasurementType, LimitsView> limits, TrendView weightTrend,
                                   Map<MeasurementType, String> notMeasured, String reviewedBy, LocalDate reviewedOn,
                                   Instant createdAt, String createdBy) {

        static ThresholdSetView of(ThresholdSetEntity s) {
            Map<MeasurementType, LimitsView> limits = new EnumMap<>(MeasurementType.class);
            s.limits().forEach(l -> limits.put(l.type, LimitsView.of(l.toDomain())));
            TrendView trend = s.trendRule().map(TrendView::of).orElse(null);
            return new ThresholdSetView(s.id, s.pathway, s.patientId, s.versionNo, s.review.provisional,
                    s.review.provisional ? "Provisional example values awaiting the clinical lead's review" : null,
                    limits, trend, Map.copyOf(s.notMeasured), s.review.reviewedBy, s.review.reviewedOn, s.createdAt,
                    s.createdBy);
        }
    }

    /**
     * New default limits for a pathway. Every type the pathway measures keeps its red limits (body weight: the
     * trend rule); it leaves only by naming it in {@code notMeasured} with the reason.
     */
    public record DefaultsRequest(@NotNull Map<MeasurementType, LimitsView> limits, @Valid TrendView weightTrend,
                                  Map<MeasurementType, @NotBlank @Size(max = 1000) String> notMeasured) {
    }

    /** The clinical lead's review of a pathway's defaults. */
    public record Review(@NotBlank @Size(max = 200) String reviewedBy, @NotNull LocalDate reviewedOn,
                         @Size(max = 1000) String note) {
    }

    /** The pathway defaults. */
    @Path("/api/threshold-defaults")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Thresholds")
    public static class Defaults {

        private final ThresholdService thresholds;
        private final CurrentUser user;

        public Defaults(ThresholdService thresholds, CurrentUser user) {
            this.thresholds = thresholds;
            this.user = user;
        }

        @GET
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.ADMIN})
        @Operation(summary = "The default threshold set in force of each pathway")
        public List<ThresholdSetView> list() {
            return thresholds.defaults().stream().map(ThresholdSetView::of).toList();
        }

        @PUT
        @Path("/{pathway}")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.ADMIN)
        @Operation(summary = "Replace a pathway's defaults (new version, provisional until reviewed); patients' copies are not changed")
        public ThresholdSetView replace(@PathParam("pathway") String pathway, @Valid @NotNull DefaultsRequest body) {
            return ThresholdSetView.of(thresholds.replaceDefault(pathway, LimitsView.toDomain(body.limits(),
                    body.weightTrend(), body.notMeasured()), user.subject()));
        }

        @POST
        @Path("/{pathway}/review")
        @Consumes(MediaType.APPLICATION_JSON)
        @RolesAllowed(Roles.ADMIN)
        @Operation(summary = "Record the clinical lead's review: the defaults (and unchanged copies) are no longer provisional")
        public ThresholdSetView review(@PathParam("pathway") String pathway, @Valid @NotNull Review body) {
            return ThresholdSetView.of(thresholds.recordReview(pathway, body.reviewedBy(), body.reviewedOn(), body.note()));
        }
    }

    /** A patient's thresholds in force. */
    @Path("/api/patients/{patientId}/thresholds")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Thresholds")
    public static class OfPatient {

        private final ThresholdService thresholds;
        private final PatientAccess access;

        public OfPatient(ThresholdService thresholds, PatientAccess access) {
            this.thresholds = thresholds;
            this.access = access;
        }

        @GET
        @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
        @Audited(value = AccessAction.READ, resource = "thresholds")
        @Operation(summary = "The patient's threshold set in force")
        public ThresholdSetView inForce(@PathParam("patientId") UUID patientId) {
            access.requireClinical(patientId);
            return ThresholdSetView.of(thresholds.inForce(patientId)
                    .orElseThrow(() -> ProblemException.notFound("Thresholds of patient " + patientId)));
        }
    }
}
