-- Issue 14, consent and the weekly specialist meeting (owner: the patient feature; docs/consent.md).

-- What changes in the patient's consent to sharing after the written consent of allocation (which stays on the
-- episode: consent_date, consent_collected_by_*): a withdrawal, or a new written consent, per party. Append-only:
-- the trail is the record of what the patient allowed when.
CREATE TABLE consent_change (
    id                  UUID          PRIMARY KEY,
    seq                 BIGSERIAL     NOT NULL UNIQUE,
    patient_id          UUID          NOT NULL REFERENCES patient (id),
    party               VARCHAR(20)   NOT NULL CHECK (party IN ('HOSPITAL', 'MUNICIPALITY', 'GP')),
    action              VARCHAR(20)   NOT NULL CHECK (action IN ('WITHDRAWN', 'GIVEN')),
    -- the date on the signed consent (GIVEN only)
    consent_date        DATE,
    reason              VARCHAR(1000) NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    recorded_by_subject VARCHAR(255)  NOT NULL,
    recorded_by_name    VARCHAR(200),
    recorded_by_role    VARCHAR(40)   NOT NULL,
    CHECK ((action = 'GIVEN') = (consent_date IS NOT NULL))
);
CREATE INDEX consent_change_patient ON consent_change (patient_id, recorded_at, seq);
CREATE TRIGGER consent_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON consent_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- A patient on a department's meeting list is visible to that department's specialists (token claim department)
-- from the bring-up until the outcome is recorded (closed_at). The worklist tells the patient feature of both
-- (patient.application.MeetingAccess); meeting_item_id is the worklist's item (no foreign key: another feature's
-- table).
CREATE TABLE meeting_access (
    meeting_item_id UUID        PRIMARY KEY,
    patient_id      UUID        NOT NULL REFERENCES patient (id),
    department      VARCHAR(40) NOT NULL REFERENCES hospital_department (code),
    opened_at       TIMESTAMPTZ NOT NULL,
    closed_at       TIMESTAMPTZ,
    CHECK (closed_at IS NULL OR closed_at >= opened_at)
);
CREATE INDEX meeting_access_open_patient ON meeting_access (patient_id) WHERE closed_at IS NULL;
CREATE INDEX meeting_access_open_department ON meeting_access (department, patient_id) WHERE closed_at IS NULL;
-- Patients already waiting for a meeting when this runs.
INSERT INTO meeting_access (meeting_item_id, patient_id, department, opened_at)
SELECT id, patient_id, department, flagged_at FROM specialist_meeting_item WHERE outcome IS NULL;

-- Why an access was allowed when the caller's own role does not explain it (e.g. "specialist meeting AHUS_LUNG").
ALTER TABLE access_log ADD COLUMN reason VARCHAR(200);
