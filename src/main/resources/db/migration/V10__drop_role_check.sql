-- H2 2.4 can fail a CHECK constraint once the connection that created it has closed ("Check constraint
-- invalid"), which a connection pool does after a while. The role is an enum the application validates.
alter table staff_user drop constraint ck_staff_user_role;
