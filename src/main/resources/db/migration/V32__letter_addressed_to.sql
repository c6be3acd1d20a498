-- A letter is a record of what was sent: the name and postal address it was issued to are kept with it, so that
-- correcting the customer's record later does not change a letter already issued. Written when a letter is issued
-- (the name always, the address when the customer had one); erasure empties them as it does the rest of the
-- message. Letters issued before this have none and show the customer's record as it is now.
alter table customer_message add column letter_name varchar(120);
alter table customer_message add column letter_address_lines varchar(250);
alter table customer_message add column letter_postcode varchar(8);
