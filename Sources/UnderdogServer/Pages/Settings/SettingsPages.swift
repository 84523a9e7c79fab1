import Foundation
import Hummingbird
import Logging
import UnderdogBlobs
import UnderdogDomain
import UnderdogStore

/// Settings: the signed-in person's account and team, and for an admin the team's members with two actions on
/// each: download everything Underdog holds about them (a ZIP, as `underdog admin export` writes it) and erase it
/// (as `underdog admin erase`, after the admin types the member's email to confirm). The right to act is checked
/// as the admin, under RLS; the work itself runs as service_role, as the commands do.
struct SettingsPages: Sendable {
    let services: PageServices
    let blobs: any BlobStore
    let objectRows: StorageObjectRows
    let supabase: SupabaseAuthSettings?

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(RouterPath(SiteURL.Template.settings)) { request, context in
            _ = try context.requirePageUser()
            let query = request.uri.queryParameters
            let model = try await SettingsModel.query(services, context: context, cursor: query["page"].map(String.init),
                                                      notice: query["notice"].map(String.init))
            return services.renderer.page("settings", title: "Settings", layout: PageLayout(context: context, current: nil), model: model)
        }
        group.post(RouterPath(SiteURL.Template.memberExport)) { _, context in
            let member = try await EraseMemberModel.member(try PracticePages.id(context), services: services, context: context)
            return try await export(member, context: context)
        }
        group.get(RouterPath(SiteURL.Template.memberErase)) { _, context in
            let member = try await EraseMemberModel.member(try PracticePages.id(context), services: services, context: context)
            return erasePage(member, context: context, error: nil)
        }
        group.post(RouterPath(SiteURL.Template.memberErase)) { _, context in
            let member = try await EraseMemberModel.member(try PracticePages.id(context), services: services, context: context)
            return try await erase(member, context: context)
        }
    }

    func erasePage(_ member: MemberRecord, context: AppRequestContext, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let blocked = member.id == context.user?.id
            ? "You can't erase your own account from here. Ask another admin of your team to do it." : nil
        let model = EraseMemberModel(
            name: member.name, email: member.email, action: SiteURL.memberErase(member.id).path,
            exportAction: SiteURL.memberExport(member.id).path, csrf: context.csrfToken ?? "", error: error, blocked: blocked)
        return services.renderer.page("erase", title: "Erase \(member.name)'s data", layout: PageLayout(context: context, current: nil),
                                      model: model, status: status)
    }

    func erase(_ member: MemberRecord, context: AppRequestContext) async throws -> Response {
        guard member.id != context.user?.id else { return erasePage(member, context: context, error: nil, status: .forbidden) }
        let typed = (context.form["confirm_email"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard typed == member.email.lowercased() else {
            return erasePage(member, context: context, error: "Type \(member.email) exactly to confirm.", status: .unprocessableContent)
        }
        let erasure = MemberErasure(service: services.database, blobs: blobs, objectRows: objectRows, supabase: supabase, logger: context.logger)
        do {
            _ = try await StoreError.classifying { try await erasure.erase(member: member.id) }
        } catch let error as StoreError {
            return erasePage(member, context: context, error: AppError(error).message, status: AppError(error).status)
        } catch let error as MemberErasureError {
            context.logger.warning("erasure stopped", metadata: ["member": "\(member.id)", "reason": "\(error)"])
            return erasePage(member, context: context, error: "The account could not be deleted from Supabase Auth just now, so nothing was erased yet. Try again in a minute.",
                             status: .serviceUnavailable)
        }
        context.logger.notice("member erased from the web app", metadata: ["member": "\(member.id)", "by": "\(context.user?.id.uuidString ?? "")"])
        return .seeOther(.settings(notice: "erased"))
    }

    /// The ZIP is written to a temporary file first (a member's recordings can be large), streamed, then removed.
    func export(_ member: MemberRecord, context: AppRequestContext) async throws -> Response {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("underdog-export-\(UUID().uuidString).zip").path
        do {
            _ = try await MemberExport(service: services.database, blobs: blobs, logger: context.logger).export(member: member.id, to: file)
        } catch {
            try? FileManager.default.removeItem(atPath: file)
            throw error
        }
        context.logger.notice("member data exported from the web app", metadata: ["member": "\(member.id)", "by": "\(context.user?.id.uuidString ?? "")"])
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
        guard let handle = FileHandle(forReadingAtPath: file), let size else { throw AppError.internalError }
        try? FileManager.default.removeItem(atPath: file)  // the open handle keeps the bytes readable
        let name = "underdog-data-\(ContentDisposition.asciiName(member.name))-\(UTCDay(Date()).iso).zip"
        return Response(
            status: .ok,
            headers: [.contentType: "application/zip", .cacheControl: "no-store", .contentDisposition: "attachment; filename=\"\(name)\""],
            body: ResponseBody(contentLength: size) { writer in
                defer { try? handle.close() }
                while let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty {
                    try await writer.write(ByteBuffer(bytes: chunk))
                }
                try await writer.finish(nil)
            })
    }
}
