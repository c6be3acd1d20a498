-- The dashboard's "refunds agreed but not paid by their 14-day date": return authorisations still in flight
-- (authorised, received, inspected) whose refund is due before today. At a million cases there are some 440,000
-- return authorisations, almost all closed; without this index the query read every one of them (1 s on H2).
create index ix_rma_unpaid on return_authorisation (status, refund_due_on);
