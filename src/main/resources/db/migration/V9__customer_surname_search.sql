-- Staff often search by surname: keep the last word of the customer's name, lower-cased, with its own index.
alter table service_case add column customer_surname_key varchar(120);
update service_case set customer_surname_key = regexp_replace(customer_name_key, '^.* ', '');
create index ix_case_surname on service_case (customer_surname_key);
