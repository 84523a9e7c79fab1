// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "underdog",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "underdog", targets: ["underdog"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        // Pure values and logic: no I/O.
        .target(
            name: "UnderdogDomain",
            swiftSettings: strict
        ),
        // Running other programs (pg_ctl, ffmpeg, espeak-ng): posix_spawn with a clean signal state.
        .target(
            name: "UnderdogProcess",
            swiftSettings: strict
        ),
        // PostgreSQL: migrations, the RLS transaction, the embedded server, queries.
        .target(
            name: "UnderdogStore",
            dependencies: [
                "UnderdogProcess",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            resources: [.copy("Migrations")],
            swiftSettings: strict
        ),
        // AI providers over their HTTP protocols: the OpenAI-compatible client (chat, with retries and a
        // circuit breaker) and the LLM judge built on it.
        .target(
            name: "UnderdogAI",
            dependencies: [
                "UnderdogDomain",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strict
        ),
        // Where recordings' bytes live: a local folder by default, S3-compatible (SigV4) for scale.
        .target(
            name: "UnderdogBlobs",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        // CMU PocketSphinx from Debian (libpocketsphinx-dev), the offline speech-to-text.
        .systemLibrary(
            name: "CPocketSphinx",
            pkgConfig: "pocketsphinx",
            providers: [.apt(["libpocketsphinx-dev"])]
        ),
        // Recordings: ffprobe/ffmpeg probing and decoding, offline PocketSphinx recognition, espeak-ng test calls.
        .target(
            name: "UnderdogMedia",
            dependencies: ["CPocketSphinx", "UnderdogProcess", "UnderdogDomain"],
            swiftSettings: strict
        ),
        // The API's types and server protocol, generated from openapi.yaml (spec-first) and committed in
        // Generated/, so neither the server nor setup builds the generator. GeneratedAPITests fails when the
        // committed code differs from what the generator makes of the spec; scripts/regenerate-api rewrites it.
        .target(
            name: "UnderdogAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            exclude: ["openapi-generator-config.yaml"],
            resources: [.copy("openapi.yaml")]
        ),
        // The HTTP server: routes, middleware, error mapping.
        .target(
            name: "UnderdogServer",
            dependencies: [
                "UnderdogDomain",
                "UnderdogAI",
                "UnderdogStore",
                "UnderdogBlobs",
                "UnderdogMedia",
                "UnderdogAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The pages' templates and the stylesheet and script they load, read once at start-up.
            resources: [.copy("Pages/Templates"), .copy("Pages/Assets")],
            swiftSettings: strict
        ),
        // The one executable: `underdog db|migrate|seed|serve`.
        .executableTarget(
            name: "underdog",
            dependencies: [
                "UnderdogDomain",
                "UnderdogAI",
                "UnderdogProcess",
                "UnderdogStore",
                "UnderdogBlobs",
                "UnderdogMedia",
                "UnderdogServer",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict
        ),
        // Shared by the test targets: an embedded PostgreSQL per test run, template databases.
        .target(
            name: "UnderdogTestSupport",
            dependencies: [
                "UnderdogStore",
                "UnderdogProcess",
                "UnderdogDomain",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Tests/UnderdogTestSupport",
            swiftSettings: strict
        ),
        // Runs the OpenAPI generator on the spec and compares its output with the committed Generated/ code.
        .testTarget(
            name: "GeneratedAPITests",
            dependencies: [
                .product(name: "_OpenAPIGeneratorCore", package: "swift-openapi-generator"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogDomainTests",
            dependencies: ["UnderdogDomain"],
            // Read by path from the checkout, like the rubric: test data, not a bundled resource.
            exclude: ["Calibration"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogBlobsTests",
            dependencies: [
                "UnderdogBlobs",
                "UnderdogProcess",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogMediaTests",
            dependencies: ["UnderdogMedia", "UnderdogDomain"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogAITests",
            dependencies: ["UnderdogAI", "UnderdogDomain", "UnderdogTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogStoreTests",
            dependencies: ["UnderdogStore", "UnderdogProcess", "UnderdogTestSupport"],
            // Read from the repository by SupabaseDeploymentTests, not bundled.
            exclude: ["Fixtures/Supabase"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogCLITests",
            dependencies: ["underdog", "UnderdogStore", "UnderdogProcess", "UnderdogTestSupport", "UnderdogBlobs", "UnderdogMedia"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "UnderdogServerTests",
            dependencies: [
                "UnderdogServer", "UnderdogTestSupport", "UnderdogAPI", "UnderdogProcess", "UnderdogBlobs", "UnderdogMedia", "UnderdogAI", "UnderdogDomain",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            swiftSettings: strict
        ),
    ]
)
