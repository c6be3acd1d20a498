-- What a sent form carried: a SHA-256 (hex) of its fields (SubmissionGuard), so that a form sent again with changed
-- values (the browser's back button, some fields changed, sent again) is told its changes were not saved, instead of
-- being told it was already saved as if they were. A digest, not the values. Rows written before this have none, and a
-- resend of them is answered as before. Runs unchanged on H2 and PostgreSQL.
alter table form_submission add column fingerprint varchar(64);
