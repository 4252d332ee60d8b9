-- The web address of a guide's folder (a repository's, for example), which the guide's relative
-- links resolve against; set by an admin, or by a Git source from its web URL.
alter table guide add column source_web_url varchar(1000);
-- The address a version's links were resolved against: a new one makes a re-import a new version.
alter table guide_version add column source_web_url varchar(1000);
