-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d), as its superuser: the two
-- roles of docs/database-roles.md and the database, the same SQL an operator runs once on a managed PostgreSQL.
--   dho_owner  the owner (migration role): owns database dho and its schema, runs Flyway (QUARKUS_FLYWAY_USERNAME)
--   dho        the application role: the service's login (QUARKUS_DATASOURCE_USERNAME); Flyway grants it row
--              privileges after every migrate (src/main/resources/db/callback/afterMigrate.sql)
-- Passwords from the environment of the postgres service (compose.yaml).
\getenv owner_password DHO_OWNER_PASSWORD
\getenv app_password DHO_APP_PASSWORD
CREATE ROLE dho_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE dho LOGIN PASSWORD :'app_password';
CREATE DATABASE dho OWNER dho_owner;
\connect dho
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
