-- The worklist reads other features' data through views those features publish (ADR 0008), never their tables.
-- Each view below belongs to the feature named in its comment (the owner of the tables it reads), although the
-- worklist was the first to need it. Postgres inlines them into the queries that read them.

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

-- Published by the patient feature: every pathway episode with its state (ended ones too). Readers choose the states
-- they want with a parameter, from the one home of those rules: episode_state = ANY(EpisodeState.openNames(),
-- followedUpNames(), allocatedNames()).
CREATE VIEW episode_view AS
SELECT e.id         AS episode_id,
       e.patient_id AS patient_id,
       e.pathway    AS pathway,
       e.state      AS episode_state,
       e.start_date AS episode_start
  FROM episode e;

-- Published by the patient feature: who is responsible for each patient (the municipality, the GP, the responsible
-- physician), which is also who may see the patient. Read it with the alias p in a native search, for
-- PatientAccess.nativeSearchScope names these columns as p.gp_hpr, p.responsible_physician_hpr and p.municipality.
CREATE VIEW patient_responsibility_view AS
SELECT p.id                        AS patient_id,
       p.municipality              AS municipality,
       p.gp_hpr                    AS gp_hpr,
       p.responsible_physician_hpr AS responsible_physician_hpr
  FROM patient p;
