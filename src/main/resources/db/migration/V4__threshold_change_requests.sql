-- Governance of individual thresholds: a change is proposed, ordered by the patient's physician (forordning)
-- and verified by a second person; only then does a new version of the patient's thresholds come into force.

CREATE TABLE threshold_change_request (
    id                      UUID          PRIMARY KEY,
    patient_id              UUID          NOT NULL REFERENCES patient (id),
    episode_id              UUID          NOT NULL REFERENCES episode (id),
    base_set_id             UUID          NOT NULL REFERENCES threshold_set (id),
    status                  VARCHAR(20)   NOT NULL
                            CHECK (status IN ('PROPOSED', 'ORDERED', 'VERIFIED', 'REJECTED', 'WITHDRAWN')),
    reason                  VARCHAR(1000) NOT NULL,
    weight_trend_yellow_kg  NUMERIC(4,1),
    weight_trend_red_kg     NUMERIC(4,1),
    weight_trend_days       INT,
    proposed_by_subject     VARCHAR(255)  NOT NULL,
    proposed_at             TIMESTAMPTZ   NOT NULL,
    ordered_by_subject      VARCHAR(255),
    ordered_at              TIMESTAMPTZ,
    verified_by_subject     VARCHAR(255),
    verified_at             TIMESTAMPTZ,
    closed_by_subject       VARCHAR(255),
    closed_at               TIMESTAMPTZ,
    close_reason            VARCHAR(1000),
    resulting_set_id        UUID          REFERENCES threshold_set (id),
    version                 BIGINT        NOT NULL DEFAULT 0,
    CHECK ((weight_trend_yellow_kg IS NULL) = (weight_trend_red_kg IS NULL)
           AND (weight_trend_yellow_kg IS NULL) = (weight_trend_days IS NULL)),
    -- the four-eyes rule, kept by the database as well: nobody verifies what they entered or ordered
    CHECK (verified_by_subject IS NULL OR (verified_by_subject <> proposed_by_subject
                                           AND verified_by_subject <> ordered_by_subject)),
    -- a verified request was ordered, and put exactly one version in force
    CHECK (status <> 'VERIFIED' OR (ordered_by_subject IS NOT NULL AND verified_by_subject IS NOT NULL
                                    AND resulting_set_id IS NOT NULL)),
    CHECK ((status IN ('REJECTED', 'WITHDRAWN')) = (closed_by_subject IS NOT NULL))
);
-- at most one open request per patient
CREATE UNIQUE INDEX threshold_change_one_open ON threshold_change_request (patient_id)
    WHERE status IN ('PROPOSED', 'ORDERED');
CREATE INDEX threshold_change_status ON threshold_change_request (status, proposed_at) WHERE status IN ('PROPOSED', 'ORDERED');

-- the proposed limits: every type of the new version (a type left out has no limits)
CREATE TABLE threshold_change_limit (
    request_id   UUID         NOT NULL REFERENCES threshold_change_request (id),
    type         VARCHAR(20)  NOT NULL CHECK (type IN ('SYSTOLIC', 'DIASTOLIC', 'PULSE', 'SPO2', 'BODY_WEIGHT', 'BODY_TEMPERATURE')),
    red_low      NUMERIC(6,2),
    yellow_low   NUMERIC(6,2),
    yellow_high  NUMERIC(6,2),
    red_high     NUMERIC(6,2),
    PRIMARY KEY (request_id, type)
);

-- the trail: one row a step, who (subject, name, role, HPR) and when; append-only
CREATE TABLE threshold_change_step (
    id            BIGSERIAL     PRIMARY KEY,
    request_id    UUID          NOT NULL REFERENCES threshold_change_request (id),
    step          VARCHAR(20)   NOT NULL CHECK (step IN ('PROPOSED', 'ORDERED', 'VERIFIED', 'REJECTED', 'WITHDRAWN')),
    at            TIMESTAMPTZ   NOT NULL,
    actor_subject VARCHAR(255)  NOT NULL,
    actor_name    VARCHAR(200),
    actor_role    VARCHAR(40)   NOT NULL,
    actor_hpr     VARCHAR(20),
    note          VARCHAR(1000)
);
CREATE INDEX threshold_change_step_request ON threshold_change_step (request_id, id);
CREATE TRIGGER threshold_change_step_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON threshold_change_step
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- a patient's version that came from a change request names it
ALTER TABLE threshold_set ADD COLUMN change_request_id UUID UNIQUE REFERENCES threshold_change_request (id);

-- Versions are immutable: limits are never changed or removed, and of a set only its status may move
-- (IN_FORCE to SUPERSEDED) and its review be recorded.
CREATE TRIGGER threshold_limit_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON threshold_limit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
CREATE TRIGGER threshold_change_limit_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON threshold_change_limit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

CREATE FUNCTION refuse_change_of_threshold_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id <> OLD.id OR NEW.pathway <> OLD.pathway OR NEW.patient_id IS DISTINCT FROM OLD.patient_id
       OR NEW.version_no <> OLD.version_no OR NEW.source_set_id IS DISTINCT FROM OLD.source_set_id
       OR NEW.change_request_id IS DISTINCT FROM OLD.change_request_id
       OR NEW.weight_trend_yellow_kg IS DISTINCT FROM OLD.weight_trend_yellow_kg
       OR NEW.weight_trend_red_kg IS DISTINCT FROM OLD.weight_trend_red_kg
       OR NEW.weight_trend_days IS DISTINCT FROM OLD.weight_trend_days
       OR NEW.created_at <> OLD.created_at OR NEW.created_by <> OLD.created_by
       OR (NEW.status <> OLD.status AND NOT (OLD.status = 'IN_FORCE' AND NEW.status = 'SUPERSEDED')) THEN
        RAISE EXCEPTION 'threshold set % is an immutable version: only its status (in force to superseded) and review may change', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER threshold_set_immutable BEFORE UPDATE ON threshold_set
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_threshold_version();
CREATE TRIGGER threshold_set_no_delete BEFORE DELETE OR TRUNCATE ON threshold_set
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
