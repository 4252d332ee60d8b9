-- Several nodes share one database (docs/ARCHITECTURE.md, Scale). The import lock and the running import's
-- phase live here, so one import runs at a time across all nodes and every node's admin page
-- shows it; a lease that expires frees the lock of a node that died mid-import.
create table import_lock (
    name       varchar(32) primary key,
    owner      varchar(64),
    guide      varchar(200),
    phase      varchar(100),
    started_at timestamp with time zone,
    expires_at timestamp with time zone
);

insert into import_lock (name) values ('import');

-- Admin sessions (Spring Session JDBC), so an admin stays logged in whichever node answers.
-- Spring Session's own PostgreSQL schema, which H2 in PostgreSQL mode takes as it is.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
