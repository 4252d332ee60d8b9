-- A node that dies mid-import stops beating: its lock is free as soon as the heartbeat is
-- silent (ImportLock.SILENCE), not when the 5-minute lease ends, and the run it left RUNNING is
-- marked INTERRUPTED by the next node to start (imports.InterruptedRuns).
alter table import_lock add column heartbeat_at timestamp with time zone;
alter table import_run add column lock_owner varchar(64);
