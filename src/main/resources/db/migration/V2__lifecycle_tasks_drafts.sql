-- Case lifecycle: every status a case passed through, by whom and why; the queue metrics are read from it.
alter table pa_case add column status_changed_at timestamptz not null default now();

create table case_status_history (
    id              bigserial primary key,
    case_id         bigint       not null references pa_case (id),
    from_status     varchar(32),
    to_status       varchar(32)  not null,
    at              timestamptz  not null default now(),
    actor           varchar(100) not null,
    document_id     bigint references document (id)
);
create index case_status_history_case on case_status_history (case_id, at);
insert into case_status_history (case_id, from_status, to_status, at, actor)
    select id, null, status, created_at, 'system' from pa_case;

-- Tasks: the status they were raised for (they close when the case moves on), escalation, who closed them.
alter table follow_up_task add column raised_for_status varchar(32);
alter table follow_up_task add column escalated_at timestamptz;
alter table follow_up_task add column completed_by varchar(100);
alter table follow_up_task add column note text;

-- Drafts staff approve: a checklist, an appeal letter, a patient message. Nothing leaves on its own.
create table draft (
    id              bigserial primary key,
    case_id         bigint       not null references pa_case (id),
    document_id     bigint references document (id),
    kind            varchar(32)  not null,
    body            text         not null,
    sources         jsonb        not null default '[]',
    missing         jsonb        not null default '[]',
    status          varchar(16)  not null,
    created_at      timestamptz  not null default now(),
    decided_by      varchar(100),
    decided_at      timestamptz
);
create index draft_case on draft (case_id);

-- Patient messages a staff member approved, waiting for staff to send them through the clinic's channel.
create table patient_outbox (
    id              bigserial primary key,
    draft_id        bigint       not null unique references draft (id),
    case_id         bigint       not null references pa_case (id),
    body            text         not null,
    queued_at       timestamptz  not null default now(),
    queued_by       varchar(100) not null
);
