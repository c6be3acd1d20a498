-- Recording a customer's contact preferences sends them nothing, so its timeline entry is no longer filed as an update
-- to the customer: entries written before it had a kind of its own take it. Their wording has never changed.
update case_event set kind = 'CONTACT_PREFERENCES'
 where kind = 'CUSTOMER_UPDATE' and summary like 'Contact preferences recorded:%';
