package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.plan.domain.PlanItem;

/**
 * PLAN_APPROVED: the copy of an approved self-management plan for the GP, and for home nursing where the patient has
 * it (seed 003, 2.3): the goals and each zone's advice as the patient reads it (medication with drug and dose).
 */
public final class PlanCopyMessage {

    /** The approved version. */
    public record Facts(MessagePatient patient, UUID planId, int versionNo, String approvedByName,
                        LocalDate approvedOn, List<String> goals, List<PlanItem> items) {
    }

    private PlanCopyMessage() {
    }

    public static NewMessage to(UUID patientId, Addressee to, Facts f) {
        StringBuilder text = new StringBuilder("Egenbehandlingsplanen til ").append(f.patient().named())
                .append(", versjon ").append(f.versionNo()).append(", er godkjent av ").append(f.approvedByName())
                .append(' ').append(Texts.date(f.approvedOn())).append(". Den erstatter eventuelle tidligere ")
                .append("versjoner.\n\nHva er viktig for pasienten:\n").append(Texts.bullets(f.goals(), "ikke angitt"));
        Map<String, List<String>> zones = zones(f.items());
        zones.forEach((zone, advice) -> text.append("\n\n").append(heading(Zone.valueOf(zone))).append(":\n")
                .append(Texts.bullets(advice, "ingen råd")));
        return new NewMessage(patientId, MessageKind.PLAN_APPROVED, to,
                "Kopi av godkjent egenbehandlingsplan (versjon " + f.versionNo() + ")", text.toString(),
                Payload.of(f.patient()).put("planId", f.planId()).put("planVersion", f.versionNo())
                        .put("approvedBy", f.approvedByName()).put("approvedOn", f.approvedOn())
                        .put("goals", f.goals()).put("zones", zones).map());
    }

    static String heading(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn sone (stabil)";
            case YELLOW -> "Gul sone (tegn til forverring)";
            case RED -> "Rød sone (forverring)";
        };
    }

    private static Map<String, List<String>> zones(List<PlanItem> items) {
        Map<String, List<String>> zones = new LinkedHashMap<>();
        for (Zone zone : Zone.values()) {
            List<String> advice = new ArrayList<>();
            items.stream().filter(i -> i.zone() == zone).forEach(i -> advice.add(i.patientText()));
            zones.put(zone.name(), advice);
        }
        return zones;
    }
}
