-- Published views: how one feature lets others read its tables without knowing them (ADR 0008).
-- A view belongs to the feature that owns its tables; other features read it and never the tables.
-- Postgres inlines these views into the query that reads them, so they cost nothing at run time.

-- Published by the patient feature: each patient with their open (not ended) episode, if any. "Open" is
-- EpisodeState.isOpen(); the partial unique index episode_one_open_per_patient guarantees at most one row
-- per patient. Which open states take reports or are followed up is decided in Java (EpisodeState), and
-- readers pass those state names as a parameter (state = ANY(?)).
CREATE VIEW patient_episode_view AS
SELECT p.id            AS patient_id,
       p.login_subject AS login_subject,
       p.given_name    AS given_name,
       p.family_name   AS family_name,
       p.municipality  AS municipality,
       e.id            AS episode_id,
       e.pathway       AS pathway,
       e.state         AS episode_state,
       e.start_date    AS episode_start
  FROM patient p
  LEFT JOIN episode e ON e.patient_id = p.id AND e.state <> 'ENDED';

-- Published by the measurement feature: the newest valid (not invalidated) value of each type for each patient,
-- the one home of "the latest values" (ties on measured_at broken by id, so the answer is stable). A filter on
-- patient_id is pushed into the view by Postgres (it is a DISTINCT ON column), so the index is used.
CREATE VIEW latest_measurement_view AS
SELECT DISTINCT ON (m.patient_id, m.type)
       m.id          AS measurement_id,
       m.patient_id  AS patient_id,
       m.report_id   AS report_id,
       m.type        AS type,
       m.value       AS value,
       m.unit        AS unit,
       m.zone        AS zone,
       m.measured_at AS measured_at
  FROM measurement m
 WHERE NOT m.invalid
 ORDER BY m.patient_id, m.type, m.measured_at DESC, m.id;

-- Published by the measurement feature: the reports, without their content (values, answers and findings stay
-- in the measurement feature; ask it through measurement.application for those).
CREATE VIEW report_view AS
SELECT r.id               AS report_id,
       r.patient_id       AS patient_id,
       r.client_report_id AS client_report_id,
       r.measured_at      AS measured_at,
       r.received_at      AS received_at,
       r.zone             AS zone,
       r.threshold_set_id AS threshold_set_id
  FROM report r;

-- Published by the threshold feature: every threshold set version (pathway defaults have patient_id NULL);
-- in_force marks the version in force (at most one per patient and one default per pathway). The limits
-- themselves are read through threshold.application (they are cached; versions never change).
CREATE VIEW threshold_version_view AS
SELECT t.id                     AS set_id,
       t.pathway                AS pathway,
       t.patient_id             AS patient_id,
       t.version_no             AS version_no,
       (t.status = 'IN_FORCE')  AS in_force,
       t.provisional            AS provisional,
       t.weight_trend_yellow_kg AS weight_trend_yellow_kg,
       t.weight_trend_red_kg    AS weight_trend_red_kg,
       t.weight_trend_days      AS weight_trend_days,
       t.created_at             AS created_at
  FROM threshold_set t;

-- Published by the plan feature: each patient's active (approved, not superseded) self-management plan; a
-- partial unique index keeps it at most one per patient.
CREATE VIEW active_plan_view AS
SELECT c.patient_id  AS patient_id,
       c.id          AS plan_id,
       c.version_no  AS version_no,
       c.approved_at AS approved_at
  FROM care_plan c
 WHERE c.status = 'ACTIVE';
