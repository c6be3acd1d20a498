-- The return form fills in how an order's goods were sold from the newest return authorisation for the same order
-- reference. Looked up ignoring case, that read every return authorisation each time the form opened. Order
-- references are now kept upper-cased, as a case keeps its own, and looked up by this index.
-- (A reference that upper() would lengthen, as H2 turns ß into SS, is left as it is: it must still fit its column.)
update return_authorisation set order_reference = upper(order_reference)
 where order_reference is not null and order_reference <> upper(order_reference)
   and char_length(upper(order_reference)) = char_length(order_reference);
create index ix_rma_order_ref on return_authorisation (order_reference);
