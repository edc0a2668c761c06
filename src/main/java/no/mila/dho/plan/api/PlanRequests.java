package no.mila.dho.plan.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;

/** The bodies of the plan endpoints. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /**
     * A new draft; without {@code goals} it starts from the newer of the active plan's goals and the goal
     * conversation's.
     */
    public record Draft(List<@NotBlank @Size(max = 500) String> goals) {
    }

    /**
     * An advice item: send {@code id} to keep an existing item (edited or not), leave it out for a new item.
     * Medication items name {@code drug} and {@code dose}, and when to {@code start} and {@code stop}.
     */
    public record Item(@Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be the id of an item of this plan") String id,
                       @NotNull AdviceCategory category, @NotBlank @Size(max = 1000) String text,
                       @Size(max = 200) String drug, @Size(max = 200) String dose, @Size(max = 500) String start,
                       @Size(max = 500) String stop) {
    }

    /**
     * The whole draft as it should be: goals and each zone's items in order (a zone sent as {@code null} is refused
     * naming it, e.g. {@code zones.GREEN}; an empty zone is {@code []}).
     */
    public record Update(@NotNull Long version, @NotNull List<@NotBlank @Size(max = 500) String> goals,
                         @JsonSetter(contentNulls = Nulls.FAIL) @NotNull Map<Zone, List<@Valid @NotNull Item>> zones) {

        List<PlanItem> items() {
            List<PlanItem> items = new ArrayList<>();
            zones.forEach((zone, list) -> list.forEach(i -> items.add(new PlanItem(i.id() == null ? null
                    : i.id().toLowerCase(java.util.Locale.ROOT), zone, i.category(), i.text(), i.drug(), i.dose(),
                    i.start(), i.stop()))));
            return items;
        }
    }

    /** Approving or discarding a draft, at its current version. */
    public record Step(@NotNull Long version) {
    }

    /** A template's new version: each zone's advice items in order (no medication; a zone is never {@code null}). */
    public record Template(@JsonSetter(contentNulls = Nulls.FAIL)
                           @NotNull Map<Zone, List<@Valid @NotNull TemplateItem>> zones) {
    }

    /** An advice item of a template. */
    public record TemplateItem(@NotNull AdviceCategory category, @NotBlank @Size(max = 1000) String text) {
    }
}
