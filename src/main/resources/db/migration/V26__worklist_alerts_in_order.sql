-- The worklist's page walks its lines in its own order and stops after the page, instead of reading every open
-- alert of every patient and every task due and sorting them (issue 16: at 100,000 open alerts a page took 200-740 ms
-- at p99). Each index below serves one branch of WorklistKeys and replaces one that served less, so the report's
-- statement still writes the same number of index entries.

-- Owned by the alert feature, read through open_alert_view: the open alerts in the worklist's order (zone rank, then
-- oldest first), with what the worklist filters by (the patient, who holds the alert) and the zone for the alert
-- metrics (OpenAlertFigures), which read alert_open (status, zone, received_at) before.
CREATE INDEX alert_open_in_order ON alert (zone_rank, received_at, id) INCLUDE (patient_id, claimed_by_subject, zone)
    WHERE status <> 'CLOSED';
DROP INDEX alert_open;

-- Owned by the worklist feature: the tasks not closed by due date, then id (the worklist's order within its tasks).
CREATE INDEX follow_up_task_due_in_order ON follow_up_task (due_date, id) WHERE status <> 'CLOSED';
DROP INDEX follow_up_task_due;

-- Owned by the patient feature, read through patient_responsibility_view: a municipality's patients from the index
-- alone (the worklist's and the overviews' municipality filter joins them to open alerts by patient).
CREATE INDEX patient_municipality_ids ON patient (municipality, id);
DROP INDEX patient_municipality;
