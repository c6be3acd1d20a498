-- Who last changed a case or a customer's record (a staff username, or "system" for the application's own jobs), so
-- that a colleague whose change clashes with it is told whose it was. Null on rows last changed before this column:
-- the clash message then says "someone else".
alter table service_case add column updated_by varchar(60);
alter table customer add column updated_by varchar(60);
