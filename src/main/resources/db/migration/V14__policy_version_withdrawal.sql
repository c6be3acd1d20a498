-- A manager may withdraw a version of the returns policy before it takes effect (a date typed by mistake). The
-- row stays, for the history; a withdrawn version is never in force and never blocks a later one.
alter table returns_policy_version add column withdrawn_at timestamp with time zone;
alter table returns_policy_version add column withdrawn_by varchar(60);
