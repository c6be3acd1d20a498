-- The customer lookup on the log form compares the folded name key (ix_customer_name_key, V27), and no query reads
-- customer.name by range or equality any more: the index only cost a write each time a customer was added or corrected.
drop index ix_customer_name;
