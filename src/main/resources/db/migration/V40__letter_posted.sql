-- A letter to print and post records who marked it as posted, and when: until then it is waiting to be posted. Both
-- empty for an e-mail and for a letter not yet posted (every letter issued before this). The name of a member of
-- staff and a date, not the customer's data: erasure keeps them, as it keeps who issued the letter and when.
alter table customer_message add column posted_by varchar(60);
alter table customer_message add column posted_at timestamp with time zone;
