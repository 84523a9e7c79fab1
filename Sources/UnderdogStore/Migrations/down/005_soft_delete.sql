-- down: 005_soft_delete.sql
-- loses: public.roleplay_sessions.deleted_at, public.session_scores.deleted_at, public.call_uploads.deleted_at, public.curriculum_progress.deleted_at
--
-- Back to hard deletes and 001's policies; users lose DELETE on these four tables again. Rows that were
-- soft-deleted would come back as live rows, so purge them (hard delete) before running this.

DROP POLICY IF EXISTS "Users can delete their own progress" ON public.curriculum_progress;
DROP POLICY IF EXISTS "Users can delete their own uploads" ON public.call_uploads;
DROP POLICY IF EXISTS "Users can delete their own session scores" ON public.session_scores;
DROP POLICY IF EXISTS "Users can delete their own sessions" ON public.roleplay_sessions;

REVOKE DELETE ON public.roleplay_sessions, public.session_scores, public.call_uploads, public.curriculum_progress
    FROM authenticated;

-- 001's policies, each in place of 005's version.
DROP POLICY IF EXISTS "Users can view their session events" ON public.session_events;
CREATE POLICY "Users can view their session events" ON public.session_events
    FOR SELECT TO authenticated
    USING (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_events.session_id
          AND (s.user_id = (SELECT auth.uid())
               OR ((SELECT public.is_org_admin())
                   AND s.user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    ));

DROP POLICY IF EXISTS "Users can update their own progress" ON public.curriculum_progress;
CREATE POLICY "Users can update their own progress" ON public.curriculum_progress
    FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS "Users can insert their own progress" ON public.curriculum_progress;
CREATE POLICY "Users can insert their own progress" ON public.curriculum_progress
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS "Users can view their own progress" ON public.curriculum_progress;
CREATE POLICY "Users can view their own progress" ON public.curriculum_progress
    FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS "Users can update their own uploads" ON public.call_uploads;
CREATE POLICY "Users can update their own uploads" ON public.call_uploads
    FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS "Users can insert their own uploads" ON public.call_uploads;
CREATE POLICY "Users can insert their own uploads" ON public.call_uploads
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS "Users can view uploads" ON public.call_uploads;
CREATE POLICY "Users can view uploads" ON public.call_uploads
    FOR SELECT TO authenticated
    USING (
        user_id = (SELECT auth.uid())
        OR ((SELECT public.is_org_admin())
            AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id())))
    );

DROP POLICY IF EXISTS "Users can insert scores for their sessions" ON public.session_scores;
CREATE POLICY "Users can insert scores for their sessions" ON public.session_scores
    FOR INSERT TO authenticated
    WITH CHECK (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_scores.session_id
          AND s.user_id = (SELECT auth.uid())
    ));

DROP POLICY IF EXISTS "Users can view their session scores" ON public.session_scores;
CREATE POLICY "Users can view their session scores" ON public.session_scores
    FOR SELECT TO authenticated
    USING (EXISTS (
        SELECT 1 FROM public.roleplay_sessions s
        WHERE s.id = session_scores.session_id
          AND (s.user_id = (SELECT auth.uid())
               OR ((SELECT public.is_org_admin())
                   AND s.user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id()))))
    ));

DROP POLICY IF EXISTS "Users can insert their own sessions" ON public.roleplay_sessions;
CREATE POLICY "Users can insert their own sessions" ON public.roleplay_sessions
    FOR INSERT TO authenticated
    WITH CHECK (user_id = (SELECT auth.uid()));

DROP POLICY IF EXISTS "Users can view sessions" ON public.roleplay_sessions;
CREATE POLICY "Users can view sessions" ON public.roleplay_sessions
    FOR SELECT TO authenticated
    USING (
        user_id = (SELECT auth.uid())
        OR ((SELECT public.is_org_admin())
            AND user_id IN (SELECT u.id FROM public.users u WHERE u.org_id = (SELECT public.current_org_id())))
    );

DROP TRIGGER IF EXISTS soft_delete_curriculum_progress ON public.curriculum_progress;
DROP TRIGGER IF EXISTS soft_delete_call_uploads ON public.call_uploads;
DROP TRIGGER IF EXISTS soft_delete_session_scores ON public.session_scores;
DROP TRIGGER IF EXISTS soft_delete_roleplay_sessions ON public.roleplay_sessions;
DROP FUNCTION IF EXISTS public.soft_delete();

ALTER TABLE public.curriculum_progress DROP COLUMN IF EXISTS deleted_at;
ALTER TABLE public.call_uploads        DROP COLUMN IF EXISTS deleted_at;
ALTER TABLE public.session_scores      DROP COLUMN IF EXISTS deleted_at;
ALTER TABLE public.roleplay_sessions   DROP COLUMN IF EXISTS deleted_at;
