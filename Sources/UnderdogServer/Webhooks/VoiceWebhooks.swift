import Hummingbird
import UnderdogDomain
import UnderdogStore

/// The voice providers' webhooks, outside the JSON API: they authenticate by the provider's credentials,
/// not a user's token, and act as service_role.
struct VoiceWebhooks: Sendable {
    let vapi: VapiWebhook
    let retell: RetellWebhook

    init(configuration: ServerConfiguration, database: Database, content: ContentCatalog) {
        let ledger = VoiceCallLedger(database: database, rubric: content.rubric)
        vapi = VapiWebhook(settings: configuration.vapi, ledger: ledger, personas: content.personas)
        retell = RetellWebhook(signature: configuration.retellAPIKey.map { RetellSignature(apiKey: $0) }, ledger: ledger)
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        vapi.addRoutes(to: router)
        retell.addRoutes(to: router)
    }
}
