-- Interviewers' sets shared by a short link (/s/{code}): the code is the start of a SHA-256 of the
-- set's name and questions, so sharing the same set twice gives the same link and one row.
create table shared_set (
    code       varchar(16)   not null primary key,
    name       varchar(120),
    ids        varchar(4000) not null,
    created_at timestamp with time zone not null
);
