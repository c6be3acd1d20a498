-- Indexes for the managers' reports (module dashboard). Each report counts its own records by their own date in the
-- period and reads them along one index that starts with that date and holds every column it groups, sums or joins
-- on, so both databases answer from the period's range of the index alone (PostgreSQL with an index-only scan; H2
-- too when an index holds every column a query reads) instead of reading each record's row. Plain indexes only, so
-- the same script runs on H2 and PostgreSQL.

-- Refund value: refunds paid in the period (a shop calendar day), by reason, legal basis and goodwill, summed; the
-- case number for the join when a channel or type is chosen.
create index ix_rma_refunded on return_authorisation (refunded_on, reason_code, legal_basis, goodwill_exception,
    offered_remedy, refund_amount, case_number);

-- Repeat faults: return authorisations raised in the period for a fault, with the id their lines hang from and the
-- case number they count. The reason comes first: the report only ever reads faulty returns (a third of them), so
-- the index range holds exactly the rows it counts.
create index ix_rma_faulty on return_authorisation (reason_code, raised_on, case_number, id);

-- Complaint root causes: closures in the period by root cause. It replaces the index on closed_at alone (a prefix of
-- this one) and the one on (root_cause, closed_at), which only the reports read.
create index ix_case_closure_report on case_closure (closed_at, root_cause, case_number);
drop index ix_case_closure_closed_at;
drop index ix_case_closure_root_cause;

-- Satisfaction: feedback received in the period by month, score and whether it was resolved; the latest comments are
-- read from the end of the same range. It replaces (recorded_at, source), which only the reports read.
create index ix_customer_feedback_report on customer_feedback (recorded_at, score, resolved, case_number);
drop index ix_customer_feedback_recorded;

-- A channel or type filter joins each record to its case by number and reads only those two columns of it; with them
-- in the index, neither database needs the case's row (at a million cases on H2, a year's reports for one channel
-- took 15 s without it and 3 s with it).
create index ix_case_number_filters on service_case (case_number, channel, type);
