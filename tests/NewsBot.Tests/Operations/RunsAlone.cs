namespace NewsBot.Tests.Operations;

/// <summary>
/// The metrics stories run alone: OpenTelemetry listens to every meter named <c>NewsBot</c> in the process,
/// so another host started by a test running alongside counts into the same series, and stopping it ends
/// them (outside the tests one bot runs per process).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
