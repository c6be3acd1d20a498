-- Refunds agreed but not paid by their 14-day date (CRA 2015 s.20(15)) are escalated once.
alter table return_authorisation add column refund_overdue_flagged boolean default false not null;
create index ix_rma_refund_due on return_authorisation (refund_overdue_flagged, refund_due_on);
