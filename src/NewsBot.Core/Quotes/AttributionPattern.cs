namespace NewsBot.Core.Quotes;

/// <summary>Where the sieve found the speaker of a quote: the pattern, apart from how its mention was resolved.</summary>
internal enum AttributionPattern
{
    /// <summary>Not recorded (figures' claims).</summary>
    None,

    /// <summary>`"…," X said`, `"…," said X`, `"…," according to X` after the closing mark.</summary>
    SpeechVerbAfter,

    /// <summary>`X said: "…"`, `X warned the plan … "…"`: a speech verb earlier in the quote's sentence.</summary>
    SpeechVerbBefore,

    /// <summary>The attribution line after a pull quote: "— Jane Roe, Mayor".</summary>
    AttributionLine,

    /// <summary>A transcript's label: "JANE ROE: …", "A: …".</summary>
    TranscriptLabel,

    /// <summary>An unlabelled paragraph after an interviewer's labelled question, where no answer carries a label.</summary>
    InterviewAnswer,

    /// <summary>An unlabelled paragraph after a labelled answer of a transcript: the same answer going on.</summary>
    TranscriptContinuation,

    /// <summary>A later quote of the same paragraph, or a quote-only paragraph after an attributed quote.</summary>
    Continuation,

    /// <summary>A quote-only paragraph after a paragraph of reported speech.</summary>
    ReportedContinuation,

    /// <summary>A quote opening its sentence after a sentence whose subject is a named person.</summary>
    SubjectBefore,

    /// <summary>A few quoted words in the writer's sentence, given to the sentence's subject.</summary>
    SubjectOfSentence,

    /// <summary>
    /// Words quoted inside a clause, given to that clause's subject: `Ash, who called it "…"`, `after he referred to
    /// … as "…"`, `The mayor, Jane Roe, thanked "…"`, `Calling it "…", Roe left`.
    /// </summary>
    ClauseSubject,

    /// <summary>`Y quoted X as saying "…"`, `X was quoted as saying "…"`: the person quoted.</summary>
    QuotedAsSaying,

    /// <summary>Words quoted after a passive verb, given to the agent after them: `was called "…" by Ann Lee`.</summary>
    PassiveAgent,

    /// <summary>A quote after a colon that ends reported speech: `According to X, …: "…"`.</summary>
    ReportedColon,

    /// <summary>Words an interviewer's question quotes as the interviewee's: `((Q)) You wrote "…" — why?`.</summary>
    QuotedByInterviewer,

    /// <summary>An organisation that is the subject of the quote's sentence: `The ministry rejected the "…"`.</summary>
    OrganisationSubject,

    /// <summary>A document speaking for its owner: `The Safety Board's report called the crash "…"`.</summary>
    DocumentOwner,

    /// <summary>Reported speech without quotation marks.</summary>
    ReportedSpeech,

    /// <summary>A quotation nested inside another, its own speaker named: `"She kept yelling 'keep going'," Roe said of her coach, Ann Lee`.</summary>
    NestedSpeaker,

    /// <summary>A quotation nested inside another whose own speaker is not named: the outer speaker, quoting.</summary>
    Quoting,
}
