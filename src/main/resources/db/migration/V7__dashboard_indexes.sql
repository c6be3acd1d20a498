-- Indexes for the managers' dashboard, reports and case-list filters (module dashboard). Plain indexes only, so the
-- same script runs on H2 and PostgreSQL.

-- The open-case dashboard reads the open cases (status first) and groups them by type, status, owner, age, SLA
-- state and approval; with every column it uses in the index, PostgreSQL answers from the index alone.
create index ix_case_dashboard on service_case (status, type, channel, created_at, assignee, sla_breached,
    approval_state, resolution_due_at, response_due_at, first_response_at);

-- Reports cover the cases logged in a period: classifier agreement groups them by confirmed and suggested type.
create index ix_case_report on service_case (created_at, type, suggested_type, channel);

-- The case list's "awaiting approval" filter, newest first.
create index ix_case_approval_state on service_case (approval_state, created_at);

-- Approval turnaround: requests decided in a period, by kind, with when they were made.
create index ix_approval_decided on approval_request (decided_at, kind, status, requested_at);
