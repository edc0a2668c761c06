-- Flyway runs this after every migrate, as the migrating user (the owner of the schema, e.g. dho_owner), also when
-- there was nothing to migrate: the application role ${appRole} (placeholder appRole, QUARKUS_FLYWAY_PLACEHOLDERS_APPROLE)
-- gets row privileges on every table and view, and nothing more (docs/database-roles.md):
--   - SELECT, INSERT, UPDATE, DELETE on the tables and views; the access log only SELECT and INSERT;
--   - USAGE and SELECT on the sequences (BIGSERIAL and identity columns);
--   - Flyway's history table only SELECT;
--   - no CREATE on schema public (for PUBLIC neither), so it cannot create tables, functions or views there;
--   - it owns nothing, so it cannot ALTER, DROP or TRUNCATE a table, nor disable or drop a trigger.
-- Skipped, with a notice, when the migrating user is the application role itself (one login for both, e.g. Dev
-- Services) or when the role does not exist. Idempotent: granting again is harmless.
DO $grants$
DECLARE
    app_role CONSTANT TEXT := '${appRole}';
BEGIN
    IF app_role = current_user THEN
        RAISE NOTICE 'Grants to the application role skipped: % migrates itself (one login owns and uses the schema)',
            app_role;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RAISE NOTICE 'Grants to the application role skipped: role % does not exist', app_role;
        RETURN;
    END IF;
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', app_role);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON access_log FROM %I', app_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I FROM %I', '${flyway:table}', app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
    RAISE NOTICE 'Row privileges granted to the application role %', app_role;
END
$grants$;
