-- Who is reading a document right now: a second copy arriving meanwhile is not read twice, and a document
-- whose reading was cut off by a crash is taken up again once its lease has run out.
alter table document add column lease_until timestamptz;
