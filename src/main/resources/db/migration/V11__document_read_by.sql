-- Which running instance finished reading a document (intake_instance.id at the time; kept after the instance is
-- gone): with several instances, how the work was spread and who read a document that went wrong.
alter table document add column read_by varchar(64);
