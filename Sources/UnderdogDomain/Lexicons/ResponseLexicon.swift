/// How a prospect reacts to what the rep just said: agreement moves the call on, refusal stops it.
enum ResponseLexicon {
    static let agreement = Lexicon<String>(phrases: [
        "yes", "yeah", "yep", "yup", "sure", "okay", "ok", "sounds good", "that works", "works for me",
        "that would work", "perfect", "great", "let's do it", "let's do that", "book it", "send the invite",
        "send me the invite", "send me an invite", "send it", "go ahead", "fine", "alright", "all right",
        "absolutely", "definitely", "of course", "i'm in", "count me in", "deal", "fair enough", "that makes sense",
        "makes sense", "good point", "tell me more", "how does it work", "how would that work",
        "what would that look like", "i'm free", "i can do", "i could do", "i'm open", "open to that", "i guess",
        "maybe", "could work", "might work", "worth a look", "worth a shot", "interesting", "i'd be open",
        "i'll take a look", "i'll put you through", "let me transfer", "i'll transfer", "i'll connect you",
        "one moment", "hold on", "let me see if", "her name is", "his name is", "try back", "she's free", "he's free",
        "she's in", "he's in", "i'll let her know", "i'll let him know", "i'll pass it on", "i'll pass that",
        "you can reach", "her email is", "his email is", "see you then", "talk then", "speak then", "looking forward",
        // Short acceptances of a slot: "Works.", "Suits me.", "Pencil me in." A "doesn't work" before it is a
        // refusal, and the refusal comes first, so the answer is still a no.
        "works", "works for us", "suits me", "suits us", "that suits", "suit me", "that's fine", "fine by me",
        "pencil me in", "pencil it in", "book me in", "put me down", "lock it in", "sounds great", "i'll be there",
        "please do", "it does", "that does", "good for me", "good for us", "good with me", "that's good", "is good",
        "looks good", "go for it", "why not",
    ])

    static let refusal = Lexicon<String>(phrases: [
        "no", "nope", "not interested", "no thanks", "no thank you", "i don't think so", "not really", "don't think",
        "i'll pass", "not for us", "not at this time", "not now", "stop calling", "take me off", "goodbye", "bye",
        "i have to go", "hang up", "can't do that", "won't work", "doesn't work for me", "that doesn't work",
        "still not", "still too", "i said", "like i said", "as i said", "not sure about", "i'm not sure",
        "can't promise", "i can't promise", "wouldn't count on it", "not going to happen", "isn't going to happen",
        "not signing", "i'm not signing", "we're done", "done here",
        // Turning a slot down: "Thursday doesn't work", "that's no good", "neither works".
        "doesn't work", "does not work", "don't work", "wouldn't work", "is no good", "that's no good",
        "it's no good", "no good for me", "no good for us", "neither works", "neither of those", "nothing works",
        "none of those work", "can't make it", "can't make that", "i'm booked", "booked up", "fully booked",
        "isn't good", "not good", "not ideal", "isn't ideal",
    ])

    /// A gatekeeper's polite dead end: the rep gets a voicemail or a message slip, not the person.
    static let deflection = Lexicon<String>(phrases: [
        "voicemail", "voice mail", "take a message", "leave a message", "leave him a message", "leave her a message",
    ])

    /// Explicit signs the prospect accepted an answer and moved on; bare "yes" or "fine" is too often just an answer.
    static let movesOn = Lexicon<String>(phrases: [
        "that makes sense", "makes sense", "fair enough", "fair point", "good point", "i see your point",
        "you're right", "that's true", "tell me more", "go ahead", "how does it work", "how would that work",
        "what would that look like", "that would help", "would help a lot", "i like that", "like that better",
        "that's reasonable", "sounds good", "sounds reasonable", "that could work", "could work", "might work",
        "worth a look", "worth a shot", "i'm open", "open to that", "let's do it", "let's do that", "that helps",
        "that's interesting", "interesting", "i hadn't thought", "good question", "i can manage", "i can do that",
        "probably manage", "that's fair", "okay, let's", "ok, let's", "that works", "works for me", "fine by me",
        "that's a good idea", "good idea", "i'd be open", "i'll take a look", "that's helpful", "that would be great",
    ])

    /// A yes given to end the call, not because the step is wanted.
    static let reluctance = Lexicon<String>(phrases: [
        "fine i suppose", "fine i guess", "if it means", "if you must", "whatever", "to get rid", "stop ringing",
        "stop calling", "if i have to", "just to end", "fine then",
    ])
}
