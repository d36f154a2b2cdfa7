-- What happened to a case outside the payer's letters: the treatment's start (a pharmacy's shipment or delivery
-- notice, or staff marking it), once per case and kind, with where it was learnt.
create table case_milestone (
    case_id         bigint       not null references pa_case (id),
    kind            varchar(32)  not null,
    on_date         date         not null,
    source          varchar(300) not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null default now(),
    primary key (case_id, kind)
);
