-- Patients, their follow-up pathway (tjenesteforløp), equipment and the access log.

-- ------------------------------------------------------------------------------------------ reference data
CREATE TABLE hospital_department (
    code  VARCHAR(40)  PRIMARY KEY,
    name  VARCHAR(100) NOT NULL UNIQUE
);
INSERT INTO hospital_department (code, name) VALUES
    ('AHUS_HEART', 'Ahus, hjerteavdelingen (heart)'),
    ('AHUS_LUNG',  'Ahus, lungeavdelingen (lung)');

-- Pathways are data: a new one (e.g. DIABETES) is a row here plus its criteria, no code change.
CREATE TABLE pathway (
    code        VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name_nb     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    department  VARCHAR(40)  REFERENCES hospital_department (code),
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO pathway (code, name_nb, name_en, department) VALUES
    ('COPD',          'Kols',        'COPD',          'AHUS_LUNG'),
    ('HEART_FAILURE', 'Hjertesvikt', 'Heart failure', 'AHUS_HEART');

-- Inclusion criteria of the assessment (kartlegging). A GENERAL criterion (pathway NULL) must hold for
-- every patient; of a pathway's DISEASE_SPECIFIC criteria at least one must hold.
CREATE TABLE inclusion_criterion (
    code        VARCHAR(60)  PRIMARY KEY,
    pathway     VARCHAR(40)  REFERENCES pathway (code),
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('GENERAL', 'DISEASE_SPECIFIC')),
    text_nb     VARCHAR(300) NOT NULL,
    text_en     VARCHAR(300) NOT NULL,
    sort_order  INT          NOT NULL,
    CHECK ((kind = 'GENERAL') = (pathway IS NULL))
);
INSERT INTO inclusion_criterion (code, pathway, kind, text_nb, text_en, sort_order) VALUES
    ('BANKID',            NULL, 'GENERAL', 'Har BankID', 'Has BankID', 10),
    ('OWN_DEVICE_4G',     NULL, 'GENERAL', 'Har eget nettbrett/mobil med 4G', 'Has own tablet or phone with 4G', 20),
    ('MOTIVATED',         NULL, 'GENERAL', 'Er motivert', 'Is motivated', 30),
    ('PARTNER_RESIDENT',  NULL, 'GENERAL', 'Bor i en samarbeidskommune', 'Lives in a partner municipality', 40),
    ('LIVES_AT_HOME',     NULL, 'GENERAL', 'Bor hjemme', 'Lives at home', 50),
    ('ADULT_CAN_CONSENT', NULL, 'GENERAL', 'Over 18 år og samtykkekompetent', 'Over 18 and able to consent', 60),
    ('COPD_GROUP_E', 'COPD', 'DISEASE_SPECIFIC', 'Kols risikogruppe E', 'COPD risk group E', 110),
    ('COPD_GROUP_B_ANXIETY', 'COPD', 'DISEASE_SPECIFIC', 'Kols gruppe B med uttalt angst knyttet til kolsen',
        'COPD group B with marked anxiety linked to the COPD', 120),
    ('HF_NYHA_2_4', 'HEART_FAILURE', 'DISEASE_SPECIFIC', 'Hjertesvikt NYHA klasse 2-4', 'Heart failure NYHA class 2-4', 210),
    ('HF_OUTPATIENT_FOLLOW_UP', 'HEART_FAILURE', 'DISEASE_SPECIFIC',
        'Jevnlig oppfølging på hjertepoliklinikk (3+ kontakter/år)',
        'Regular follow-up at the heart outpatient clinic (3+ contacts/year)', 220);

-- Equipment handed out by pathway: COPD a pulse oximeter and a blood pressure monitor, heart failure a
-- blood pressure monitor; scales and thermometer are the patient's own.
CREATE TABLE pathway_equipment (
    pathway        VARCHAR(40) NOT NULL REFERENCES pathway (code),
    equipment_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (pathway, equipment_type)
);
INSERT INTO pathway_equipment (pathway, equipment_type) VALUES
    ('COPD', 'PULSE_OXIMETER'), ('COPD', 'BLOOD_PRESSURE_MONITOR'), ('HEART_FAILURE', 'BLOOD_PRESSURE_MONITOR');

