-- Issue 14: the goal conversation (målsamtale, plan feature) and the day-14 summaries to the GP (collaboration
-- feature).

-- ------------------------------------------------------------------------------------------ goal conversation
-- What matters to the patient and the goals agreed, recorded by a nurse of the follow-up service. Append-only: a
-- correction is a new version of the episode's conversation (version_no), the newest is the one in force; every
-- version stays, with who recorded it and when.
CREATE TABLE goal_conversation (
    id                  UUID          PRIMARY KEY,
    patient_id          UUID          NOT NULL REFERENCES patient (id),
    episode_id          UUID          NOT NULL REFERENCES episode (id),
    version_no          INT           NOT NULL CHECK (version_no >= 1),
    held_on             DATE          NOT NULL,
    what_matters        VARCHAR(2000) NOT NULL,
    goals               JSONB         NOT NULL,
    summary             VARCHAR(4000),
    recorded_by_subject VARCHAR(255)  NOT NULL,
    recorded_by_name    VARCHAR(200),
    recorded_at         TIMESTAMPTZ   NOT NULL,
    UNIQUE (episode_id, version_no)
);
CREATE INDEX goal_conversation_patient ON goal_conversation (patient_id, recorded_at);
CREATE TRIGGER goal_conversation_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON goal_conversation
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- Published by the plan feature: the episodes whose goal conversation is recorded, with the newest version (the
-- collaboration feature's day-14 job reads it).
CREATE VIEW goal_conversation_view AS
SELECT g.episode_id       AS episode_id,
       g.patient_id       AS patient_id,
       max(g.version_no)  AS version_no,
       max(g.recorded_at) AS recorded_at
  FROM goal_conversation g
 GROUP BY g.episode_id, g.patient_id;

-- ------------------------------------------------------------------------------------------ day-14 summaries
-- One row per episode once the day-14 job has dealt with it: SENT (message_id is the outgoing message) or
-- NOT_GP_RESPONSIBLE / NO_GP (nothing sent). The primary key makes the summary exactly once per episode, also with
-- several replicas running the job: the row is inserted first, in the transaction that then writes the message (a
-- second instance waits on the key and finds it taken).
CREATE TABLE day_14_summary (
    episode_id  UUID         PRIMARY KEY REFERENCES episode (id),
    patient_id  UUID         NOT NULL REFERENCES patient (id),
    outcome     VARCHAR(30)  NOT NULL CHECK (outcome IN ('SENT', 'NOT_GP_RESPONSIBLE', 'NO_GP')),
    message_id  UUID         REFERENCES outgoing_message (id),
    decided_at  TIMESTAMPTZ  NOT NULL
);
