using NewsBot.Bench;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await BenchCommand
    .Create(Console.Out, Console.Error)
    .Parse(args)
    .InvokeAsync(cancellationToken: cancellation.Token);
