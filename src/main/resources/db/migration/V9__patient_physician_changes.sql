-- Who set or changed a patient's GP (fastlege) and responsible physician, from what to what and when.
-- The HPR numbers decide which physicians see the patient (AccessPolicy), so every change is kept.
-- Append-only, like the access log (trigger function from V2).
CREATE TABLE patient_physician_change (
    id                              BIGSERIAL    PRIMARY KEY,
    patient_id                      UUID         NOT NULL REFERENCES patient (id),
    at                              TIMESTAMPTZ  NOT NULL,
    actor_subject                   VARCHAR(255) NOT NULL,
    actor_name                      VARCHAR(200) NOT NULL,
    actor_role                      VARCHAR(40)  NOT NULL,
    old_gp_name                     VARCHAR(200),
    old_gp_hpr                      VARCHAR(9),
    new_gp_name                     VARCHAR(200),
    new_gp_hpr                      VARCHAR(9),
    old_responsible_name            VARCHAR(200),
    old_responsible_hpr             VARCHAR(9),
    old_responsible_department      VARCHAR(40),
    new_responsible_name            VARCHAR(200),
    new_responsible_hpr             VARCHAR(9),
    new_responsible_department      VARCHAR(40)
);
CREATE INDEX patient_physician_change_patient ON patient_physician_change (patient_id, id);

CREATE TRIGGER patient_physician_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON patient_physician_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
