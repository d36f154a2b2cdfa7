-- Whose lease it is: each running application registers itself and says every few seconds that it is alive. A
-- document whose reader stopped saying so (killed, crashed, its machine gone) is taken up again at once by the
-- next copy of its source, instead of being taken for a duplicate until its lease runs out.
alter table document add column lease_owner text;

create table intake_instance (
    id         text primary key,
    host       text not null,
    started_at timestamptz not null default now(),
    seen_at    timestamptz not null default now()
);
