-- The approvals queue's Approved and Rejected tabs (and GET /api/v1/approvals?status=...) read a page at a time,
-- the latest decision first: this index gives them that order without sorting every decided request.
create index ix_approval_decided_latest on approval_request (status, decided_at, id);
