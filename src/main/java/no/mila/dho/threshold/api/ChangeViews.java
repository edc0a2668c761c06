package no.mila.dho.threshold.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Finding;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.threshold.application.ChangeRequestDetails;
import no.mila.dho.threshold.application.ReEvaluation;
import no.mila.dho.threshold.application.StoredThresholdSet;
import no.mila.dho.threshold.application.ThresholdVersion;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.domain.ThresholdDiff;

/** What the threshold change endpoints answer. */
public final class ChangeViews {

    private ChangeViews() {
    }

    /** One step of the trail: who (subject, name, role, HPR), when, and their note or reason. */
    public record StepView(ChangeStatus step, Instant at, String actorSubject, String actorName, String actorRole,
                           String actorHpr, String note) {

        static StepView of(ChangeRequestDetails.Step s) {
            return new StepView(s.step(), s.at(), s.actorSubject(), s.actorName(), s.actorRole(), s.actorHpr(), s.note());
        }
    }

    /** One changed limit, e.g. {@code SPO2.redLow} from 88 to 86 (null: not set). */
    public record ChangeView(String field, BigDecimal from, BigDecimal to) {

        static List<ChangeView> of(List<ThresholdDiff.Change> changes) {
            return changes.stream().map(c -> new ChangeView(c.field(), c.from(), c.to())).toList();
        }
    }

    /**
     * A change request. {@code version} is its optimistic-locking version: send it with the next step.
     * {@code changes} compare the proposal with the version in force when it was proposed ({@code baseVersion}).
     */
    public record ChangeRequestView(UUID id, UUID patientId, String patientName, ChangeStatus status, long version,
                                    String reason, int baseVersion, Map<MeasurementType, LimitsView> limits,
                                    TrendView weightTrend, Map<MeasurementType, String> notMeasured,
                                    List<ChangeView> changes, String proposedBy,
                                    Instant proposedAt, String orderedBy, Instant orderedAt, String verifiedBy,
                                    Instant verifiedAt, String closedBy, Instant closedAt, String closeReason,
                                    Integer resultingVersion, List<StepView> trail) {

        static ChangeRequestView of(ChangeRequestDetails d) {
            ChangeRequestDetails.Request r = d.request();
            boolean verified = r.status() == ChangeStatus.VERIFIED;
            return new ChangeRequestView(r.id(), r.patientId(), d.patientName(), r.status(), r.version(), r.reason(),
                    d.baseVersion(), LimitsView.of(d.proposed().limits()), TrendView.of(d.proposed()),
                    d.proposed().notMeasured(), ChangeView.of(d.changes()), r.proposedBy(), r.proposedAt(),
                    r.orderedBy(), r.orderedAt(), verified ? r.verifiedBy() : null, verified ? r.verifiedAt() : null,
                    r.closedBy(), r.closedAt(), r.closeReason(), d.resultingVersion(),
                    d.trail().stream().map(StepView::of).toList());
        }
    }

    /**
     * One version of the patient's thresholds: origin {@code PATHWAY_DEFAULT} (copied at allocation, with the
     * default's version) or {@code CHANGE_REQUEST} (with the request and its whole trail).
     */
    public record VersionView(int version, String status, boolean provisional, Instant inForceFrom, String createdBy,
                              String origin, Integer sourceDefaultVersion, Map<MeasurementType, LimitsView> limits,
                              TrendView weightTrend, Map<MeasurementType, String> notMeasured,
                              List<ChangeView> changesFromPrevious,
                              ChangeRequestView changeRequest) {

        static VersionView of(ThresholdVersion v) {
            StoredThresholdSet set = v.set();
            return new VersionView(set.versionNo(), set.status(), set.provisional(), set.createdAt(), set.createdBy(),
                    v.changeRequest() == null ? "PATHWAY_DEFAULT" : "CHANGE_REQUEST", v.sourceDefaultVersion(),
                    LimitsView.of(set.thresholds().limits()), TrendView.of(set.thresholds()),
                    set.thresholds().notMeasured(), ChangeView.of(v.changes()),
                    v.changeRequest() == null ? null : ChangeRequestView.of(v.changeRequest()));
        }
    }

    /** A reason for a non-green result, in Norwegian and English. */
    public record ReasonView(String nb, String en) {
    }

    /** One report in a dry run: the zone it got when it came in, and what it would get under the proposal. */
    public record ReportPreview(UUID reportId, Instant measuredAt, Zone storedZone, Zone proposedZone, boolean changed,
                                List<ReasonView> proposedReasons) {
    }

    /** A dry run of a proposal on the patient's reports of the last {@code days} days; nothing is changed. */
    public record PreviewView(UUID requestId, int days, Instant from, int reports, int changed,
                              Map<Zone, Integer> storedZones, Map<Zone, Integer> proposedZones,
                              List<ReportPreview> items) {

        static PreviewView of(ReEvaluation.Result r) {
            List<ReportPreview> items = r.reports().stream().map(o -> new ReportPreview(o.reportId(), o.measuredAt(),
                    o.storedZone(), o.proposed().zone(), o.changed(), o.proposed().findings().stream()
                    .filter(f -> f.zone() != Zone.GREEN).map(ChangeViews::reason).toList())).toList();
            return new PreviewView(r.requestId(), r.days(), r.from(), items.size(), r.changed(), r.storedZones(),
                    r.proposedZones(), items);
        }
    }

    private static ReasonView reason(Finding f) {
        return new ReasonView(f.reasonNb(), f.reasonEn());
    }
}
