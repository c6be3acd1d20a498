-- Who added a reason to a supervisor review already waiting (a later contact they recorded raised a flag), comma
-- separated: like the one who asked for it, none of them may decide it.
alter table approval_request add column widened_by varchar(2000);
