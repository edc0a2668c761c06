-- Hand-overs of worklist items (alerts and tasks): a nurse takes over an item another nurse holds, a team leader
-- reassigns one to a named nurse, and a job releases claims left idle (docs/handovers.md).

-- The trail names both sides of a hand-over and why: the nurse who held the item (from_*; none when a team leader
-- assigned an open item), the nurse who holds it now (to_*; none when the job released it) and the reason given.
-- The actor is who did it: the nurse taking over, the team leader, or "system" for the job.
ALTER TABLE worklist_event
    ADD COLUMN from_subject VARCHAR(255),
    ADD COLUMN from_name    VARCHAR(200),
    ADD COLUMN to_subject   VARCHAR(255),
    ADD COLUMN to_name      VARCHAR(200),
    ADD COLUMN reason       VARCHAR(500),
    DROP CONSTRAINT worklist_event_event_check,
    ADD CONSTRAINT worklist_event_event_check CHECK (event IN ('CLAIMED', 'RELEASED', 'CLOSED', 'TAKEN_OVER',
        'REASSIGNED', 'IDLE_RELEASED')),
    ADD CONSTRAINT worklist_event_hand_over CHECK (event NOT IN ('TAKEN_OVER', 'REASSIGNED', 'IDLE_RELEASED')
        OR (reason IS NOT NULL
            AND (from_subject IS NOT NULL OR event = 'REASSIGNED')
            AND (to_subject IS NOT NULL) = (event <> 'IDLE_RELEASED')));

-- The nurses the worklist knows (a reassignment names one of them): those who took a step on it as a nurse.
CREATE INDEX worklist_event_nurse ON worklist_event (actor_subject) WHERE actor_role = 'nurse';

-- The idle-claim job finds the claims taken before a cutoff from these.
CREATE INDEX alert_claimed_at ON alert (claimed_at) WHERE status = 'CLAIMED';
CREATE INDEX follow_up_task_claimed_at ON follow_up_task (claimed_at) WHERE status = 'CLAIMED';
