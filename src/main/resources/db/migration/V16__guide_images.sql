-- Images that ship with a guide of several files (docs/ARCHITECTURE.md, "Images of a guide").
-- An image's bytes are kept once, under the SHA-256 that names its URL, however many versions and
-- guides ship it; each version notes which of its paths is which image.
create table asset_content (
    sha256     varchar(64) primary key,
    media_type varchar(40) not null,
    size_bytes integer     not null,
    bytes      bytea       not null
);

create table guide_asset (
    version_id bigint        not null references guide_version (id) on delete cascade,
    path       varchar(1000) not null,
    sha256     varchar(64)   not null references asset_content (sha256),
    primary key (version_id, path)
);

create index ix_guide_asset_sha256 on guide_asset (sha256);

-- A dry run of a Git source keeps the source's web address, so that the guide's first version,
-- applied later, already resolves links to files outside the guide against it.
alter table import_run add column source_web_url varchar(2000);
