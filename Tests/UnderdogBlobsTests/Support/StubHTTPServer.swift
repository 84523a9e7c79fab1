import NIOCore
import NIOPosix

/// A loopback HTTP server that misbehaves on purpose, to test what moto cannot show: a server that never
/// answers, one that stops half way through a body, one that is overloaded.
final class StubHTTPServer: Sendable {
    enum Behaviour: Sendable {
        /// Reads the request and never answers.
        case silent
        /// Answers 200 with `Content-Length: declared` and only `sent` bytes, then stalls.
        case stallMidBody(declared: Int, sent: Int)
        /// Answers every request with 503 SlowDown and an S3 error body.
        case slowDown
    }

    let port: Int
    private let channel: any Channel

    private init(port: Int, channel: any Channel) {
        self.port = port
        self.channel = channel
    }

    static func start(_ behaviour: Behaviour) async throws -> StubHTTPServer {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(behaviour: behaviour))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return StubHTTPServer(port: channel.localAddress!.port!, channel: channel)
    }

    func stop() async {
        try? await channel.close()
    }

    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        private let behaviour: Behaviour
        private var request = ""
        private var answered = false

        init(behaviour: Behaviour) { self.behaviour = behaviour }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            request += String(buffer: unwrapInboundIn(data))
            // Answer once the head is in; the stub's clients send small or no bodies.
            guard !answered, request.contains("\r\n\r\n") else { return }
            answered = true
            switch behaviour {
            case .silent:
                return
            case .stallMidBody(let declared, let sent):
                let head = "HTTP/1.1 200 OK\r\nContent-Length: \(declared)\r\nContent-Type: application/octet-stream\r\n\r\n"
                var buffer = context.channel.allocator.buffer(string: head)
                buffer.writeRepeatingByte(0x61, count: sent)
                context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
            case .slowDown:
                let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"
                let head = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: \(body.utf8.count)\r\nContent-Type: application/xml\r\n\r\n"
                context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: head + body)), promise: nil)
                request = ""
                answered = false
            }
        }
    }
}
