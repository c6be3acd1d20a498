-- The fault was specifically pointed out to the customer before the sale (CRA 2015 s.9(4)(a)): one of the facts the
-- decision rests on. Return authorisations raised before it was asked were decided without it.
alter table return_authorisation add column fault_pointed_out_before_sale boolean default false not null;
