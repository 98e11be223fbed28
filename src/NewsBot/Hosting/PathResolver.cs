namespace NewsBot.Hosting;

/// <summary>
/// Resolves the articles folder. A path given on the command line is taken as it is; the configured
/// default (<c>seeds</c>) is looked for in the current folder and then beside the program's
/// repository, so the bundled articles are found wherever <c>dotnet run</c> is started from.
/// </summary>
public static class PathResolver
{
    public static string Articles(string path, bool isDefault)
    {
        var full = Path.GetFullPath(path);
        if (!isDefault || Directory.Exists(full) || Path.IsPathRooted(path))
        {
            return full;
        }
        for (
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            folder is not null;
            folder = folder.Parent
        )
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return full;
    }
}
