-- A supervisor's or manager's decision on a refund request is copied onto the return authorisation it authorises or
-- denies. The approval's note may be 2,000 characters (approval_request.decision_note), so the RMA's must hold as
-- many; a longer note failed the whole decision.
alter table return_authorisation alter column decision_note set data type varchar(2000);
