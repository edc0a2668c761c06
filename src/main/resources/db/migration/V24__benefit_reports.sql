-- Issue 15, benefit reporting (gevinstrapportering) and the cost estimate (docs/benefits.md).

-- The baseline at allocation (owner: the patient feature) gains the municipal acute bed days (KAD, kommunalt akutt
-- døgnopphold) and the short-term stay days (korttidsopphold) of the 12 months before allocation, beside the home
-- nursing visits and minutes per month. NULL: not recorded (episodes allocated before this migration, or unknown).
ALTER TABLE episode
    ADD COLUMN baseline_kad_days_12m        INT CHECK (baseline_kad_days_12m BETWEEN 0 AND 366),
    ADD COLUMN baseline_short_term_days_12m INT CHECK (baseline_short_term_days_12m BETWEEN 0 AND 366);

-- The following tables are owned by the benefit feature.

-- One patient's benefit report of one quarter, entered by the coordinator of the patient's municipality; versioned
-- (optimistic locking). municipality: the patient's municipality when last reported.
CREATE TABLE benefit_report (
    id                  UUID         PRIMARY KEY,
    patient_id          UUID         NOT NULL REFERENCES patient (id),
    municipality        VARCHAR(4)   NOT NULL,
    year                INT          NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    quarter             INT          NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    updated_at          TIMESTAMPTZ  NOT NULL,
    updated_by_subject  VARCHAR(255) NOT NULL,
    updated_by_name     VARCHAR(200) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (patient_id, year, quarter)
);
CREATE INDEX benefit_report_quarter ON benefit_report (year, quarter, municipality);

-- The figures of one month of a report (month: its first day).
CREATE TABLE benefit_report_month (
    report_id             UUID NOT NULL REFERENCES benefit_report (id),
    month                 DATE NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    home_nursing_minutes  INT  NOT NULL CHECK (home_nursing_minutes BETWEEN 0 AND 50000),
    home_nursing_visits   INT  NOT NULL CHECK (home_nursing_visits BETWEEN 0 AND 1000),
    kad_days              INT  NOT NULL CHECK (kad_days BETWEEN 0 AND 31),
    short_term_days       INT  NOT NULL CHECK (short_term_days BETWEEN 0 AND 31),
    PRIMARY KEY (report_id, month)
);

-- Every change of a report: who, when, the months before and after (canonical JSON text). Append-only.
CREATE TABLE benefit_report_change (
    id                  BIGSERIAL    PRIMARY KEY,
    report_id           UUID         NOT NULL REFERENCES benefit_report (id),
    version             BIGINT       NOT NULL,
    changed_at          TIMESTAMPTZ  NOT NULL,
    changed_by_subject  VARCHAR(255) NOT NULL,
    changed_by_name     VARCHAR(200) NOT NULL,
    changed_by_role     VARCHAR(40)  NOT NULL,
    old_months          TEXT,
    new_months          TEXT         NOT NULL
);
CREATE INDEX benefit_report_change_report ON benefit_report_change (report_id, id);
CREATE TRIGGER benefit_report_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON benefit_report_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- The coordinators' reminder of a quarter's reports: one per municipality and quarter (the unique key makes the
-- daily job idempotent and safe on several replicas), closed when every patient followed is reported.
CREATE TABLE benefit_reminder (
    id            BIGSERIAL   PRIMARY KEY,
    municipality  VARCHAR(4)  NOT NULL,
    year          INT         NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    quarter       INT         NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    due_on        DATE        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    closed_at     TIMESTAMPTZ,
    UNIQUE (municipality, year, quarter)
);
CREATE INDEX benefit_reminder_open ON benefit_reminder (municipality) WHERE closed_at IS NULL;

-- The unit costs of the cost estimate, per year (NOK). The 2024 row is the seed's table (seed 003, "Tabell 1.
-- Kostnadsestimat"): per patient and year 12,240 for the shared follow-up service, 4,392 for the system licence,
-- 1,416 for the medical equipment; home nursing at 1,314 NOK per hour (vedtakstime), 48 weeks a year (which gives the
-- seed's 327,974 from 5.2 hours a week); 5.2 hours a week is the seed's assumed home nursing of a patient without
-- DHO, used where no baseline is recorded. 2025-2027 continue it until the figures are revised by a migration.
CREATE TABLE benefit_cost_year (
    year                         INT           PRIMARY KEY CHECK (year BETWEEN 2020 AND 2100),
    follow_up_service_per_year   NUMERIC(12, 2) NOT NULL CHECK (follow_up_service_per_year >= 0),
    licence_per_year             NUMERIC(12, 2) NOT NULL CHECK (licence_per_year >= 0),
    equipment_per_year           NUMERIC(12, 2) NOT NULL CHECK (equipment_per_year >= 0),
    home_nursing_hour_cost       NUMERIC(12, 2) NOT NULL CHECK (home_nursing_hour_cost >= 0),
    weeks_per_year               INT           NOT NULL CHECK (weeks_per_year BETWEEN 1 AND 53),
    assumed_hours_per_week       NUMERIC(6, 2) NOT NULL CHECK (assumed_hours_per_week >= 0),
    source                       VARCHAR(200)  NOT NULL
);
INSERT INTO benefit_cost_year (year, follow_up_service_per_year, licence_per_year, equipment_per_year,
                               home_nursing_hour_cost, weeks_per_year, assumed_hours_per_week, source) VALUES
    (2024, 12240, 4392, 1416, 1314, 48, 5.2, 'seed 003, Tabell 1 (MILA3 sluttrapport)'),
    (2025, 12240, 4392, 1416, 1314, 48, 5.2, 'the 2024 figures continued'),
    (2026, 12240, 4392, 1416, 1314, 48, 5.2, 'the 2024 figures continued'),
    (2027, 12240, 4392, 1416, 1314, 48, 5.2, 'the 2024 figures continued');
