-- 005_soft_delete.sql
--
-- Soft delete on the four user-facing tables: a DELETE marks the row (deleted_at = now()) instead of
-- removing it, for retention, recovery (an admin restores through the server) and an intact audit trail.
-- Marked rows are invisible to users: every policy on these tables now requires deleted_at IS NULL.

ALTER TABLE public.roleplay_sessions   ADD COLUMN deleted_at timestamptz;
ALTER TABLE public.session_scores      ADD COLUMN deleted_at timestamptz;
ALTER TABLE public.call_uploads        ADD COLUMN deleted_at timestamptz;
ALTER TABLE public.curriculum_progress ADD COLUMN deleted_at timestamptz;

-- soft_delete(): BEFORE DELETE FOR EACH ROW.
-- RLS on the DELETE statement has already decided which rows the caller may delete; for each of them this
-- marks the row and returns NULL, so PostgreSQL skips the physical delete and the row stays. Consequence for
-- callers: a soft delete reports "DELETE 0" and RETURNING yields nothing — check visibility before, not the
-- row count after. Deleting an already-marked row is a no-op (it keeps its first deleted_at).
-- SECURITY DEFINER: the marking UPDATE runs as the table owner, so it is not blocked by the absence of an
-- UPDATE policy (sessions, scores) or by the "deleted_at IS NULL" checks on the UPDATE policies.
-- Rows really leave the table in two cases only:
--  * Hard delete, the escape hatch for retention purges and erasure: in the same transaction, as
--    service_role or as the owner/migrator role (not anon/authenticated),
--        SELECT set_config('app.hard_delete', 'on', true);   -- true = this transaction only
--        DELETE FROM public.call_uploads WHERE …;
--    A signed-in user setting the flag changes nothing: their deletes stay soft.
--  * A cascade from a parent that is really deleted (users → sessions/uploads/progress,
--    sessions → scores): the foreign key's cascade runs inside the parent's delete (trigger depth > 1), and
--    suppressing it would leave rows pointing at a parent that no longer exists.
CREATE FUNCTION public.soft_delete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    -- The role the caller SET; a SECURITY DEFINER function changes current_user, not this setting.
    v_role text := coalesce(current_setting('role', true), 'none');
BEGIN
    IF current_setting('app.hard_delete', true) = 'on'
       AND (v_role IN ('none', 'service_role') OR v_role = session_user) THEN
        RETURN OLD;
    END IF;

    IF pg_catalog.pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;

    IF OLD.deleted_at IS NULL THEN
        EXECUTE pg_catalog.format('UPDATE %I.%I SET deleted_at = pg_catalog.now() WHERE id = $1 AND deleted_at IS NULL',
                                  TG_TABLE_SCHEMA, TG_TABLE_NAME)
            USING OLD.id;
    END IF;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION public.soft_delete() FROM PUBLIC, anon, authenticated;

CREATE TRIGGER soft_delete_roleplay_sessions
    BEFORE DELETE ON public.roleplay_sessions
    FOR EACH ROW EXECUTE FUNCTION public.soft_delete();
CREATE TRIGGER soft_delete_session_scores
    BEFORE DELETE ON public.session_scores
    FOR EACH ROW EXECUTE FUNCTION public.soft_delete();
CREATE TRIGGER soft_delete_call_uploads
    BEFORE DELETE ON public.call_uploads
    FOR EACH ROW EXECUTE FUNCTION public.soft_delete();
CREATE TRIGGER soft_delete_curriculum_progress
    BEFORE DELETE ON public.curriculum_progress
    FOR EACH ROW EXECUTE FUNCTION public.soft_delete();

-- Policies: the same rules as 001, plus "not soft-deleted". On UPDATE the check also applies to the new
-- row, so a user can neither edit a deleted row nor delete (or undelete) by writing deleted_at themselves.

