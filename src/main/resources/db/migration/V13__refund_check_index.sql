-- The refund-deadline check (every five minutes) looks for return authorisations still in flight (authorised,
-- received, inspected) whose refund was due before today and not yet flagged. H2 answered it along
-- ix_rma_refund_due (refund_overdue_flagged, refund_due_on), which holds every return not flagged: at a million cases
-- it read some 430,000 rows, seconds of CPU every five minutes. ix_rma_unpaid (status, refund_due_on) finds the few
-- thousand in flight, and nothing else needs ix_rma_refund_due.
drop index ix_rma_refund_due;
