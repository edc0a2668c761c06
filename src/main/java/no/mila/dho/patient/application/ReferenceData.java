package no.mila.dho.patient.application;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.patient.persistence.CriterionEntity;
import no.mila.dho.patient.persistence.DepartmentEntity;
import no.mila.dho.patient.persistence.PathwayEntity;

/** The pathways with their assessment checklists, and the hospital departments (reference data). */
@ApplicationScoped
public class ReferenceData {

    /** A criterion of the assessment checklist: {@code kind} GENERAL or DISEASE_SPECIFIC. */
    public record Criterion(String code, String kind, String textNb, String textEn) {
    }

    /** A pathway and its checklist (general criteria first). */
    public record Pathway(String code, String nameNb, String nameEn, String department, boolean active,
                          List<Criterion> criteria) {
    }

    /** A hospital department. */
    public record Department(String code, String name) {
    }

    /** Every pathway, by code, with its checklist. */
    public List<Pathway> pathways() {
        return PathwayEntity.<PathwayEntity>listAll(Sort.by("code")).stream()
                .map(p -> new Pathway(p.code, p.nameNb, p.nameEn, p.department, p.active,
                        CriterionEntity.forPathway(p.code).stream()
                                .map(c -> new Criterion(c.code, c.kind, c.textNb, c.textEn)).toList()))
                .toList();
    }

    /** The pathways' Norwegian names by code (without their checklists), e.g. {@code COPD -> Kols}. */
    public Map<String, String> pathwayNamesNb() {
        Map<String, String> names = new LinkedHashMap<>();
        PathwayEntity.<PathwayEntity>listAll(Sort.by("code")).forEach(p -> names.put(p.code, p.nameNb));
        return names;
    }

    /** Whether a pathway of this code exists (active or not). */
    public boolean isPathway(String code) {
        return PathwayEntity.findById(code) != null;
    }

    /** Every hospital department, by code. */
    public List<Department> departments() {
        return DepartmentEntity.<DepartmentEntity>listAll(Sort.by("code")).stream()
                .map(d -> new Department(d.code, d.name)).toList();
    }
}
