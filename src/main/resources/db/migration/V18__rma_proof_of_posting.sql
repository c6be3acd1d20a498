-- The day the customer showed proof of posting goods back on a cancellation the shop does not collect: the refund is
-- then due 14 days after it, or after the goods come back if that is sooner (CCR 2013 reg 34(6)). Empty until then.
alter table return_authorisation add column proof_of_posting_on date;
