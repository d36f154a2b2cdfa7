-- The chart's facts on a case (diagnosis, severity scores, prior therapies, labs, ...), each with its source: a
-- document on file (and its page) or the record it was taken from. No fact without one.
create table case_fact (
    id              bigserial primary key,
    case_id         bigint       not null references pa_case (id),
    kind            varchar(32)  not null,
    value           varchar(1000) not null,
    observed_on     date,
    outcome         varchar(200),
    document_id     bigint references document (id),
    page            int,
    source          varchar(500),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null default now(),
    constraint case_fact_has_a_source check (document_id is not null or coalesce(trim(source), '') <> '')
);
create index case_fact_case on case_fact (case_id);
