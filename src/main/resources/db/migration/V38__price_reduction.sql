-- A final rejection or price reduction (CRA 2015 s.24) where the customer keeps the goods: the reduction agreed is the
-- refund, and nothing comes back, so such an RMA has no return method. Existing RMAs keep theirs and read as before.
alter table return_authorisation add column price_reduction numeric(12, 2);
alter table return_authorisation alter column return_method drop not null;
