package no.mila.dho.economics.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.economics.domain.YearParameters;
import no.mila.dho.economics.persistence.EconomicsYearEntity;
import no.mila.dho.economics.persistence.YearChangeEntity;
import no.mila.dho.shared.money.Nok;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;

/**
 * Creates and changes a year's parameters (team leader), each change kept in {@code economics_year_change} with the
 * parameters before and after (docs/pricing.md). Optimistic locking: the body's version is the one read (0 to
 * create; the years of V21 are at version 0 until first changed).
 */
@ApplicationScoped
public class YearSettingsService {

    /** One entry of the trail; {@code before} is empty at creation. */
    public record Change(java.time.Instant at, String actorName, String actorRole, String reason,
                         Optional<Map<String, Object>> before, Map<String, Object> after) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;

    YearSettingsService(CurrentUser user, Clock clock, ObjectMapper json) {
        this.user = user;
        this.clock = clock;
        this.json = json;
    }

    public Optional<YearSettings> find(int year) {
        return Optional.ofNullable(EconomicsYearEntity.<EconomicsYearEntity>findById(year))
                .map(YearSettingsService::of);
    }

    /** @throws ProblemException 404 when the year has no parameters */
    public YearSettings require(int year) {
        return find(year).orElseThrow(() -> ProblemException.notFound("Parameters of the year " + year));
    }

    @Transactional
    public YearSettings put(YearSettings settings, String reason) {
        YearParameters p = settings.parameters();
        checkNear(p.year(), "targetsDue", p.targetsDue());
        checkNear(p.year(), "secondHalfDue", p.secondHalfDue());
        if (!p.secondHalfDue().isAfter(p.targetsDue())) {
            throw ProblemException.invalid("secondHalfDue", "must be after targetsDue");
        }
        EconomicsYearEntity row = EconomicsYearEntity.findById(p.year());
        long current = row == null ? 0 : row.version;
        if (p.version() != current) {
            throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION, "The parameters of " + p.year()
                    + " are at version " + current + ", not " + p.version());
        }
        String before = row == null ? null : write(of(row));
        if (row == null) {
            row = new EconomicsYearEntity();
            row.year = p.year();
        }
        row.riskMarkupPercent = p.riskMarkupPercent().setScale(2);
        row.recipientsPerNurse = p.recipientsPerNurse();
        row.startUpDays = p.startUpDays().setScale(2);
        row.nurseDayCost = p.nurseDayCost().map(Nok::amount).orElse(null);
        row.targetsDue = p.targetsDue();
        row.secondHalfFromMonth = p.secondHalfFromMonth();
        row.secondHalfDue = p.secondHalfDue();
        row.baseSharePercent = settings.baseSharePercent().setScale(2);
        row.updatedAt = clock.instant();
        row.updatedBy = user.subject();
        row.persistAndFlush();
        YearChangeEntity change = new YearChangeEntity();
        ChangedBy by = ChangedBy.of(user);
        change.by(clock.instant(), by.subject(), by.name(), by.role());
        change.year = p.year();
        change.reason = reason;
        change.oldParameters = before;
        change.newParameters = write(of(row));
        change.persist();
        return of(row);
    }

    private static void checkNear(int year, String field, java.time.LocalDate date) {
        if (date.getYear() < year - 5 || date.getYear() > year + 1) {
            throw ProblemException.invalid(field, "must be a date from " + (year - 5) + " to " + (year + 1));
        }
    }

    /** The trail, newest first. */
    public List<Change> changes(int year) {
        require(year);
        return YearChangeEntity.ofYear(year).stream().map(c -> new Change(c.at, c.actorName, c.actorRole, c.reason,
                Optional.ofNullable(c.oldParameters).map(this::read), read(c.newParameters))).toList();
    }

    private static YearSettings of(EconomicsYearEntity row) {
        return new YearSettings(row.toDomain(), row.baseSharePercent);
    }

    private String write(YearSettings s) {
        YearParameters p = s.parameters();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("riskMarkupPercent", p.riskMarkupPercent());
        values.put("recipientsPerNurse", p.recipientsPerNurse());
        values.put("startUpDays", p.startUpDays());
        values.put("nurseDayCost", p.nurseDayCost().map(Nok::amount).orElse(null));
        values.put("targetsDue", p.targetsDue().toString());
        values.put("secondHalfFromMonth", p.secondHalfFromMonth());
        values.put("secondHalfDue", p.secondHalfDue().toString());
        values.put("baseSharePercent", s.baseSharePercent());
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The parameters could not be written as JSON", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A trail entry is not JSON", e);
        }
    }
}
