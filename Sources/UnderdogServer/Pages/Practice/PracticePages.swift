import Foundation
import Hummingbird
import UnderdogStore

/// Choosing a buyer, the call itself, and ending it. Every step is a plain form post that answers with a
/// redirect, so the call works without a script; the page script streams the buyer's reply instead where it
/// can.
struct PracticePages: Sendable {
    let services: PageServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(RouterPath(SiteURL.Template.practice)) { _, context in
            _ = try context.requirePageUser()
            return services.renderer.page("practice", title: "Practise a call", layout: PageLayout(context: context, current: .practice),
                                          model: PracticeModel(personas: services.personas, csrf: context.csrfToken ?? ""))
        }
        group.post(RouterPath(SiteURL.Template.practice)) { _, context in
            _ = try context.requirePageUser()
            let record = try await services.roleplay.start(
                personaID: context.form["persona_id"] ?? "", scenario: context.form["scenario_type"] ?? "",
                identity: context.identity, logger: context.logger)
            return Response.seeOther(.conversation(record.id))
        }
        group.get(RouterPath(SiteURL.Template.conversation)) { _, context in
            let id = try Self.id(context)
            return try await conversationPage(id, context: context, error: nil)
        }
        group.post(RouterPath(SiteURL.Template.conversationTurn)) { _, context in
            let id = try Self.id(context)
            _ = try context.requirePageUser()
            let text = (context.form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard (1...2000).contains(text.count) else {
                return try await conversationPage(id, context: context, error: text.isEmpty ? "Type what you'd say first." : "Keep it under 2,000 characters.",
                                                  status: .unprocessableContent)
            }
            do {
                _ = try await services.turns.answer(id, text: text, identity: context.identity, logger: context.logger)
            } catch let error as AppError where error.status == .conflict || error.status == .badGateway {
                return try await conversationPage(id, context: context, error: error.message, status: error.status)
            }
            return Response.seeOther(path: SiteURL.conversation(id).path + "#say")
        }
        // The page script's way to send a turn: the API's streamed turn, signed in by the browser's cookies.
        group.post(RouterPath(SiteURL.Template.conversationStream)) { request, context in
            let id = try Self.id(context)
            _ = try context.requirePageUser()
            return try await RoleplayStreamRoutes(turns: services.turns).stream(request, conversation: id, context: context)
        }
        group.post(RouterPath(SiteURL.Template.conversationEnd)) { _, context in
            let id = try Self.id(context)
            _ = try context.requirePageUser()
            do {
                let record = try await services.roleplay.end(id, identity: context.identity, logger: context.logger)
                guard let session = record.sessionID else { throw AppError.internalError }
                return Response.seeOther(.scoreCard(session))
            } catch let error as AppError where error.code == "nothing_to_score" {
                return try await conversationPage(id, context: context, error: "Say something first: there's nothing to score yet.",
                                                  status: .unprocessableContent)
            }
        }
    }

    func conversationPage(_ id: UUID, context: AppRequestContext, error: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let record = try await services.asUser(context) { _, connection in
            try await ConversationQueries.find(id, on: connection, logger: context.logger)
        }
        guard let record else { throw AppError.notFound() }
        let model = try ConversationModel(record: record, persona: services.persona(record.personaID), csrf: context.csrfToken ?? "", error: error)
        return services.renderer.page("conversation", title: "Call with \(model.persona)", layout: PageLayout(context: context, current: .practice),
                                      model: model, status: status)
    }

    /// The `:id` of the path; anything but a UUID is a page that does not exist.
    static func id(_ context: AppRequestContext) throws -> UUID {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else { throw AppError.notFound() }
        return id
    }
}
