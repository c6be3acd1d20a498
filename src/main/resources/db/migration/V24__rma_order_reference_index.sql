-- The return form fills in how an order's goods were sold from the newest return authorisation for the same order
-- reference. Looked up ignoring case, that read every return authorisation each time the form opened. Order
-- references are now kept upper-cased, as a case keeps its own, and looked up by this index.
update return_authorisation set order_reference = upper(order_reference)
 where order_reference is not null and order_reference <> upper(order_reference);
create index ix_rma_order_ref on return_authorisation (order_reference);
