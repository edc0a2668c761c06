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
