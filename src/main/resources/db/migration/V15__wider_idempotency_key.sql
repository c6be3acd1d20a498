-- The key is stored with its source's prefix ("api:" or "form:"), so an API Idempotency-Key of the 100 characters
-- the API accepts must fit with the longest prefix in front of it.
alter table idempotency_record alter column idem_key set data type varchar(120);
