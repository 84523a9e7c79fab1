import Testing
import UnderdogStore

@Suite("Splitting a SQL file into statements")
struct SQLScriptTests {
    @Test("semicolons end statements; blank and comment-only pieces are dropped")
    func plainStatements() {
        let sql = """
        -- a comment; with a semicolon
        CREATE TABLE a (id int);

        /* block; comment */
        INSERT INTO a VALUES (1);;
        """
        #expect(SQLScript.statements(in: sql) == [
            "-- a comment; with a semicolon\nCREATE TABLE a (id int)",
            "/* block; comment */\nINSERT INTO a VALUES (1)",
        ])
    }

    @Test("semicolons inside strings, quoted identifiers and escapes do not split")
    func quoted() {
        let sql = #"SELECT 'it''s; fine', "odd;name", E'back\';slash'; SELECT 2"#
        #expect(SQLScript.statements(in: sql) == [#"SELECT 'it''s; fine', "odd;name", E'back\';slash'"#, "SELECT 2"])
    }

    @Test("dollar-quoted function bodies stay whole, tagged or not, and $1 is no tag")
    func dollarQuoted() {
        let sql = """
        CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
        CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$;b' $body$;
        PREPARE p AS SELECT $1::int; SELECT 3
        """
        let statements = SQLScript.statements(in: sql)
        #expect(statements.count == 4)
        #expect(statements[0].hasSuffix("END $$"))
        #expect(statements[1].hasSuffix("SELECT 'a;$$;b' $body$"))
        #expect(statements[2] == "PREPARE p AS SELECT $1::int")
    }

    @Test("nested block comments are skipped whole")
    func nestedComments() {
        #expect(SQLScript.statements(in: "/* outer /* inner; */ still; */ SELECT 1; SELECT 2") == [
            "/* outer /* inner; */ still; */ SELECT 1", "SELECT 2",
        ])
    }
}
