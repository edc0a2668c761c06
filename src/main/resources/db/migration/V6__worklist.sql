-- The follow-up service's worklist: alert handling, cadence tasks, messages from the GP, the weekly specialist
-- meeting, and the trail of who did what.

-- ------------------------------------------------------------------------------------------ alerts
ALTER TABLE alert
    ADD COLUMN claimed_by_subject VARCHAR(255),
    ADD COLUMN claimed_by_name    VARCHAR(200),
    ADD COLUMN claimed_at         TIMESTAMPTZ,
    ADD COLUMN closed_by_subject  VARCHAR(255),
    ADD COLUMN closed_by_name     VARCHAR(200),
    ADD COLUMN closed_at          TIMESTAMPTZ,
    ADD COLUMN outcome            VARCHAR(40) CHECK (outcome IN ('ACKNOWLEDGED_WITHOUT_CONTACT', 'PATIENT_CONTACTED',
                                      'ADVISED_FROM_PLAN', 'GP_CONTACTED', 'SPECIALIST_CONTACTED',
                                      'BROUGHT_TO_SPECIALIST_MEETING', 'OTHER')),
    ADD COLUMN note               VARCHAR(2000),
    ADD CONSTRAINT alert_claimed CHECK (status = 'OPEN' OR claimed_by_subject IS NOT NULL OR closed_by_subject IS NOT NULL),
    ADD CONSTRAINT alert_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL));
-- The worklist takes each patient's worst open alert (red before yellow before green, then the oldest) from this
-- index alone: the rank of the zone is kept as a generated column.
ALTER TABLE alert ADD COLUMN zone_rank SMALLINT NOT NULL
    GENERATED ALWAYS AS (CASE zone WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END) STORED;
CREATE INDEX alert_open_worst ON alert (patient_id, zone_rank, received_at, id) INCLUDE (claimed_by_subject)
    WHERE status <> 'CLOSED';

-- ------------------------------------------------------------------------------------------ tasks
CREATE TABLE follow_up_task (
    id                 UUID          PRIMARY KEY,
    patient_id         UUID          NOT NULL REFERENCES patient (id),
    episode_id         UUID          NOT NULL REFERENCES episode (id),
    type               VARCHAR(30)   NOT NULL CHECK (type IN ('WEEKLY_CONTACT', 'GOAL_CONVERSATION', 'THRESHOLD_REVIEW',
                                         'MONTHLY_CONTACT', 'NO_REPORTS', 'PERSISTENTLY_YELLOW', 'MEASURE_DAILY')),
    period_key         VARCHAR(100)  NOT NULL,
    due_date           DATE          NOT NULL,
    detail             VARCHAR(500)  NOT NULL,
    status             VARCHAR(10)   NOT NULL CHECK (status IN ('OPEN', 'CLAIMED', 'CLOSED')),
    created_at         TIMESTAMPTZ   NOT NULL,
    claimed_by_subject VARCHAR(255),
    claimed_by_name    VARCHAR(200),
    claimed_at         TIMESTAMPTZ,
    closed_by_subject  VARCHAR(255),
    closed_by_name     VARCHAR(200),
    closed_at          TIMESTAMPTZ,
    outcome            VARCHAR(40) CHECK (outcome IN ('ACKNOWLEDGED_WITHOUT_CONTACT', 'PATIENT_CONTACTED',
                           'ADVISED_FROM_PLAN', 'GP_CONTACTED', 'SPECIALIST_CONTACTED',
                           'BROUGHT_TO_SPECIALIST_MEETING', 'OTHER')),
    note               VARCHAR(2000),
    version            BIGINT        NOT NULL DEFAULT 0,
    -- a rule fires once per period (e.g. the first weekly contact of an episode, the monthly contact of a month)
    UNIQUE (patient_id, type, period_key),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL))
);
-- never duplicated: at most one open task of a type per patient
CREATE UNIQUE INDEX follow_up_task_one_open ON follow_up_task (patient_id, type) WHERE status <> 'CLOSED';
CREATE INDEX follow_up_task_due ON follow_up_task (due_date) WHERE status <> 'CLOSED';

