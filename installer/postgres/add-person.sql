-- A login for one person at one desk, in the group that says what they may do.
-- Run as the server's superuser, then set the password, which psql asks for twice (never on a command line):
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -v person=nguyenvana -v group=plandesk_editors -f add-person.sql
--   sudo -u postgres psql -c '\password nguyenvana'
-- group: plandesk_editors (read and write) or plandesk_readers (read only), or the names given to create-database.sql.
-- To move a person to the other group:  REVOKE plandesk_editors FROM nguyenvana; GRANT plandesk_readers TO nguyenvana;
-- To take a person's access away:       DROP ROLE nguyenvana;

\if :{?person} \else \warn 'add-person.sql: give the login with -v person=NAME' \set ON_ERROR_STOP 1 \set person '' \endif
\if :{?group} \else \warn 'add-person.sql: give the group with -v group=plandesk_editors or -v group=plandesk_readers' \set ON_ERROR_STOP 1 \set group '' \endif

SELECT format('CREATE ROLE %I LOGIN', :'person') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'person') \gexec
GRANT :"group" TO :"person";
