-- Thresholds, symptom questionnaires, reports (innrapporteringer), measurements and alerts.

-- ------------------------------------------------------------------------------------------ thresholds
-- A threshold set is either a pathway's default (patient_id NULL) or one version of a patient's individual
-- thresholds. Versions are immutable once in force; exactly one is in force per pathway default / patient.
CREATE TABLE threshold_set (
    id                      UUID         PRIMARY KEY,
    pathway                 VARCHAR(40)  NOT NULL REFERENCES pathway (code),
    patient_id              UUID         REFERENCES patient (id),
    version_no              INT          NOT NULL CHECK (version_no >= 1),
    status                  VARCHAR(20)  NOT NULL CHECK (status IN ('IN_FORCE', 'SUPERSEDED')),
    source_set_id           UUID         REFERENCES threshold_set (id),
    weight_trend_yellow_kg  NUMERIC(4,1),
    weight_trend_red_kg     NUMERIC(4,1),
    weight_trend_days       INT,
    provisional             BOOLEAN      NOT NULL,
    reviewed_by             VARCHAR(200),
    reviewed_on             DATE,
    review_note             VARCHAR(1000),
    created_at              TIMESTAMPTZ  NOT NULL,
    created_by              VARCHAR(255) NOT NULL,
    CHECK ((weight_trend_yellow_kg IS NULL) = (weight_trend_red_kg IS NULL)
           AND (weight_trend_yellow_kg IS NULL) = (weight_trend_days IS NULL)),
    CHECK (weight_trend_yellow_kg IS NULL OR (weight_trend_yellow_kg > 0 AND weight_trend_red_kg > weight_trend_yellow_kg
           AND weight_trend_days BETWEEN 1 AND 14))
);
CREATE UNIQUE INDEX threshold_default_in_force ON threshold_set (pathway) WHERE patient_id IS NULL AND status = 'IN_FORCE';
CREATE UNIQUE INDEX threshold_patient_in_force ON threshold_set (patient_id) WHERE patient_id IS NOT NULL AND status = 'IN_FORCE';
CREATE UNIQUE INDEX threshold_version ON threshold_set (pathway, coalesce(patient_id, '00000000-0000-0000-0000-000000000000'), version_no);

CREATE TABLE threshold_limit (
    set_id       UUID         NOT NULL REFERENCES threshold_set (id),
    type         VARCHAR(20)  NOT NULL CHECK (type IN ('SYSTOLIC', 'DIASTOLIC', 'PULSE', 'SPO2', 'BODY_WEIGHT', 'BODY_TEMPERATURE')),
    red_low      NUMERIC(6,2),
    yellow_low   NUMERIC(6,2),
    yellow_high  NUMERIC(6,2),
    red_high     NUMERIC(6,2),
    PRIMARY KEY (set_id, type)
);

-- The provisional defaults of the measurement issue: example values awaiting the clinical lead's review.
INSERT INTO threshold_set (id, pathway, version_no, status, weight_trend_yellow_kg, weight_trend_red_kg,
                           weight_trend_days, provisional, created_at, created_by) VALUES
    ('00000000-0000-4000-a000-000000000001', 'COPD', 1, 'IN_FORCE', NULL, NULL, NULL, TRUE, now(), 'migration V3'),
    ('00000000-0000-4000-a000-000000000002', 'HEART_FAILURE', 1, 'IN_FORCE', 2.0, 3.0, 3, TRUE, now(), 'migration V3');
INSERT INTO threshold_limit (set_id, type, red_low, yellow_low, yellow_high, red_high) VALUES
    ('00000000-0000-4000-a000-000000000001', 'SPO2',             88,   92,   NULL, NULL),
    ('00000000-0000-4000-a000-000000000001', 'PULSE',            40,   50,   100,  120),
    ('00000000-0000-4000-a000-000000000001', 'BODY_TEMPERATURE', 35.0, 35.5, 38.0, 39.0),
    ('00000000-0000-4000-a000-000000000001', 'SYSTOLIC',         90,   100,  160,  180),
    ('00000000-0000-4000-a000-000000000001', 'DIASTOLIC',        40,   50,   100,  110),
    ('00000000-0000-4000-a000-000000000002', 'SYSTOLIC',         90,   100,  160,  180),
    ('00000000-0000-4000-a000-000000000002', 'PULSE',            40,   50,   100,  120),
    ('00000000-0000-4000-a000-000000000002', 'SPO2',             90,   94,   NULL, NULL);

