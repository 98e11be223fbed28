using NewsBot.Discord.Interactions;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class AcknowledgementPlannerTests
{
    private static readonly DateTimeOffset s_sent = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_deadline = s_sent.AddSeconds(3);

    private static AcknowledgementPlanner Planner(int concurrency = 4, int serviceMs = 100) =>
        new(
            new InteractionSettings
            {
                Concurrency = concurrency,
                InitialServiceTime = TimeSpan.FromMilliseconds(serviceMs),
            }
        );

    [Fact]
    public void A_running_answer_is_deferred_only_when_its_latest_safe_moment_comes()
    {
        var planner = Planner();

        Assert.False(planner.MustDeferNow(s_deadline, null, s_sent.AddMilliseconds(1999)));
        Assert.True(planner.MustDeferNow(s_deadline, null, s_sent.AddSeconds(2)));
    }

    [Fact]
    public void The_deadline_counts_from_when_the_user_sent_it_so_a_late_arrival_is_deferred_at_once()
    {
        var planner = Planner();

        Assert.True(planner.MustDeferNow(s_deadline, 0, s_sent.AddSeconds(2.5)));
    }

    [Fact]
    public void An_interaction_near_the_front_of_a_short_queue_waits_for_its_answer()
    {
        var planner = Planner(concurrency: 4, serviceMs: 100);

        Assert.False(planner.MustDeferNow(s_deadline, 3, s_sent.AddMilliseconds(100)));
    }

    [Fact]
    public void An_interaction_behind_a_long_queue_is_deferred_as_soon_as_it_arrives()
    {
        var planner = Planner(concurrency: 4, serviceMs: 100);

        // 72 ahead on 4 workers: (72 / 4 + 2) × 100 ms = 2 s, due after the latest safe moment.
        Assert.True(planner.MustDeferNow(s_deadline, 72, s_sent.AddMilliseconds(100)));
        Assert.False(planner.MustDeferNow(s_deadline, 60, s_sent.AddMilliseconds(100)));
    }

    [Fact]
    public void The_expected_answer_time_follows_the_measured_answers()
    {
        var planner = Planner(concurrency: 1, serviceMs: 100);
        Assert.False(planner.MustDeferNow(s_deadline, 2, s_sent));

        for (var i = 0; i < 30; i++)
        {
            planner.Measured(TimeSpan.FromMilliseconds(600));
        }

        Assert.InRange(planner.ServiceTime.TotalMilliseconds, 590, 600);
        Assert.True(planner.MustDeferNow(s_deadline, 2, s_sent));
    }

    [Fact]
    public void Defers_earlier_by_the_time_deferrals_have_been_taking_to_go_out()
    {
        var planner = Planner();

        planner.MeasuredDeferral(TimeSpan.FromMilliseconds(900));

        // 3 s window, 1 s margin, 0.9 s for the deferral to reach Discord: decided at 1.1 s.
        Assert.False(planner.MustDeferNow(s_deadline, null, s_sent.AddMilliseconds(1099)));
        Assert.True(planner.MustDeferNow(s_deadline, null, s_sent.AddMilliseconds(1100)));
    }

    [Fact]
    public void A_slow_deferral_counts_at_once_and_fast_ones_bring_the_expectation_down_slowly()
    {
        var planner = Planner();
        planner.MeasuredDeferral(TimeSpan.FromMilliseconds(50));
        planner.MeasuredDeferral(TimeSpan.FromMilliseconds(900));

        Assert.Equal(900, planner.DeferralTime.TotalMilliseconds);
        planner.MeasuredDeferral(TimeSpan.FromMilliseconds(100));
        Assert.Equal(740, planner.DeferralTime.TotalMilliseconds, 3);
    }
}
