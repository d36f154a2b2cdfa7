-- The tasks the calendar raised (a renewal before an approval ends, a chase of an unanswered request), one per case,
-- kind and date: a second sweep, or a second instance sweeping at the same time, raises nothing twice.
create table case_reminder (
    case_id         bigint       not null references pa_case (id),
    kind            varchar(16)  not null,
    for_date        date         not null,
    task_id         bigint references follow_up_task (id),
    raised_at       timestamptz  not null default now(),
    primary key (case_id, kind, for_date)
);
