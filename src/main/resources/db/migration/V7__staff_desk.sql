-- The staff desk: reviews finished in the system, and the people who finish them.

-- A review task belongs to its document: it is done when a person decides the document, whatever the case does.
alter table follow_up_task add column for_review boolean not null default false;
create index follow_up_task_document on follow_up_task (document_id) where status = 'OPEN';
create index follow_up_task_assignee on follow_up_task (assignee, status);

-- Staff's corrections of a field: applied to the document, kept (like type corrections) to learn from.
create table field_correction (
    id              bigserial primary key,
    document_id     bigint       not null references document (id),
    field           varchar(40)  not null,
    from_value      text,
    to_value        text,
    corrected_by    varchar(100) not null,
    corrected_at    timestamptz  not null default now()
);
create index field_correction_document on field_correction (document_id);

-- The review queue reads documents by state, oldest first.
create index document_state_received on document (state, received_at, id);

-- Sign-in users are the desk's people: a name to show (and to match staff.yaml's owners), and a flag that
-- makes the demo's default password be changed at the first sign-in.
alter table users add column full_name varchar(200);
alter table users add column must_change_password boolean not null default false;
alter table users add column created_at timestamptz not null default now();
