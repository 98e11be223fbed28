namespace NewsBot.Core.Indexing;

/// <summary>
/// A passage as the index stores it: its exact text, the line where it starts, and where each of its
/// sentences starts (offset and line), so that an answer can cite the line of the sentence that matched.
/// </summary>
internal sealed record StoredPassage(
    string File,
    string Text,
    int Line,
    int[] SentenceStarts,
    int[] SentenceLines
);
