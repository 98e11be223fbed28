using System.Diagnostics;
using System.Text;

namespace NewsBot.Tests.EndToEnd;

/// <summary>Runs the built <c>newsbot</c> program as a separate process, as a user or a script would.</summary>
internal sealed class NewsBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _outputSoFar = new();
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private NewsBotProcess(Process process)
    {
        _process = process;
        _output = ReadAllAsync(process.StandardOutput, _outputSoFar);
        _error = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Reads as it comes, so that a test can wait for an answer while the program runs on.</summary>
    private static async Task<string> ReadAllAsync(StreamReader reader, StringBuilder text)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (text)
            {
                text.Append(buffer, 0, read);
            }
        }
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>What the program printed on standard output so far.</summary>
    public string OutputSoFar
    {
        get
        {
            lock (_outputSoFar)
            {
                return _outputSoFar.ToString();
            }
        }
    }

    public static NewsBotProcess Start(string workingDirectory, params string[] args) =>
        StartWithEnvironment(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts <c>newsbot</c> with these environment variables (e.g. <c>Discord__Token</c>) set, and no others of its own.</summary>
    public static NewsBotProcess StartWithEnvironment(
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        params string[] args
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("DISCORD_TOKEN");
        start.Environment.Remove("Discord__Token");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return new NewsBotProcess(
            Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start")
        );
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Types a line on standard input and keeps it open.</summary>
    public async Task WriteLineAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    public async Task WriteInputAndCloseAsync(string text)
    {
        await _process.StandardInput.WriteAsync(text);
        _process.StandardInput.Close();
    }

    public async Task<(int Exit, string Output, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return (_process.ExitCode, await _output, await _error);
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
