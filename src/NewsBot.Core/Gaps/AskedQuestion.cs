namespace NewsBot.Core.Gaps;

/// <summary>
/// A question as a member asked it: the command and its options' values, and nothing of who asked.
/// <see cref="Wording"/> is how moderators read it.
/// </summary>
public sealed record AskedQuestion(string Command, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The values in the order of the options: <c>killing Russia</c>, <c>losses in December / losses in January</c>.</summary>
    public string Wording => string.Join(" / ", Options.Values);
}
