-- The worklist reads other features' data through views those features publish (ADR 0008), never their tables.
-- These views are published on behalf of their owners (the worklist helper created them in this migration); each
-- belongs to the feature named in its comment. Postgres inlines them into the queries that read them.

-- Published by the alert feature: the alerts not yet closed, with what the worklist orders and filters by. The
-- worklist takes each patient's worst open alert from the index alert_open_worst (patient_id, zone_rank,
-- received_at, id) INCLUDE (claimed_by_subject) WHERE status <> 'CLOSED', which this view matches. The rest of an
-- alert (reasons, who holds it) is read through alert.application (AlertLines).
CREATE VIEW open_alert_view AS
SELECT a.id                 AS alert_id,
       a.patient_id         AS patient_id,
       a.zone_rank          AS zone_rank,
       a.received_at        AS received_at,
       a.claimed_by_subject AS claimed_by_subject
  FROM alert a
 WHERE a.status <> 'CLOSED';

-- Published by the patient feature: the hospital departments (meetings, referrals).
CREATE VIEW hospital_department_view AS
SELECT d.code AS code,
       d.name AS name
  FROM hospital_department d;

-- Published by the patient feature: the equipment each patient has out (handed out, not returned).
CREATE VIEW equipment_out_view AS
SELECT q.patient_id AS patient_id,
       q.type       AS type
  FROM equipment q
 WHERE q.returned_on IS NULL;

-- Published by the patient feature: what decides who may see a patient in a native search. Read it with the alias
-- p, for PatientAccess.nativeSearchScope names these columns as p.gp_hpr, p.responsible_physician_hpr and
-- p.municipality.
CREATE VIEW patient_access_view AS
SELECT p.id                        AS patient_id,
       p.gp_hpr                    AS gp_hpr,
       p.responsible_physician_hpr AS responsible_physician_hpr,
       p.municipality              AS municipality
  FROM patient p;
