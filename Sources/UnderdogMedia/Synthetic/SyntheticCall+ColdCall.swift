extension SyntheticCall {
    /// A short scripted cold call: the rep opens, the prospect objects twice (an incumbent vendor, "send me an
    /// email"), the rep asks discovery questions, proposes a meeting on Thursday and the prospect agrees.
    public static let coldCall: [Line] = [
        .rep("Hi Dana, this is Sam from Brightline. I know I am calling out of the blue. Do you have two minutes?"),
        .prospect("I have a minute. What is this about?"),
        .rep("We help sales teams spend less time on call notes. How does your team handle notes today?"),
        .prospect("Honestly, we already use a vendor for that. Just send me an email."),
        .rep("Happy to send one. So it is useful, what made you choose your current vendor?"),
        .prospect("Mostly the price. But the weekly reports are slow and my managers complain."),
        .rep("How many reps are on your team, and how long does the weekly report take?"),
        .prospect("About forty reps. The report takes most of a day."),
        .rep("That is where we save the most time. Could we set up a short meeting on Thursday to show you?"),
        .prospect("Thursday works for me. Make it ten in the morning."),
        .rep("Great. I will send an invite for Thursday at ten. Thank you, Dana."),
        .prospect("Thanks. Talk to you then."),
    ]
}
