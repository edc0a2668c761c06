-- Each access-log row carries the id its request gave it, so that a row written late (replayed from the
-- service's local fallback after the database was unavailable) is stored once even if it is replayed twice
-- or by several replicas (INSERT ... ON CONFLICT (entry_id) DO NOTHING). Existing rows get a fresh id; the
-- column's default is dropped afterwards so that every writer must give one. (ALTER TABLE does not fire the
-- append-only triggers, which refuse UPDATE.)
ALTER TABLE access_log ADD COLUMN entry_id UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE access_log ALTER COLUMN entry_id DROP DEFAULT;
ALTER TABLE access_log ADD CONSTRAINT access_log_entry_id_unique UNIQUE (entry_id);
