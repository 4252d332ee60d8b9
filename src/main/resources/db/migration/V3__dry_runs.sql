-- A dry run keeps the source it previewed and the version it compared against, so applying it
-- later imports exactly what the admin saw, or refuses (409) if the guide changed meanwhile.
alter table import_run add column source_markdown text;
alter table import_run add column base_version_id bigint;
alter table import_run add column changes text;
