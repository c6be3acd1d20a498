-- What an API Idempotency-Key was first sent with: a SHA-256 (hex) of the request as bound, so that the key sent again
-- with a different request is refused instead of answered with the first request's case (and the second interaction
-- lost). Records made before this have none and are replayed by their key alone, as they were. Runs unchanged on H2
-- and PostgreSQL.
alter table idempotency_record add column request_hash varchar(64);
