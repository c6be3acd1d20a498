-- A letter to print and post told the customer to "reply to this e-mail". The sentence saying how to ask a question is
-- now {howToReply}, filled in for how the message goes: "reply to this e-mail or call us" in an e-mail, "call us or
-- write to us" in a letter. Wherever a template still has the sentence as it was first written, a manager's edit
-- included, it becomes the placeholder: every e-mail reads word for word as before, and letters stop saying it. A
-- template whose sentence a manager reworded is left as they wrote it: they can use {howToReply} themselves.
update mail_template
   set body = replace(body,
           'If you have any questions, reply to this e-mail or call us quoting your case number.',
           '{howToReply}')
 where body like '%If you have any questions, reply to this e-mail or call us quoting your case number.%';
