-- Every version of every rule file that was put in use: who, when, what changed.
create table rule_version (
    id              bigserial primary key,
    file            varchar(200) not null,
    version         int          not null,
    content         text         not null,
    sha256          char(64)     not null,
    published_by    varchar(100) not null,
    published_at    timestamptz  not null default now(),
    diff            text         not null,
    unique (file, version)
);

-- Staff's corrections of a document's type: the raw material for rule proposals.
create table type_correction (
    id              bigserial primary key,
    document_id     bigint       not null references document (id),
    from_type       varchar(32),
    to_type         varchar(32)  not null,
    corrected_by    varchar(100) not null,
    corrected_at    timestamptz  not null default now(),
    note            text
);
create index type_correction_document on type_correction (document_id);
