-- Every measurement type that a pathway measures keeps a red limit on its dangerous side(s) in every threshold
-- version stored from now on (issue 11): a set whose SpO2 limits were all null answered SpO2 75 % GREEN.
-- The rule itself lives in the service (ThresholdRules.versionProblems); this is the database's second line.

-- What each pathway measures (data, like the pathway itself; a new pathway adds its rows in its migration).
CREATE TABLE pathway_measurement (
    pathway  VARCHAR(40) NOT NULL REFERENCES pathway (code),
    type     VARCHAR(20) NOT NULL CHECK (type IN ('SYSTOLIC', 'DIASTOLIC', 'PULSE', 'SPO2', 'BODY_WEIGHT', 'BODY_TEMPERATURE')),
    PRIMARY KEY (pathway, type)
);
-- COPD: pulse oximeter and blood pressure monitor handed out, thermometer the patient's own (exacerbation with
-- fever). Heart failure: blood pressure monitor, pulse, SpO2 and the patient's own scales (the weight trend).
INSERT INTO pathway_measurement (pathway, type) VALUES
    ('COPD', 'SPO2'), ('COPD', 'PULSE'), ('COPD', 'SYSTOLIC'), ('COPD', 'DIASTOLIC'), ('COPD', 'BODY_TEMPERATURE'),
    ('HEART_FAILURE', 'SPO2'), ('HEART_FAILURE', 'PULSE'), ('HEART_FAILURE', 'SYSTOLIC'),
    ('HEART_FAILURE', 'DIASTOLIC'), ('HEART_FAILURE', 'BODY_WEIGHT');

-- Removing a measured type's limits on purpose is an explicit statement that it is no longer measured, with
-- the reason: {"SPO2": "reason"}. Part of the immutable version (and of a proposed change).
ALTER TABLE threshold_set ADD COLUMN not_measured JSONB NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE threshold_change_request ADD COLUMN not_measured JSONB NOT NULL DEFAULT '{}'::jsonb;

-- Limits stay ordered (red low < yellow low < yellow high < red high, among those present). NOT VALID: rows
-- stored before are checked by the start-up report, not by this migration.
ALTER TABLE threshold_limit ADD CONSTRAINT threshold_limit_ordered CHECK (
    (red_low IS NULL OR yellow_low IS NULL OR red_low < yellow_low)
    AND (red_low IS NULL OR yellow_high IS NULL OR red_low < yellow_high)
    AND (red_low IS NULL OR red_high IS NULL OR red_low < red_high)
    AND (yellow_low IS NULL OR yellow_high IS NULL OR yellow_low < yellow_high)
    AND (yellow_low IS NULL OR red_high IS NULL OR yellow_low < red_high)
    AND (yellow_high IS NULL OR red_high IS NULL OR yellow_high < red_high)) NOT VALID;

-- The red limits a type needs (body weight: the weight trend rule's red gain instead).
CREATE FUNCTION threshold_limit_has_red_limits(type VARCHAR, red_low NUMERIC, red_high NUMERIC) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE type
        WHEN 'SPO2' THEN red_low IS NOT NULL
        WHEN 'SYSTOLIC' THEN red_low IS NOT NULL AND red_high IS NOT NULL
        WHEN 'PULSE' THEN red_low IS NOT NULL AND red_high IS NOT NULL
        WHEN 'DIASTOLIC' THEN red_high IS NOT NULL
        WHEN 'BODY_TEMPERATURE' THEN red_high IS NOT NULL
        ELSE red_low IS NOT NULL OR red_high IS NOT NULL
    END
$$;

-- At commit (the limits are inserted after their set), a new version must cover every measured type of its
-- pathway: red limits, or the weight trend for body weight, or an explicit not-measured statement.
CREATE FUNCTION refuse_threshold_set_without_red_limits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing TEXT;
BEGIN
    SELECT string_agg(pm.type, ', ' ORDER BY pm.type) INTO missing
      FROM threshold_set s
      JOIN pathway_measurement pm ON pm.pathway = s.pathway
      LEFT JOIN threshold_limit l ON l.set_id = s.id AND l.type = pm.type
     WHERE s.id = NEW.id
       AND NOT (s.not_measured ? pm.type)
       AND NOT CASE WHEN pm.type = 'BODY_WEIGHT' THEN s.weight_trend_red_kg IS NOT NULL
                    ELSE l.type IS NOT NULL AND threshold_limit_has_red_limits(l.type, l.red_low, l.red_high) END;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'threshold set % lacks the red limits of %, which its pathway measures', NEW.id, missing
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER threshold_set_keeps_red_limits AFTER INSERT ON threshold_set
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_threshold_set_without_red_limits();

-- The not-measured statement is part of the immutable version.
CREATE OR REPLACE FUNCTION refuse_change_of_threshold_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.pathway <> OLD.pathway OR NEW.patient_id IS DISTINCT FROM OLD.patient_id
       OR NEW.version_no <> OLD.version_no OR NEW.source_set_id IS DISTINCT FROM OLD.source_set_id
       OR NEW.change_request_id IS DISTINCT FROM OLD.change_request_id
       OR NEW.weight_trend_yellow_kg IS DISTINCT FROM OLD.weight_trend_yellow_kg
       OR NEW.weight_trend_red_kg IS DISTINCT FROM OLD.weight_trend_red_kg
       OR NEW.weight_trend_days IS DISTINCT FROM OLD.weight_trend_days
       OR NEW.not_measured IS DISTINCT FROM OLD.not_measured
       OR NEW.created_at <> OLD.created_at OR NEW.created_by <> OLD.created_by
       OR (NEW.status <> OLD.status AND NOT (OLD.status = 'IN_FORCE' AND NEW.status = 'SUPERSEDED')) THEN
        RAISE EXCEPTION 'threshold set % is an immutable version: only its status (in force to superseded) and review may change', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

-- The heart failure default of V3 had no diastolic limits although the blood pressure monitor sends both
-- values: version 2 adds the COPD default's diastolic limits, provisional like the rest until the clinical
-- lead's review. Patients' copies of version 1 are not changed here (only a verified change may change them);
-- the start-up report names them.
DO $$
DECLARE
    v1 CONSTANT UUID := '00000000-0000-4000-a000-000000000002';
    v2 CONSTANT UUID := '00000000-0000-4000-a000-000000000003';
BEGIN
    -- only where the V3 version is still the one in force (an admin's own later version is left alone)
    IF EXISTS (SELECT 1 FROM threshold_set WHERE id = v1 AND status = 'IN_FORCE') THEN
        UPDATE threshold_set SET status = 'SUPERSEDED' WHERE id = v1;
        INSERT INTO threshold_set (id, pathway, version_no, status, weight_trend_yellow_kg, weight_trend_red_kg,
                                   weight_trend_days, provisional, created_at, created_by)
        SELECT v2, pathway, version_no + 1, 'IN_FORCE', weight_trend_yellow_kg, weight_trend_red_kg, weight_trend_days,
               TRUE, now(), 'migration V7'
          FROM threshold_set WHERE id = v1;
        INSERT INTO threshold_limit (set_id, type, red_low, yellow_low, yellow_high, red_high)
        SELECT v2, type, red_low, yellow_low, yellow_high, red_high FROM threshold_limit WHERE set_id = v1;
        INSERT INTO threshold_limit (set_id, type, red_low, yellow_low, yellow_high, red_high)
        SELECT v2, 'DIASTOLIC', 40, 50, 100, 110
         WHERE NOT EXISTS (SELECT 1 FROM threshold_limit WHERE set_id = v1 AND type = 'DIASTOLIC');
    END IF;
END $$;
