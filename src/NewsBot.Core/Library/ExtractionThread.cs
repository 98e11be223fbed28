using System.Globalization;

namespace NewsBot.Core.Library;

/// <summary>
/// Runs the extraction of an article on a thread of its own, with a stack large enough for the parsers'
/// recursion and within a time bound, so that no page can overflow the process's stack or hold the
/// library (and every other <c>/add-article</c> and <c>/remove-article</c>) for longer than the bound.
/// A thread cannot be stopped safely once started: one that outlives its bound is left to finish, and
/// while it runs no other extraction starts, so hostile pages cannot pile up threads.
/// </summary>
public sealed class ExtractionThread(TimeSpan timeout, TimeProvider? time = null)
{
    /// <summary>Room for deep recursion in the HTML parser and Readability (the default is 1 MB).</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private int _overdue;

    public TimeSpan Timeout => timeout;

    /// <summary>Runs <paramref name="extract"/>, giving its result or its <see cref="NewsBotException"/>.</summary>
    /// <exception cref="NewsBotException">
    /// The extraction failed, took longer than <see cref="Timeout"/>, or an earlier one is still running past its bound.
    /// </exception>
    public async Task<T> RunAsync<T>(Func<T> extract, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _overdue) > 0)
        {
            throw new NewsBotException(
                "An earlier page is still being read past its time limit: try again in a few minutes."
            );
        }
        var result = new TaskCompletionSource<T>(
            TaskCreationOptions.RunContinuationsAsynchronously
        );
        var thread = new Thread(
            () =>
            {
                try
                {
                    result.TrySetResult(extract());
                }
                catch (NewsBotException e)
                {
                    result.TrySetException(e);
                }
                catch (Exception e)
                {
                    // Whatever a parser throws on a hostile page is a refusal of that page, not a crash.
                    result.TrySetException(
                        new NewsBotException(
                            $"No article could be read from the page: {e.Message}",
                            e
                        )
                    );
                }
            },
            StackBytes
        )
        {
            IsBackground = true,
            Name = "NewsBot article extraction",
        };
        thread.Start();
        try
        {
            return await result.Task.WaitAsync(timeout, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            Interlocked.Increment(ref _overdue);
            _ = result.Task.ContinueWith(
                _ => Interlocked.Decrement(ref _overdue),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default
            );
            throw new NewsBotException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The page was not read: reading its article took longer than {timeout.TotalSeconds:0.#} s."
                )
            );
        }
    }
}
