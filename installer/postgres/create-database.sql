-- PlanDesk on an office's PostgreSQL server: the database, its owner and the two groups of desks.
-- Run once as the server's superuser; running it again changes nothing that is already right:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -f create-database.sql
-- Names other than the defaults: -v database=... -v owner=... -v editors=... -v readers=...
--
-- owner    a login that owns the database and its schema: it runs PlanDesk's migrations (the first
--          `plandesk migrate` or start after installing or upgrading PlanDesk) and may do everything.
-- editors  a group (no login of its own): read and write the plans, units and holidays, no DDL.
-- readers  a group: SELECT only. PlanDesk opens its window read-only for them (export and print still work).
-- Each person gets a login of their own in one of the groups: add-person.sql.

\if :{?database} \else \set database plandesk \endif
\if :{?owner} \else \set owner plandesk_owner \endif
\if :{?editors} \else \set editors plandesk_editors \endif
\if :{?readers} \else \set readers plandesk_readers \endif

-- The owner's password is set afterwards with \password, never on a command line.
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'editors') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'editors') \gexec
SELECT format('CREATE ROLE %I NOLOGIN', :'readers') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'readers') \gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'database', :'owner', 'UTF8')
    WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec

-- Only the three roles (and their members) may connect; no one else on the server sees the plans.
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"editors", :"readers";

\connect :"database"

-- The owner alone creates tables (PostgreSQL before 15 lets every role create in public).
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"editors", :"readers";

-- Tables already there (the script run again after a migration) ...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"editors";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"editors";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"readers";
-- ... and every table and sequence a later migration makes, which the owner creates.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"editors";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"editors";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT ON TABLES TO :"readers";
