-- The closing e-mail thanked every customer "for your patience while we put this right", a simple query too. The
-- default text now says {thanks}, filled in for the case's type (a complaint or a return put right, a query answered).
-- A text a manager has edited is left as they wrote it: they can use {thanks} themselves.
update mail_template
   set body = replace(body,
           'Thank you for your patience while we put this right. If anything is not as we agreed, reply to this e-mail and we will reopen your case.',
           '{thanks}'),
       updated_at = current_timestamp
 where template_key = 'CLOSURE'
   and version = 0
   and updated_by = 'system';
