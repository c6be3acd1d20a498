-- A customer's postal address, for the letters the shop prints and posts (a final response to a customer without
-- e-mail): up to four lines kept as one text, one line a line, and the UK postcode normalised ("SW1A 1AA"). Both are
-- optional, and erasure empties them as it does the e-mail and phone.
alter table customer add column address_lines varchar(250);
alter table customer add column postcode varchar(8);
