-- A password a manager chose (a new account's first password, or one a manager set after the person forgot theirs)
-- must be changed by its owner at their next sign-in: until then every page leads to "Change your password". The
-- start-up set-ups' accounts (the first manager, the demo users) are not asked. Runs unchanged on H2 and PostgreSQL.
alter table staff_user add column password_change_required boolean default false not null;
