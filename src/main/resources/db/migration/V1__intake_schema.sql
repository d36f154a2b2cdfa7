-- The whole intake schema. Originals live on disk, content-addressed; the database keeps what was read and decided.

create table pa_case (
    id              bigserial primary key,
    status          varchar(32)  not null,
    patient_name    varchar(200) not null,
    patient_dob     date,
    member_id       varchar(64),
    payer           varchar(200),
    drug            varchar(100),
    pa_reference    varchar(100),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);
create index pa_case_member_id on pa_case (upper(member_id));
create index pa_case_pa_reference on pa_case (upper(pa_reference));

create table document (
    id              bigserial primary key,
    sha256          char(64)     not null unique,   -- the same bytes twice are one document
    channel         varchar(16)  not null,
    source_name     varchar(1000) not null,
    message_id      varchar(1000),
    received_at     timestamptz  not null,
    size_bytes      bigint       not null,
    format          varchar(16),
    pages           int,
    state           varchar(16)  not null,
    document_type   varchar(32),
    confidence      double precision,
    case_id         bigint references pa_case (id),
    fields          jsonb        not null default '{}',
    evidence        jsonb        not null default '[]',
    context         jsonb        not null default '{}',
    error           text,
    processed_at    timestamptz
);
create index document_received_at on document (received_at desc, id desc);
create index document_state on document (state);
create index document_case on document (case_id);

create table document_page (
    document_id     bigint       not null references document (id),
    page_no         int          not null,
    method          varchar(16)  not null,
    confidence      double precision not null,
    text            text         not null,
    primary key (document_id, page_no)
);

create table follow_up_task (
    id              bigserial primary key,
    case_id         bigint references pa_case (id),
    document_id     bigint references document (id),
    title           varchar(300) not null,
    role            varchar(40)  not null,
    assignee        varchar(100),
    due_date        date         not null,
    priority        varchar(16)  not null,
    status          varchar(16)  not null,
    created_at      timestamptz  not null default now(),
    completed_at    timestamptz
);
create index follow_up_task_status on follow_up_task (status, due_date);

-- Append-only: what the system read, decided and drafted, and what staff changed or viewed.
create table audit_event (
    id              bigserial primary key,
    at              timestamptz  not null default now(),
    actor           varchar(100) not null,
    action          varchar(64)  not null,
    document_id     bigint,
    case_id         bigint,
    detail          jsonb        not null default '{}'
);
create index audit_event_document on audit_event (document_id);
create index audit_event_case on audit_event (case_id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();

-- Spring Security's JDBC user store
create table users (
    username        varchar(100) primary key,
    password        varchar(500) not null,
    enabled         boolean      not null
);
create table authorities (
    username        varchar(100) not null references users (username),
    authority       varchar(100) not null,
    primary key (username, authority)
);