-- ------------------------------------------------------------------------------------------ questionnaires
CREATE TABLE questionnaire (
    pathway      VARCHAR(40)  PRIMARY KEY REFERENCES pathway (code),
    provisional  BOOLEAN      NOT NULL,
    reviewed_by  VARCHAR(200),
    reviewed_on  DATE
);
CREATE TABLE symptom_question (
    pathway     VARCHAR(40)  NOT NULL REFERENCES questionnaire (pathway),
    code        VARCHAR(40)  NOT NULL,
    text_nb     VARCHAR(300) NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (pathway, code)
);
CREATE TABLE symptom_option (
    pathway     VARCHAR(40)  NOT NULL,
    question    VARCHAR(40)  NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    text_nb     VARCHAR(300) NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    zone        VARCHAR(10)  NOT NULL CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    sort_order  INT          NOT NULL,
    PRIMARY KEY (pathway, question, code),
    FOREIGN KEY (pathway, question) REFERENCES symptom_question (pathway, code)
);
INSERT INTO questionnaire (pathway, provisional) VALUES ('COPD', TRUE), ('HEART_FAILURE', TRUE);
INSERT INTO symptom_question (pathway, code, text_nb, text_en, sort_order) VALUES
    ('COPD', 'BREATHLESSNESS', 'Hvordan er pusten din sammenlignet med vanlig?', 'Breathlessness compared with usual', 10),
    ('COPD', 'COUGH', 'Hvordan er hosten din sammenlignet med vanlig?', 'Cough compared with usual', 20),
    ('COPD', 'SPUTUM_AMOUNT', 'Hvor mye slim har du sammenlignet med vanlig?', 'Amount of sputum compared with usual', 30),
    ('COPD', 'SPUTUM_COLOUR', 'Hvilken farge har slimet?', 'Colour of sputum compared with usual', 40),
    ('HEART_FAILURE', 'BREATHLESSNESS', 'Hvordan er pusten din sammenlignet med vanlig?', 'Breathlessness compared with usual', 10),
    ('HEART_FAILURE', 'SWOLLEN_LEGS', 'Er bena dine hovne?', 'Swollen legs', 20),
    ('HEART_FAILURE', 'PILLOWS', 'Trenger du flere puter enn vanlig for å sove?', 'Needing more pillows to sleep', 30),
    ('HEART_FAILURE', 'DIZZINESS', 'Er du svimmel?', 'Dizziness', 40);
INSERT INTO symptom_option (pathway, question, code, text_nb, text_en, zone, sort_order) VALUES
    ('COPD', 'BREATHLESSNESS', 'AS_USUAL', 'Som vanlig', 'As usual', 'GREEN', 1),
    ('COPD', 'BREATHLESSNESS', 'WORSE', 'Litt verre enn vanlig', 'Somewhat worse than usual', 'YELLOW', 2),
    ('COPD', 'BREATHLESSNESS', 'MUCH_WORSE', 'Mye verre enn vanlig', 'Much worse than usual', 'RED', 3),
    ('COPD', 'COUGH', 'AS_USUAL', 'Som vanlig', 'As usual', 'GREEN', 1),
    ('COPD', 'COUGH', 'MORE', 'Mer enn vanlig', 'More than usual', 'YELLOW', 2),
    ('COPD', 'COUGH', 'MUCH_MORE', 'Mye mer enn vanlig', 'Much more than usual', 'RED', 3),
    ('COPD', 'SPUTUM_AMOUNT', 'AS_USUAL', 'Som vanlig', 'As usual', 'GREEN', 1),
    ('COPD', 'SPUTUM_AMOUNT', 'MORE', 'Mer enn vanlig', 'More than usual', 'YELLOW', 2),
    ('COPD', 'SPUTUM_AMOUNT', 'MUCH_MORE', 'Mye mer enn vanlig', 'Much more than usual', 'RED', 3),
    ('COPD', 'SPUTUM_COLOUR', 'AS_USUAL', 'Som vanlig (klart eller hvitt)', 'As usual (clear or white)', 'GREEN', 1),
    ('COPD', 'SPUTUM_COLOUR', 'YELLOW_GREEN', 'Gult eller grønt', 'Yellow or green', 'YELLOW', 2),
    ('COPD', 'SPUTUM_COLOUR', 'BLOOD', 'Blod i slimet', 'Blood in the sputum', 'RED', 3),
    ('HEART_FAILURE', 'BREATHLESSNESS', 'AS_USUAL', 'Som vanlig', 'As usual', 'GREEN', 1),
    ('HEART_FAILURE', 'BREATHLESSNESS', 'WORSE', 'Litt verre enn vanlig', 'Somewhat worse than usual', 'YELLOW', 2),
    ('HEART_FAILURE', 'BREATHLESSNESS', 'AT_REST', 'Tung pust også i hvile', 'Breathless also at rest', 'RED', 3),
    ('HEART_FAILURE', 'SWOLLEN_LEGS', 'NO', 'Nei, som vanlig', 'No, as usual', 'GREEN', 1),
    ('HEART_FAILURE', 'SWOLLEN_LEGS', 'MORE', 'Mer hovne enn vanlig', 'More swollen than usual', 'YELLOW', 2),
    ('HEART_FAILURE', 'SWOLLEN_LEGS', 'MUCH_MORE', 'Mye mer hovne, også opp på lårene', 'Much more swollen, up to the thighs', 'RED', 3),
    ('HEART_FAILURE', 'PILLOWS', 'NO', 'Nei', 'No', 'GREEN', 1),
    ('HEART_FAILURE', 'PILLOWS', 'YES', 'Ja, flere puter enn vanlig', 'Yes, more pillows than usual', 'YELLOW', 2),
    ('HEART_FAILURE', 'PILLOWS', 'SITTING', 'Må sove sittende for å få puste', 'Must sleep sitting up to breathe', 'RED', 3),
    ('HEART_FAILURE', 'DIZZINESS', 'NO', 'Nei', 'No', 'GREEN', 1),
    ('HEART_FAILURE', 'DIZZINESS', 'SOME', 'Litt svimmel', 'Somewhat dizzy', 'YELLOW', 2),
    ('HEART_FAILURE', 'DIZZINESS', 'FAINTED', 'Har besvimt eller nesten besvimt', 'Fainted or nearly fainted', 'RED', 3);