-- Closed alerts and tasks are immutable.
CREATE FUNCTION refuse_change_of_closed_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'CLOSED' THEN
        RAISE EXCEPTION '% % is closed: it cannot change', TG_TABLE_NAME, OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER alert_closed_immutable BEFORE UPDATE ON alert
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_closed_item();
CREATE TRIGGER follow_up_task_closed_immutable BEFORE UPDATE ON follow_up_task
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_closed_item();

-- The trail of alerts and tasks: who claimed, released and closed, when and with what. Append-only.
CREATE TABLE worklist_event (
    id            BIGSERIAL     PRIMARY KEY,
    alert_id      UUID          REFERENCES alert (id),
    task_id       UUID          REFERENCES follow_up_task (id),
    event         VARCHAR(20)   NOT NULL CHECK (event IN ('CLAIMED', 'RELEASED', 'CLOSED')),
    at            TIMESTAMPTZ   NOT NULL,
    actor_subject VARCHAR(255)  NOT NULL,
    actor_name    VARCHAR(200),
    actor_role    VARCHAR(40)   NOT NULL,
    outcome       VARCHAR(40),
    note          VARCHAR(2000),
    CHECK ((alert_id IS NULL) <> (task_id IS NULL))
);
CREATE INDEX worklist_event_alert ON worklist_event (alert_id) WHERE alert_id IS NOT NULL;
CREATE INDEX worklist_event_task ON worklist_event (task_id) WHERE task_id IS NOT NULL;
CREATE TRIGGER worklist_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON worklist_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- Which episodes the cadence job has checked on which day (the job locks these rows with SKIP LOCKED).
CREATE TABLE cadence_check (
    episode_id  UUID  PRIMARY KEY REFERENCES episode (id),
    checked_on  DATE
);

-- ------------------------------------------------------------------------------------------ messages from the GP
CREATE TABLE gp_message_flag (
    id                 UUID          PRIMARY KEY,
    patient_id         UUID          NOT NULL REFERENCES patient (id),
    text               VARCHAR(1000) NOT NULL,
    flagged_by_subject VARCHAR(255)  NOT NULL,
    flagged_by_name    VARCHAR(200),
    flagged_at         TIMESTAMPTZ   NOT NULL,
    cleared_by_subject VARCHAR(255),
    cleared_by_name    VARCHAR(200),
    cleared_at         TIMESTAMPTZ
);
CREATE INDEX gp_message_open ON gp_message_flag (patient_id) WHERE cleared_at IS NULL;

-- ------------------------------------------------------------------------------------------ specialist meeting
CREATE TABLE specialist_meeting_item (
    id                 UUID          PRIMARY KEY,
    patient_id         UUID          NOT NULL REFERENCES patient (id),
    department         VARCHAR(40)   NOT NULL REFERENCES hospital_department (code),
    reason             VARCHAR(1000) NOT NULL,
    flagged_by_subject VARCHAR(255)  NOT NULL,
    flagged_by_name    VARCHAR(200),
    flagged_at         TIMESTAMPTZ   NOT NULL,
    outcome            VARCHAR(40)   CHECK (outcome IN ('PLAN_CHANGED', 'THRESHOLD_CHANGE_PROPOSED',
                                         'URGENT_OUTPATIENT_APPOINTMENT', 'NO_ACTION')),
    outcome_note       VARCHAR(2000),
    decided_by_subject VARCHAR(255),
    decided_by_name    VARCHAR(200),
    decided_at         TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 0,
    CHECK ((outcome IS NULL) = (decided_at IS NULL))
);
CREATE UNIQUE INDEX specialist_meeting_one_open ON specialist_meeting_item (patient_id, department) WHERE outcome IS NULL;