-- ------------------------------------------------------------------------------------------ patients
CREATE TABLE patient (
    id                          UUID         PRIMARY KEY,
    national_id                 CHAR(11)     NOT NULL UNIQUE CHECK (national_id ~ '^[0-9]{11}$'),
    given_name                  VARCHAR(100) NOT NULL,
    family_name                 VARCHAR(100) NOT NULL,
    birth_date                  DATE         NOT NULL,
    municipality                CHAR(4)      NOT NULL REFERENCES municipality (number),
    phone                       VARCHAR(20),
    gp_name                     VARCHAR(200),
    gp_hpr                      VARCHAR(9)   CHECK (gp_hpr ~ '^[0-9]{1,9}$'),
    responsible_physician_name  VARCHAR(200),
    responsible_physician_hpr   VARCHAR(9)   CHECK (responsible_physician_hpr ~ '^[0-9]{1,9}$'),
    responsible_department      VARCHAR(40)  REFERENCES hospital_department (code),
    login_subject               VARCHAR(255) UNIQUE,
    coordinator_subject         VARCHAR(255),
    coordinator_name            VARCHAR(200),
    created_at                  TIMESTAMPTZ  NOT NULL,
    created_by                  VARCHAR(255) NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    updated_by                  VARCHAR(255) NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX patient_municipality ON patient (municipality);
CREATE INDEX patient_gp_hpr ON patient (gp_hpr);
CREATE INDEX patient_responsible_hpr ON patient (responsible_physician_hpr);
CREATE INDEX patient_name ON patient (lower(family_name), lower(given_name));

-- ------------------------------------------------------------------------------------------ pathway episodes
CREATE TABLE episode (
    id                              UUID        PRIMARY KEY,
    patient_id                      UUID        NOT NULL REFERENCES patient (id),
    pathway                         VARCHAR(40) NOT NULL REFERENCES pathway (code),
    state                           VARCHAR(20) NOT NULL CHECK (state IN
                                        ('REFERRED', 'ASSESSED', 'ACTIVE_BASELINE', 'ACTIVE', 'PAUSED', 'ENDED')),
    referral_source                 VARCHAR(30) NOT NULL CHECK (referral_source IN
                                        ('GP', 'HOSPITAL_DEPARTMENT', 'HOME_NURSING', 'SELF', 'RELATIVE')),
    referral_department             VARCHAR(40) REFERENCES hospital_department (code),
    referral_oral_consent           BOOLEAN     NOT NULL CHECK (referral_oral_consent),
    referred_on                     DATE        NOT NULL,
    consent_date                    DATE,
    consent_collected_by_subject    VARCHAR(255),
    consent_collected_by_name       VARCHAR(200),
    baseline_nursing_visits_month   INT CHECK (baseline_nursing_visits_month >= 0),
    baseline_nursing_minutes_month  INT CHECK (baseline_nursing_minutes_month >= 0),
    start_date                      DATE,
    end_reason                      VARCHAR(40),
    end_reason_text                 VARCHAR(1000),
    planned_end_date                DATE,
    end_decided_by_subject          VARCHAR(255),
    end_decided_by_name             VARCHAR(200),
    end_decided_on                  DATE,
    coordinator_informed            BOOLEAN,
    version                         BIGINT      NOT NULL DEFAULT 0
);
-- At most one open episode per patient; a new one after an ended one is allowed.
CREATE UNIQUE INDEX episode_one_open_per_patient ON episode (patient_id) WHERE state <> 'ENDED';
CREATE INDEX episode_state ON episode (state);

CREATE TABLE assessment_answer (
    episode_id  UUID        NOT NULL REFERENCES episode (id),
    criterion   VARCHAR(60) NOT NULL REFERENCES inclusion_criterion (code),
    met         BOOLEAN     NOT NULL,
    PRIMARY KEY (episode_id, criterion)
);

-- Every state change with who, when and why; append-only (trigger below).
CREATE TABLE episode_transition (
    id            BIGSERIAL    PRIMARY KEY,
    episode_id    UUID         NOT NULL REFERENCES episode (id),
    from_state    VARCHAR(20),
    to_state      VARCHAR(20)  NOT NULL,
    at            TIMESTAMPTZ  NOT NULL,
    actor_subject VARCHAR(255) NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    actor_role    VARCHAR(40)  NOT NULL,
    reason        VARCHAR(1000)
);
CREATE INDEX episode_transition_episode ON episode_transition (episode_id, id);

-- ------------------------------------------------------------------------------------------ equipment
CREATE TABLE equipment (
    id                   UUID         PRIMARY KEY,
    patient_id           UUID         NOT NULL REFERENCES patient (id),
    type                 VARCHAR(40)  NOT NULL CHECK (type IN
                             ('BLOOD_PRESSURE_MONITOR', 'PULSE_OXIMETER', 'SCALES', 'THERMOMETER')),
    serial_number        VARCHAR(100) NOT NULL,
    handed_out_on        DATE         NOT NULL,
    handed_out_by_subject VARCHAR(255) NOT NULL,
    handed_out_by_name   VARCHAR(200) NOT NULL,
    returned_on          DATE,
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK (returned_on IS NULL OR returned_on >= handed_out_on)
);
CREATE INDEX equipment_patient ON equipment (patient_id);
-- A device is with one patient at a time.
CREATE UNIQUE INDEX equipment_serial_out ON equipment (type, serial_number) WHERE returned_on IS NULL;

-- ------------------------------------------------------------------------------------------ access log
-- One row per read or change of a patient's data (pasientjournalloven § 18), denied attempts included.
CREATE TABLE access_log (
    id                  BIGSERIAL    PRIMARY KEY,
    at                  TIMESTAMPTZ  NOT NULL,
    actor_subject       VARCHAR(255) NOT NULL,
    actor_name          VARCHAR(200),
    actor_role          VARCHAR(40),
    actor_hpr           VARCHAR(9),
    actor_municipality  CHAR(4),
    patient_id          UUID,
    action              VARCHAR(10)  NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'SEARCH')),
    resource            VARCHAR(300) NOT NULL,
    outcome             VARCHAR(10)  NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED', 'FAILED')),
    http_status         INT          NOT NULL,
    request_id          VARCHAR(128)
);
CREATE INDEX access_log_patient ON access_log (patient_id, at DESC);

-- Append-only trails: no UPDATE, DELETE or TRUNCATE, whoever asks (the application's role included).
CREATE FUNCTION refuse_change_of_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- Statement-level, so that even a statement touching no row is refused.
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
CREATE TRIGGER episode_transition_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON episode_transition
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
