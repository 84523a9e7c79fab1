-- 006_auth_user_sync.sql
--
-- handle_new_user: every new auth.users row gets its public.users row, with the same id.
--  * name: raw_user_meta_data->>'name', else the local part of the email (before '@').
--  * org_id and role: set by the server's trusted sign-up code (first user of a new org = admin, invited
--    users = member of the inviting org). Read from raw_app_meta_data first — on Supabase only the service
--    role can write that — then from raw_user_meta_data, which is where the server puts them here.
--    CAUTION for a Supabase project: raw_user_meta_data is client-controlled there (signUp's options.data),
--    so public sign-ups through GoTrue must be disabled, or the server must send org_id/role in app
--    metadata; otherwise anyone could sign up as admin of any org. role is only ever 'admin' or 'user'
--    (anything else becomes 'user'); an org_id that is not a uuid is ignored, one of a missing org fails the
--    sign-up on the foreign key rather than creating an orphan.
--  * ON CONFLICT DO NOTHING: re-running a sign-up (or a user that already exists by id or email) is a no-op.
-- SECURITY DEFINER: the trigger runs as whoever inserts into auth.users (GoTrue's role on Supabase, the
-- server here), which need not have INSERT on public.users.
CREATE FUNCTION public.handle_new_user() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = ''
AS $$
DECLARE
    v_meta   jsonb := coalesce(NEW.raw_user_meta_data, '{}'::jsonb);
    v_app    jsonb := coalesce(NEW.raw_app_meta_data, '{}'::jsonb);
    v_name   text;
    v_org    text;
    v_role   text;
BEGIN
    v_name := coalesce(nullif(pg_catalog.btrim(v_meta ->> 'name'), ''),
                       nullif(pg_catalog.split_part(NEW.email, '@', 1), ''),
                       NEW.email);
    v_org  := coalesce(v_app ->> 'org_id', v_meta ->> 'org_id');
    v_role := coalesce(v_app ->> 'role', v_meta ->> 'role');

    INSERT INTO public.users (id, org_id, email, name, role)
    VALUES (
        NEW.id,
        CASE WHEN v_org ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN v_org::uuid END,
        NEW.email,
        v_name,
        CASE WHEN v_role IN ('admin', 'user') THEN v_role ELSE 'user' END
    )
    ON CONFLICT DO NOTHING;

    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION public.handle_new_user() FROM PUBLIC, anon, authenticated;

-- On Supabase auth.users belongs to supabase_auth_admin; creating a trigger on it needs that privilege, which
-- Supabase gives the postgres role. DROP first so a re-run (or a project that had the seed's trigger) ends
-- with exactly one trigger of this name.
DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users;
CREATE TRIGGER on_auth_user_created
    AFTER INSERT ON auth.users
    FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();