DROP POLICY "Users can view sessions" ON public.roleplay_sessions;
CREATE POLICY "Users can view sessions" ON public.roleplay_sessions
    FOR SELECT TO authenticated
    USING (
        deleted_at IS NULL
        AND (user_id = (SELECT auth.uid())
             OR ((SELECT public.is_org_admin())
                 AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    );

DROP POLICY "Users can insert their own sessions" ON public.roleplay_sessions;
CREATE POLICY "Users can insert their own sessions" ON public.roleplay_sessions
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);

DROP POLICY "Users can view their session scores" ON public.session_scores;
CREATE POLICY "Users can view their session scores" ON public.session_scores
    FOR SELECT TO authenticated
    USING (
        deleted_at IS NULL
        AND EXISTS (
            SELECT 1 FROM public.roleplay_sessions s
            WHERE s.id = session_scores.session_id
              AND s.deleted_at IS NULL
              AND (s.user_id = (SELECT auth.uid())
                   OR ((SELECT public.is_org_admin())
                       AND s.user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
        )
    );

DROP POLICY "Users can insert scores for their sessions" ON public.session_scores;
CREATE POLICY "Users can insert scores for their sessions" ON public.session_scores
    FOR INSERT TO authenticated
    WITH CHECK (
        deleted_at IS NULL
        AND EXISTS (
            SELECT 1 FROM public.roleplay_sessions s
            WHERE s.id = session_scores.session_id
              AND s.deleted_at IS NULL
              AND s.user_id = (SELECT auth.uid())
        )
    );

DROP POLICY "Users can view uploads" ON public.call_uploads;
CREATE POLICY "Users can view uploads" ON public.call_uploads
    FOR SELECT TO authenticated
    USING (
        deleted_at IS NULL
        AND (user_id = (SELECT auth.uid())
             OR ((SELECT public.is_org_admin())
                 AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    );

DROP POLICY "Users can insert their own uploads" ON public.call_uploads;
CREATE POLICY "Users can insert their own uploads" ON public.call_uploads
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);

DROP POLICY "Users can update their own uploads" ON public.call_uploads;
CREATE POLICY "Users can update their own uploads" ON public.call_uploads
    FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()) AND deleted_at IS NULL)
    WITH CHECK (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);

-- The seed's own wording for this one: "SELECT where auth.uid() = user_id AND deleted_at IS NULL".
DROP POLICY "Users can view their own progress" ON public.curriculum_progress;
CREATE POLICY "Users can view their own progress" ON public.curriculum_progress
    FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);

DROP POLICY "Users can insert their own progress" ON public.curriculum_progress;
CREATE POLICY "Users can insert their own progress" ON public.curriculum_progress
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);

DROP POLICY "Users can update their own progress" ON public.curriculum_progress;
CREATE POLICY "Users can update their own progress" ON public.curriculum_progress
    FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()) AND deleted_at IS NULL)
    WITH CHECK (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);

-- Session events follow their session: a deleted session's raw payloads disappear with it.
DROP POLICY "Users can view their session events" ON public.session_events;
CREATE POLICY "Users can view their session events" ON public.session_events
    FOR SELECT TO authenticated
    USING (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_events.session_id
          AND s.deleted_at IS NULL
          AND (s.user_id = (SELECT auth.uid())
               OR ((SELECT public.is_org_admin())
                   AND s.user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    ));

-- DELETE policies. The seed names none, yet requires soft delete to work on these four tables, and a
-- DELETE that RLS admits no row to never reaches soft_delete(). Added: the owner may delete their own
-- rows; an admin may also delete the sessions and uploads of their own org (managers clean up, and restore
-- through the server). Scores follow the ownership of their session. Already-deleted rows are not matched.
GRANT DELETE ON public.roleplay_sessions, public.session_scores, public.call_uploads, public.curriculum_progress
    TO authenticated;

CREATE POLICY "Users can delete their own sessions" ON public.roleplay_sessions
    FOR DELETE TO authenticated
    USING (
        deleted_at IS NULL
        AND (user_id = (SELECT auth.uid())
             OR ((SELECT public.is_org_admin())
                 AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    );

CREATE POLICY "Users can delete their own session scores" ON public.session_scores
    FOR DELETE TO authenticated
    USING (
        deleted_at IS NULL
        AND EXISTS (
            SELECT 1 FROM public.roleplay_sessions s
            WHERE s.id = session_scores.session_id
              AND s.deleted_at IS NULL
              AND s.user_id = (SELECT auth.uid())
        )
    );

CREATE POLICY "Users can delete their own uploads" ON public.call_uploads
    FOR DELETE TO authenticated
    USING (
        deleted_at IS NULL
        AND (user_id = (SELECT auth.uid())
             OR ((SELECT public.is_org_admin())
                 AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    );

CREATE POLICY "Users can delete their own progress" ON public.curriculum_progress
    FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()) AND deleted_at IS NULL);
