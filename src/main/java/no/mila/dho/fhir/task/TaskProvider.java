package no.mila.dho.fhir.task;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.worklist.application.TaskReads;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;

/**
 * {@code Task}: the worklist's cadence tasks (id the task's id) and the handling of each alert (id
 * {@code alert-<alert id>}, focus its Flag), see {@link TaskMapping}. Read by id; search a patient's Tasks
 * ({@code patient} required), optionally by {@code status}, ordered by due date ({@code _sort=due-date}, the default,
 * or {@code -due-date}), paged with {@code _count} and {@code _offset}. For nurses and physicians only
 * ({@code FhirRoles}): the worklist is the follow-up service's, not shared with hospitals or patients.
 */
@Singleton
public class TaskProvider implements IResourceProvider {

    private final TaskReads tasks;
    private final AlertReads alerts;
    private final TaskSearch search;
    private final FhirPatientGate gate;

    public TaskProvider(TaskReads tasks, AlertReads alerts, TaskSearch search, FhirPatientGate gate) {
        this.tasks = tasks;
        this.alerts = alerts;
        this.search = search;
        this.gate = gate;
    }

    @Override
    public Class<Task> getResourceType() {
        return Task.class;
    }

    @Read
    public Task read(@IdParam IdType id) {
        String part = id.getIdPart();
        if (part != null && part.startsWith(TaskCodes.ALERT_PREFIX)) {
            AlertReads.Alert alert = FhirPatientGate.uuid(part.substring(TaskCodes.ALERT_PREFIX.length()))
                    .flatMap(alerts::byId).orElseThrow(() -> FhirPatientGate.notFound("Task/" + part));
            gate.requireClinical(alert.patientId().toString());
            return TaskMapping.toFhir(alert);
        }
        TaskReads.Task task = tasks.byId(FhirPatientGate.requireUuid(id))
                .orElseThrow(() -> FhirPatientGate.notFound("Task/" + part));
        gate.requireClinical(task.patientId().toString());
        return TaskMapping.toFhir(task, search.today());
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Task.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Task.SP_STATUS) TokenOrListParam status,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        var statuses = TaskParams.statuses(status);
        boolean descending = TaskParams.descending(sort);
        Optional<UUID> visible = gate.visible(patient);
        if (visible.isEmpty()) {
            return page.empty();
        }
        TaskSearch.Page found = search.page(visible.get(), statuses, descending, page.offset(), page.count());
        return page.bundle(found.tasks(), found.total());
    }
}
