-- A version's Markdown source moves to a table of its own. Every topic and question row written
-- for a version checks its foreign key against the version's row; with a 3 MB source inside that
-- row, H2 read and decoded the whole source again for each check (82 s to write a guide of 2,860
-- questions). The version's row is now small; the source is read only when it is asked for.
create table guide_version_source (
    version_id      bigint primary key references guide_version (id) on delete cascade,
    source_markdown text   not null
);

insert into guide_version_source (version_id, source_markdown)
select id, source_markdown from guide_version;

alter table guide_version drop column source_markdown;
