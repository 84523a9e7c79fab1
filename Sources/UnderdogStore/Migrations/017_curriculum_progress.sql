-- 017_curriculum_progress.sql
--
-- Quiz results and the manager's view of the curriculum.
--
-- A rep's progress is one row per module (the seed's UNIQUE (user_id, module_id)), soft-deleted when they
-- reset it. The seed's policies let a rep update only rows that are not deleted, so after a reset a new
-- attempt cannot revive the row through RLS, and inserting a second row breaks the unique key.
-- app.record_quiz_result does the upsert for the caller alone (auth.uid(), never an argument), reviving a
-- reset row: completion sticks once reached, the score kept is the best of the attempts since the last reset.
--
-- Admins see their organisation's progress through app.organization_curriculum_progress(): the seed's
-- SELECT policy stays "own rows only", and the function checks is_org_admin() and the org itself.

CREATE FUNCTION app.record_quiz_result(p_module integer, p_score integer, p_passed boolean)
RETURNS TABLE (module_id integer, completed boolean, score integer, completed_at timestamptz)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_user uuid := auth.uid();
BEGIN
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'sign in to record a quiz result' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_score IS NULL OR p_score NOT BETWEEN 1 AND 10 THEN
        RAISE EXCEPTION 'a quiz score is 1 to 10' USING ERRCODE = 'check_violation';
    END IF;
    RETURN QUERY
    INSERT INTO public.curriculum_progress AS p (user_id, module_id, completed, score, completed_at)
    VALUES (v_user, p_module, p_passed, p_score, CASE WHEN p_passed THEN now() END)
    ON CONFLICT ON CONSTRAINT curriculum_progress_user_id_module_id_key DO UPDATE SET
        completed    = (p.deleted_at IS NULL AND coalesce(p.completed, false)) OR excluded.completed,
        score        = CASE WHEN p.deleted_at IS NULL THEN greatest(p.score, excluded.score) ELSE excluded.score END,
        completed_at = CASE WHEN p.deleted_at IS NULL AND coalesce(p.completed, false) THEN p.completed_at
                            ELSE excluded.completed_at END,
        deleted_at   = NULL
    RETURNING p.module_id, coalesce(p.completed, false), p.score, p.completed_at;
END
$$;
REVOKE ALL ON FUNCTION app.record_quiz_result(integer, integer, boolean) FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION app.record_quiz_result(integer, integer, boolean) TO authenticated;

CREATE FUNCTION app.organization_curriculum_progress()
RETURNS TABLE (user_id uuid, module_id integer, completed boolean, score integer, completed_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = ''
AS $$
BEGIN
    IF NOT public.is_org_admin() THEN
        RAISE EXCEPTION 'only an organisation''s admins see its curriculum progress' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    SELECT p.user_id, p.module_id, coalesce(p.completed, false), p.score, p.completed_at
      FROM public.curriculum_progress p
      JOIN public.users u ON u.id = p.user_id
     WHERE p.deleted_at IS NULL AND u.org_id = public.current_org_id()
     ORDER BY p.module_id, p.user_id;
END
$$;
REVOKE ALL ON FUNCTION app.organization_curriculum_progress() FROM PUBLIC, anon;
GRANT EXECUTE ON FUNCTION app.organization_curriculum_progress() TO authenticated;
