-- down: 022_member_erasure.sql
-- loses: nothing
--
-- Drops app.erase_member; members already erased stay tombstones.

DROP FUNCTION IF EXISTS app.erase_member(uuid, boolean);