-- ------------------------------------------------------------------------------------------ reports
-- A report (innrapportering) as sent once by the app; the client's report id is unique per patient, which
-- makes retries exactly-once. The answer given is kept, so that a retry gets the same answer.
CREATE TABLE report (
    id                   UUID         PRIMARY KEY,
    patient_id           UUID         NOT NULL REFERENCES patient (id),
    client_report_id     UUID         NOT NULL,
    content_hash         CHAR(64)     NOT NULL,
    measured_at          TIMESTAMPTZ  NOT NULL,
    received_at          TIMESTAMPTZ  NOT NULL,
    entered_by_subject   VARCHAR(255) NOT NULL,
    entered_by_name      VARCHAR(200),
    entered_by_role      VARCHAR(40)  NOT NULL,
    on_behalf            BOOLEAN      NOT NULL,
    on_behalf_note       VARCHAR(500),
    device_type          VARCHAR(40),
    device_serial        VARCHAR(100),
    zone                 VARCHAR(10)  CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    threshold_set_id     UUID         REFERENCES threshold_set (id),
    findings             JSONB,
    answer               TEXT,
    UNIQUE (patient_id, client_report_id)
);
CREATE INDEX report_patient_measured ON report (patient_id, measured_at DESC);

CREATE TABLE measurement (
    id              UUID          PRIMARY KEY,
    report_id       UUID          NOT NULL REFERENCES report (id),
    patient_id      UUID          NOT NULL REFERENCES patient (id),
    type            VARCHAR(20)   NOT NULL,
    value           NUMERIC(6,2)  NOT NULL,
    unit            VARCHAR(10)   NOT NULL,
    zone            VARCHAR(10)   NOT NULL CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    measured_at     TIMESTAMPTZ   NOT NULL,
    invalid         BOOLEAN       NOT NULL DEFAULT FALSE,
    invalid_reason  VARCHAR(500),
    invalidated_by  VARCHAR(200),
    invalidated_at  TIMESTAMPTZ,
    version         BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (report_id, type)
);
CREATE INDEX measurement_patient_type_time ON measurement (patient_id, type, measured_at DESC);

CREATE TABLE symptom_answer (
    report_id  UUID        NOT NULL REFERENCES report (id),
    question   VARCHAR(40) NOT NULL,
    option     VARCHAR(40) NOT NULL,
    zone       VARCHAR(10) NOT NULL CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    PRIMARY KEY (report_id, question)
);

-- ------------------------------------------------------------------------------------------ alerts
-- Every report raises one alert for the worklist (green ones to be acknowledged in bulk).
CREATE TABLE alert (
    id           UUID         PRIMARY KEY,
    patient_id   UUID         NOT NULL REFERENCES patient (id),
    report_id    UUID         NOT NULL UNIQUE REFERENCES report (id),
    zone         VARCHAR(10)  NOT NULL CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    reasons      JSONB        NOT NULL,
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLAIMED', 'CLOSED')),
    received_at  TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX alert_open ON alert (status, zone, received_at) WHERE status <> 'CLOSED';
CREATE INDEX alert_patient ON alert (patient_id, received_at DESC);
