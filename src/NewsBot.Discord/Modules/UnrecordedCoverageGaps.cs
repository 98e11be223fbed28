using NewsBot.Core.Gaps;

namespace NewsBot.Discord.Modules;

/// <summary>
/// The coverage gaps when the host keeps none (the benchmark, tests of the Discord layer alone): nothing is
/// kept and <c>/coverage-gaps</c> says so.
/// </summary>
internal sealed class UnrecordedCoverageGaps : ICoverageGaps
{
    public Task RecordAsync(
        AskedQuestion question,
        CancellationToken cancellationToken = default
    ) => Task.CompletedTask;

    public Task<CoverageGapsAnswer> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new CoverageGapsAnswer(0, []));
}
