import Foundation
import PostgresNIO
import Testing
import UnderdogStore
import UnderdogTestSupport

extension SharedTenantSuites {
    /// The seed's functions, triggers, indexes and bucket, and migration 000's Supabase stand-ins, against the
    /// live catalog.
    @Suite("Database contract: schema")
    struct SchemaContractTests {
        static let seedTables: Set<String> = [
            "organizations", "users", "roleplay_sessions", "session_scores", "call_uploads", "curriculum_modules",
            "curriculum_progress", "knowledge_base", "objection_library", "audit_log", "session_events",
        ]

        @Test("public holds exactly the seed's 11 tables, every one with RLS on, and nothing else")
        func publicHoldsExactlyTheSeedTables() async throws {
            let database = try SharedTenantDatabase.database()
            let relations = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT relname || ':' || relkind::text || ':' || relrowsecurity FROM pg_class
                    WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'f')
                    """)
            }
            #expect(Set(relations) == Set(Self.seedTables.map { "\($0):r:true" }))
        }

        // MARK: functions

        struct FunctionSpec: Sendable, CustomTestStringConvertible {
            let signature: String
            let arguments: String
            let result: String
            let securityDefiner: Bool
            /// i immutable, s stable, v volatile
            let volatility: String
            var testDescription: String { signature }
        }

        static let functions: [FunctionSpec] = [
            // Parameter typmods are not kept by PostgreSQL: vector(1536) in the seed's declaration is `vector` here.
            FunctionSpec(signature: "public.match_knowledge(vector,double precision,integer,text)",
                         arguments: "query_embedding vector, match_threshold double precision DEFAULT 0.7, match_count integer DEFAULT 5, filter_source text DEFAULT NULL::text",
                         result: "TABLE(id uuid, source text, source_file text, section_title text, content text, topics text[], metadata jsonb, similarity double precision)",
                         securityDefiner: false, volatility: "s"),
            FunctionSpec(signature: "public.match_objections(vector,double precision,integer)",
                         arguments: "query_embedding vector, match_threshold double precision, match_count integer",
                         result: "TABLE(id uuid, category text, objection_text text, response_template text, psychology_principle text, similarity double precision)",
                         securityDefiner: false, volatility: "s"),
            FunctionSpec(signature: "public.handle_new_user()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "public.audit_trigger_func()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "public.soft_delete()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "public.update_knowledge_base_updated_at()", arguments: "", result: "trigger", securityDefiner: false, volatility: "v"),
            FunctionSpec(signature: "public.protect_user_identity_columns()", arguments: "", result: "trigger", securityDefiner: false, volatility: "v"),
            FunctionSpec(signature: "public.is_org_admin()", arguments: "", result: "boolean", securityDefiner: true, volatility: "s"),
            FunctionSpec(signature: "public.current_org_id()", arguments: "", result: "uuid", securityDefiner: true, volatility: "s"),
            FunctionSpec(signature: "public.org_session_ids()", arguments: "", result: "SETOF uuid", securityDefiner: true, volatility: "s"),
            FunctionSpec(signature: "auth.uid()", arguments: "", result: "uuid", securityDefiner: false, volatility: "s"),
            FunctionSpec(signature: "auth.role()", arguments: "", result: "text", securityDefiner: false, volatility: "s"),
            FunctionSpec(signature: "auth.jwt()", arguments: "", result: "jsonb", securityDefiner: false, volatility: "s"),
            FunctionSpec(signature: "storage.foldername(text)", arguments: "name text", result: "text[]", securityDefiner: false, volatility: "i"),
            FunctionSpec(signature: "app.enforce_bucket_limits()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            // Accounts (011): role changes, restores and plan limits, each checking the caller itself.
            FunctionSpec(signature: "app.set_member_role(uuid,text)", arguments: "p_member uuid, p_role text", result: "void", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.restore_roleplay_session(uuid)", arguments: "p_session uuid", result: "void", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.enforce_upload_quota()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.check_member_seat(uuid,boolean)", arguments: "p_org uuid, p_count_pending boolean", result: "void", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.enforce_member_limit()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.revoke_tokens_of_removed_member()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.notify_jobs()", arguments: "", result: "trigger", securityDefiner: false, volatility: "v"),
            FunctionSpec(signature: "app.enqueue_call_analysis()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.notify_upload_progress()", arguments: "", result: "trigger", securityDefiner: false, volatility: "v"),
            FunctionSpec(signature: "app.restore_call_upload(uuid)", arguments: "p_upload uuid", result: "void", securityDefiner: true, volatility: "v"),
            // Curriculum (017): quiz results for the caller alone, the org's progress for its admins.
            FunctionSpec(signature: "app.record_quiz_result(integer,integer,boolean)", arguments: "p_module integer, p_score integer, p_passed boolean",
                         result: "TABLE(module_id integer, completed boolean, score integer, completed_at timestamp with time zone)",
                         securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.organization_curriculum_progress()", arguments: "",
                         result: "TABLE(user_id uuid, module_id integer, completed boolean, score integer, completed_at timestamp with time zone)",
                         securityDefiner: true, volatility: "s"),
            // Revocation (018): every request asks whether its session is live; role changes end sessions; an org
            // keeps an admin.
            FunctionSpec(signature: "app.session_is_live(uuid,uuid)", arguments: "p_user uuid, p_session uuid", result: "boolean",
                         securityDefiner: true, volatility: "s"),
            FunctionSpec(signature: "app.revoke_tokens_on_role_change()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.keep_an_admin_on_removal()", arguments: "", result: "trigger", securityDefiner: true, volatility: "v"),
            // Retention and erasure (021, 022): take content out of the audit trail; erase one member.
            FunctionSpec(signature: "app.redact_audit_images(text,uuid[],text)", arguments: "p_table text, p_ids uuid[], p_reason text",
                         result: "integer", securityDefiner: true, volatility: "v"),
            FunctionSpec(signature: "app.erase_member(uuid,boolean)", arguments: "p_user uuid, p_object_rows boolean",
                         result: "jsonb", securityDefiner: true, volatility: "v"),
            // Supabase Auth's sessions count as live (023).
            FunctionSpec(signature: "app.supabase_session_is_live(uuid,uuid)", arguments: "p_user uuid, p_session uuid",
                         result: "boolean", securityDefiner: true, volatility: "s"),
        ]

        @Test("each function has the seed's exact signature, result columns, security and volatility", arguments: functions)
        func functionSignature(_ spec: FunctionSpec) async throws {
            let database = try SharedTenantDatabase.database()
            let row = try await database.ownerConnection { c in
                try await c.query("""
                    SELECT pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), p.prosecdef, p.provolatile::text
                    FROM pg_proc p WHERE p.oid = to_regprocedure(\(spec.signature))
                    """, logger: TestPostgres.logger).collect().first
            }
            let found = try #require(row, "\(spec.signature) does not exist")
            let (arguments, result, definer, volatility) = try found.decode((String, String, Bool, String).self)
            #expect(arguments == spec.arguments)
            #expect(result == spec.result)
            #expect(definer == spec.securityDefiner, "SECURITY \(spec.securityDefiner ? "DEFINER" : "INVOKER") expected")
            #expect(volatility == spec.volatility)
        }

        @Test("every function of public, auth, storage and app has a fixed search_path; SECURITY DEFINER ones are exactly the expected")
        func functionsHaveFixedSearchPath() async throws {
            let database = try SharedTenantDatabase.database()
            let rows = try await database.ownerConnection { c in
                try await c.query("""
                    SELECT p.oid::regprocedure::text, p.prosecdef,
                           EXISTS (SELECT 1 FROM unnest(coalesce(p.proconfig, '{}')) s WHERE s LIKE 'search_path=%')
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname IN ('public', 'auth', 'storage', 'app')
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
                    """, logger: TestPostgres.logger).collect().map { try $0.decode((String, Bool, Bool).self) }
            }
            let qualify = { (name: String) in name.contains(".") ? name : "public." + name }
            #expect(Set(rows.map { qualify($0.0) }) == Set(Self.functions.map(\.signature)), "the functions of our schemas")
            for (name, _, fixed) in rows {
                #expect(fixed, "\(name) has no fixed search_path")
            }
            #expect(Set(rows.filter(\.1).map { qualify($0.0) }) == Set(Self.functions.filter(\.securityDefiner).map(\.signature)))
            // the match functions resolve pgvector's operators through public/extensions and never through pg_temp first
            let config = try await database.ownerConnection { c in
                try await c.strings("SELECT array_to_string(proconfig, ';') FROM pg_proc WHERE proname IN ('match_knowledge', 'match_objections')")
            }
            #expect(config == Array(repeating: "search_path=public, extensions, pg_temp;ivfflat.probes=1000", count: 2))
        }

        @Test("EXECUTE: anon may not call the match functions or tenant helpers; nobody but the owner calls trigger functions")
        func executePrivileges() async throws {
            let database = try SharedTenantDatabase.database()
            let granted = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT r || ' ' || f FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r,
                        unnest(ARRAY['public.match_knowledge(vector,double precision,integer,text)', 'public.match_objections(vector,double precision,integer)',
                                     'public.is_org_admin()', 'public.current_org_id()', 'public.handle_new_user()', 'public.audit_trigger_func()',
                                     'public.soft_delete()', 'public.update_knowledge_base_updated_at()', 'public.protect_user_identity_columns()',
                                     'app.enforce_bucket_limits()']) f
                    WHERE has_function_privilege(r, f, 'EXECUTE') ORDER BY 1
                    """)
            }
            #expect(granted == [
                "authenticated public.current_org_id()", "authenticated public.is_org_admin()",
                "authenticated public.match_knowledge(vector,double precision,integer,text)",
                "authenticated public.match_objections(vector,double precision,integer)",
                "service_role public.current_org_id()", "service_role public.is_org_admin()",
                "service_role public.match_knowledge(vector,double precision,integer,text)",
                "service_role public.match_objections(vector,double precision,integer)",
            ])
        }

        // MARK: triggers

        static let triggers: [String: String] = [
            // Accounts (011)
            "enforce_upload_quota": "CREATE TRIGGER enforce_upload_quota BEFORE INSERT ON public.call_uploads FOR EACH ROW EXECUTE FUNCTION app.enforce_upload_quota()",
            "enforce_member_limit_on_users": "CREATE TRIGGER enforce_member_limit_on_users BEFORE INSERT ON public.users FOR EACH ROW EXECUTE FUNCTION app.enforce_member_limit()",
            "enforce_member_limit_on_invites": "CREATE TRIGGER enforce_member_limit_on_invites BEFORE INSERT ON app.invites FOR EACH ROW EXECUTE FUNCTION app.enforce_member_limit()",
            "enforce_member_limit_on_restore": "CREATE TRIGGER enforce_member_limit_on_restore BEFORE DELETE ON app.member_removals FOR EACH ROW EXECUTE FUNCTION app.enforce_member_limit()",
            "audit_member_removals": "CREATE TRIGGER audit_member_removals AFTER INSERT OR DELETE OR UPDATE ON app.member_removals FOR EACH ROW EXECUTE FUNCTION audit_trigger_func()",
            "revoke_tokens_on_member_removal": "CREATE TRIGGER revoke_tokens_on_member_removal AFTER INSERT ON app.member_removals FOR EACH ROW EXECUTE FUNCTION app.revoke_tokens_of_removed_member()",
            "revoke_tokens_on_role_change": "CREATE TRIGGER revoke_tokens_on_role_change AFTER UPDATE OF role ON public.users FOR EACH ROW WHEN ((old.role IS DISTINCT FROM new.role)) EXECUTE FUNCTION app.revoke_tokens_on_role_change()",
            "keep_an_admin_on_removal": "CREATE TRIGGER keep_an_admin_on_removal BEFORE INSERT ON app.member_removals FOR EACH ROW EXECUTE FUNCTION app.keep_an_admin_on_removal()",
            "on_auth_user_created": "CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION handle_new_user()",
            "audit_users": "CREATE TRIGGER audit_users AFTER INSERT OR DELETE OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION audit_trigger_func()",
            "audit_roleplay_sessions": "CREATE TRIGGER audit_roleplay_sessions AFTER INSERT OR DELETE OR UPDATE ON public.roleplay_sessions FOR EACH ROW EXECUTE FUNCTION audit_trigger_func()",
            "audit_session_scores": "CREATE TRIGGER audit_session_scores AFTER INSERT OR DELETE OR UPDATE ON public.session_scores FOR EACH ROW EXECUTE FUNCTION audit_trigger_func()",
            "audit_call_uploads": "CREATE TRIGGER audit_call_uploads AFTER INSERT OR DELETE OR UPDATE ON public.call_uploads FOR EACH ROW EXECUTE FUNCTION audit_trigger_func()",
            "soft_delete_roleplay_sessions": "CREATE TRIGGER soft_delete_roleplay_sessions BEFORE DELETE ON public.roleplay_sessions FOR EACH ROW EXECUTE FUNCTION soft_delete()",
            "soft_delete_session_scores": "CREATE TRIGGER soft_delete_session_scores BEFORE DELETE ON public.session_scores FOR EACH ROW EXECUTE FUNCTION soft_delete()",
            "soft_delete_call_uploads": "CREATE TRIGGER soft_delete_call_uploads BEFORE DELETE ON public.call_uploads FOR EACH ROW EXECUTE FUNCTION soft_delete()",
            "soft_delete_curriculum_progress": "CREATE TRIGGER soft_delete_curriculum_progress BEFORE DELETE ON public.curriculum_progress FOR EACH ROW EXECUTE FUNCTION soft_delete()",
            "update_knowledge_base_updated_at": "CREATE TRIGGER update_knowledge_base_updated_at BEFORE UPDATE ON public.knowledge_base FOR EACH ROW EXECUTE FUNCTION update_knowledge_base_updated_at()",
            "protect_user_identity_columns": "CREATE TRIGGER protect_user_identity_columns BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION protect_user_identity_columns()",
            "enforce_bucket_limits": "CREATE TRIGGER enforce_bucket_limits BEFORE INSERT OR UPDATE OF bucket_id, name, metadata ON storage.objects FOR EACH ROW EXECUTE FUNCTION app.enforce_bucket_limits()",
            "jobs_notify": "CREATE TRIGGER jobs_notify AFTER INSERT ON app.jobs FOR EACH STATEMENT EXECUTE FUNCTION app.notify_jobs()",
            "call_uploads_enqueue_analysis": "CREATE TRIGGER call_uploads_enqueue_analysis AFTER INSERT ON public.call_uploads FOR EACH ROW WHEN (((new.status IS NULL) OR (new.status = 'pending'::text))) EXECUTE FUNCTION app.enqueue_call_analysis()",
            "upload_progress_notify": "CREATE TRIGGER upload_progress_notify AFTER INSERT OR UPDATE ON app.upload_progress FOR EACH ROW EXECUTE FUNCTION app.notify_upload_progress()",
        ]

        @Test("the triggers are exactly the seed's (plus the identity guard, bucket limits and the accounts triggers), on their tables, with their timing and events")
        func triggersByNameTableAndTiming() async throws {
            let database = try SharedTenantDatabase.database()
            let rows = try await database.ownerConnection { c in
                try await c.query("""
                    SELECT t.tgname::text, pg_get_triggerdef(t.oid), t.tgenabled::text FROM pg_trigger t
                    JOIN pg_class r ON r.oid = t.tgrelid JOIN pg_namespace n ON n.oid = r.relnamespace
                    WHERE NOT t.tgisinternal AND n.nspname IN ('public', 'auth', 'storage', 'app')
                    """, logger: TestPostgres.logger).collect().map { try $0.decode((String, String, String).self) }
            }
            var live: [String: String] = [:]
            for (name, definition, enabled) in rows {
                live[name] = definition
                #expect(enabled == "O", "\(name) is enabled")
            }
            #expect(Set(live.keys) == Set(Self.triggers.keys))
            for (name, definition) in Self.triggers {
                #expect(live[name] == definition)
            }
        }

        // MARK: indexes

        struct IndexSpec: Sendable, CustomTestStringConvertible {
            let name: String
            let table: String
            /// Text the definition must contain (columns, USING gin/ivfflat, WHERE predicate).
            let shape: String
            var testDescription: String { name }
        }

        static let seedIndexes: [IndexSpec] = [
            IndexSpec(name: "idx_roleplay_sessions_user_id", table: "roleplay_sessions", shape: "USING btree (user_id)"),
            IndexSpec(name: "idx_roleplay_sessions_created_at", table: "roleplay_sessions", shape: "USING btree (created_at DESC)"),
            IndexSpec(name: "idx_roleplay_sessions_deleted", table: "roleplay_sessions", shape: "WHERE (deleted_at IS NULL)"),
            IndexSpec(name: "idx_session_scores_session_id", table: "session_scores", shape: "USING btree (session_id)"),
            IndexSpec(name: "idx_session_scores_deleted", table: "session_scores", shape: "WHERE (deleted_at IS NULL)"),
            IndexSpec(name: "idx_call_uploads_user_id", table: "call_uploads", shape: "USING btree (user_id)"),
            IndexSpec(name: "idx_call_uploads_status", table: "call_uploads", shape: "USING btree (status)"),
            IndexSpec(name: "idx_call_uploads_user_status", table: "call_uploads", shape: "USING btree (user_id, status)"),
            IndexSpec(name: "idx_call_uploads_deleted", table: "call_uploads", shape: "WHERE (deleted_at IS NULL)"),
            IndexSpec(name: "idx_curriculum_progress_user_id", table: "curriculum_progress", shape: "USING btree (user_id)"),
            IndexSpec(name: "idx_curriculum_progress_deleted", table: "curriculum_progress", shape: "WHERE (deleted_at IS NULL)"),
            IndexSpec(name: "idx_knowledge_base_source", table: "knowledge_base", shape: "USING btree (source)"),
            IndexSpec(name: "idx_knowledge_base_source_file", table: "knowledge_base", shape: "USING btree (source_file)"),
            IndexSpec(name: "idx_knowledge_base_topics", table: "knowledge_base", shape: "USING gin (topics)"),
            IndexSpec(name: "idx_knowledge_base_created_at", table: "knowledge_base", shape: "USING btree (created_at DESC)"),
            IndexSpec(name: "idx_objection_library_category", table: "objection_library", shape: "USING btree (category)"),
            IndexSpec(name: "idx_audit_log_user", table: "audit_log", shape: "USING btree (user_id)"),
            IndexSpec(name: "idx_audit_log_table", table: "audit_log", shape: "USING btree (table_name)"),
            IndexSpec(name: "idx_audit_log_created", table: "audit_log", shape: "USING btree (created_at DESC)"),
            IndexSpec(name: "idx_audit_log_record", table: "audit_log", shape: "USING btree (record_id)"),
            // the seed's unnamed "IVFFlat vector index for cosine similarity search"
            IndexSpec(name: "idx_knowledge_base_embedding", table: "knowledge_base", shape: "USING ivfflat (embedding vector_cosine_ops)"),
            IndexSpec(name: "idx_objection_library_embedding", table: "objection_library", shape: "USING ivfflat (embedding vector_cosine_ops)"),
        ]

        @Test("each seed index exists by name on its table with the seed's shape", arguments: seedIndexes)
        func seedIndex(_ spec: IndexSpec) async throws {
            let database = try SharedTenantDatabase.database()
            let row = try await database.ownerConnection { c in
                try await c.query("""
                    SELECT i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid), i.indisvalid FROM pg_index i
                    WHERE i.indexrelid = to_regclass(\("public." + spec.name))
                    """, logger: TestPostgres.logger).collect().first
            }
            let found = try #require(row, "index \(spec.name) is missing")
            let (table, definition, valid) = try found.decode((String, String, Bool).self)
            #expect(table == spec.table)
            #expect(definition.contains(spec.shape), "\(definition)")
            #expect(valid)
        }

        @Test("the cosine indexes are IVFFlat on vector_cosine_ops, matching the <=> of the match functions")
        func vectorIndexesMatchTheOperator() async throws {
            let database = try SharedTenantDatabase.database()
            let rows = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT r.relname || ':' || am.amname || ':' || opc.opcname FROM pg_index i
                    JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_am am ON am.oid = x.relam
                    JOIN pg_class r ON r.oid = i.indrelid JOIN pg_opclass opc ON opc.oid = i.indclass[0]
                    WHERE r.relnamespace = 'public'::regnamespace AND am.amname IN ('ivfflat', 'hnsw') ORDER BY 1
                    """)
            }
            #expect(rows == ["knowledge_base:ivfflat:vector_cosine_ops", "objection_library:ivfflat:vector_cosine_ops"])
        }

        @Test("every foreign key column is the leading column set of an index")
        func everyForeignKeyIsIndexed() async throws {
            let database = try SharedTenantDatabase.database()
            let (foreignKeys, unindexed) = try await database.ownerConnection { c in
                (try await c.int("""
                    SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                    WHERE c.contype = 'f' AND t.relnamespace IN ('public'::regnamespace, 'storage'::regnamespace, 'app'::regnamespace)
                    """),
                 try await c.strings("""
                    SELECT c.conrelid::regclass || '.' || c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                    WHERE c.contype = 'f' AND t.relnamespace IN ('public'::regnamespace, 'storage'::regnamespace, 'app'::regnamespace)
                      AND NOT EXISTS (
                          SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
                    """))
            }
            #expect(foreignKeys == 25, "the seed's 7 foreign keys, storage.objects.bucket_id, the 8 of the accounts tables (011), the 2 of the call pipeline's (012), the 2 of roleplay conversations (013), the 1 of voice calls (014), the 3 of the knowledge bookkeeping and coach threads (015) and the upload context's (019)")
            #expect(unindexed == [])
        }

        @Test("at most one permissive policy per table, role and command")
        func onePermissivePolicyPerTableRoleCommand() async throws {
            let database = try SharedTenantDatabase.database()
            let duplicates = try await database.ownerConnection { c in
                try await c.strings("""
                    WITH expanded AS (
                        SELECT p.schemaname, p.tablename, r.role, cmd.cmd, p.policyname FROM pg_policies p
                        CROSS JOIN LATERAL unnest(p.roles) AS r(role)
                        CROSS JOIN LATERAL unnest(CASE WHEN p.cmd = 'ALL' THEN ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE'] ELSE ARRAY[p.cmd] END) AS cmd(cmd)
                        WHERE p.permissive = 'PERMISSIVE')
                    SELECT schemaname || '.' || tablename || ' ' || role || ' ' || cmd || ': ' || string_agg(policyname, ', ')
                    FROM expanded GROUP BY schemaname, tablename, role, cmd HAVING count(*) > 1
                    """)
            }
            #expect(duplicates == [])
        }

        @Test("every policy calls auth.uid() and the tenant helpers once per statement, as (select …)")
        func policiesUseInitPlans() async throws {
            let database = try SharedTenantDatabase.database()
            let bare = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT schemaname || '.' || tablename || ': ' || policyname FROM pg_policies
                    WHERE schemaname IN ('public', 'storage', 'app')
                      AND regexp_replace(coalesce(qual, '') || ' ' || coalesce(with_check, ''),
                                         'SELECT (auth\\.|public\\.)?(uid|jwt|role|is_org_admin|current_org_id)\\(\\)', '', 'g')
                          ~ '(uid|jwt|role|is_org_admin|current_org_id)\\(\\)'
                    """)
            }
            #expect(bare == [])
        }

        // MARK: storage

        @Test("the call-recordings bucket is private, 104857600 bytes, exactly the nine MIME types, with its three policies")
        func callRecordingsBucket() async throws {
            let database = try SharedTenantDatabase.database()
            try await database.ownerConnection { c in
                let row = try #require(try await c.query(
                    "SELECT name, public, file_size_limit, allowed_mime_types FROM storage.buckets WHERE id = 'call-recordings'",
                    logger: TestPostgres.logger).collect().first)
                let (name, isPublic, limit, types) = try row.decode((String, Bool?, Int?, [String]?).self)
                #expect(name == "call-recordings")
                #expect(isPublic == false)
                #expect(limit == 104_857_600)
                #expect(types == ["audio/mpeg", "audio/mp3", "audio/wav", "audio/webm", "audio/ogg",
                                  "audio/m4a", "audio/mp4", "audio/x-m4a", "audio/x-wav"])
                #expect(try await c.int("SELECT count(*) FROM storage.buckets") == 1)

                #expect(try await Catalog.rowSecurity("storage.objects", on: c))
                #expect(try await Catalog.rowSecurity("storage.buckets", on: c))
                let policies = try await Catalog.policies("storage", "objects", on: c)
                #expect(policies == [
                    Catalog.Policy(name: "Users can upload their own recordings", command: "INSERT", roles: ["authenticated"], permissive: true),
                    Catalog.Policy(name: "Users can read their own recordings", command: "SELECT", roles: ["authenticated"], permissive: true),
                    Catalog.Policy(name: "Users can delete their own recordings", command: "DELETE", roles: ["authenticated"], permissive: true),
                ])
                // each is "folder name = user ID" in this bucket
                let conditions = try await c.strings("""
                    SELECT coalesce(qual, with_check) FROM pg_policies WHERE schemaname = 'storage' AND tablename = 'objects'
                    """)
                for condition in conditions {
                    #expect(condition.contains("bucket_id = 'call-recordings'::text"), "\(condition)")
                    #expect(condition.contains("(storage.foldername(name))[1]"), "\(condition)")
                    #expect(condition.contains("auth.uid()"), "\(condition)")
                }
                #expect(try await Catalog.privileges("storage.objects", role: "authenticated", on: c) == ["SELECT", "INSERT", "DELETE"])
                #expect(try await Catalog.privileges("storage.objects", role: "anon", on: c) == [])
                #expect(try await Catalog.privileges("storage.buckets", role: "authenticated", on: c) == [])
            }
        }

        // MARK: 000

        @Test("000 creates Supabase's roles, schemas, auth.users, storage tables and auth/storage functions")
        func supabaseCompatibility() async throws {
            let database = try SharedTenantDatabase.database()
            try await database.ownerConnection { c in
                let roles = try await c.strings("""
                    SELECT rolname || ' login=' || rolcanlogin || ' inherit=' || rolinherit || ' bypassrls=' || rolbypassrls || ' super=' || rolsuper
                    FROM pg_roles WHERE rolname IN ('anon', 'authenticated', 'service_role') ORDER BY 1
                    """)
                #expect(roles == [
                    "anon login=false inherit=false bypassrls=false super=false",
                    "authenticated login=false inherit=false bypassrls=false super=false",
                    "service_role login=false inherit=false bypassrls=true super=false",
                ])
                let schemas = try await c.strings("""
                    SELECT nspname || ' ' || has_schema_privilege('anon', oid, 'USAGE') || ' ' || has_schema_privilege('authenticated', oid, 'USAGE')
                           || ' ' || has_schema_privilege('service_role', oid, 'USAGE')
                    FROM pg_namespace WHERE nspname IN ('auth', 'storage', 'app', 'public') ORDER BY 1
                    """)
                #expect(schemas == ["app false true true", "auth true true true", "public true true true", "storage true true true"])
                #expect(try await c.string("SELECT extname FROM pg_extension WHERE extname = 'vector'") == "vector")

                let authUsers = try await Catalog.columns("auth.users", on: c)
                for name in ["id", "email", "encrypted_password", "raw_user_meta_data", "raw_app_meta_data", "created_at", "updated_at"] {
                    #expect(authUsers[name] != nil, "auth.users.\(name)")
                }
                #expect(authUsers["raw_app_meta_data"]?.type == "jsonb")
                #expect(try await Catalog.rowSecurity("auth.users", on: c))
                #expect(try await Catalog.privileges("auth.users", role: "authenticated", on: c) == [])
                #expect(try await Catalog.privileges("auth.users", role: "anon", on: c) == [])
                #expect(try await Catalog.privileges("auth.users", role: "service_role", on: c) == ["SELECT", "INSERT", "UPDATE", "DELETE"])

                let storageColumns = try await Catalog.columns("storage.objects", on: c)
                #expect(Set(storageColumns.keys) == ["id", "bucket_id", "name", "owner", "metadata", "created_at", "updated_at"])
                let bucketColumns = try await Catalog.columns("storage.buckets", on: c)
                #expect(bucketColumns["file_size_limit"]?.type == "bigint")
                #expect(bucketColumns["allowed_mime_types"]?.type == "text[]")
                #expect(try await Catalog.foreignKeys("storage.objects", on: c) == [
                    Catalog.ForeignKey(columns: ["bucket_id"], references: "storage.buckets(id)", onDelete: "NO ACTION"),
                ])

                for function in ["auth.uid()", "auth.role()", "auth.jwt()", "storage.foldername(text)"] {
                    #expect(try await c.bool("SELECT to_regprocedure(\(function)) IS NOT NULL") == true, "\(function)")
                }
            }
        }

        @Test("auth.uid(), auth.role(), auth.jwt() read request.jwt.claims as Supabase does; storage.foldername splits paths")
        func authFunctionsReadTheClaims() async throws {
            let database = try SharedTenantDatabase.database()
            let repA = Tenants.repA.uuidString.lowercased()
            let asRepA = try await database.rolledBack(as: .user(Tenants.repA, email: "rep.a@a.test")) { c in
                try await c.string("SELECT auth.uid()::text || ',' || auth.role() || ',' || (auth.jwt() ->> 'email') || ',' || current_user")
            }
            #expect(asRepA == "\(repA),authenticated,rep.a@a.test,authenticated")
            let nobody = try await database.rolledBack(as: .anon) { c in
                try await c.string("SELECT coalesce(auth.uid()::text, 'null') || ',' || auth.role()")
            }
            #expect(nobody == "null,anon")
            let edgeCases = try await database.ownerConnection { c in
                try await c.strings("""
                    SELECT coalesce(auth.uid()::text, 'null')
                    UNION ALL SELECT storage.foldername('a/b/c.mp3')::text
                    UNION ALL SELECT storage.foldername('c.mp3')::text
                    """)
            }
            #expect(edgeCases == ["null", "{a,b}", "{}"])
            // the legacy per-claim setting wins, an empty sub is nobody
            let legacy = try await database.rolledBack(as: .service) { c in
                try await c.run("SELECT set_config('request.jwt.claim.sub', \(repA), true)")
                let first = try await c.string("SELECT auth.uid()::text")
                try await c.run("SELECT set_config('request.jwt.claim.sub', '', true), set_config('request.jwt.claims', '{\"sub\":\"\"}', true)")
                let second = try await c.string("SELECT coalesce(auth.uid()::text, 'null')")
                return [first ?? "NULL", second ?? "NULL"]
            }
            #expect(legacy == [repA, "null"])
        }
    }
}
